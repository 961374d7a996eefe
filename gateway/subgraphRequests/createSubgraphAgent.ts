import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import type { SubgraphCallConfig } from "./readSubgraphCallConfig";

/**
 * The keep-alive agent of one subgraph: at most `maxSockets` sockets, and an idle socket closed by the gateway
 * after `idleSocketMs`, shorter than the subgraphs' own keep-alive (SERVER_KEEP_ALIVE_MS), so the gateway
 * never reuses a socket the subgraph has just closed. Node's agent also shortens that idle time below the
 * server's `Keep-Alive: timeout=…` hint by a second when a server announces less (a subgraph run elsewhere).
 * `lifo` reuses the most recent socket, so the others go idle and close when traffic drops.
 */
export function createSubgraphAgent(
  url: string,
  config: Pick<SubgraphCallConfig, "maxSockets" | "idleSocketMs">,
): HttpAgent {
  const options = {
    keepAlive: true,
    maxSockets: config.maxSockets,
    maxFreeSockets: config.maxSockets,
    // Node applies `timeout` to a socket while it waits in the free pool (and destroys it then); on a socket in
    // use it only emits 'timeout', which nothing listens to: the call's own timeout aborts a slow request.
    timeout: config.idleSocketMs,
    scheduling: "lifo" as const,
  };
  return new URL(url).protocol === "https:" ? new HttpsAgent(options) : new HttpAgent(options);
}
