import { NAMESPACES } from "../../subgraphs/offa/harmonisation";
import type { ProviderCode } from "./queryProviderCodes";

/** How a code in use stands in the report. */
export type ReportStatus = "UNMAPPED_NO_RULE" | "UNMAPPED_BY_DESIGN" | "AMBIGUOUS" | "MAPPED";

/** One code in use, as the report lists it. */
export interface MappingReportRow {
  namespace: ProviderCode["namespace"];
  kind: string;
  code: string;
  usage: number;
  status: ReportStatus;
  /** Why it has no single common value: the NO_COUNTERPART rule's source, or the candidates. */
  reason: string | null;
}

/** The report as text and as rows, with its counts. */
export interface MappingReport {
  text: string;
  rows: MappingReportRow[];
  /** Codes in use with no common value: by design (NO_COUNTERPART) and without any rule. */
  unmapped: number;
  /** Of those, the codes no rule covers: the ones that need a new rule. */
  withoutRule: number;
  ambiguous: number;
}

const ORDER: readonly ReportStatus[] = ["UNMAPPED_NO_RULE", "UNMAPPED_BY_DESIGN", "AMBIGUOUS", "MAPPED"];

function statusOf(code: ProviderCode): ReportStatus {
  if (code.mapping.status === "MAPPED") return "MAPPED";
  if (code.mapping.status === "AMBIGUOUS") return "AMBIGUOUS";
  return code.mapping.relationship === "NO_COUNTERPART" ? "UNMAPPED_BY_DESIGN" : "UNMAPPED_NO_RULE";
}

function reasonOf(code: ProviderCode, status: ReportStatus): string | null {
  switch (status) {
    case "UNMAPPED_NO_RULE":
      return "no rule in force: add one, or a NO_COUNTERPART rule saying why there is none";
    case "UNMAPPED_BY_DESIGN":
      return code.mapping.ruleSource;
    case "AMBIGUOUS":
      return `one of ${code.mapping.candidates.join(", ")}; which one is not recorded`;
    case "MAPPED":
      return null;
  }
}

/**
 * The mapping report: per provider, every native code present in the data (usage > 0) with its status and
 * count: codes no rule covers first, then codes with no common counterpart by design (with the rule's reason),
 * then ambiguous codes (with their candidates), then mapped ones. Ends with `ambiguous: M` and, last,
 * `unmapped: N` (by design and without a rule).
 */
export function renderMappingReport(codes: readonly ProviderCode[], asOf: string): MappingReport {
  const rows: MappingReportRow[] = codes
    .filter((code) => code.usage > 0)
    .map((code) => {
      const status = statusOf(code);
      return {
        namespace: code.namespace,
        kind: code.kind,
        code: code.code,
        usage: code.usage,
        status,
        reason: reasonOf(code, status),
      };
    });
  const lines = [`mapping report, rules in force on ${asOf}`];
  for (const namespace of NAMESPACES) {
    const own = rows
      .filter((row) => row.namespace === namespace)
      .sort(
        (a, b) =>
          ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
          a.kind.localeCompare(b.kind) ||
          a.code.localeCompare(b.code),
      );
    lines.push("", `${namespace} (${own.length} codes in use)`);
    for (const row of own) {
      const target = codes.find(
        (c) => c.namespace === namespace && c.kind === row.kind && c.code === row.code,
      )!.mapping;
      const detail =
        row.status === "MAPPED" ? `-> ${target.target} (v${target.ruleVersion})` : `: ${row.reason ?? ""}`;
      lines.push(
        `  ${row.status.padEnd(18)} ${row.kind.padEnd(15)} ${row.code.padEnd(12)} ${String(row.usage).padStart(7)}  ${detail}`.trimEnd(),
      );
    }
  }
  const count = (...statuses: ReportStatus[]) => rows.filter((row) => statuses.includes(row.status)).length;
  const report = {
    rows,
    unmapped: count("UNMAPPED_NO_RULE", "UNMAPPED_BY_DESIGN"),
    withoutRule: count("UNMAPPED_NO_RULE"),
    ambiguous: count("AMBIGUOUS"),
  };
  lines.push(
    "",
    `without a rule: ${report.withoutRule}`,
    `ambiguous: ${report.ambiguous}`,
    `unmapped: ${report.unmapped}`,
  );
  return { text: lines.join("\n"), ...report };
}
