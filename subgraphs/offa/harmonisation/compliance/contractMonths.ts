import { contractLastDay, type ContractFacts } from "./ContractCheck";

/**
 * The months of a contract's life that compliance judges, 'YYYY-MM', inclusive: from the start month to the
 * end month, the end being the effective end, or the planned end, capped at `asOf` either way (a month not
 * lived yet on `asOf` is not judged). Null when the contract has not started on `asOf`.
 */
export function contractMonths(
  contract: Pick<ContractFacts, "startDate" | "plannedEndDate" | "endedOn">,
  asOf: string,
): { first: string; last: string } | null {
  const end = contractLastDay(contract);
  const last = end > asOf ? asOf : end;
  if (last < contract.startDate) return null;
  return { first: contract.startDate.slice(0, 7), last: last.slice(0, 7) };
}

/** Every month from `first` to `last` inclusive ('YYYY-MM'). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, "0")}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
