import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readSigningKeys, SIGNING_KEY_SETTING } from "../../gateway/subgraphRequests/readSigningKeys";
import { PROVIDER_NAMESPACES, type ProviderNamespace } from "../../subgraphs/kit";
import type { ProviderAccess } from "./refreshFigureModel";

/**
 * How the figure model's refresh reaches the providers, read like the gateway reads it: `<NAME>_URL` (default the
 * routing URL the supergraph records for that subgraph) and the gateway's signing key (OFFA_GATEWAY_SIGNING_KEY,
 * the development key outside production). Every problem is listed at once.
 */
export function readProviderAccess(env: NodeJS.ProcessEnv = process.env): ProviderAccess {
  const problems: string[] = [];
  const supergraph = readFileSync(resolve(env.SUPERGRAPH_PATH || "schema/supergraph.graphql"), "utf8");
  const urls = {} as Record<ProviderNamespace, string>;
  for (const namespace of PROVIDER_NAMESPACES) {
    const setting = `${namespace.toUpperCase()}_URL`;
    const routed = new RegExp(`@join__graph\\(name: "${namespace}", url: "([^"]+)"\\)`).exec(supergraph)?.[1];
    const url = env[setting] || routed;
    if (!url) problems.push(`${setting} must be set (the supergraph records no URL for ${namespace})`);
    else if (!/^https?:\/\/\S+$/.test(url)) problems.push(`${setting}=${url} must be an http(s) URL`);
    else urls[namespace] = url;
  }
  const signing = readSigningKeys(env, problems);
  if (problems.length > 0) {
    throw new Error(
      `the figure model cannot reach the providers (${SIGNING_KEY_SETTING} and <NAME>_URL, as the gateway):\n- ${problems.join("\n- ")}`,
    );
  }
  return { urls, signingKey: signing.current };
}
