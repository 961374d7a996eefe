/** A figure cell as Query.figures answers it (the fields the export asks for). */
export interface ExportedCell {
  measure: string;
  period: string;
  coordinates: { dimension: string; value: string }[];
  value: number | null;
  suppressed: boolean;
  suppression: string | null;
}

/**
 * The cells as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break): one row
 * per cell, columns measure, period, one per dimension of `by` in that order, value (empty when suppressed),
 * suppressed, suppression. A field starting with =, +, - or @ is prefixed with an apostrophe so a spreadsheet
 * never reads it as a formula (OWASP "CSV injection"); no value of the API starts so today, the guard is cheap.
 */
export function figuresCsv(by: readonly string[], cells: readonly ExportedCell[]): string {
  const rows: string[][] = [
    ["measure", "period", ...by.map((d) => d.toLowerCase()), "value", "suppressed", "suppression"],
  ];
  for (const cell of cells) {
    rows.push([
      cell.measure,
      cell.period,
      ...by.map((dimension) => cell.coordinates.find((c) => c.dimension === dimension)?.value ?? ""),
      cell.value === null ? "" : String(cell.value),
      String(cell.suppressed),
      cell.suppression ?? "",
    ]);
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
