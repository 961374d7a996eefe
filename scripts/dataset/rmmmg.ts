import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRmmmgFile } from "../../subgraphs/offa/harmonisation/pay/parseRmmmgFile";

/**
 * The RMMMG (revenu minimum mensuel moyen garanti) over time and the minimum monthly rétribution of a contrat
 * d'alternance per level: A 17 %, B 24 %, C 32 % (domain.md §3). The generator prices contracts with it so
 * that compliance checks have a known answer. The table is read from the same reference file OFFA loads
 * (schema/mappings/reference/rmmmg.csv): one source for the RMMMG.
 */

/** A competence level of the common A/B/C model. */
export type Level = "A" | "B" | "C";

const RMMMG_FILE = join(__dirname, "../../schema/mappings/reference/rmmmg.csv");

/** The known RMMMG rows, in cents, each with its inclusive validity (domain.md §3). */
export const knownRmmmg: readonly { validFrom: string; validTo: string; amountCents: number }[] = (() => {
  const parsed = parseRmmmgFile(RMMMG_FILE, readFileSync(RMMMG_FILE, "utf8"));
  if (parsed.problems.length > 0) {
    throw new Error(`${RMMMG_FILE}: ${parsed.problems.map((p) => `line ${p.line}: ${p.reason}`).join("; ")}`);
  }
  return parsed.rows.map(({ validFrom, validTo, amountCents }) => ({ validFrom, validTo, amountCents }));
})();

/**
 * The amount used before September 2021, when the RMMMG is unknown (domain.md §11.5). About 1 500 € is
 * consistent with the 2017 Walloon 250/360/480 € apprentice amounts; a synthetic assumption only, to price
 * synthetic contracts. OFFA never uses it: for those months it says the minimum is unknown.
 */
export const SYNTHETIC_RMMMG_BEFORE_2021_09 = 1500;

/** Minimum share of the RMMMG per level (domain.md §3). */
export const levelShare: Readonly<Record<Level, number>> = { A: 0.17, B: 0.24, C: 0.32 };

/** Whole percents of the shares, for exact arithmetic in cents. */
export const levelPercent: Readonly<Record<Level, number>> = { A: 17, B: 24, C: 32 };

/** The RMMMG in cents on `date` when a source states it, else null (never filled in). */
export function knownRmmmgCents(date: string): number | null {
  return knownRmmmg.find((row) => row.validFrom <= date && date <= row.validTo)?.amountCents ?? null;
}

/**
 * The RMMMG the generator prices with on `date`: the known amount, else (a synthetic choice) the last known
 * amount before it, carried through the unknown gaps, or the synthetic pre-2021 amount.
 */
export function rmmmgAt(date: string): number {
  let amount = SYNTHETIC_RMMMG_BEFORE_2021_09;
  for (const row of knownRmmmg) if (row.validFrom <= date) amount = row.amountCents / 100;
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
