import type { ServerResponse } from "node:http";

/** Where a server answers its health: liveness touches nothing, readiness its dependencies. */
export const HEALTH_PATHS = { live: "/healthz", ready: "/readyz" } as const;

/** What a readiness check found: ready, and each dependency's state (true, or why not). */
export interface Readiness {
  ready: boolean;
  checks: Record<string, true | string>;
}

/** Answers a health request with JSON; 200 when healthy, 503 otherwise (what probes read). */
export function sendHealth(res: ServerResponse, healthy: boolean, body: Record<string, unknown>): void {
  res.statusCode = healthy ? 200 : 503;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify({ status: healthy ? "ok" : "unavailable", ...body }));
}
