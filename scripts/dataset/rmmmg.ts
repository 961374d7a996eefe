/**
 * The RMMMG (revenu minimum mensuel moyen garanti) over time and the minimum monthly rétribution of a contrat
 * d'alternance per level: A 17 %, B 24 %, C 32 % (domain.md §3). The generator prices contracts with it so
 * that compliance checks have a known answer.
 */

/** A competence level of the common A/B/C model. */
export type Level = "A" | "B" | "C";

/** RMMMG rows of domain.md §3 (18+ amount, € gross/month), by the date they apply from. */
export const rmmmgTable: readonly { validFrom: string; amount: number }[] = [
  { validFrom: "2021-09-01", amount: 1658.23 },
  { validFrom: "2022-03-01", amount: 1725.21 },
  { validFrom: "2022-04-01", amount: 1806.16 },
  { validFrom: "2022-05-01", amount: 1842.28 },
  { validFrom: "2023-01-01", amount: 1954.99 },
  { validFrom: "2023-11-01", amount: 1994.18 },
  { validFrom: "2024-04-01", amount: 2029.88 },
  { validFrom: "2024-05-01", amount: 2070.48 },
  // Derived (domain.md §3); the 2026-04 +35 € step has no known amount, so this row stays in force.
  { validFrom: "2025-02-01", amount: 2111.89 },
];

/**
 * The amount used before September 2021, when the RMMMG is unknown (domain.md §11.5). About 1 500 € is
 * consistent with the 2017 Walloon 250/360/480 € apprentice amounts; a synthetic assumption only.
 */
export const SYNTHETIC_RMMMG_BEFORE_2021_09 = 1500;

/** Minimum share of the RMMMG per level (domain.md §3). */
export const levelShare: Readonly<Record<Level, number>> = { A: 0.17, B: 0.24, C: 0.32 };

/** The RMMMG in force on `date` (carried forward through the unknown gaps). */
export function rmmmgAt(date: string): number {
  let amount = SYNTHETIC_RMMMG_BEFORE_2021_09;
  for (const row of rmmmgTable) if (row.validFrom <= date) amount = row.amount;
  return amount;
}

/** Minimum monthly rétribution for `level` on `date`, rounded to the cent (a modelling choice, §3). */
export function minimumRetribution(level: Level, date: string): number {
  return roundCents(rmmmgAt(date) * levelShare[level]);
}

/** Rounds euros to the cent, away from float noise (313.1876 → 313.19). */
export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}
