import { addDays, isWithin, monthBounds } from "../calendar/isoDate";
import type { CommonLevel } from "../rules/MappingRule";
import type { LevelPayShare, RmmmgRow } from "./PayReference";

/**
 * Why a minimum cannot be computed: a counted day has no known RMMMG (domain.md §11.5), no pay share for its
 * level (§11.4), or no known level (an unmapped code or no recorded decision, §10).
 */
export type MinimumPayUnknownReason = "RMMMG_UNKNOWN" | "SHARE_UNKNOWN" | "LEVEL_UNKNOWN";

/** Consecutive counted days of the month with the same level, share and RMMMG row; unknown inputs are null. */
export interface MinimumPayPart {
  from: string;
  to: string;
  days: number;
  level: CommonLevel | null;
  percent: number | null;
  rmmmgCents: number | null;
  /** Which RMMMG row was used (its valid_from), as domain.md §3 asks of every computed rétribution. */
  rmmmgValidFrom: string | null;
  rmmmgDerived: boolean | null;
}

/** The minimum monthly rétribution of one month, or null with the reason; `parts` show the inputs day by day. */
export interface MinimumMonthlyPay {
  month: string;
  amountCents: number | null;
  reason?: MinimumPayUnknownReason;
  parts: MinimumPayPart[];
  /** True when a part used a derived RMMMG (domain.md §3, 2025-02 row): the minimum is derived too. */
  derived: boolean;
}

/** Inputs of minimumMonthlyPay. */
export interface MinimumMonthlyPayInput {
  /** 'YYYY-MM'. */
  month: string;
  /** The learner's common level on a day, null when unknown (see buildLevelTimeline). */
  levelOn: (date: string) => CommonLevel | null;
  rmmmg: readonly RmmmgRow[];
  shares: readonly LevelPayShare[];
  /**
   * Only the month's days inside this inclusive period count (default: the whole month). A contract that starts
   * or ends within the month is judged on its own days: the days around it have no level, and no bearing.
   */
  period?: { from: string; to: string | null };
}

/**
 * The minimum monthly rétribution of a contrat d'alternance: the RMMMG in force that month × the level's share
 * (A 17 %, B 24 %, C 32 %), a lump sum per month rounded to the cent (domain.md §3; the official rounding is
 * unknown, rounding half-up to the cent is a modelling choice).
 *
 * When the level or the RMMMG changes inside the month, the month is shared pro rata by calendar days (modelling
 * choice): the minimum is the average over the counted days of RMMMG(day) × share(day). It is computed exactly
 * in integers — the sum over days of amount_cents × percent, then ONE division by days × 100 and one half-up
 * rounding — so no rounding of a partial amount ever leaks into the total. Any counted day without a known
 * RMMMG, share or level makes the whole month unknown (null + reason): the minimum is never extrapolated from
 * the other days.
 */
export function minimumMonthlyPay(input: MinimumMonthlyPayInput): MinimumMonthlyPay {
  const { first, last } = monthBounds(input.month);
  const from = input.period && input.period.from > first ? input.period.from : first;
  const to = input.period?.to != null && input.period.to < last ? input.period.to : last;
  if (from > to) {
    throw new RangeError(
      `No day of ${input.month} lies in the period ${input.period?.from} to ${input.period?.to ?? "open"}`,
    );
  }

  const parts: MinimumPayPart[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const level = input.levelOn(day);
    const rmmmg = input.rmmmg.find((row) => isWithin(day, row.validFrom, row.validTo)) ?? null;
    const share =
      level === null
        ? null
        : (input.shares.find((s) => s.level === level && isWithin(day, s.validFrom, s.validTo)) ?? null);
    const part: MinimumPayPart = {
      from: day,
      to: day,
      days: 1,
      level,
      percent: share?.percent ?? null,
      rmmmgCents: rmmmg?.amountCents ?? null,
      rmmmgValidFrom: rmmmg?.validFrom ?? null,
      rmmmgDerived: rmmmg?.derived ?? null,
    };
    const previous = parts[parts.length - 1];
    if (previous && sameInputs(previous, part)) {
      previous.to = day;
      previous.days += 1;
    } else {
      parts.push(part);
    }
  }

  const derived = parts.some((part) => part.rmmmgDerived === true);
  // RMMMG first: it is a fact of the month that no learner record can fix, so it is the most useful answer.
  const reason: MinimumPayUnknownReason | undefined = parts.some((p) => p.rmmmgCents === null)
    ? "RMMMG_UNKNOWN"
    : parts.some((p) => p.level === null)
      ? "LEVEL_UNKNOWN"
      : parts.some((p) => p.percent === null)
        ? "SHARE_UNKNOWN"
        : undefined;
  if (reason !== undefined) return { month: input.month, amountCents: null, reason, parts, derived };

  let numerator = 0;
  let days = 0;
  for (const part of parts) {
    // Non-null: a part with an unknown input returned above. Bounded well below 2^53 (≈ 10^6 cents × 100 % ×
    // 31 days), so plain numbers stay exact integers.
    numerator += (part.rmmmgCents as number) * (part.percent as number) * part.days;
    days += part.days;
  }
  const denominator = days * 100;
  const amountCents = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return { month: input.month, amountCents, parts, derived };
}

function sameInputs(a: MinimumPayPart, b: MinimumPayPart): boolean {
  return (
    a.level === b.level &&
    a.percent === b.percent &&
    a.rmmmgCents === b.rmmmgCents &&
    a.rmmmgValidFrom === b.rmmmgValidFrom
  );
}
