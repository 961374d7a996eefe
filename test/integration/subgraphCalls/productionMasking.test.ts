import { join } from "node:path";
import { createErrorFormatting, MASKED_MESSAGE, readRegisteredErrorCodes } from "../../../gateway/production";
import { subgraphCallError } from "../../../gateway/subgraphRequests";

describe("subgraph call errors under production masking", () => {
  const { formatError } = createErrorFormatting({
    maskUnregistered: true,
    // The page `npm run compose` generates: the gateway's and the subgraphs' registries.
    registeredCodes: readRegisteredErrorCodes(join(__dirname, "../../../schema/errors.md")),
    maskSuggestions: true,
    log: () => undefined,
  });

  it.each([
    ["OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE", { attempts: 3 }],
    ["OFFA_GATEWAY_SUBGRAPH_TIMEOUT", { attempts: 1, timeoutMs: 10_000 }],
    ["OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN", { attempts: 0 }],
  ] as const)("lets %s through with the subgraph's name", (code, details) => {
    const error = subgraphCallError(code, "cefa", details);
    const formatted = formatError({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.message).not.toBe(MASKED_MESSAGE);
    expect(formatted.extensions).toMatchObject({ code, subgraph: "cefa" });
  });

  it("lets a subgraph's OFFA_REQUEST_TOO_LARGE through", () => {
    const formatted = formatError(
      {
        message: "The offa subgraph answered HTTP 413.",
        extensions: { code: "OFFA_REQUEST_TOO_LARGE", subgraph: "offa", status: 413 },
      },
      new Error("413"),
    );
    expect(formatted.extensions).toMatchObject({ code: "OFFA_REQUEST_TOO_LARGE", subgraph: "offa" });
  });
});
