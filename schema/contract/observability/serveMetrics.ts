import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "prom-client";

/** The path Prometheus scrapes on every server. */
export const METRICS_PATH = "/metrics";

/**
 * The `/metrics` handler for serveApolloHttp's `routes`: the registry in Prometheus' text format, GET only.
 * It answers whoever asks: keep the path behind the cluster network (README.md, Observability).
 */
export function serveMetrics(
  registry: Registry,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("Use GET\n");
      return;
    }
    const body = await registry.metrics();
    res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
