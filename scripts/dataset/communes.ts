/**
 * Communes of Wallonia and Brussels with their real postcodes, region and province, and a rough weight for how
 * many learners live there. Used for learners' addresses, establishment units, CEFA centres and IFAPME sites.
 */
export interface Commune {
  name: string;
  postcode: string;
  /** WAL: Wallonia (SPW pays incentives), BXL: Brussels-Capital (Actiris), domain.md §5. */
  region: "WAL" | "BXL";
  /** Province code (BXL for Brussels), to keep a learner near their centre. */
  province: "BXL" | "BRW" | "HAI" | "LIE" | "LUX" | "NAM";
  weight: number;
}

const c = (name: string, postcode: string, province: Commune["province"], weight: number): Commune => ({
  name,
  postcode,
  region: province === "BXL" ? "BXL" : "WAL",
  province,
  weight,
});

/** The commune list (~70 entries). */
export const communes: readonly Commune[] = [
  c("Bruxelles", "1000", "BXL", 8),
  c("Schaerbeek", "1030", "BXL", 6),
  c("Etterbeek", "1040", "BXL", 2),
  c("Ixelles", "1050", "BXL", 4),
  c("Saint-Gilles", "1060", "BXL", 2),
  c("Anderlecht", "1070", "BXL", 6),
  c("Molenbeek-Saint-Jean", "1080", "BXL", 5),
  c("Koekelberg", "1081", "BXL", 1),
  c("Berchem-Sainte-Agathe", "1082", "BXL", 1),
  c("Ganshoren", "1083", "BXL", 1),
  c("Jette", "1090", "BXL", 2),
  c("Evere", "1140", "BXL", 2),
  c("Woluwe-Saint-Pierre", "1150", "BXL", 1),
  c("Auderghem", "1160", "BXL", 1),
  c("Watermael-Boitsfort", "1170", "BXL", 1),
  c("Uccle", "1180", "BXL", 3),
  c("Forest", "1190", "BXL", 3),
  c("Woluwe-Saint-Lambert", "1200", "BXL", 2),
  c("Saint-Josse-ten-Noode", "1210", "BXL", 1),
  c("Wavre", "1300", "BRW", 2),
  c("Ottignies-Louvain-la-Neuve", "1340", "BRW", 2),
  c("Perwez", "1360", "BRW", 1),
  c("Jodoigne", "1370", "BRW", 1),
  c("Nivelles", "1400", "BRW", 2),
  c("Waterloo", "1410", "BRW", 1),
  c("Braine-l'Alleud", "1420", "BRW", 2),
  c("Tubize", "1480", "BRW", 2),
  c("Liège", "4000", "LIE", 9),
  c("Herstal", "4040", "LIE", 3),
  c("Chaudfontaine", "4050", "LIE", 1),
  c("Seraing", "4100", "LIE", 5),
  c("Hannut", "4280", "LIE", 1),
  c("Waremme", "4300", "LIE", 1),
  c("Flémalle", "4400", "LIE", 2),
  c("Ans", "4430", "LIE", 2),
  c("Huy", "4500", "LIE", 2),
  c("Villers-le-Bouillet", "4530", "LIE", 1),
  c("Visé", "4600", "LIE", 1),
  c("Verviers", "4800", "LIE", 4),
  c("Spa", "4900", "LIE", 1),
  c("Malmedy", "4960", "LIE", 1),
  c("Namur", "5000", "NAM", 6),
  c("Gembloux", "5030", "NAM", 2),
  c("Sambreville", "5060", "NAM", 2),
  c("Andenne", "5300", "NAM", 2),
  c("Eghezée", "5310", "NAM", 1),
  c("Dinant", "5500", "NAM", 1),
  c("Rochefort", "5580", "NAM", 1),
  c("Ciney", "5590", "NAM", 1),
  c("Philippeville", "5600", "NAM", 1),
  c("Couvin", "5660", "NAM", 1),
  c("Charleroi", "6000", "HAI", 11),
  c("Courcelles", "6180", "HAI", 2),
  c("Châtelet", "6200", "HAI", 2),
  c("Fleurus", "6220", "HAI", 2),
  c("Thuin", "6530", "HAI", 1),
  c("Bastogne", "6600", "LUX", 1),
  c("Arlon", "6700", "LUX", 2),
  c("Virton", "6760", "LUX", 1),
  c("Libramont-Chevigny", "6800", "LUX", 1),
  c("Bouillon", "6830", "LUX", 1),
  c("Neufchâteau", "6840", "LUX", 1),
  c("Marche-en-Famenne", "6900", "LUX", 1),
  c("Mons", "7000", "HAI", 5),
  c("Soignies", "7060", "HAI", 2),
  c("La Louvière", "7100", "HAI", 5),
  c("Binche", "7130", "HAI", 2),
  c("Boussu", "7300", "HAI", 1),
  c("Saint-Ghislain", "7330", "HAI", 1),
  c("Tournai", "7500", "HAI", 4),
  c("Péruwelz", "7600", "HAI", 1),
  c("Mouscron", "7700", "HAI", 3),
  c("Ath", "7800", "HAI", 2),
  c("Enghien", "7850", "HAI", 1),
];

/** Finds a commune by name; throws when the list has no such commune (a typo in reference data). */
export function communeNamed(name: string): Commune {
  const found = communes.find((commune) => commune.name === name);
  if (!found) throw new Error(`No commune named ${name} in communes.ts`);
  return found;
}
