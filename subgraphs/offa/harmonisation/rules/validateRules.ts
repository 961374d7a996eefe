import { periodsOverlap } from "../calendar/isoDate";
import type { LocatedMappingRule, MappingKind } from "./MappingRule";
import type { RuleFileProblem } from "./RuleFileError";
import type { CommonVocabularies, ProviderCode, ProviderVocabulary } from "./Vocabularies";

/**
 * Referential integrity of parsed rules, which OFFA enforces unlike Ed-Fi's default (domain.md §10). Returns
 * every problem, by file and line; an empty list means the rules may be loaded. Refused:
 * - a rule of a namespace for which no provider vocabulary was given;
 * - a source code the provider does not have for that kind (named as another provider's code when it is one:
 *   only the owner of a namespace writes its mappings);
 * - a target that is not a common code of that kind;
 * - a certification target the namespace may not issue (issuing_providers: a CESS outside CEFA is invalid, §10);
 * - a contract type mapped onto a common type that did not exist while the native one could be signed: the
 *   provider's code list dates its contract types, OFFA's dates the common ones, so a pre-2015 arrangement
 *   (CISP, contrat d'apprentissage) can never become the contrat d'alternance, in force from 2015-09-01 (§2);
 * - two rules for the same (namespace, kind, source_code) whose validity periods share a day, unless they are
 *   the NARROWER candidates of one version (one native code covering several common values, which resolves
 *   AMBIGUOUS): a date must resolve to one rule or to one set of candidates.
 *
 * Current distinct arrangements (CAI, convention de stage, CIP…) share their period with the contrat
 * d'alternance, so dates cannot tell them apart; a test over the checked-in files keeps them off it.
 */
export function validateRules(
  rules: readonly LocatedMappingRule[],
  vocabularies: { providers: readonly ProviderVocabulary[]; common: CommonVocabularies },
): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const providerCodes = new Map<string, Map<string, ProviderCode>>();
  for (const vocabulary of vocabularies.providers) {
    const codes = providerCodes.get(vocabulary.namespace) ?? new Map<string, ProviderCode>();
    for (const code of vocabulary.codes) codes.set(`${code.kind}\u0000${code.code}`, code);
    providerCodes.set(vocabulary.namespace, codes);
  }
  const targets = commonTargets(vocabularies.common);
  const issuers = new Map(
    vocabularies.common.certifications.map((c) => [c.code, new Set(c.issuingProviders)]),
  );
  const contractTypes = new Map(vocabularies.common.contractTypes.map((c) => [c.code, c]));

  const filesWithoutVocabulary = new Set<string>();
  for (const rule of rules) {
    const at = (reason: string): void => {
      problems.push({ file: rule.file, line: rule.line, reason });
    };
    const codes = providerCodes.get(rule.namespace);
    const native = codes?.get(`${rule.kind}\u0000${rule.sourceCode}`);
    if (codes === undefined) {
      if (!filesWithoutVocabulary.has(rule.file)) {
        filesWithoutVocabulary.add(rule.file);
        problems.push({
          file: rule.file,
          line: 0,
          reason: `no vocabulary of namespace ${rule.namespace} was given, so no source code can be checked`,
        });
      }
    } else if (native === undefined) {
      const owners = [...providerCodes.entries()]
        .filter(
          ([namespace, other]) =>
            namespace !== rule.namespace && other.has(`${rule.kind}\u0000${rule.sourceCode}`),
        )
        .map(([namespace]) => namespace);
      at(
        `source_code ${rule.sourceCode} is not a ${rule.kind} code of ${rule.namespace}` +
          (owners.length > 0
            ? ` (it is a code of ${owners.join(", ")}: only a namespace's owner maps its codes)`
            : ""),
      );
    }
    if (rule.targetCode === null) continue;
    if (!targets[rule.kind].has(rule.targetCode)) {
      at(`target_code ${rule.targetCode} is not a common ${rule.kind} code`);
    } else if (rule.kind === "CERTIFICATION" && !issuers.get(rule.targetCode)?.has(rule.namespace)) {
      at(
        `target_code ${rule.targetCode} cannot be issued by ${rule.namespace} ` +
          `(issuing providers: ${[...(issuers.get(rule.targetCode) ?? [])].join(", ")})`,
      );
    } else if (rule.kind === "CONTRACT_TYPE" && native !== undefined) {
      const common = contractTypes.get(rule.targetCode)!;
      const nativeFrom = native.validFrom ?? "0000-01-01";
      if (
        !periodsOverlap(nativeFrom, native.validTo ?? null, common.validFrom ?? "0000-01-01", common.validTo)
      ) {
        at(
          `${rule.namespace} contract type ${rule.sourceCode} (signed ${period(native.validFrom, native.validTo)}) ` +
            `cannot be ${rule.targetCode} (in force ${period(common.validFrom, common.validTo)}): ` +
            (common.isContratAlternance
              ? "an arrangement from before 2015 is never the contrat d'alternance (domain.md §2, §10)"
              : "the two never existed at the same time"),
        );
      }
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

/** Two rules may share days only as NARROWER candidates of one version with different targets. */
function mayOverlap(a: LocatedMappingRule, b: LocatedMappingRule): boolean {
  return (
    a.relationship === "NARROWER" &&
    b.relationship === "NARROWER" &&
    a.version === b.version &&
    a.targetCode !== b.targetCode
  );
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
    const ordered = [...group].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    for (let j = 1; j < ordered.length; j += 1) {
      for (let i = 0; i < j; i += 1) {
        const [earlier, later] = [ordered[i], ordered[j]];
        if (!periodsOverlap(earlier.validFrom, earlier.validTo, later.validFrom, later.validTo)) continue;
        if (mayOverlap(earlier, later)) continue;
        const where =
          earlier.file === later.file ? `line ${earlier.line}` : `${earlier.file}:${earlier.line}`;
        problems.push({
          file: later.file,
          line: later.line,
          reason:
            `${later.kind} ${later.sourceCode} v${later.version} (${period(later.validFrom, later.validTo)}) overlaps ` +
            `v${earlier.version} (${period(earlier.validFrom, earlier.validTo)}) on ${where}; end the earlier rule ` +
            "before the later one starts (only NARROWER candidates of one version may share days)",
        });
      }
    }
  }
  return problems;
}

function period(from: string | null | undefined, to: string | null | undefined): string {
  return `${from ?? "always"} to ${to ?? "open"}`;
}
