import {
  fullJitterBackoffMs,
  isConnectionError,
  isRetryableStatus,
  isSubgraphFailureStatus,
} from "../retryPolicy";

describe("retryPolicy", () => {
  it("retries 502, 503 and 504 only", () => {
    expect([200, 400, 413, 429, 500, 501, 502, 503, 504, 505].filter(isRetryableStatus)).toEqual([
      502, 503, 504,
    ]);
  });

  it("counts 5xx and 429 against the subgraph, never the other 4xx", () => {
    expect([200, 400, 401, 403, 404, 413, 429, 500, 503].filter(isSubgraphFailureStatus)).toEqual([
      429, 500, 503,
    ]);
  });

  it("recognises connection errors, also wrapped as a fetch() cause", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(isConnectionError(refused)).toBe(true);
    expect(isConnectionError(new Error("socket hang up"))).toBe(true);
    expect(isConnectionError(new TypeError("fetch failed", { cause: refused }))).toBe(true);
    expect(isConnectionError(new Error("Unexpected token < in JSON"))).toBe(false);
    expect(isConnectionError("ECONNREFUSED")).toBe(false);
  });

  it("draws the backoff of retry n uniformly below base × 2^(n-1)", () => {
    expect(fullJitterBackoffMs(1, 100, () => 0)).toBe(0);
    expect(fullJitterBackoffMs(1, 100, () => 0.999)).toBe(99);
    expect(fullJitterBackoffMs(2, 100, () => 0.999)).toBe(199);
    expect(fullJitterBackoffMs(2, 100, () => 0.5)).toBe(100);
  });
});
