import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/Database";
import type { SubgraphDefinition } from "../SubgraphDefinition";

/** A subgraph serving HTTP; `stop()` drains and may be called twice. */
export interface RunningSubgraph {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** Serves a built subgraph schema on 127.0.0.1 (port 0 picks a free port, as tests do). */
export async function startSubgraphServer(options: {
  definition: SubgraphDefinition;
  schema: GraphQLSchema;
  db: Database;
  port: number;
  host?: string;
}): Promise<RunningSubgraph> {
  const { definition, schema, db } = options;
  const server = new ApolloServer({
    schema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    // Subgraphs speak only to the gateway: introspection stays on for composition checks and tools.
    introspection: true,
    // Stack traces name files and lines: never in a response, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { host: options.host ?? "127.0.0.1", port: options.port },
    context: async () => definition.createContext(db),
  });
  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url,
    stop: () => (stopping ??= server.stop()),
  };
}
