import { HEALTH_PATHS, type Readiness } from "../schema/contract/http";

/** How long the gateway's readiness waits for one subgraph's own readiness. */
const SUBGRAPH_READINESS_TIMEOUT_MS = 1_500;

/**
 * The gateway's readiness: every subgraph it routes to is asked for its own readiness (its store reachable), in
 * parallel, each within 1.5 s, and each answer is reported by name. The gateway stays ready while at least one
 * subgraph is: it answers partial data with an error naming the missing provider (issue 9), whereas a gateway
 * that turned unready whenever one provider is down would make a load balancer or Kubernetes stop sending to
 * every replica at once, turning one provider's outage into a total one. Only with no subgraph ready can it
 * serve nothing, and then it is not ready. The supergraph is loaded before the gateway serves at all.
 * `subgraphs` is asked at each check: the subgraphs of the supergraph serving now.
 */
export function subgraphReadiness(
  subgraphs: () => readonly { name: string; url: string }[],
): () => Promise<Readiness> {
  return async () => {
    const results = await Promise.all(
      subgraphs().map(async ({ name, url }): Promise<[string, true | string]> => {
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
    return { ready: results.some(([, state]) => state === true), checks: Object.fromEntries(results) };
  };
}
