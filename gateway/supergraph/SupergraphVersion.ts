import { createHash } from "node:crypto";
import { type DocumentNode, Kind, parse } from "graphql";
import { type AccessRequirement, readAccessRequirements } from "../../schema/contract/access";
import { withoutAccessDirectives } from "../authorization/withoutAccessDirectives";
import { GatewayError } from "../errors/GatewayError";
import { readFieldOwners, type FieldOwners } from "./readFieldOwners";

/** One subgraph a supergraph routes to, with the URL composed into it. */
export interface SupergraphSubgraph {
  name: string;
  url: string;
}

/**
 * One content of the supergraph file, with everything the gateway derives from it, so that a reload swaps all
 * of it together: the SDL @apollo/gateway loads (without the access directives it refuses), the access
 * requirements read from the untouched SDL (enforced before planning) and the subgraphs it routes to.
 */
export interface SupergraphVersion {
  /** SHA-256 of the file's text: an unchanged file is not reloaded. */
  hash: string;
  /** What @apollo/gateway loads: the supergraph without @requiresScopes / @policy / @authenticated. */
  loadableSdl: string;
  /** The access directives of the untouched SDL, by schema coordinate. */
  requirements: ReadonlyMap<string, AccessRequirement>;
  /** `@join__graph` of the `join__Graph` enum, sorted by name. */
  subgraphs: readonly SupergraphSubgraph[];
  /** Which subgraphs resolve each field (to put a whole-subgraph failure at the fields it left null). */
  fieldOwners: FieldOwners;
}

/**
 * Reads a supergraph's text into a version: it must parse as GraphQL and be a composed supergraph (a
 * `join__Graph` enum naming at least one subgraph). OFFA_GATEWAY_SUPERGRAPH_UNREADABLE otherwise, naming `path`.
 * Whether @apollo/gateway accepts it is checked apart (checkGatewayAccepts), as it costs about half a second.
 */
export function buildSupergraphVersion(sdl: string, path: string): SupergraphVersion {
  const refuse = (reason: string) =>
    new GatewayError(
      "OFFA_GATEWAY_SUPERGRAPH_UNREADABLE",
      `${path} ${reason}. Run npm run compose or fix SUPERGRAPH_PATH.`,
    );
  let document: DocumentNode;
  try {
    document = parse(sdl);
  } catch (error) {
    throw refuse(`is not GraphQL (${(error as Error).message})`);
  }
  const subgraphs = joinGraphs(document);
  if (subgraphs.length === 0) throw refuse("is not a composed supergraph (no join__graph)");
  return {
    hash: createHash("sha256").update(sdl).digest("hex"),
    loadableSdl: withoutAccessDirectives(sdl),
    requirements: readAccessRequirements(document),
    subgraphs,
    fieldOwners: readFieldOwners(document),
  };
}

/** The `@join__graph(name:, url:)` of each value of the `join__Graph` enum. */
function joinGraphs(document: DocumentNode): SupergraphSubgraph[] {
  const subgraphs: SupergraphSubgraph[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const joinGraph = value.directives?.find((directive) => directive.name.value === "join__graph");
      const argument = (name: string) => {
        const node = joinGraph?.arguments?.find((candidate) => candidate.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = argument("name");
      const url = argument("url");
      if (name !== undefined && url !== undefined) subgraphs.push({ name, url });
    }
  }
  return subgraphs.sort((a, b) => a.name.localeCompare(b.name));
}
