import { HEALTH_PATHS, type Readiness } from "../schema/contract/http";

/** How long the gateway's readiness waits for one subgraph's own readiness. */
const SUBGRAPH_READINESS_TIMEOUT_MS = 1_500;

/**
 * The gateway is ready when every subgraph it routes to answers its own readiness (its store reachable): asked
 * in parallel, each within 1.5 s. The supergraph is loaded before the gateway serves at all.
 */
export function subgraphReadiness(
  subgraphs: readonly { name: string; url: string }[],
): () => Promise<Readiness> {
  return async () => {
    const results = await Promise.all(
      subgraphs.map(async ({ name, url }): Promise<[string, true | string]> => {
        try {
          const response = await fetch(new URL(HEALTH_PATHS.ready, url), {
            signal: AbortSignal.timeout(SUBGRAPH_READINESS_TIMEOUT_MS),
          });
          return [name, response.ok ? true : `readiness answered HTTP ${response.status}`];
        } catch (error) {
          return [name, `unreachable: ${(error as Error).message}`];
        }
      }),
    );
    return { ready: results.every(([, state]) => state === true), checks: Object.fromEntries(results) };
  };
}
