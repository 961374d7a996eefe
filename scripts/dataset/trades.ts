import type { Track } from "./model";
import { WeightedTable } from "./random";
import { type CatalogueTrade, tradeCatalogue } from "./tradeCatalogue";

/**
 * Trade helpers over the catalogues: which provider trades each track offers (weighted by the catalogue
 * weights, each provider from its own catalogue), the trade a mover keeps, the trades closed during COVID, and a
 * plausible share of women per common trade.
 */

/**
 * Common trades of the sectors closed in spring 2020 (horeca, hairdressing and beauty care; domain.md §5, §7).
 * Beauty care is a modelling choice: the contact professions closed with hairdressing.
 */
export const closedSectorTrades: ReadonlySet<string> = new Set([
  "COMMIS_CUISINE",
  "SERVEUR",
  "COIFFEUR",
  "ESTHETICIEN",
]);

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
  CHOCOLATIER_CONFISEUR: 0.4,
  TRAITEUR: 0.35,
  ESTHETICIEN: 0.95,
  FLEURISTE: 0.75,
  MACON: 0.02,
  CARRELEUR: 0.02,
  PLAFONNEUR: 0.03,
  COUVREUR: 0.02,
  INSTALLATEUR_SANITAIRE: 0.03,
  TECHNICIEN_MAINTENANCE: 0.06,
  CARROSSIER: 0.05,
  COURTIER_ASSURANCES: 0.55,
  PHOTOGRAPHE: 0.5,
  DEVELOPPEUR_WEB: 0.2,
};

/** True when `trade` is a trade of the track's provider catalogue (and, for coordination, one efp teaches). */
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

/** The weighted choice among the track's provider's own trades (built once). */
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

/**
 * The trades a learner moving to `track` may keep from `from` (weighted), or null when there is none: the same
 * provider trade when the new track's provider has it (a track change inside one provider), otherwise the new
 * provider's trades whose synthetic common trade is the same (another provider's catalogue names the trade its
 * own way, domain.md §7 "the level restarts at A only if the trade changes").
 */
export function sameTradeTableFor(track: Track, from: CatalogueTrade): WeightedTable<CatalogueTrade> | null {
  if (offersTrade(track, from)) return new WeightedTable([from], () => 1);
  const key = `${track}|${from.common}`;
  if (!sameTradeTables.has(key)) {
    const same = tradeCatalogue.filter((trade) => offersTrade(track, trade) && trade.common === from.common);
    sameTradeTables.set(key, same.length > 0 ? new WeightedTable(same, (trade) => trade.weight) : null);
  }
  return sameTradeTables.get(key) ?? null;
}

const sameTradeTables = new Map<string, WeightedTable<CatalogueTrade> | null>();
