import type { ContractFinding } from "./queryContractFindings";

/** The data-quality report as text, with the count of findings per code. */
export interface DataQualityReport {
  text: string;
  byCode: Record<string, number>;
  total: number;
}

/**
 * The data-quality report: per finding code, how many contracts have it, then each one (provider, contract,
 * detail), ending with `findings: N`.
 */
export function renderDataQualityReport(
  findings: readonly ContractFinding[],
  asOf: string,
): DataQualityReport {
  const byCode: Record<string, number> = {};
  for (const finding of findings) byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
  const lines = [`data-quality report, as of ${asOf}`];
  for (const code of Object.keys(byCode).sort()) {
    lines.push("", `${code}: ${byCode[code]}`);
    for (const finding of findings
      .filter((f) => f.code === code)
      .sort(
        (a, b) =>
          a.provider.localeCompare(b.provider) || a.providerContractId.localeCompare(b.providerContractId),
      )) {
      lines.push(
        `  ${finding.provider.padEnd(7)} ${finding.providerContractId.padEnd(12)} ${finding.detail}`,
      );
    }
  }
  lines.push("", `findings: ${findings.length}`);
  return { text: lines.join("\n"), byCode, total: findings.length };
}
