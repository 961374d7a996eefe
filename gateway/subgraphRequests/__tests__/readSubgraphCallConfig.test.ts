import { SERVER_KEEP_ALIVE_MS } from "../../../schema/contract/http/keepAlive";
import { readSubgraphCallConfig, SUBGRAPH_CALL_DEFAULTS, timeoutMsFor } from "../readSubgraphCallConfig";

const NAMES = ["cefa", "ifapme", "sfpme", "offa"];

describe("readSubgraphCallConfig", () => {
  it("takes the documented defaults when nothing is set", () => {
    const problems: string[] = [];
    const config = readSubgraphCallConfig({}, NAMES, problems);
    expect(problems).toEqual([]);
    expect(config).toEqual({ ...SUBGRAPH_CALL_DEFAULTS, timeoutMsBySubgraph: {} });
  });

  it("keeps the idle-socket timeout below the subgraphs' keep-alive by default", () => {
    expect(SUBGRAPH_CALL_DEFAULTS.idleSocketMs).toBeLessThan(SERVER_KEEP_ALIVE_MS);
  });

  it("reads a per-subgraph timeout beside the default", () => {
    const config = readSubgraphCallConfig(
      { GATEWAY_SUBGRAPH_TIMEOUT_MS: "5000", OFFA_TIMEOUT_MS: "20000" },
      NAMES,
      [],
    );
    expect(timeoutMsFor(config, "offa")).toBe(20_000);
    expect(timeoutMsFor(config, "cefa")).toBe(5_000);
  });

  it("lists every unusable value at once", () => {
    const problems: string[] = [];
    readSubgraphCallConfig(
      {
        GATEWAY_SUBGRAPH_TIMEOUT_MS: "soon",
        CEFA_TIMEOUT_MS: "0",
        GATEWAY_SUBGRAPH_RETRIES: "3",
        GATEWAY_SUBGRAPH_BREAKER_FAILURE_PERCENT: "150",
        GATEWAY_SUBGRAPH_IDLE_SOCKET_MS: String(SERVER_KEEP_ALIVE_MS),
      },
      NAMES,
      problems,
    );
    expect(problems).toEqual([
      "CEFA_TIMEOUT_MS=0 must be a whole number from 1 to 3600000",
      "GATEWAY_SUBGRAPH_TIMEOUT_MS=soon must be a whole number from 1 to 3600000",
      "GATEWAY_SUBGRAPH_RETRIES=3 must be a whole number from 0 to 2",
      "GATEWAY_SUBGRAPH_BREAKER_FAILURE_PERCENT=150 must be a whole number from 1 to 100",
      `GATEWAY_SUBGRAPH_IDLE_SOCKET_MS=${SERVER_KEEP_ALIVE_MS} must be a whole number from 1 to 60000 (at least 5000 ms below the subgraphs' keep-alive of 65000 ms)`,
    ]);
  });
});
