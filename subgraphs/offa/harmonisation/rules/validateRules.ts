import { periodsOverlap } from "../calendar/isoDate";
import type { LocatedMappingRule, MappingKind } from "./MappingRule";
import type { RuleFileProblem } from "./RuleFileError";
import type { CommonVocabularies, ProviderVocabulary } from "./Vocabularies";

/**
 * Referential integrity of parsed rules, which OFFA enforces unlike Ed-Fi's default (domain.md §10). Returns
 * every problem, by file and line; an empty list means the rules may be loaded. Refused:
 * - a rule of a namespace for which no provider vocabulary was given;
 * - a source code the provider does not have for that kind;
 * - a target that is not a common code of that kind;
 * - a certification target the namespace may not issue (issuing_providers: a CESS outside CEFA is invalid, §10);
 * - two rules for the same (namespace, kind, source_code) whose validity periods share a day, since a date
 *   must resolve to at most one rule.
 *
 * Deliberately NOT checked here: whether a CONTRACT_TYPE rule keeps distinct arrangements (CAI, convention de
 * stage, CIP…) off CONTRAT_ALTERNANCE (§2, §10). Provider vocabularies carry codes, not whether each code is a
 * contrat d'alternance, and guessing it from labels would be inference. That rule is kept by review of the data
 * files and by a test over the checked-in files (see schema/mappings/README.md).
 */
export function validateRules(
  rules: readonly LocatedMappingRule[],
  vocabularies: { providers: readonly ProviderVocabulary[]; common: CommonVocabularies },
): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const providerCodes = new Map<string, Set<string>>();
  for (const vocabulary of vocabularies.providers) {
    const codes = providerCodes.get(vocabulary.namespace) ?? new Set<string>();
    for (const { kind, code } of vocabulary.codes) codes.add(`${kind}\u0000${code}`);
    providerCodes.set(vocabulary.namespace, codes);
  }
  const targets = commonTargets(vocabularies.common);
  const issuers = new Map(
    vocabularies.common.certifications.map((c) => [c.code, new Set(c.issuingProviders)]),
  );

  const filesWithoutVocabulary = new Set<string>();
  for (const rule of rules) {
    const at = (reason: string): void => {
      problems.push({ file: rule.file, line: rule.line, reason });
    };
    const codes = providerCodes.get(rule.namespace);
    if (codes === undefined) {
      if (!filesWithoutVocabulary.has(rule.file)) {
        filesWithoutVocabulary.add(rule.file);
        problems.push({
          file: rule.file,
          line: 0,
          reason: `no vocabulary of namespace ${rule.namespace} was given, so no source code can be checked`,
        });
      }
    } else if (!codes.has(`${rule.kind}\u0000${rule.sourceCode}`)) {
      at(`source_code ${rule.sourceCode} is not a ${rule.kind} code of ${rule.namespace}`);
    }
    if (!targets[rule.kind].has(rule.targetCode)) {
      at(`target_code ${rule.targetCode} is not a common ${rule.kind} code`);
    } else if (rule.kind === "CERTIFICATION" && !issuers.get(rule.targetCode)?.has(rule.namespace)) {
      at(
        `target_code ${rule.targetCode} cannot be issued by ${rule.namespace} ` +
          `(issuing providers: ${[...(issuers.get(rule.targetCode) ?? [])].join(", ")})`,
      );
    }
  }

  problems.push(...overlapProblems(rules));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function commonTargets(common: CommonVocabularies): Record<MappingKind, Set<string>> {
  return {
    LEVEL: new Set(common.levels),
    CERTIFICATION: new Set(common.certifications.map((c) => c.code)),
    CONTRACT_TYPE: new Set(common.contractTypes.map((c) => c.code)),
    CONTRACT_STATUS: new Set(common.contractStatuses),
    END_REASON: new Set(common.endReasons),
    TRADE: new Set(common.trades),
  };
}

function overlapProblems(rules: readonly LocatedMappingRule[]): RuleFileProblem[] {
  const groups = new Map<string, LocatedMappingRule[]>();
  for (const rule of rules) {
    const key = `${rule.namespace}\u0000${rule.kind}\u0000${rule.sourceCode}`;
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }
  const problems: RuleFileProblem[] = [];
  for (const group of groups.values()) {
    // Report on the later line of each pair, naming the earlier one: that is usually the line just added.
    const ordered = [...group].sort((a, b) => a.line - b.line);
    for (let j = 1; j < ordered.length; j += 1) {
      for (let i = 0; i < j; i += 1) {
        const [earlier, later] = [ordered[i], ordered[j]];
        if (!periodsOverlap(earlier.validFrom, earlier.validTo, later.validFrom, later.validTo)) continue;
        problems.push({
          file: later.file,
          line: later.line,
          reason:
            `${later.kind} ${later.sourceCode} v${later.version} (${period(later)}) overlaps v${earlier.version} ` +
            `(${period(earlier)}) on line ${earlier.line}; end the earlier rule before the later one starts`,
        });
      }
    }
  }
  return problems;
}

function period(rule: LocatedMappingRule): string {
  return `${rule.validFrom} to ${rule.validTo ?? "open"}`;
}
