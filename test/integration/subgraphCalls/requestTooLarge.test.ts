import { ApolloServer } from "@apollo/server";
import type { GraphQLError } from "graphql";
import { defaultSubgraphCallConfig, SignedGraphQLDataSource } from "../../../gateway/subgraphRequests";
import { serveApolloHttp, type ServingApollo } from "../../../schema/contract/http";

const CAP = 64 * 1024;

/**
 * A server that refuses bodies above CAP exactly as a subgraph does (the same serveApolloHttp front and the
 * same code), and the gateway's data source for it.
 */
async function startCappedServer(): Promise<{ serving: ServingApollo; apollo: ApolloServer }> {
  const apollo = new ApolloServer({
    typeDefs: /* GraphQL */ `
      type Query {
        ok(pad: String): Boolean
      }
    `,
    resolvers: { Query: { ok: () => true } },
  });
  await apollo.start();
  const serving = await serveApolloHttp({
    server: apollo,
    host: "127.0.0.1",
    port: 0,
    listenSetting: "TEST_PORT",
    readiness: async () => ({ ready: true, checks: {} }),
    maxBodyBytes: CAP,
    tooLarge: { message: `The request body is larger than ${CAP} bytes.`, code: "OFFA_REQUEST_TOO_LARGE" },
    prepare: async () => ({ context: async () => ({}) }),
    onUnexpectedError: (error) => {
      throw error;
    },
  });
  return { serving, apollo };
}

describe("a request larger than the subgraph accepts", () => {
  it("comes back as 413 OFFA_REQUEST_TOO_LARGE naming the subgraph, never as a reset connection", async () => {
    const { serving, apollo } = await startCappedServer();
    try {
      const source = new SignedGraphQLDataSource({
        name: "offa",
        url: `${serving.url}graphql`,
        keys: { current: "k".repeat(48) },
        calls: defaultSubgraphCallConfig(),
      });
      const send = async (padBytes: number) => {
        try {
          await source.process({
            kind: "health check",
            request: {
              query: "query Q($pad: String) { ok(pad: $pad) }",
              variables: { pad: "x".repeat(padBytes) },
            },
            context: {},
          } as never);
          return undefined;
        } catch (error) {
          return (error as GraphQLError).extensions;
        }
      };
      // Just above the cap, and far above it (the body is still being written when the refusal comes).
      for (const size of [CAP + 1, 8 * 1024 * 1024, CAP + 1, 8 * 1024 * 1024]) {
        expect(await send(size)).toEqual({
          code: "OFFA_REQUEST_TOO_LARGE",
          subgraph: "offa",
          status: 413,
          subgraphCode: "OFFA_REQUEST_TOO_LARGE",
        });
      }
      expect(await send(100)).toBeUndefined();
    } finally {
      await serving.close();
      await apollo.stop();
    }
  });
});
