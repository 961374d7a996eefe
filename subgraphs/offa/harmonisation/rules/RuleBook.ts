import { isIsoDate, isWithin, periodsOverlap } from "../calendar/isoDate";
import type { LevelPayShare, RmmmgRow } from "../pay/PayReference";
import type { MappingKind, MappingRule, Namespace, Relationship } from "./MappingRule";

/** MAPPED when a rule covers the code on the date; UNMAPPED otherwise, never a guess (domain.md §10). */
export type MappingStatus = "MAPPED" | "UNMAPPED";

/**
 * The answer to "what is native code X of namespace Y on date D in the common model?", with the rule that gave
 * it, so every harmonised value can say where it came from. UNMAPPED has every rule field null.
 */
export interface MappingResolution {
  status: MappingStatus;
  namespace: Namespace;
  kind: MappingKind;
  sourceCode: string;
  target: string | null;
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
  private readonly byCode: ReadonlyMap<string, readonly MappingRule[]>;

  private constructor(rows: RuleBookRows, byCode: ReadonlyMap<string, readonly MappingRule[]>) {
    this.ruleSetId = rows.ruleSetId;
    this.rmmmg = Object.freeze(rows.rmmmg.map((row) => Object.freeze({ ...row })));
    this.levelPayShares = Object.freeze(rows.levelPayShares.map((row) => Object.freeze({ ...row })));
    this.byCode = byCode;
    Object.freeze(this);
  }

  /**
   * Builds a book from rows. Throws when two rules of one code overlap in time: the loader refuses such data, so
   * meeting it here means rows were written around the loader, and picking one of the two would be a guess.
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
        if (periodsOverlap(a.validFrom, a.validTo, b.validFrom, b.validTo)) {
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
    return RuleBook.fromRows({ ruleSetId: null, rules: [], rmmmg: [], levelPayShares: [] });
  }

  /**
   * Resolves a native code on `asOf` ('YYYY-MM-DD') with the rule whose validity contains that date. No such
   * rule ⇒ UNMAPPED with a null target: a missing mapping is reported, never filled in (domain.md §10).
   */
  resolve(namespace: Namespace, kind: MappingKind, code: string, asOf: string): MappingResolution {
    if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
    const rule = this.rulesFor(namespace, kind, code).find((r) => isWithin(asOf, r.validFrom, r.validTo));
    if (rule === undefined) {
      return {
        status: "UNMAPPED",
        namespace,
        kind,
        sourceCode: code,
        target: null,
        relationship: null,
        ruleVersion: null,
        ruleSource: null,
        validFrom: null,
        validTo: null,
        ruleSetId: this.ruleSetId,
      };
    }
    return {
      status: "MAPPED",
      namespace,
      kind,
      sourceCode: code,
      target: rule.targetCode,
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
