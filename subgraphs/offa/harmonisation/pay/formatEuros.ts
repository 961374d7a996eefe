/** Cents as euros for reasons and reports: 33235 → "332.35 €" (dot decimal, the way the data files write it). */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")} €`;
}
