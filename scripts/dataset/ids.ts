import type { Random } from "./random";

/**
 * Id makers for the provider stores: sequences for internal keys, and unique random ids where the provider's
 * number looks random (CEFA matricule, IFAPME numbers, efp dossiers). Both are deterministic given the seed.
 */
export class IdSequence {
  private next = 0;

  /** Ids `prefix` + a zero-padded counter of `width` digits. */
  constructor(
    private readonly prefix: string,
    private readonly width: number,
  ) {}

  /** The next id. */
  take(): string {
    this.next += 1;
    return `${this.prefix}${String(this.next).padStart(this.width, "0")}`;
  }
}

/** Draws ids from `make` until one is new; remembers it. */
export class UniqueIds {
  private readonly used = new Set<string>();

  /** Ids are drawn from `random`. */
  constructor(private readonly random: Random) {}

  /** A new id built by `make`. */
  take(make: (random: Random) => string): string {
    for (;;) {
      const id = make(this.random);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
