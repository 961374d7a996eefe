import { nissCheckDigits } from "../../subgraphs/kit/identifiers";
import type { Commune } from "./communes";
import { femaleFirstNames, lastNames, maleFirstNames } from "./names";
import type { Random } from "./random";

/**
 * A synthetic person: identity as the National Register would give it. The NISS is computed at run time from
 * the seed and never leaves the generator except in the provider stores (domain.md §9, §11.16).
 */
export interface Person {
  /** Position in creation order; the generator's internal key. */
  index: number;
  niss: string;
  /** True for a BIS number (month +20 or +40) instead of a register number. */
  bis: boolean;
  lastName: string;
  firstName: string;
  sex: "M" | "F";
  birthDate: string;
  /** Where the person lives when first enrolled. */
  commune: Commune;
  /** A parent's name, recorded by a provider only while the person is a minor at enrolment. */
  legalRepresentative: string;
  /** Dirty data: the providers did not record the representative of this minor (recording.ts). */
  legalRepresentativeUnrecorded?: boolean;
  /**
   * For a BIS number: the register number (NISS) the person received later, which the providers they enrolled at
   * afterwards hold (identityNoise.ts, BIS_REPLACED_BY_NISS). The person's current number.
   */
  replacedBy?: string;
}

/** Share of BIS numbers among learners (cross-border and non-registered residents). */
const BIS_SHARE = 0.02;
/** Among BIS numbers, share issued with the sex known (month +40) rather than unknown (+20). */
const BIS_SEX_KNOWN_SHARE = 0.8;

/** A name 'Prénom Nom', for tutors, referents and legal representatives. */
export function randomFullName(random: Random, sex?: "M" | "F", lastName?: string): string {
  const chosenSex = sex ?? (random.chance(0.5) ? "M" : "F");
  const first = random.pick(chosenSex === "M" ? maleFirstNames : femaleFirstNames);
  return `${first} ${lastName ?? random.pick(lastNames)}`;
}

/**
 * Creates people with unique, checksum-valid national numbers: YYMMDD, a day counter odd for men and even for
 * women, and the MOD-97 check with the '2' prefix for births from 2000 (domain.md §8).
 */
export class PersonFactory {
  private readonly usedNiss = new Set<string>();
  private count = 0;

  /** The factory draws from its own stream. */
  constructor(private readonly random: Random) {}

  /** A new person born on `birthDate`, of sex `sex`, living in `commune`. */
  create(sex: "M" | "F", birthDate: string, commune: Commune): Person {
    const random = this.random;
    const lastName = random.pick(lastNames);
    const bis = random.chance(BIS_SHARE);
    const niss = this.uniqueNiss(sex, birthDate, bis);
    // Most often a parent shares the family name; sometimes not (other parent, guardian).
    const legalRepresentative = randomFullName(random, undefined, random.chance(0.8) ? lastName : undefined);
    return {
      index: this.count++,
      niss,
      bis,
      lastName,
      firstName: random.pick(sex === "M" ? maleFirstNames : femaleFirstNames),
      sex,
      birthDate,
      commune,
      legalRepresentative,
    };
  }

  private uniqueNiss(sex: "M" | "F", birthDate: string, bis: boolean): string {
    const year = Number(birthDate.slice(0, 4));
    const monthOffset = !bis ? 0 : this.random.chance(BIS_SEX_KNOWN_SHARE) ? 40 : 20;
    const yymmdd =
      birthDate.slice(2, 4) +
      String(Number(birthDate.slice(5, 7)) + monthOffset).padStart(2, "0") +
      birthDate.slice(8, 10);
    for (;;) {
      // Counters 001-997 odd for men, 002-998 even for women; the parity still follows the sex for a BIS +20.
      const counter = 2 * this.random.int(0, 498) + (sex === "M" ? 1 : 2);
      const first9 = yymmdd + String(counter).padStart(3, "0");
      const niss = first9 + nissCheckDigits(first9, year >= 2000);
      if (!this.usedNiss.has(niss)) {
        this.usedNiss.add(niss);
        return niss;
      }
    }
  }
}
