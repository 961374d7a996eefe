import { addDays, isIsoDate, isWithin } from "../calendar/isoDate";
import { isCommonLevel, type CommonLevel, type Namespace } from "../rules/MappingRule";
import type { RuleBook } from "../rules/RuleBook";

/** A provider's dated level record: a referent's decision (CEFA palier, IFAPME niveau) or an efp training year. */
export interface NativeLevelRecord {
  code: string;
  /** The day the code takes effect. */
  effectiveFrom: string;
}

/**
 * MAPPED / AMBIGUOUS / UNMAPPED as RuleBook.resolve says; CONFLICTING_RECORDS when records of one day disagree, since
 * picking one would be a guess.
 */
export type LevelMappingStatus = "MAPPED" | "AMBIGUOUS" | "UNMAPPED" | "CONFLICTING_RECORDS";

/** A stretch of days with one native code and one resolution. */
export interface LevelTimelineEntry {
  from: string;
  /** Inclusive; null = until a later record (none known as of the timeline's asOf). */
  to: string | null;
  /** null only for CONFLICTING_RECORDS, whose codes are in conflictingCodes. */
  nativeCode: string | null;
  conflictingCodes?: string[];
  level: CommonLevel | null;
  mappingStatus: LevelMappingStatus;
  ruleVersion: number | null;
}

/** A learner's common level over time on one contract, built by buildLevelTimeline. */
export interface LevelTimeline {
  namespace: Namespace;
  asOf: string;
  entries: readonly LevelTimelineEntry[];
  /** The common level on a day; null before the first record, on unmapped or conflicting days. */
  levelOn(date: string): CommonLevel | null;
  /** The entry covering a day, or null before the first record. */
  entryOn(date: string): LevelTimelineEntry | null;
}

/**
 * Turns a provider's dated native level records into the common A/B/C level over time (domain.md §3, §10). Each
 * record holds from its date until the next one. Records dated after `asOf` are not known yet and are left out.
 * Each stretch is resolved with the mapping rule valid on its days, split where a rule's validity starts or
 * ends, so a rule version applies exactly to the days it covers.
 *
 * Never inferred: before the first record the level is null (every learner starts at A, but only a recorded
 * decision says so), and an UNMAPPED code yields null — the previous level is not carried over.
 */
export function buildLevelTimeline(input: {
  namespace: Namespace;
  records: readonly NativeLevelRecord[];
  ruleBook: RuleBook;
  asOf: string;
}): LevelTimeline {
  const { namespace, ruleBook, asOf } = input;
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  for (const record of input.records) {
    if (!isIsoDate(record.effectiveFrom)) {
      throw new RangeError(
        `Level record ${record.code} has no valid date: ${JSON.stringify(record.effectiveFrom)}`,
      );
    }
  }

  const codesByDate = new Map<string, Set<string>>();
  for (const record of input.records) {
    if (record.effectiveFrom > asOf) continue;
    const codes = codesByDate.get(record.effectiveFrom) ?? new Set<string>();
    codes.add(record.code);
    codesByDate.set(record.effectiveFrom, codes);
  }
  const dates = [...codesByDate.keys()].sort();

  const entries: LevelTimelineEntry[] = [];
  dates.forEach((from, index) => {
    const to = index + 1 < dates.length ? addDays(dates[index + 1], -1) : null;
    const codes = [...(codesByDate.get(from) as Set<string>)].sort();
    if (codes.length > 1) {
      entries.push({
        from,
        to,
        nativeCode: null,
        conflictingCodes: codes,
        level: null,
        mappingStatus: "CONFLICTING_RECORDS",
        ruleVersion: null,
      });
      return;
    }
    const code = codes[0];
    for (const piece of splitAtRuleBoundaries(from, to, ruleBook.rulesFor(namespace, "LEVEL", code))) {
      const resolution = ruleBook.resolve(namespace, "LEVEL", code, piece.from);
      // A target that is not A/B/C cannot come from a validated rule set; treat it as no mapping rather than trust it.
      const level = resolution.target !== null && isCommonLevel(resolution.target) ? resolution.target : null;
      entries.push({
        ...piece,
        nativeCode: code,
        level,
        mappingStatus:
          level !== null ? "MAPPED" : resolution.status === "AMBIGUOUS" ? "AMBIGUOUS" : "UNMAPPED",
        ruleVersion: level === null ? null : resolution.ruleVersion,
      });
    }
  });
  entries.forEach((entry) => Object.freeze(entry));

  const entryOn = (date: string): LevelTimelineEntry | null =>
    entries.find((entry) => isWithin(date, entry.from, entry.to)) ?? null;
  return Object.freeze({
    namespace,
    asOf,
    entries: Object.freeze(entries),
    entryOn,
    levelOn: (date: string) => entryOn(date)?.level ?? null,
  });
}

function splitAtRuleBoundaries(
  from: string,
  to: string | null,
  rules: readonly { validFrom: string; validTo: string | null }[],
): { from: string; to: string | null }[] {
  const cuts = new Set<string>();
  for (const rule of rules) {
    cuts.add(rule.validFrom);
    if (rule.validTo !== null) cuts.add(addDays(rule.validTo, 1));
  }
  const starts = [from, ...[...cuts].filter((cut) => cut > from && (to === null || cut <= to)).sort()];
  return starts.map((start, i) => ({
    from: start,
    to: i + 1 < starts.length ? addDays(starts[i + 1], -1) : to,
  }));
}
