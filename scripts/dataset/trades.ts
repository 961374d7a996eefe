import type { Track } from "./model";
import { WeightedTable } from "./random";
import { type CatalogueTrade, tradeCatalogue } from "./tradeCatalogue";

/**
 * Trade helpers over the catalogue: which trades each track offers (weighted by the catalogue weights), the
 * trades closed during COVID, and a plausible share of women per trade.
 */

/** Trades of the sectors closed in spring 2020 (horeca, hairdressing; domain.md §5). */
export const closedSectorTrades: ReadonlySet<string> = new Set(["COMMIS_CUISINE", "SERVEUR", "COIFFEUR"]);

/** Share of women among learners of a trade: gendered trades keep their real-world skew (synthetic figures). */
export const femaleShare: Readonly<Record<string, number>> = {
  BOULANGER_PATISSIER: 0.3,
  BOUCHER_CHARCUTIER: 0.1,
  COIFFEUR: 0.85,
  COMMIS_CUISINE: 0.3,
  SERVEUR: 0.5,
  VENDEUR: 0.6,
  PEINTRE_DECORATEUR: 0.12,
  MENUISIER: 0.05,
  INSTALLATEUR_CHAUFFAGE: 0.03,
  ELECTRICIEN: 0.04,
  ELECTRICIEN_AUTOMATICIEN: 0.05,
  METALLIER: 0.04,
  TECHNICIEN_CLIMATISATION: 0.05,
  MECANICIEN_AUTOMOBILE: 0.05,
  ENTREPRENEUR_JARDINS: 0.12,
  AGENT_IMMOBILIER: 0.5,
  COMPTABLE: 0.6,
  REALISATEUR_RADIO: 0.4,
  REGISSEUR_SPECTACLES: 0.3,
  OPTICIEN: 0.6,
  TECHNICIEN_PROTHESES_DENTAIRES: 0.5,
  INFOGRAPHISTE: 0.45,
};

/** True when the track's provider has this trade in its catalogue. */
export function offersTrade(track: Track, trade: CatalogueTrade): boolean {
  switch (track) {
    case "CEFA":
      return trade.cefa.length > 0;
    case "IFAPME_APPRENTICESHIP":
    case "IFAPME_CHEF_ENTREPRISE":
      return trade.ifapme !== undefined;
    case "EFP_APPRENTICESHIP":
    case "EFP_CHEF_ENTREPRISE":
      return trade.sfpme !== undefined;
    case "EFP_COORDINATION":
      // Coordination runs at efp itself, so only trades efp teaches.
      return trade.sfpme?.taughtByEfp === true;
  }
}

const tables = new Map<Track, WeightedTable<CatalogueTrade>>();

/** The weighted trade choice of a track (built once). */
export function tradeTableFor(track: Track): WeightedTable<CatalogueTrade> {
  let table = tables.get(track);
  if (!table) {
    table = new WeightedTable(
      tradeCatalogue.filter((trade) => offersTrade(track, trade)),
      (trade) => trade.weight,
    );
    tables.set(track, table);
  }
  return table;
}
