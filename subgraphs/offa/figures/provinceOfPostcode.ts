/**
 * The province and region of a Belgian postcode, from the postal service's allocation of code ranges to provinces
 * (source: https://en.wikipedia.org/wiki/List_of_postal_codes_in_Belgium, the bpost ranges 1000-1299 Brussels,
 * 1300-1499 Walloon Brabant, 1500-1999 and 3000-3499 Flemish Brabant, 2000-2999 Antwerp, 3500-3999 Limburg,
 * 4000-4999 Liège, 5000-5999 Namur, 6000-6599 and 7000-7999 Hainaut, 6600-6999 Luxembourg, 8000-8999 West
 * Flanders, 9000-9999 East Flanders). Taking the range for the commune's province is a modelling choice: the ranges
 * follow the provinces but were drawn by the postal service, and a commune's own province is not in the
 * providers' records. Province codes are the register's (BXL, BRW, HAI, LIE, LUX, NAM) plus the Flemish provinces
 * (ANT, LIM, OVL, VBR, WVL); region WAL, BXL or VLA.
 */
const RANGES: readonly (readonly [number, number, string])[] = [
  [1000, 1299, "BXL"],
  [1300, 1499, "BRW"],
  [1500, 1999, "VBR"],
  [2000, 2999, "ANT"],
  [3000, 3499, "VBR"],
  [3500, 3999, "LIM"],
  [4000, 4999, "LIE"],
  [5000, 5999, "NAM"],
  [6000, 6599, "HAI"],
  [6600, 6999, "LUX"],
  [7000, 7999, "HAI"],
  [8000, 8999, "WVL"],
  [9000, 9999, "OVL"],
];

/** Every province code a learner's postcode can give. */
export const POSTCODE_PROVINCES = [
  "BXL",
  "BRW",
  "HAI",
  "LIE",
  "LUX",
  "NAM",
  "ANT",
  "LIM",
  "OVL",
  "VBR",
  "WVL",
];

/** Every region code a learner's postcode can give. */
export const POSTCODE_REGIONS = ["WAL", "BXL", "VLA"];

const WALLOON = new Set(["BRW", "HAI", "LIE", "LUX", "NAM"]);

/** The province of a postcode, or null when it is not a Belgian postcode (4 digits from 1000). */
export function provinceOfPostcode(postcode: string): string | null {
  if (!/^[1-9][0-9]{3}$/.test(postcode)) return null;
  const code = Number(postcode);
  return RANGES.find(([low, high]) => code >= low && code <= high)?.[2] ?? null;
}

/** The region of a province code of POSTCODE_PROVINCES. */
export function regionOfProvince(province: string): string {
  if (province === "BXL") return "BXL";
  return WALLOON.has(province) ? "WAL" : "VLA";
}
