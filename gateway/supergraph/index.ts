/** The supergraph the gateway serves: read from its file, validated, and reloaded when the file changes. */
export { checkGatewayAccepts } from "./checkGatewayAccepts";
export {
  createSupergraphSource,
  type SupergraphSource,
  type SupergraphSourceOptions,
} from "./createSupergraphSource";
export { readSupergraphFile } from "./readSupergraphFile";
export { logSupergraphEvent, type SupergraphEvent } from "./SupergraphEvent";
export { buildSupergraphVersion, type SupergraphSubgraph, type SupergraphVersion } from "./SupergraphVersion";
export { DEFAULT_SUPERGRAPH_POLL_MS, readSupergraphPollMs } from "./readSupergraphPollMs";
export { readFieldOwners, type FieldOwners } from "./readFieldOwners";
