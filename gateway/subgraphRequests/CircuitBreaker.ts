import type { CircuitState } from "./SubgraphCallObserver";
import type { SubgraphCallConfig } from "./readSubgraphCallConfig";

/** Options of a CircuitBreaker: the breaker settings, a clock (tests move it) and who hears each change. */
export interface CircuitBreakerOptions extends Pick<
  SubgraphCallConfig,
  "breakerWindowMs" | "breakerMinCalls" | "breakerFailurePercent" | "breakerCooldownMs"
> {
  /** Milliseconds since some origin. Default: performance.now. */
  now?: () => number;
  /** Called on every change of state, after it happened. Default: nothing. */
  onChange?: (state: CircuitState) => void;
}

/** Leave to send one attempt; hand it back to `record` once the attempt is over, whatever happened. */
export interface CircuitPermit {
  /** The single attempt let through a half-open circuit: its outcome closes or reopens the circuit. */
  readonly probe: boolean;
}

type State =
  { kind: "closed" } | { kind: "open"; until: number } | { kind: "half_open"; probeInFlight: boolean };

/** Counts of one slice of the rolling window. */
interface Bucket {
  start: number;
  attempts: number;
  failures: number;
}

/** The rolling window is kept in this many slices: old attempts leave it a slice at a time. */
const BUCKETS_PER_WINDOW = 10;

/**
 * One subgraph's circuit breaker. Closed, it lets every attempt through and counts failures over a rolling
 * window; once the window holds at least `breakerMinCalls` attempts of which `breakerFailurePercent` % or more
 * failed, it opens. Open, it refuses every attempt (the caller fails fast) for `breakerCooldownMs`; then it is
 * half-open and lets exactly one attempt through, the probe, refusing the others while it runs. The probe's
 * success closes the circuit with an empty window; its failure opens it for another cool-down. What counts as
 * a failure is the caller's to say (a subgraph's answer to a bad request is not one).
 */
export class CircuitBreaker {
  private state: State = { kind: "closed" };
  private buckets: Bucket[] = [];
  private readonly bucketMs: number;
  private readonly now: () => number;
  private readonly onChange: (state: CircuitState) => void;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.bucketMs = Math.max(1, options.breakerWindowMs / BUCKETS_PER_WINDOW);
    this.now = options.now ?? (() => performance.now());
    this.onChange = options.onChange ?? (() => undefined);
  }

  /** The state now (an open circuit whose cool-down has passed reads as half-open). */
  get current(): CircuitState {
    if (this.state.kind === "open" && this.now() >= this.state.until) return "half_open";
    return this.state.kind;
  }

  /** Leave to send an attempt now, or undefined when the circuit refuses it (open, or a probe in flight). */
  tryAcquire(): CircuitPermit | undefined {
    const state = this.state;
    switch (state.kind) {
      case "closed":
        return { probe: false };
      case "open":
        if (this.now() < state.until) return undefined;
        this.enter({ kind: "half_open", probeInFlight: true });
        return { probe: true };
      case "half_open":
        if (state.probeInFlight) return undefined;
        state.probeInFlight = true;
        return { probe: true };
      default:
        return unreachable(state);
    }
  }

  /** The outcome of an attempt sent with `permit`. */
  record(permit: CircuitPermit, failed: boolean): void {
    if (permit.probe) {
      if (this.state.kind !== "half_open") return;
      if (failed) this.open();
      else {
        this.buckets = [];
        this.enter({ kind: "closed" });
      }
      return;
    }
    // An attempt that started before the circuit opened says nothing about the subgraph after that.
    if (this.state.kind !== "closed") return;
    const now = this.now();
    const bucket = this.bucketAt(now);
    bucket.attempts += 1;
    if (failed) bucket.failures += 1;
    if (!failed) return;
    let attempts = 0;
    let failures = 0;
    for (const counted of this.buckets) {
      attempts += counted.attempts;
      failures += counted.failures;
    }
    if (
      attempts >= this.options.breakerMinCalls &&
      failures * 100 >= this.options.breakerFailurePercent * attempts
    )
      this.open();
  }

  private open(): void {
    this.enter({ kind: "open", until: this.now() + this.options.breakerCooldownMs });
  }

  private enter(state: State): void {
    const before = this.state.kind;
    this.state = state;
    if (state.kind === before) return;
    try {
      this.onChange(state.kind);
    } catch {
      // A listener must not throw (SubgraphCallObserver); if one does, the breaker and the call go on.
    }
  }

  /** The bucket for `now`, dropping those that left the window. */
  private bucketAt(now: number): Bucket {
    const windowStart = now - this.options.breakerWindowMs;
    while (this.buckets.length > 0 && this.buckets[0]!.start + this.bucketMs <= windowStart)
      this.buckets.shift();
    const start = Math.floor(now / this.bucketMs) * this.bucketMs;
    const last = this.buckets[this.buckets.length - 1];
    if (last !== undefined && last.start === start) return last;
    const bucket = { start, attempts: 0, failures: 0 };
    this.buckets.push(bucket);
    return bucket;
  }
}

function unreachable(value: never): never {
  throw new Error(`Unexpected circuit state ${JSON.stringify(value)}`);
}
