import { readFileSync } from "node:fs";

/**
 * The subgraphs a composed supergraph routes to (`@join__graph(name: "…", url: "…")`), so the gateway knows
 * which `<NAME>_URL` overrides to read and where each subgraph is without a list of its own: the supergraph is the
 * one source. An unreadable file gives none; createGateway then refuses it with a clear message.
 */
export function supergraphSubgraphs(supergraphPath: string): { name: string; url: string }[] {
  let sdl: string;
  try {
    sdl = readFileSync(supergraphPath, "utf8");
  } catch {
    return [];
  }
  return [...sdl.matchAll(/@join__graph\(name: "([a-z0-9_]+)", url: "([^"]*)"\)/g)].map((match) => ({
    name: match[1]!,
    url: match[2]!,
  }));
}

/** The names of the supergraph's subgraphs (supergraphSubgraphs). */
export function supergraphSubgraphNames(supergraphPath: string): string[] {
  return supergraphSubgraphs(supergraphPath).map((subgraph) => subgraph.name);
}
