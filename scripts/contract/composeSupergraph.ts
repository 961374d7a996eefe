import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import type { SubgraphDefinition } from "../../subgraphs/kit";

/** A subgraph's printed SDL, as checked in under schema/. */
export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Default URL of a subgraph in the supergraph (the ports `npm start` and each subgraph's main use). */
export function defaultSubgraphUrl(definition: SubgraphDefinition): string {
  return `http://127.0.0.1:${definition.defaultPort}/graphql`;
}

/** Prints every subgraph's SDL (no database needed). */
export async function printSubgraphs(definitions: readonly SubgraphDefinition[]): Promise<SubgraphSdl[]> {
  return Promise.all(
    definitions.map(async (definition) => ({
      name: definition.name,
      url: defaultSubgraphUrl(definition),
      sdl: printSubgraphSchema(await definition.buildSchema()),
    })),
  );
}

/** Composes the supergraph with @apollo/composition, or throws listing every composition error. */
export function composeSupergraph(subgraphSdls: readonly SubgraphSdl[]): string {
  const result = composeServices(
    subgraphSdls.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n- ${result.errors.map((error) => error.message).join("\n- ")}`);
  }
  return result.supergraphSdl;
}
