/**
 * npm run -s token -- ROLE [--provider cefa] [--namespaces cefa,ifapme] [--subject name] [--ttl 3600]: prints a
 * development bearer token for ROLE, signed with the development secret the gateway uses in this environment
 * (OFFA_AUTH_DEV_SECRET, or the built-in development-only default). A production gateway refuses such tokens.
 */
import { resolve } from "node:path";
import { isRole, ROLES } from "../schema/contract/access";
import { readAuthConfig, signDevelopmentToken, supergraphProviderNames } from "../gateway/auth";

const USAGE =
  "usage: npm run -s token -- ROLE [--provider NAME] [--namespaces A,B] [--subject NAME] [--ttl SECONDS]\n" +
  `roles: ${Object.keys(ROLES).join(", ")}`;

function fail(message: string): never {
  console.error(`token: ${message}\n${USAGE}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const [role, ...rest] = process.argv.slice(2);
  if (!isRole(role)) fail(role ? `unknown role ${role}` : "a role is required");
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i];
    const value = rest[i + 1];
    if (!["--provider", "--namespaces", "--subject", "--ttl"].includes(name) || value === undefined)
      fail(`unexpected argument ${name}`);
    options[name.slice(2)] = value;
  }
  const providers = supergraphProviderNames(
    resolve(process.env.SUPERGRAPH_PATH || "schema/supergraph.graphql"),
  );
  const namespaces = options.namespaces?.split(",").filter(Boolean);
  if (role === "PROVIDER_STAFF" && !providers.includes(options.provider ?? ""))
    fail(`PROVIDER_STAFF needs --provider, one of: ${providers.join(", ")}`);
  for (const namespace of namespaces ?? [])
    if (!providers.includes(namespace))
      fail(`--namespaces: ${namespace} is not one of ${providers.join(", ")}`);
  const ttlSeconds = options.ttl === undefined ? undefined : Number(options.ttl);
  if (ttlSeconds !== undefined && !(Number.isInteger(ttlSeconds) && ttlSeconds > 0))
    fail("--ttl must be a positive number of seconds");
  if (process.env.NODE_ENV === "production")
    fail("development tokens only: a production gateway takes tokens from the identity provider");
  const problems: string[] = [];
  const auth = readAuthConfig(process.env, problems);
  if (problems.length > 0) fail(problems.join("; "));
  if (auth.keys.kind !== "devSecret")
    fail(
      "OFFA_AUTH_JWKS_* is set: this gateway takes tokens from the identity provider, not development ones",
    );
  console.log(
    await signDevelopmentToken(
      { role, provider: options.provider, namespaces, subject: options.subject, ttlSeconds },
      auth,
    ),
  );
}

main().catch((error: Error) => fail(error.message));
