/**
 * The gateway's query limits and rate limit, read from the environment in one place with every default and
 * why. Each refusal happens before any subgraph call; `0` turns a limit off (never the default).
 */
export interface LimitsConfig {
  /** GATEWAY_MAX_BODY_BYTES: the request body, in bytes, refused before any JSON or GraphQL parsing. */
  maxBodyBytes: number;
  /** GATEWAY_MAX_TOKENS: GraphQL tokens in the query, counted before parsing. */
  maxTokens: number;
  /** GATEWAY_MAX_DEPTH: nesting of fields (GraphQL Armor's depth, leaves counted, fragments followed). */
  maxDepth: number;
  /** GATEWAY_MAX_ALIASES: aliases in one operation (fragments followed). */
  maxAliases: number;
  /** GATEWAY_MAX_DIRECTIVES: directives in one operation. */
  maxDirectives: number;
  /** GATEWAY_MAX_COST: the estimated cost of one operation (computeOperationCost), with variables known. */
  maxCost: number;
  /** GATEWAY_BLOCK_FIELD_SUGGESTIONS: remove "Did you mean …?" from error messages. */
  blockFieldSuggestions: boolean;
  /** GATEWAY_RATE_LIMIT: requests per client per window; 0 = off. */
  rateLimit: number;
  /** GATEWAY_RATE_LIMIT_WINDOW_SECONDS: the rate limit's window. */
  rateLimitWindowSeconds: number;
  /** REDIS_URL: when set, the rate limit is counted in Redis (shared by every gateway process). */
  redisUrl?: string;
}

/**
 * The defaults and why. Measured against every query of the tests, scripts (bench, quality, mappings) and
 * README, which the defaults all allow with room (see README.md, "Query limits").
 */
export const LIMIT_DEFAULTS = {
  /** 64 kB: the largest legitimate body (a README or quality query with variables) is under 3 kB. */
  maxBodyBytes: 64 * 1024,
  /** 3000: the longest legitimate query has about 300 tokens (GraphiQL's introspection query, the bench). */
  maxTokens: 3000,
  /**
   * 8: the deepest legitimate data query is 6 (cefaLearner → offaLearner → commonContracts → complianceByMonth
   * → flags → code); the provider → OFFA → provider learner cycle nests without bound, and 9 levels of it are
   * refused. Introspection (`__schema`) is not counted, as GraphQL Armor does by default: its depth is fixed by
   * the schema (GraphiQL's query is 21 deep), its abuse by nesting `__type` is bounded by the cost limit, and
   * production turns it off.
   */
  maxDepth: 8,
  /** 10: legitimate queries use at most one alias; the fan-out used 20 over one page. */
  maxAliases: 10,
  /** 10: no legitimate query uses one; the schema defines no executable directive beyond @include/@skip. */
  maxDirectives: 10,
  /**
   * 1 500 000: one page of the largest size (500) with everything a learner offers (every provider record,
   * common contracts with compliance, month-by-month compliance and summary: the fragment of the
   * learnerAcrossProviders test) costs 1 410 500, and that is the most one request may ask. The test's own page
   * of 200 costs 564 200, the compliance tests' pages of 250 126 500, the quality report's 19 000. Three
   * aliases of a 500-learner page with month-by-month compliance (2 139 000) are refused, and the issue's 20
   * of them (14 million, 10 to 20 s of work for the whole stack) by far.
   */
  maxCost: 1_500_000,
  /** Rate limit in production: 600 requests a minute per client, ten a second on average. */
  rateLimitProduction: 600,
  /** Off in development: tests and scripts page through everything as fast as they can. */
  rateLimitDevelopment: 0,
  rateLimitWindowSeconds: 60,
} as const;

/**
 * Reads the limits; every unusable value is appended to `problems` (the caller reports them all at once).
 * `production` chooses the defaults that differ by mode (rate limit, field suggestions).
 */
export function readLimitsConfig(
  env: NodeJS.ProcessEnv,
  production: boolean,
  problems: string[],
): LimitsConfig {
  const count = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
      problems.push(`${name}=${raw} must be a whole number (0 turns the limit off)`);
      return fallback;
    }
    return value;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (raw === "true" || raw === "1") return true;
    if (raw === "false" || raw === "0") return false;
    problems.push(`${name}=${raw} must be true or false`);
    return fallback;
  };
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\/\S+$/.test(redisUrl))
    problems.push(`REDIS_URL=${redisUrl} must be a redis:// URL`);
  const rateLimitWindowSeconds = count(
    "GATEWAY_RATE_LIMIT_WINDOW_SECONDS",
    LIMIT_DEFAULTS.rateLimitWindowSeconds,
  );
  if (rateLimitWindowSeconds === 0) problems.push("GATEWAY_RATE_LIMIT_WINDOW_SECONDS must be at least 1");
  return {
    maxBodyBytes: count("GATEWAY_MAX_BODY_BYTES", LIMIT_DEFAULTS.maxBodyBytes),
    maxTokens: count("GATEWAY_MAX_TOKENS", LIMIT_DEFAULTS.maxTokens),
    maxDepth: count("GATEWAY_MAX_DEPTH", LIMIT_DEFAULTS.maxDepth),
    maxAliases: count("GATEWAY_MAX_ALIASES", LIMIT_DEFAULTS.maxAliases),
    maxDirectives: count("GATEWAY_MAX_DIRECTIVES", LIMIT_DEFAULTS.maxDirectives),
    maxCost: count("GATEWAY_MAX_COST", LIMIT_DEFAULTS.maxCost),
    // Suggestions help a developer and map the schema for an attacker: masked in production only.
    blockFieldSuggestions: flag("GATEWAY_BLOCK_FIELD_SUGGESTIONS", production),
    rateLimit: count(
      "GATEWAY_RATE_LIMIT",
      production ? LIMIT_DEFAULTS.rateLimitProduction : LIMIT_DEFAULTS.rateLimitDevelopment,
    ),
    rateLimitWindowSeconds: rateLimitWindowSeconds || 1,
    redisUrl,
  };
}
