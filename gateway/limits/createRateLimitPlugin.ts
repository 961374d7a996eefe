import type { ApolloServerPlugin } from "@apollo/server";
import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { LimitError } from "./limitError";
import type { LimitsConfig } from "./readLimitsConfig";

/** What the rate limit reads from the request context: the verified caller, else the client's address. */
interface RateLimitContext {
  claims?: { subject?: string } | null;
  clientAddress?: string;
}

/** The client a request is counted for: its token subject when it has claims, else its address. */
export function rateLimitKey(context: unknown): string {
  const { claims, clientAddress } = (context ?? {}) as RateLimitContext;
  if (claims?.subject) return `sub:${claims.subject}`;
  return `ip:${clientAddress ?? "unknown"}`;
}

/**
 * A rate limit per client: `rateLimit` requests per `rateLimitWindowSeconds`, counted in Redis when REDIS_URL
 * is set (every gateway process shares the count; an in-process count stands in while Redis is unreachable)
 * and in this process otherwise. Over the limit: HTTP 429 with Retry-After and OFFA_GATEWAY_RATE_LIMITED,
 * before any query plan. The count starts with the request and the refusal is given once the operation is
 * resolved (the first hook that can answer with a status of its own).
 */
export function createRateLimitPlugin(
  limits: Pick<LimitsConfig, "rateLimit" | "rateLimitWindowSeconds" | "redisUrl">,
): ApolloServerPlugin {
  const points = limits.rateLimit;
  const duration = limits.rateLimitWindowSeconds;
  const memory = new RateLimiterMemory({ points, duration, keyPrefix: "offa-gateway" });
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = memory;
  if (limits.redisUrl) {
    redis = new Redis(limits.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    // Reconnection is ioredis's business; an error event without a listener would crash the process.
    redis.on("error", () => undefined);
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points,
      duration,
      keyPrefix: "offa-gateway-rate",
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    });
  }
  const consume = async (key: string): Promise<LimitError | undefined> => {
    try {
      await limiter.consume(key);
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return undefined; // A store failure never refuses a client.
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return new LimitError(
        "OFFA_GATEWAY_RATE_LIMITED",
        `Too many requests: at most ${points} every ${duration} s per client. Retry in ${seconds} s.`,
        429,
        { "retry-after": String(seconds) },
      );
    }
  };
  return {
    async serverWillStart() {
      if (redis) await redis.connect().catch(() => undefined);
      return {
        async serverWillStop() {
          if (redis) await redis.quit().catch(() => redis?.disconnect());
        },
      };
    },
    async requestDidStart({ contextValue }) {
      if (points <= 0) return;
      const decision = consume(rateLimitKey(contextValue));
      return {
        async didResolveOperation() {
          const refusal = await decision;
          if (refusal) throw refusal;
        },
      };
    },
  };
}
