import type { ContractComplianceSummary } from "./summariseCompliance";
import { CONTRACT_CHECK_CODES, type ContractCheckCode } from "./specifiedChecks";

/** How many months, and of how many contracts, a check flagged or could not judge. */
export interface CheckTotals {
  code: ContractCheckCode;
  months: number;
  contracts: number;
}

/** One provider's compliance totals over a period. */
export interface ProviderComplianceTotals<Provider extends string = string> {
  provider: Provider;
  /** Contrats d'alternance with at least one month judged in the period. */
  contracts: number;
  /** Contracts of another arrangement or an unmapped type with a month in the period: the checks do not apply. */
  contractsOutOfScope: number;
  /** Contract-months judged in the period (contrats d'alternance). */
  monthsChecked: number;
  /** Contract-months with at least one flag. */
  monthsFlagged: number;
  /** By check, in specifiedChecks order; checks with nothing to count are left out. */
  flagged: CheckTotals[];
  notEvaluated: CheckTotals[];
}

/**
 * Sums contract summaries per provider over the months `from` to `to` ('YYYY-MM', inclusive), for dashboards:
 * contract-months checked, flagged by code and not evaluated by code, each with the number of contracts.
 * Providers come out in the order they first appear in `entries`.
 */
export function sumComplianceByProvider<Provider extends string>(
  entries: readonly { provider: Provider; summary: ContractComplianceSummary }[],
  period: { from: string; to: string },
): ProviderComplianceTotals<Provider>[] {
  const inPeriod = (month: string) => month >= period.from && month <= period.to;
  const totals = new Map<Provider, ProviderComplianceTotals<Provider>>();
  const add = (list: CheckTotals[], code: ContractCheckCode, months: number) => {
    if (months === 0) return;
    const entry = list.find((t) => t.code === code);
    if (entry) {
      entry.months += months;
      entry.contracts += 1;
    } else list.push({ code, months, contracts: 1 });
  };
  for (const { provider, summary } of entries) {
    const total = totals.get(provider) ?? {
      provider,
      contracts: 0,
      contractsOutOfScope: 0,
      monthsChecked: 0,
      monthsFlagged: 0,
      flagged: [],
      notEvaluated: [],
    };
    totals.set(provider, total);
    const checked = overlapInMonths(summary.firstMonth, summary.lastMonth, period);
    if (checked === 0) continue;
    if (summary.scope !== "CONTRAT_ALTERNANCE") {
      total.contractsOutOfScope += 1;
      continue;
    }
    total.contracts += 1;
    total.monthsChecked += checked;
    total.monthsFlagged += summary.monthsFlagged.filter(inPeriod).length;
    for (const f of summary.flagged) add(total.flagged, f.code, f.months.filter(inPeriod).length);
    for (const n of summary.notEvaluated) add(total.notEvaluated, n.code, n.months.filter(inPeriod).length);
  }
  const order = (a: CheckTotals, b: CheckTotals) =>
    CONTRACT_CHECK_CODES.indexOf(a.code) - CONTRACT_CHECK_CODES.indexOf(b.code);
  return [...totals.values()].map((total) => ({
    ...total,
    flagged: total.flagged.sort(order),
    notEvaluated: total.notEvaluated.sort(order),
  }));
}

// Months shared by [first, last] and the period, both inclusive 'YYYY-MM'.
function overlapInMonths(
  first: string | null,
  last: string | null,
  period: { from: string; to: string },
): number {
  if (first === null || last === null) return 0;
  const from = first > period.from ? first : period.from;
  const to = last < period.to ? last : period.to;
  if (from > to) return 0;
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from) + 1;
}
