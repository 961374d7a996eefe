import { isIsoDate, isWithin, periodsOverlap } from "../calendar/isoDate";
import type { SchoolYearWeeks } from "../hours/SchoolYearWeeks";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";
import type { MappingKind, MappingRule, Namespace, Relationship } from "./MappingRule";

/**
 * MAPPED: one rule gives the common value. AMBIGUOUS: the code covers several common values (NARROWER
 * candidates) and which one applies is not recorded. UNMAPPED: no common value, by design (a NO_COUNTERPART
 * rule) or because no rule covers the code on the date. Never a guess (domain.md §10).
 */
export type MappingStatus = "MAPPED" | "AMBIGUOUS" | "UNMAPPED";

/**
 * The answer to "what is native code X of namespace Y on date D in the common model?", with the rule that gave
 * it, so every harmonised value can say where it came from. Without any rule every rule field is null.
 */
export interface MappingResolution {
  status: MappingStatus;
  namespace: Namespace;
  kind: MappingKind;
  sourceCode: string;
  /** The common value: set only when MAPPED. */
  target: string | null;
  /** AMBIGUOUS only: every common value the code may stand for, sorted. */
  candidates: string[];
  relationship: Relationship | null;
  ruleVersion: number | null;
  ruleSource: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** The rule set the answer came from; null for a book built with no loaded set. */
  ruleSetId: number | null;
}

/** The contents of one rule set, as loaded (readRuleBook) or built in a test. */
export interface RuleBookRows {
  ruleSetId: number | null;
  rules: readonly MappingRule[];
  rmmmg: readonly RmmmgRow[];
  levelPayShares: readonly LevelPayShare[];
  schoolYearWeeks: readonly SchoolYearWeeks[];
}

/**
 * An immutable in-memory view of one rule set: the mapping rules, the RMMMG rows and the level pay shares
 * (domain.md §3, §10). Immutable so a request that resolved with it keeps a consistent answer while a newer set
 * is loaded; swap the whole book instead of editing it.
 */
export class RuleBook {
  readonly ruleSetId: number | null;
  readonly rmmmg: readonly RmmmgRow[];
  readonly levelPayShares: readonly LevelPayShare[];
  readonly schoolYearWeeks: readonly SchoolYearWeeks[];
  private readonly byCode: ReadonlyMap<string, readonly MappingRule[]>;

  private constructor(rows: RuleBookRows, byCode: ReadonlyMap<string, readonly MappingRule[]>) {
    this.ruleSetId = rows.ruleSetId;
    this.rmmmg = Object.freeze(rows.rmmmg.map((row) => Object.freeze({ ...row })));
    this.levelPayShares = Object.freeze(rows.levelPayShares.map((row) => Object.freeze({ ...row })));
    this.schoolYearWeeks = Object.freeze(rows.schoolYearWeeks.map((row) => Object.freeze({ ...row })));
    this.byCode = byCode;
    Object.freeze(this);
  }

  /**
   * Builds a book from rows. Throws when two rules of one code overlap in time (other than the NARROWER
   * candidates of one version): the loader refuses such data, so meeting it here means rows were written around
   * the loader, and picking one of the two would be a guess.
   */
  static fromRows(rows: RuleBookRows): RuleBook {
    const groups = new Map<string, MappingRule[]>();
    for (const rule of rows.rules) {
      const key = codeKey(rule.namespace, rule.kind, rule.sourceCode);
      groups.set(key, [...(groups.get(key) ?? []), Object.freeze({ ...rule })]);
    }
    for (const group of groups.values()) {
      group.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < group.length; i += 1) {
        const [a, b] = [group[i - 1], group[i]];
        const candidates =
          a.relationship === "NARROWER" && b.relationship === "NARROWER" && a.version === b.version;
        if (!candidates && periodsOverlap(a.validFrom, a.validTo, b.validFrom, b.validTo)) {
          throw new Error(
            `Rule set ${rows.ruleSetId ?? "(none)"}: ${b.namespace} ${b.kind} ${b.sourceCode} has overlapping rules v${a.version} and v${b.version}`,
          );
        }
      }
      Object.freeze(group);
    }
    return new RuleBook(rows, groups);
  }

  /** A book with no rules and no reference data: every code resolves UNMAPPED, every pay is unknown. */
  static empty(): RuleBook {
    return RuleBook.fromRows({
      ruleSetId: null,
      rules: [],
      rmmmg: [],
      levelPayShares: [],
      schoolYearWeeks: [],
    });
  }

  /**
   * Resolves a native code on `asOf` ('YYYY-MM-DD') with the rules whose validity contains that date. No such
   * rule ⇒ UNMAPPED with a null target: a missing mapping is reported, never filled in (domain.md §10). Several
   * (the NARROWER candidates of one version) ⇒ AMBIGUOUS, with the candidates and no target.
   */
  resolve(namespace: Namespace, kind: MappingKind, code: string, asOf: string): MappingResolution {
    if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
    const inForce = this.rulesFor(namespace, kind, code).filter((r) =>
      isWithin(asOf, r.validFrom, r.validTo),
    );
    const rule = inForce[0];
    if (rule === undefined) {
      return {
        status: "UNMAPPED",
        namespace,
        kind,
        sourceCode: code,
        target: null,
        candidates: [],
        relationship: null,
        ruleVersion: null,
        ruleSource: null,
        validFrom: null,
        validTo: null,
        ruleSetId: this.ruleSetId,
      };
    }
    const status: MappingStatus =
      inForce.length > 1 ? "AMBIGUOUS" : rule.targetCode === null ? "UNMAPPED" : "MAPPED";
    return {
      status,
      namespace,
      kind,
      sourceCode: code,
      target: status === "MAPPED" ? rule.targetCode : null,
      candidates: status === "AMBIGUOUS" ? inForce.map((r) => r.targetCode as string).sort() : [],
      relationship: rule.relationship,
      ruleVersion: rule.version,
      ruleSource: rule.source,
      validFrom: rule.validFrom,
      validTo: rule.validTo,
      ruleSetId: this.ruleSetId,
    };
  }

  /** Every rule (all versions) of one native code, oldest validity first. */
  rulesFor(namespace: Namespace, kind: MappingKind, code: string): readonly MappingRule[] {
    return this.byCode.get(codeKey(namespace, kind, code)) ?? [];
  }

  /** Every rule of the book. */
  rules(): MappingRule[] {
    return [...this.byCode.values()].flat();
  }
}

function codeKey(namespace: string, kind: string, code: string): string {
  return `${namespace}\u0000${kind}\u0000${code}`;
}
