import { readFileSync } from "node:fs";

/**
 * The names of the subgraphs a composed supergraph routes to (`@join__graph(name: "…")`), so the gateway knows
 * which `<NAME>_URL` overrides to read without a list of its own: the supergraph is the one source. An
 * unreadable file gives no names; createGateway then refuses it with a clear message.
 */
export function supergraphSubgraphNames(supergraphPath: string): string[] {
  let sdl: string;
  try {
    sdl = readFileSync(supergraphPath, "utf8");
  } catch {
    return [];
  }
  return [...sdl.matchAll(/@join__graph\(name: "([a-z0-9_]+)"/g)].map((match) => match[1]);
}
