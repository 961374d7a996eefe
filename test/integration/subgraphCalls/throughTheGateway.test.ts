import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type RunningGateway, startGateway } from "../../../gateway";
import { developmentAuthConfig } from "../../../gateway/auth";
import { DEVELOPMENT_SIGNING_KEY } from "../../../schema/contract/signing";
import { REQUEST_VERIFICATION_DEFAULTS } from "../../../subgraphs/kit";
import { postGraphQL } from "../../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../../helpers/startTestStack";

/** The most learners one page may hold (the subgraphs' own limit, which the cost limit counts up to). */
const LARGEST_PAGE = 500;

/** Everything OFFA computes from a learner's provider records: its `_entities` request carries them all. */
const HARMONISED = /* GraphQL */ `
  fragment Harmonised on Learner {
    id
    commonContracts {
      id
      status
      levelHistory {
        level
      }
    }
    commonCertifications {
      code
    }
    cefa {
      contracts {
        levelDecisions {
          commonLevel {
            level
          }
        }
      }
    }
  }
`;

/** A request a subgraph received through the recording proxy. */
interface Recorded {
  subgraph: string;
  bytes: number;
  /** The largest single representation of an `_entities` request, in bytes of JSON. */
  largestRepresentationBytes: number;
  representations: number;
}

/**
 * A proxy in front of one subgraph that records the size of every request body the gateway sends it and
 * forwards it unchanged (the signature covers the path and body, not the host).
 */
async function startRecordingProxy(subgraph: string, target: string, recorded: Recorded[]): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const representations =
        (JSON.parse(body.toString("utf8") || "{}") as { variables?: { representations?: unknown[] } })
          .variables?.representations ?? [];
      recorded.push({
        subgraph,
        bytes: body.length,
        representations: representations.length,
        largestRepresentationBytes: Math.max(
          0,
          ...representations.map((r) => Buffer.byteLength(JSON.stringify(r))),
        ),
      });
      const forwarded = request(
        new URL(req.url ?? "/", target),
        { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forwarded.on("error", () => res.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

describe("subgraph calls through the real gateway", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startPostgresTestStack();
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  describe("the largest request the gateway's limits allow", () => {
    const recorded: Recorded[] = [];
    const proxies: Server[] = [];
    let gateway: RunningGateway;

    beforeAll(async () => {
      const subgraphUrls: Record<string, string> = {};
      for (const [name, subgraph] of Object.entries(stack.subgraphs)) {
        const proxy = await startRecordingProxy(name, subgraph.url, recorded);
        proxies.push(proxy);
        subgraphUrls[name] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
      }
      gateway = await startGateway({
        host: "127.0.0.1",
        port: 0,
        supergraphPath: join(__dirname, "../../../schema/supergraph.graphql"),
        subgraphUrls,
        signing: { current: DEVELOPMENT_SIGNING_KEY },
        auth: developmentAuthConfig(),
      });
    }, 60_000);

    afterAll(async () => {
      await gateway?.stop();
      await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.close(resolve))));
    });

    it("fits under the subgraphs' default body cap, even with every learner as large as the largest", async () => {
      for (const acrossProviders of [false, true]) {
        const response = await postGraphQL<{ learners: unknown[] }>(
          gateway.url,
          `${HARMONISED} query ($first: Int!, $across: Boolean) { learners(first: $first, acrossProviders: $across) { ...Harmonised } }`,
          { first: LARGEST_PAGE, across: acrossProviders },
        );
        expect(response.status).toBe(200);
        expect(response.errors).toBeUndefined();
        // Scale 0.01 holds 79 learners across providers: a page of all of them, and a full page of 500.
        expect(response.data!.learners.length).toBeGreaterThan(acrossProviders ? 50 : 400);
      }
      const toOffa = recorded.filter((entry) => entry.subgraph === "offa" && entry.representations > 0);
      expect(toOffa.length).toBeGreaterThan(0);
      const largest = Math.max(...recorded.map((entry) => entry.bytes));
      const largestRepresentation = Math.max(...toOffa.map((entry) => entry.largestRepresentationBytes));
      // A page of the largest size in which every learner carries as much as the heaviest one seen.
      const bound = LARGEST_PAGE * largestRepresentation;
      expect(largest).toBeLessThan(REQUEST_VERIFICATION_DEFAULTS.maxBodyBytes);
      expect(bound).toBeLessThan(REQUEST_VERIFICATION_DEFAULTS.maxBodyBytes);
    }, 120_000);
  });

  describe("a provider subgraph that is down", () => {
    const QUERY = /* GraphQL */ `
      {
        learners(first: 20, acrossProviders: true) {
          id
          cefa {
            id
          }
          ifapme {
            id
          }
          sfpme {
            id
          }
        }
      }
    `;
    type Page = { learners: { id: string; cefa: unknown; ifapme: unknown; sfpme: unknown }[] };

    it("leaves the other providers' data in a 200 answer, with an error naming the subgraph and its code", async () => {
      const cefaPort = new URL(stack.subgraphs.cefa.url).port;
      await stack.subgraphs.cefa.stop();
      const response = await postGraphQL<Page>(stack.gatewayUrl, QUERY);
      expect(response.status).toBe(200);
      const learners = response.data!.learners;
      expect(learners).toHaveLength(20);
      expect(learners.every((learner) => learner.cefa === null)).toBe(true);
      expect(learners.some((learner) => Array.isArray(learner.ifapme) && learner.ifapme.length > 0)).toBe(
        true,
      );
      expect(learners.some((learner) => Array.isArray(learner.sfpme) && learner.sfpme.length > 0)).toBe(true);
      expect(response.errors).toContainEqual(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE",
            subgraph: "cefa",
          }),
        }),
      );
      expect(JSON.stringify(response.errors)).not.toContain(`:${cefaPort}`);
      // One error at each field CEFA left null, none without a path, none on another provider's fields.
      const unavailable = (response.errors ?? []).filter(
        (error) => error.extensions?.code === "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE",
      );
      expect(unavailable.map((error) => error.path)).toEqual(
        learners.map((_, index) => ["learners", index, "cefa"]),
      );
      expect(unavailable.every((error) => error.extensions?.subgraph === "cefa")).toBe(true);
    });

    it("opens cefa's circuit after repeated failures, then answers at once with OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN", async () => {
      let last: Awaited<ReturnType<typeof postGraphQL<Page>>> | undefined;
      for (let i = 0; i < 6; i += 1) {
        last = await postGraphQL<Page>(stack.gatewayUrl, QUERY);
        expect(last.status).toBe(200);
      }
      expect(last!.errors).toContainEqual(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: "OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN",
            subgraph: "cefa",
          }),
        }),
      );
      expect(last!.data!.learners.some((learner) => Array.isArray(learner.ifapme))).toBe(true);
      const open = last!.errors!.filter(
        (error) => error.extensions?.code === "OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN",
      );
      expect(open.map((error) => error.path)).toEqual(
        last!.data!.learners.map((_, index) => ["learners", index, "cefa"]),
      );
    });

    it("answers 200, never a gateway 5xx, even when the subgraph of the root field is down", async () => {
      await stack.subgraphs.offa.stop();
      const response = await postGraphQL<Page>(stack.gatewayUrl, QUERY);
      expect(response.status).toBe(200);
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toContainEqual(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE",
            subgraph: "offa",
          }),
        }),
      );
    });
  });
});
