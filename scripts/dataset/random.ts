import { fromDayNumber, toDayNumber } from "./dates";

/**
 * A small seeded pseudo-random generator (sfc32, seeded through the cyrb128 string hash) with the helpers the
 * dataset generator needs. Deterministic by design: the same seed gives the same sequence on every machine
 * and Node version, so a dataset is reproducible from (seed, scale) alone. Never use Math.random here.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Seeds the generator; the seed may be any number or string (it is hashed). */
  constructor(seed: number | string) {
    [this.a, this.b, this.c, this.d] = cyrb128(String(seed));
    // The first outputs of sfc32 are still close to the seed; discard them.
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /**
   * An independent stream for one concern (people, companies…), derived from this generator's seed state
   * and a label, without consuming this stream: adding draws to one concern leaves the others unchanged.
   */
  fork(label: string): Random {
    return new Random(`${this.a}:${this.b}:${this.c}:${this.d}:${label}`);
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** One element, with probability proportional to its weight (weights ≥ 0, at least one > 0). */
  weightedPick<T>(items: readonly T[], weight: (item: T) => number): T {
    return new WeightedTable(items, weight).pick(this);
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A string of n random decimal digits. */
  digits(n: number): string {
    let out = "";
    for (let i = 0; i < n; i += 1) out += String(Math.floor(this.next() * 10));
    return out;
  }

  /** A 'YYYY-MM-DD' date in [from, to], both included, uniformly. */
  dateBetween(from: string, to: string): string {
    const start = toDayNumber(from);
    const days = toDayNumber(to) - start;
    if (days < 0) throw new RangeError(`dateBetween: ${from} is after ${to}`);
    return fromDayNumber(start + this.int(0, days));
  }
}

/**
 * A weighted choice prepared once (cumulative weights, binary search): for the hot paths that pick from the
 * same list thousands of times (trades, communes, names).
 */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  /** Prepares the table; throws when no item has a positive weight. */
  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += Math.max(0, weight(item));
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new RangeError("WeightedTable needs at least one positive weight");
    this.total = sum;
  }

  /** One item, drawn from `random`. */
  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}

// cyrb128: a fast 128-bit string hash, enough to spread any seed over sfc32's four 32-bit words.
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
