import type { ProviderCode } from "./queryProviderCodes";

/**
 * The mapping report: per provider, every native code present in the data (usage > 0) with its mapping
 * status and count, unmapped first, then a last line `unmapped: N`.
 */
export function renderMappingReport(
  codes: readonly ProviderCode[],
  asOf: string,
): { text: string; unmapped: number } {
  const present = codes.filter((code) => code.usage > 0);
  const lines = [`mapping report, rules in force on ${asOf}`];
  let unmapped = 0;
  for (const namespace of ["cefa", "ifapme", "sfpme"] as const) {
    const rows = present
      .filter((code) => code.namespace === namespace)
      .sort(
        (a, b) =>
          Number(a.mapping.status === "MAPPED") - Number(b.mapping.status === "MAPPED") ||
          a.kind.localeCompare(b.kind) ||
          a.code.localeCompare(b.code),
      );
    lines.push("", `${namespace} (${rows.length} codes in use)`);
    for (const row of rows) {
      if (row.mapping.status !== "MAPPED") unmapped += 1;
      const target = row.mapping.target ? `-> ${row.mapping.target} (v${row.mapping.ruleVersion})` : "";
      lines.push(
        `  ${row.mapping.status.padEnd(8)} ${row.kind.padEnd(15)} ${row.code.padEnd(12)} ${String(row.usage).padStart(7)}  ${target}`.trimEnd(),
      );
    }
  }
  lines.push("", `unmapped: ${unmapped}`);
  return { text: lines.join("\n"), unmapped };
}
