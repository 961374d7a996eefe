import { LIMIT_DEFAULTS, readLimitsConfig } from "../readLimitsConfig";

describe("readLimitsConfig", () => {
  it("gives every default from an empty environment, with the rate limit off in development", () => {
    const problems: string[] = [];
    const limits = readLimitsConfig({}, false, problems);
    expect(problems).toEqual([]);
    expect(limits).toEqual({
      maxBodyBytes: LIMIT_DEFAULTS.maxBodyBytes,
      maxTokens: LIMIT_DEFAULTS.maxTokens,
      maxDepth: LIMIT_DEFAULTS.maxDepth,
      maxAliases: LIMIT_DEFAULTS.maxAliases,
      maxDirectives: LIMIT_DEFAULTS.maxDirectives,
      maxCost: LIMIT_DEFAULTS.maxCost,
      blockFieldSuggestions: false,
      rateLimit: 0,
      rateLimitWindowSeconds: 60,
      redisUrl: undefined,
    });
  });

  it("turns the rate limit on and field suggestions off in production", () => {
    const limits = readLimitsConfig({}, true, []);
    expect(limits.rateLimit).toBe(LIMIT_DEFAULTS.rateLimitProduction);
    expect(limits.blockFieldSuggestions).toBe(true);
  });

  it("reads every setting, 0 turning a limit off", () => {
    const limits = readLimitsConfig(
      {
        GATEWAY_MAX_BODY_BYTES: "1000",
        GATEWAY_MAX_TOKENS: "0",
        GATEWAY_MAX_DEPTH: "5",
        GATEWAY_MAX_ALIASES: "2",
        GATEWAY_MAX_DIRECTIVES: "3",
        GATEWAY_MAX_COST: "99",
        GATEWAY_BLOCK_FIELD_SUGGESTIONS: "true",
        GATEWAY_RATE_LIMIT: "7",
        GATEWAY_RATE_LIMIT_WINDOW_SECONDS: "2",
        REDIS_URL: "redis://127.0.0.1:6379",
      },
      false,
      [],
    );
    expect(limits).toEqual({
      maxBodyBytes: 1000,
      maxTokens: 0,
      maxDepth: 5,
      maxAliases: 2,
      maxDirectives: 3,
      maxCost: 99,
      blockFieldSuggestions: true,
      rateLimit: 7,
      rateLimitWindowSeconds: 2,
      redisUrl: "redis://127.0.0.1:6379",
    });
  });

  it("lists every invalid value at once", () => {
    const problems: string[] = [];
    readLimitsConfig(
      {
        GATEWAY_MAX_DEPTH: "deep",
        GATEWAY_MAX_COST: "-1",
        GATEWAY_BLOCK_FIELD_SUGGESTIONS: "maybe",
        GATEWAY_RATE_LIMIT_WINDOW_SECONDS: "0",
        REDIS_URL: "localhost",
      },
      false,
      problems,
    );
    expect(problems).toEqual([
      "REDIS_URL=localhost must be a redis:// URL",
      "GATEWAY_RATE_LIMIT_WINDOW_SECONDS must be at least 1",
      "GATEWAY_MAX_DEPTH=deep must be a whole number (0 turns the limit off)",
      "GATEWAY_MAX_COST=-1 must be a whole number (0 turns the limit off)",
      "GATEWAY_BLOCK_FIELD_SUGGESTIONS=maybe must be true or false",
    ]);
  });
});
