import { CircuitBreaker } from "../CircuitBreaker";
import type { CircuitState } from "../SubgraphCallObserver";

/** A breaker on a clock the test moves, recording every change of state. */
function breakerAt(start = 0) {
  let now = start;
  const changes: CircuitState[] = [];
  const breaker = new CircuitBreaker({
    breakerWindowMs: 10_000,
    breakerMinCalls: 4,
    breakerFailurePercent: 50,
    breakerCooldownMs: 2_000,
    now: () => now,
    onChange: (state) => changes.push(state),
  });
  const attempt = (failed: boolean) => {
    const permit = breaker.tryAcquire();
    if (permit === undefined) return "refused" as const;
    breaker.record(permit, failed);
    return permit.probe ? ("probe" as const) : ("sent" as const);
  };
  return { breaker, changes, attempt, advance: (ms: number) => (now += ms) };
}

describe("CircuitBreaker", () => {
  it("stays closed below the minimum number of attempts, however many fail", () => {
    const { breaker, attempt } = breakerAt();
    for (let i = 0; i < 3; i += 1) expect(attempt(true)).toBe("sent");
    expect(breaker.current).toBe("closed");
  });

  it("opens once the window holds the minimum attempts at the failure rate, then refuses", () => {
    const { breaker, attempt, changes } = breakerAt();
    attempt(false);
    attempt(false);
    attempt(true);
    expect(breaker.current).toBe("closed"); // 1 of 3: below the minimum
    attempt(true); // 2 of 4 = 50 %
    expect(breaker.current).toBe("open");
    expect(changes).toEqual(["open"]);
    expect(attempt(false)).toBe("refused");
  });

  it("does not open when the failures are under the rate", () => {
    const { breaker, attempt } = breakerAt();
    for (let i = 0; i < 6; i += 1) attempt(false);
    for (let i = 0; i < 5; i += 1) attempt(true); // 5 of 11
    expect(breaker.current).toBe("closed");
  });

  it("forgets attempts that left the rolling window", () => {
    const { breaker, attempt, advance } = breakerAt();
    attempt(true);
    attempt(true);
    attempt(true);
    advance(11_000);
    attempt(true); // the three old failures are out of the window: 1 attempt only
    expect(breaker.current).toBe("closed");
  });

  it("lets exactly one probe through after the cool-down, and closes when it succeeds", () => {
    const { breaker, attempt, advance, changes } = breakerAt();
    for (let i = 0; i < 4; i += 1) attempt(true);
    advance(1_999);
    expect(attempt(false)).toBe("refused");
    advance(1);
    expect(breaker.current).toBe("half_open");
    const probe = breaker.tryAcquire();
    expect(probe).toEqual({ probe: true });
    expect(breaker.tryAcquire()).toBeUndefined(); // a second caller while the probe runs
    breaker.record(probe!, false);
    expect(breaker.current).toBe("closed");
    expect(changes).toEqual(["open", "half_open", "closed"]);
    // Closed with an empty window: one failure does not reopen it.
    attempt(true);
    expect(breaker.current).toBe("closed");
  });

  it("reopens for another cool-down when the probe fails", () => {
    const { breaker, attempt, advance, changes } = breakerAt();
    for (let i = 0; i < 4; i += 1) attempt(true);
    advance(2_000);
    expect(attempt(true)).toBe("probe");
    expect(breaker.current).toBe("open");
    expect(changes).toEqual(["open", "half_open", "open"]);
    advance(1_000);
    expect(attempt(false)).toBe("refused");
    advance(1_000);
    expect(attempt(false)).toBe("probe");
    expect(breaker.current).toBe("closed");
  });

  it("ignores the outcome of an attempt that started before the circuit opened", () => {
    const { breaker, attempt, advance } = breakerAt();
    const early = breaker.tryAcquire()!;
    for (let i = 0; i < 4; i += 1) attempt(true);
    advance(2_000);
    const probe = breaker.tryAcquire()!;
    breaker.record(early, false); // late success of an old attempt: not the probe
    expect(breaker.current).toBe("half_open");
    breaker.record(probe, true);
    expect(breaker.current).toBe("open");
  });
});
