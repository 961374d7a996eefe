import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";
import { supergraphSubgraphNames } from "../supergraphSubgraphNames";

/**
 * The provider subgraphs of a composed supergraph: the subgraph names (`@join__graph`) that are also values of
 * its `Provider` enum (`cefa` for `CEFA`). The gateway knows providers only from the supergraph; OFFA's own
 * subgraph is a subgraph but no provider. An unreadable file or a supergraph without the enum gives none, and
 * then no PROVIDER_STAFF token is accepted.
 */
export function supergraphProviderNames(supergraphPath: string): string[] {
  let sdl: string;
  try {
    sdl = readFileSync(supergraphPath, "utf8");
  } catch {
    return [];
  }
  const providerEnum = parse(sdl).definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === "Provider",
  );
  const values = new Set(
    providerEnum?.kind === Kind.ENUM_TYPE_DEFINITION
      ? (providerEnum.values ?? []).map((value) => value.name.value)
      : [],
  );
  return supergraphSubgraphNames(supergraphPath).filter((name) => values.has(name.toUpperCase()));
}
