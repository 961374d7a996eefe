import { readAuthConfig, signDevelopmentToken } from "../../gateway/auth";

/**
 * The headers a script sends with a JSON GraphQL POST to the gateway: the bearer token in OFFA_TOKEN when set,
 * else a DEVELOPER token signed with the development secret the gateway uses in this environment (the
 * OFFA_AUTH_* settings or their defaults). In production, or with a JWKS, only OFFA_TOKEN can work.
 */
export async function gatewayHeaders(env: NodeJS.ProcessEnv = process.env): Promise<Record<string, string>> {
  return { "content-type": "application/json", authorization: `Bearer ${await gatewayToken(env)}` };
}

async function gatewayToken(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.OFFA_TOKEN) return env.OFFA_TOKEN;
  const problems: string[] = [];
  const auth = env.NODE_ENV === "production" ? undefined : readAuthConfig(env, problems);
  if (!auth || auth.keys.kind !== "devSecret" || problems.length > 0) {
    throw new Error(
      "Set OFFA_TOKEN to a bearer token for the gateway: scripts mint a development token only for a development " +
        `gateway with its shared secret${problems.length > 0 ? ` (${problems.join("; ")})` : ""}.`,
    );
  }
  return signDevelopmentToken({ role: "DEVELOPER", subject: "offa-scripts" }, auth);
}
