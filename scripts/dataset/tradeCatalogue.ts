import type { Provider } from "./model";

/**
 * The synthetic trade catalogues: OFFA's common trades (offa.common_trade) and each provider's OWN trade
 * catalogue, kept as three separate systems that map onto the common trades many-to-one and, for a few trades,
 * one-to-many or not at all (domain.md §10). The rule files schema/mappings/rules/<namespace>/trades.csv state the
 * same mappings; a test (subgraphs/offa/harmonisation/rules/__tests__/tradeRules.test.ts) keeps the two in step.
 *
 * Modelling choices, named here because no source gives them:
 * - every provider code, title and weight is invented in the provider's style (CEFA four-digit option numbers,
 *   7xxx article 49 and 4xxx article 45; IFAPME M-codes "M" + sector + number; efp FAMILY-NAME codes), from the
 *   trade names of domain.md §7 where they fit;
 * - sizes: efp has 90 formations in 10 families, as domain.md §6 says ("about 90 trainings in 10 trade
 *   families"; eight families are named there, Horeca and Technologie are the other two, from the restaurants and
 *   the Brussels technology trainings of §7). domain.md gives NO size for the CEFA or IFAPME catalogues: CEFA has
 *   32 options (the alternance share of full-time vocational options, where article 45 adds "Aide…"/"Ouvrier…"
 *   profiles) and IFAPME 50 métiers (between CEFA and efp, several per common trade), sized so that each trade is
 *   used a few times in the default dataset (scale 0.1);
 * - weights: a provider trade's relative share of that provider's learners. Food, construction, hairdressing and
 *   restaurants are high, digital trades rare (domain.md §7); among efp formations, the successes §7 names
 *   (heating, joinery, restaurants, bakery-pastry) are high too.
 */

/** A common trade of OFFA with what the generator needs of it. */
export interface CommonTrade {
  /** offa.common_trade.code. */
  code: string;
  /** offa.common_trade.title. */
  title: string;
  /** offa.common_trade.family (a modelling choice, see the migrations). */
  family: string;
  /** Words for the names of companies of this trade (modelling choice). */
  companyWords: readonly string[];
}

/**
 * OFFA's common trades: the 22 of migration 000001 and the 14 added in 000005_offa_common_trades.sql (a modelling
 * choice: the common trades that several provider trades need, each named in a provider catalogue below).
 */
export const commonTrades: readonly CommonTrade[] = [
  {
    code: "BOULANGER_PATISSIER",
    title: "Boulanger-pâtissier",
    family: "ALIMENTATION",
    companyWords: ["Boulangerie", "Boulangerie-Pâtisserie", "Pâtisserie"],
  },
  {
    code: "BOUCHER_CHARCUTIER",
    title: "Boucher-charcutier",
    family: "ALIMENTATION",
    companyWords: ["Boucherie", "Boucherie-Charcuterie"],
  },
  {
    code: "COIFFEUR",
    title: "Coiffeur / coiffeuse",
    family: "BIEN_ETRE",
    companyWords: ["Coiffure", "Salon de coiffure", "Studio Coiffure"],
  },
  {
    code: "COMMIS_CUISINE",
    title: "Commis de cuisine / restaurateur",
    family: "HORECA",
    companyWords: ["Restaurant", "Brasserie", "Taverne", "Traiteur"],
  },
  {
    code: "SERVEUR",
    title: "Serveur (service en salle)",
    family: "HORECA",
    companyWords: ["Brasserie", "Restaurant", "Café", "Hôtel"],
  },
  {
    code: "VENDEUR",
    title: "Vendeur / vendeuse",
    family: "COMMERCE",
    companyWords: ["Magasin", "Boutique", "Épicerie", "Librairie"],
  },
  {
    code: "PEINTRE_DECORATEUR",
    title: "Peintre-décorateur",
    family: "CONSTRUCTION",
    companyWords: ["Peinture et Décoration", "Entreprise de peinture"],
  },
  {
    code: "MENUISIER",
    title: "Menuisier",
    family: "CONSTRUCTION",
    companyWords: ["Menuiserie", "Ébénisterie", "Châssis"],
  },
  {
    code: "INSTALLATEUR_CHAUFFAGE",
    title: "Installateur en chauffage central",
    family: "CONSTRUCTION",
    companyWords: ["Chauffage", "Sanitaire et Chauffage", "Chauffage Central"],
  },
  {
    code: "ELECTRICIEN",
    title: "Électricien / aide électricien",
    family: "CONSTRUCTION",
    companyWords: ["Électricité", "Installations électriques"],
  },
  {
    code: "ELECTRICIEN_AUTOMATICIEN",
    title: "Électricien-automaticien",
    family: "TECHNOLOGIE",
    companyWords: ["Automation", "Électromécanique"],
  },
  {
    code: "METALLIER",
    title: "Métallier",
    family: "TECHNOLOGIE",
    companyWords: ["Ferronnerie", "Constructions métalliques"],
  },
  {
    code: "TECHNICIEN_CLIMATISATION",
    title: "Technicien en climatisation",
    family: "TECHNOLOGIE",
    companyWords: ["Froid et Climatisation", "Climatisation"],
  },
  {
    code: "MECANICIEN_AUTOMOBILE",
    title: "Mécanicien automobile",
    family: "MOBILITE",
    companyWords: ["Garage", "Garage et Carrosserie"],
  },
  {
    code: "ENTREPRENEUR_JARDINS",
    title: "Entrepreneur de jardins",
    family: "ENVIRONNEMENT",
    companyWords: ["Parcs et Jardins", "Jardins", "Aménagements extérieurs"],
  },
  {
    code: "AGENT_IMMOBILIER",
    title: "Agent immobilier",
    family: "SERVICES",
    companyWords: ["Immobilière", "Agence immobilière"],
  },
  {
    code: "COMPTABLE",
    title: "Comptable",
    family: "SERVICES",
    companyWords: ["Fiduciaire", "Bureau comptable"],
  },
  {
    code: "REALISATEUR_RADIO",
    title: "Réalisateur radio",
    family: "ARTS_MEDIAS",
    companyWords: ["Radio", "Studio"],
  },
  {
    code: "REGISSEUR_SPECTACLES",
    title: "Régisseur de spectacles",
    family: "ARTS_MEDIAS",
    companyWords: ["Productions", "Théâtre"],
  },
  { code: "OPTICIEN", title: "Opticien", family: "SANTE", companyWords: ["Optique", "Opticien"] },
  {
    code: "TECHNICIEN_PROTHESES_DENTAIRES",
    title: "Technicien en prothèses dentaires",
    family: "SANTE",
    companyWords: ["Laboratoire dentaire", "Prothèses dentaires"],
  },
  {
    code: "INFOGRAPHISTE",
    title: "Infographiste",
    family: "NUMERIQUE",
    companyWords: ["Studio graphique", "Atelier graphique"],
  },
  // Added by 000005_offa_common_trades.sql.
  {
    code: "CHOCOLATIER_CONFISEUR",
    title: "Chocolatier-confiseur",
    family: "ALIMENTATION",
    companyWords: ["Chocolaterie", "Confiserie"],
  },
  {
    code: "TRAITEUR",
    title: "Traiteur",
    family: "ALIMENTATION",
    companyWords: ["Traiteur", "Banquets et Réceptions"],
  },
  {
    code: "ESTHETICIEN",
    title: "Esthéticien / esthéticienne",
    family: "BIEN_ETRE",
    companyWords: ["Institut de beauté", "Esthétique"],
  },
  { code: "FLEURISTE", title: "Fleuriste", family: "COMMERCE", companyWords: ["Fleurs", "Art floral"] },
  {
    code: "MACON",
    title: "Maçon",
    family: "CONSTRUCTION",
    companyWords: ["Maçonnerie", "Construction", "Gros-œuvre"],
  },
  {
    code: "CARRELEUR",
    title: "Carreleur",
    family: "CONSTRUCTION",
    companyWords: ["Carrelages", "Revêtements de sols"],
  },
  {
    code: "PLAFONNEUR",
    title: "Plafonneur",
    family: "CONSTRUCTION",
    companyWords: ["Plafonnage", "Enduits"],
  },
  { code: "COUVREUR", title: "Couvreur", family: "CONSTRUCTION", companyWords: ["Toitures", "Couverture"] },
  {
    code: "INSTALLATEUR_SANITAIRE",
    title: "Installateur sanitaire",
    family: "CONSTRUCTION",
    companyWords: ["Sanitaire", "Plomberie"],
  },
  {
    code: "TECHNICIEN_MAINTENANCE",
    title: "Technicien de maintenance d'équipements techniques",
    family: "TECHNOLOGIE",
    companyWords: ["Maintenance industrielle", "Techniques et Maintenance"],
  },
  {
    code: "CARROSSIER",
    title: "Carrossier",
    family: "MOBILITE",
    companyWords: ["Carrosserie", "Garage et Carrosserie"],
  },
  {
    code: "COURTIER_ASSURANCES",
    title: "Courtier en assurances",
    family: "SERVICES",
    companyWords: ["Assurances", "Bureau de courtage"],
  },
  {
    code: "PHOTOGRAPHE",
    title: "Photographe",
    family: "ARTS_MEDIAS",
    companyWords: ["Studio photo", "Photographie"],
  },
  {
    code: "DEVELOPPEUR_WEB",
    title: "Développeur web",
    family: "NUMERIQUE",
    companyWords: ["Agence web", "Solutions numériques"],
  },
];

/**
 * How a provider trade maps onto OFFA's common trades, as its rules in trades.csv say (relationship direction as
 * in MappingRule.ts: BROADER = the common trade covers more than the provider trade):
 * - EQUIVALENT or BROADER onto one common trade (several provider trades onto one: many-to-one);
 * - NARROWER onto each of `candidates` (one provider trade covering several common trades: OFFA resolves it
 *   AMBIGUOUS and never picks one). `truth` is the candidate the generator takes as the synthetic truth of every
 *   contract in that trade (accreditation, company, same-trade level), a modelling choice: the first candidate;
 * - NO_COUNTERPART: no common trade by design, `reason` says why (OFFA resolves it UNMAPPED). The generator
 *   still needs one common trade per contract, for the company and its agrément only: `truth`, the nearest
 *   common trade (a modelling choice; these trades are rare, so the agréments they add are few).
 */
export type TradeMapping =
  | { relationship: "EQUIVALENT" | "BROADER"; common: string }
  | { relationship: "NARROWER"; candidates: readonly string[]; truth: string }
  | { relationship: "NO_COUNTERPART"; reason: string; truth: string };

/** What every provider trade has. */
export interface ProviderTrade {
  code: string;
  /** The provider's title, in French. */
  title: string;
  /** Relative share of the provider's learners in this trade (modelling choice, domain.md §7 proportions). */
  weight: number;
  mapping: TradeMapping;
}

/** A CEFA study option (cefa.option_etude) and the article that frames it (domain.md §6). */
export interface CefaOption extends ProviderTrade {
  article: "45" | "49";
}

/** An IFAPME métier (ifapme.metier); the sector is given by the code's two digits after "M". */
export interface IfapmeMetier extends ProviderTrade {
  sector: string;
}

/**
 * An efp formation (sfpme.formation) in its family. `taughtByEfp: false`: a Brussels contract whose courses run
 * at an IFAPME centre, in the IFAPME métier `coursesAt` (IFAPME records those learners too, domain.md §1, §7).
 */
export interface EfpFormation extends ProviderTrade {
  family: string;
  taughtByEfp: boolean;
  coursesAt?: string;
}

/** The common trades a mapping names (the rules' targets): one, every candidate, or none. */
export function commonTradesOf(mapping: TradeMapping): readonly string[] {
  switch (mapping.relationship) {
    case "EQUIVALENT":
    case "BROADER":
      return [mapping.common];
    case "NARROWER":
      return mapping.candidates;
    case "NO_COUNTERPART":
      return [];
  }
}

/** The one common trade the generator takes as a provider trade's synthetic truth (see TradeMapping). */
export function truthOf(mapping: TradeMapping): string {
  switch (mapping.relationship) {
    case "EQUIVALENT":
    case "BROADER":
      return mapping.common;
    case "NARROWER":
    case "NO_COUNTERPART":
      return mapping.truth;
  }
}

const equivalent = (common: string): TradeMapping => ({ relationship: "EQUIVALENT", common });
const broader = (common: string): TradeMapping => ({ relationship: "BROADER", common });
const narrower = (truth: string, ...others: string[]): TradeMapping => ({
  relationship: "NARROWER",
  candidates: [truth, ...others],
  truth,
});
const noCounterpart = (truth: string, reason: string): TradeMapping => ({
  relationship: "NO_COUNTERPART",
  reason,
  truth,
});

const cefa = (
  code: string,
  title: string,
  article: "45" | "49",
  weight: number,
  mapping: TradeMapping,
): CefaOption => ({ code, title, article, weight, mapping });

/** CEFA's 32 study options (size: a modelling choice, see the file comment). */
export const cefaOptions: readonly CefaOption[] = [
  cefa("7101", "Boulanger-pâtissier", "49", 8, equivalent("BOULANGER_PATISSIER")),
  cefa("4101", "Aide boulanger-pâtissier", "45", 4, broader("BOULANGER_PATISSIER")),
  cefa("7102", "Boucher-charcutier", "49", 4, equivalent("BOUCHER_CHARCUTIER")),
  cefa("7104", "Traiteur-organisateur de banquets et de réceptions", "49", 1.5, broader("TRAITEUR")),
  cefa("7201", "Coiffeur / coiffeuse", "49", 9, equivalent("COIFFEUR")),
  cefa("4201", "Aide coiffeur / coiffeuse", "45", 3, broader("COIFFEUR")),
  cefa("7202", "Esthéticien / esthéticienne", "49", 3, equivalent("ESTHETICIEN")),
  cefa("7301", "Restaurateur", "49", 7, equivalent("COMMIS_CUISINE")),
  cefa("4301", "Commis de cuisine", "45", 4, broader("COMMIS_CUISINE")),
  cefa("4302", "Commis de salle", "45", 3, broader("SERVEUR")),
  cefa("7302", "Cuisinier de collectivité", "49", 2, broader("COMMIS_CUISINE")),
  cefa("7401", "Vendeur / vendeuse", "49", 5, equivalent("VENDEUR")),
  cefa("4401", "Auxiliaire de vente", "45", 2, broader("VENDEUR")),
  cefa(
    "4402",
    "Auxiliaire magasinier",
    "45",
    1.5,
    noCounterpart(
      "VENDEUR",
      "a storekeeper's job (reception, storage and dispatch of goods) is a logistics trade; OFFA's common trades have none and selling is not storekeeping",
    ),
  ),
  cefa("7402", "Fleuriste", "49", 1, equivalent("FLEURISTE")),
  cefa("7501", "Peintre-décorateur", "49", 4, equivalent("PEINTRE_DECORATEUR")),
  cefa("7502", "Menuisier", "49", 4, equivalent("MENUISIER")),
  cefa("4502", "Ouvrier menuisier", "45", 2, broader("MENUISIER")),
  cefa("7503", "Installateur en chauffage central", "49", 3, equivalent("INSTALLATEUR_CHAUFFAGE")),
  cefa("7504", "Électricien installateur", "49", 5, equivalent("ELECTRICIEN")),
  cefa(
    "7505",
    "Monteur en sanitaire et en chauffage",
    "49",
    2,
    narrower("INSTALLATEUR_SANITAIRE", "INSTALLATEUR_CHAUFFAGE"),
  ),
  cefa("7506", "Maçon", "49", 3, equivalent("MACON")),
  cefa("4506", "Ouvrier en gros-œuvre", "45", 2, broader("MACON")),
  cefa("7507", "Carreleur", "49", 1.5, equivalent("CARRELEUR")),
  cefa("7508", "Plafonneur", "49", 1, equivalent("PLAFONNEUR")),
  cefa("7509", "Couvreur", "49", 1, equivalent("COUVREUR")),
  cefa("7602", "Métallier-soudeur", "49", 2, equivalent("METALLIER")),
  cefa("7603", "Mécanicien de maintenance", "49", 1.5, broader("TECHNICIEN_MAINTENANCE")),
  cefa("7701", "Mécanicien automobile", "49", 5, equivalent("MECANICIEN_AUTOMOBILE")),
  cefa("7702", "Carrossier", "49", 2, equivalent("CARROSSIER")),
  cefa("4701", "Aide mécanicien garagiste", "45", 2, broader("MECANICIEN_AUTOMOBILE")),
  cefa("4801", "Ouvrier jardinier", "45", 3, broader("ENTREPRENEUR_JARDINS")),
];

/** IFAPME's sectors, by the two digits after "M" in a métier code (modelling choice). */
export const ifapmeSectors: Readonly<Record<string, string>> = {
  "01": "Alimentation",
  "02": "Soins aux personnes",
  "03": "Horeca",
  "04": "Commerce",
  "05": "Construction",
  "06": "Technologie",
  "07": "Mobilité",
  "08": "Environnement",
  "09": "Services",
  "10": "Santé",
  "11": "Numérique",
  "12": "Arts et communication",
};

const ifapme = (code: string, title: string, weight: number, mapping: TradeMapping): IfapmeMetier => ({
  code,
  title,
  sector: ifapmeSectors[code.slice(1, 3)],
  weight,
  mapping,
});

/** IFAPME's 50 métiers (size: a modelling choice, see the file comment). */
export const ifapmeMetiers: readonly IfapmeMetier[] = [
  ifapme("M0101", "Boulanger-pâtissier", 7, equivalent("BOULANGER_PATISSIER")),
  ifapme("M0102", "Boucher-charcutier", 4, equivalent("BOUCHER_CHARCUTIER")),
  ifapme("M0103", "Chocolatier-confiseur", 1.5, equivalent("CHOCOLATIER_CONFISEUR")),
  ifapme("M0104", "Traiteur-organisateur de banquets", 1.5, broader("TRAITEUR")),
  ifapme("M0201", "Coiffeur", 8, equivalent("COIFFEUR")),
  ifapme("M0202", "Barbier", 1.5, broader("COIFFEUR")),
  ifapme("M0203", "Esthéticien / esthéticienne", 3, equivalent("ESTHETICIEN")),
  ifapme("M0204", "Prothésiste ongulaire", 1, broader("ESTHETICIEN")),
  ifapme("M0301", "Restaurateur", 6, equivalent("COMMIS_CUISINE")),
  ifapme("M0302", "Serveur / service en salle", 4, equivalent("SERVEUR")),
  ifapme("M0303", "Cuisinier de collectivité", 1.5, broader("COMMIS_CUISINE")),
  ifapme("M0304", "Sommelier", 0.5, broader("SERVEUR")),
  ifapme("M0401", "Vendeur / vendeuse", 5, equivalent("VENDEUR")),
  ifapme("M0402", "Fleuriste", 1.5, equivalent("FLEURISTE")),
  ifapme("M0403", "Libraire", 0.5, broader("VENDEUR")),
  ifapme(
    "M0404",
    "Antiquaire",
    0.5,
    noCounterpart(
      "VENDEUR",
      "an antique dealer finds, appraises and restores old objects as much as they sell them; OFFA's common trades have no such trade and Vendeur would misstate it",
    ),
  ),
  ifapme("M0501", "Peintre-décorateur", 4, equivalent("PEINTRE_DECORATEUR")),
  ifapme("M0502", "Menuisier", 4, equivalent("MENUISIER")),
  ifapme("M0503", "Installateur en chauffage central", 3, equivalent("INSTALLATEUR_CHAUFFAGE")),
  ifapme("M0504", "Électricien installateur", 5, equivalent("ELECTRICIEN")),
  ifapme(
    "M0505",
    "Installateur sanitaire et chauffagiste",
    2,
    narrower("INSTALLATEUR_SANITAIRE", "INSTALLATEUR_CHAUFFAGE"),
  ),
  ifapme("M0506", "Maçon", 4, equivalent("MACON")),
  ifapme("M0507", "Carreleur", 2, equivalent("CARRELEUR")),
  ifapme("M0508", "Plafonneur", 1.5, equivalent("PLAFONNEUR")),
  ifapme("M0509", "Couvreur", 1.5, equivalent("COUVREUR")),
  ifapme("M0510", "Ébéniste", 1, broader("MENUISIER")),
  ifapme("M0511", "Poseur de fermetures menuisées", 1, broader("MENUISIER")),
  ifapme("M0512", "Peintre en bâtiment", 1.5, broader("PEINTRE_DECORATEUR")),
  ifapme("M0601", "Électricien-automaticien", 2.5, equivalent("ELECTRICIEN_AUTOMATICIEN")),
  ifapme("M0602", "Métallier", 2.5, equivalent("METALLIER")),
  ifapme("M0603", "Technicien en climatisation", 2, equivalent("TECHNICIEN_CLIMATISATION")),
  ifapme("M0604", "Soudeur", 1, broader("METALLIER")),
  ifapme(
    "M0605",
    "Technicien de maintenance d'équipements techniques",
    1.5,
    equivalent("TECHNICIEN_MAINTENANCE"),
  ),
  ifapme("M0701", "Mécanicien d'entretien automobile", 5, equivalent("MECANICIEN_AUTOMOBILE")),
  ifapme("M0702", "Carrossier-réparateur", 2, equivalent("CARROSSIER")),
  ifapme("M0703", "Technicien en diagnostic automobile", 0.5, broader("MECANICIEN_AUTOMOBILE")),
  ifapme("M0704", "Peintre en carrosserie", 1, broader("CARROSSIER")),
  ifapme("M0801", "Entrepreneur de jardins", 3, equivalent("ENTREPRENEUR_JARDINS")),
  ifapme("M0802", "Élagueur", 0.5, broader("ENTREPRENEUR_JARDINS")),
  ifapme(
    "M0803",
    "Toiletteur pour animaux",
    0.5,
    noCounterpart(
      "VENDEUR",
      "grooming pets is an animal-care trade; OFFA's common trades have no animal-care trade",
    ),
  ),
  ifapme("M0901", "Agent immobilier", 1, equivalent("AGENT_IMMOBILIER")),
  ifapme("M0902", "Comptable", 2, equivalent("COMPTABLE")),
  ifapme("M0903", "Courtier en assurances", 1, equivalent("COURTIER_ASSURANCES")),
  ifapme("M0904", "Aide comptable", 1, broader("COMPTABLE")),
  ifapme("M1001", "Opticien", 1, equivalent("OPTICIEN")),
  ifapme("M1002", "Technicien en prothèses dentaires", 0.5, equivalent("TECHNICIEN_PROTHESES_DENTAIRES")),
  ifapme("M1101", "Infographiste", 0.7, equivalent("INFOGRAPHISTE")),
  ifapme("M1102", "Développeur web", 0.5, equivalent("DEVELOPPEUR_WEB")),
  ifapme("M1201", "Photographe", 0.7, equivalent("PHOTOGRAPHE")),
  ifapme("M1202", "Régisseur de spectacles", 0.3, equivalent("REGISSEUR_SPECTACLES")),
];

/**
 * efp's 10 trade families, by code prefix (domain.md §6 names food, well-being, trade, mobility, construction,
 * digital, arts and media, accounting; Horeca and Technologie are a modelling choice from §7).
 */
export const efpFamilies: Readonly<Record<string, string>> = {
  ALIM: "Alimentation",
  BIEN: "Bien-être",
  HORE: "Horeca",
  COMM: "Commerce",
  CONS: "Construction",
  TECH: "Technologie",
  MOBI: "Mobilité",
  NUME: "Numérique",
  ARTS: "Arts et médias",
  GEST: "Gestion et comptabilité",
};

const efp = (
  code: string,
  title: string,
  weight: number,
  mapping: TradeMapping,
  coursesAt?: string,
): EfpFormation => ({
  code,
  title,
  family: efpFamilies[code.split("-")[0]],
  taughtByEfp: coursesAt === undefined,
  ...(coursesAt === undefined ? {} : { coursesAt }),
  weight,
  mapping,
});

/** efp's 90 formations in 10 families (domain.md §6). */
export const efpFormations: readonly EfpFormation[] = [
  efp("ALIM-BOUPAT", "Boulanger-pâtissier", 6, equivalent("BOULANGER_PATISSIER")),
  efp("ALIM-BOUL", "Boulanger", 2, broader("BOULANGER_PATISSIER")),
  efp("ALIM-PATIS", "Pâtissier", 2.5, broader("BOULANGER_PATISSIER")),
  efp("ALIM-BOUCHA", "Boucher-charcutier", 2, equivalent("BOUCHER_CHARCUTIER"), "M0102"),
  efp("ALIM-BOUTRAI", "Boucher-charcutier-traiteur", 1.5, narrower("BOUCHER_CHARCUTIER", "TRAITEUR")),
  efp("ALIM-CHOCO", "Chocolatier-confiseur", 1.5, equivalent("CHOCOLATIER_CONFISEUR")),
  efp("ALIM-CONFI", "Confiseur", 0.5, broader("CHOCOLATIER_CONFISEUR")),
  efp("ALIM-TRAIT", "Traiteur-organisateur de banquets", 1.5, broader("TRAITEUR")),
  efp("ALIM-FROM", "Fromager-crémier", 0.5, broader("VENDEUR")),
  efp("ALIM-POISS", "Poissonnier", 0.5, broader("VENDEUR")),

  efp("BIEN-COIF", "Coiffeur / coiffeuse", 6, equivalent("COIFFEUR")),
  efp("BIEN-BARB", "Barbier", 1.5, broader("COIFFEUR")),
  efp("BIEN-PERRU", "Perruquier-posticheur", 0.2, broader("COIFFEUR")),
  efp("BIEN-ESTH", "Esthéticien / esthéticienne", 3, equivalent("ESTHETICIEN")),
  efp("BIEN-ONGL", "Prothésiste ongulaire", 1, broader("ESTHETICIEN")),
  efp("BIEN-MAQU", "Maquilleur / maquilleuse", 0.7, broader("ESTHETICIEN")),
  efp("BIEN-MASS", "Masseur / masseuse bien-être", 0.7, broader("ESTHETICIEN")),
  efp("BIEN-PEDI", "Pédicure", 0.5, broader("ESTHETICIEN")),
  efp(
    "BIEN-TATOU",
    "Tatoueur-perceur",
    0.4,
    noCounterpart(
      "ESTHETICIEN",
      "tattooing and piercing are neither beauty care nor any other common trade; OFFA's common trades have no such trade",
    ),
  ),

  efp("HORE-CUIS", "Commis de cuisine", 5, broader("COMMIS_CUISINE")),
  efp("HORE-REST", "Restaurateur", 4, equivalent("COMMIS_CUISINE")),
  efp("HORE-CUISCOL", "Cuisinier de collectivité", 1.5, broader("COMMIS_CUISINE")),
  efp("HORE-FRIT", "Friturier", 0.8, broader("COMMIS_CUISINE")),
  efp("HORE-PIZZ", "Pizzaiolo", 0.8, broader("COMMIS_CUISINE")),
  efp("HORE-CREP", "Crêpier-gaufrier", 0.3, broader("COMMIS_CUISINE")),
  efp("HORE-SALLE", "Serveur / serveuse", 4, equivalent("SERVEUR")),
  efp("HORE-BAR", "Barman / barmaid", 1.5, broader("SERVEUR")),
  efp("HORE-SOMM", "Sommelier", 0.5, broader("SERVEUR")),

  efp("COMM-VENTE", "Vendeur / vendeuse", 4, equivalent("VENDEUR")),
  efp("COMM-TEXT", "Vendeur en prêt-à-porter", 1, broader("VENDEUR")),
  efp("COMM-QUINC", "Vendeur en quincaillerie", 0.5, broader("VENDEUR")),
  efp("COMM-ELECTRO", "Vendeur en électroménager", 0.5, broader("VENDEUR")),
  efp("COMM-ANIM", "Vendeur en animalerie", 0.3, broader("VENDEUR")),
  efp("COMM-CAVI", "Caviste", 0.5, broader("VENDEUR")),
  efp("COMM-LIBR", "Libraire", 0.5, broader("VENDEUR")),
  efp("COMM-FLEUR", "Fleuriste", 1.5, equivalent("FLEURISTE")),
  efp("COMM-OPTI", "Opticien", 1, equivalent("OPTICIEN")),

  efp("CONS-PEINT", "Peintre-décorateur", 3, equivalent("PEINTRE_DECORATEUR")),
  efp("CONS-TAPIS", "Poseur de revêtements de murs et de sols", 0.6, broader("PEINTRE_DECORATEUR")),
  efp("CONS-MENUI", "Menuisier", 3.5, equivalent("MENUISIER")),
  efp("CONS-EBEN", "Ébéniste", 0.8, broader("MENUISIER")),
  efp("CONS-CHASS", "Poseur de châssis", 1, broader("MENUISIER")),
  efp("CONS-CHAUF", "Installateur en chauffage central", 3.5, equivalent("INSTALLATEUR_CHAUFFAGE")),
  efp("CONS-SANI", "Installateur sanitaire", 2, equivalent("INSTALLATEUR_SANITAIRE")),
  efp("CONS-MACON", "Maçon", 2.5, equivalent("MACON")),
  efp("CONS-CARREL", "Carreleur", 1.5, equivalent("CARRELEUR")),
  efp("CONS-PLAF", "Plafonneur", 1.5, equivalent("PLAFONNEUR")),
  efp(
    "CONS-RENOV",
    "Entrepreneur en rénovation de bâtiments",
    1,
    narrower("MACON", "PLAFONNEUR", "CARRELEUR"),
  ),
  efp("CONS-COUV", "Couvreur", 1, equivalent("COUVREUR"), "M0509"),
  efp("CONS-ZING", "Zingueur", 0.5, broader("COUVREUR")),
  efp("CONS-JARD", "Entrepreneur de jardins", 2, equivalent("ENTREPRENEUR_JARDINS"), "M0801"),

  efp("TECH-ELEC", "Aide électricien", 3, broader("ELECTRICIEN")),
  efp("TECH-ELECI", "Électricien installateur-monteur", 2.5, equivalent("ELECTRICIEN")),
  efp("TECH-AUTOM", "Électricien-automaticien", 1.5, equivalent("ELECTRICIEN_AUTOMATICIEN")),
  efp("TECH-DOMO", "Installateur en domotique", 0.5, broader("ELECTRICIEN_AUTOMATICIEN")),
  efp("TECH-METAL", "Métallier", 1.5, equivalent("METALLIER")),
  efp("TECH-SOUD", "Soudeur", 0.8, broader("METALLIER")),
  efp("TECH-CLIM", "Technicien en climatisation", 1.2, equivalent("TECHNICIEN_CLIMATISATION")),
  efp(
    "TECH-MAINT",
    "Technicien de maintenance d'équipements techniques",
    1,
    equivalent("TECHNICIEN_MAINTENANCE"),
  ),
  efp("TECH-ASCEN", "Technicien d'ascenseurs", 0.4, broader("TECHNICIEN_MAINTENANCE")),
  efp("TECH-PROTH", "Technicien en prothèses dentaires", 0.5, equivalent("TECHNICIEN_PROTHESES_DENTAIRES")),

  efp("MOBI-MECA", "Mécanicien automobile", 3.5, equivalent("MECANICIEN_AUTOMOBILE")),
  efp("MOBI-ENTR", "Mécanicien d'entretien automobile", 1.5, broader("MECANICIEN_AUTOMOBILE")),
  efp("MOBI-DIAG", "Technicien en diagnostic automobile", 0.6, broader("MECANICIEN_AUTOMOBILE")),
  efp("MOBI-AUTOEL", "Électricien automobile", 0.5, broader("MECANICIEN_AUTOMOBILE")),
  efp("MOBI-PNEU", "Technicien pneus et géométrie", 0.4, broader("MECANICIEN_AUTOMOBILE")),
  efp("MOBI-CARR", "Carrossier", 1.5, equivalent("CARROSSIER")),
  efp("MOBI-PEINT", "Peintre en carrosserie", 0.8, broader("CARROSSIER")),
  efp("MOBI-VENTE", "Vendeur automobile", 0.6, broader("VENDEUR")),
  efp(
    "MOBI-CYCLE",
    "Mécanicien vélos",
    0.6,
    noCounterpart(
      "MECANICIEN_AUTOMOBILE",
      "repairing bicycles is not car mechanics; OFFA's common trades have no cycle trade",
    ),
  ),

  efp("NUME-INFOG", "Infographiste", 0.7, equivalent("INFOGRAPHISTE")),
  efp("NUME-PREPR", "Opérateur en prépresse", 0.3, broader("INFOGRAPHISTE")),
  efp("NUME-WEB", "Développeur web", 0.4, equivalent("DEVELOPPEUR_WEB")),
  efp("NUME-WEBDES", "Web designer", 0.3, narrower("INFOGRAPHISTE", "DEVELOPPEUR_WEB")),
  efp(
    "NUME-COMMU",
    "Community manager",
    0.3,
    noCounterpart(
      "INFOGRAPHISTE",
      "running a brand's social networks is a communication trade (domain.md §7 names community manager among the digital trades); OFFA's common trades have none",
    ),
  ),

  efp("ARTS-RADIO", "Réalisateur radio", 0.5, equivalent("REALISATEUR_RADIO")),
  efp("ARTS-TRADIO", "Technicien de radio", 0.3, broader("REALISATEUR_RADIO")),
  efp("ARTS-REGIE", "Régisseur de spectacles", 0.5, equivalent("REGISSEUR_SPECTACLES")),
  efp("ARTS-SON", "Technicien du son", 0.5, broader("REGISSEUR_SPECTACLES")),
  efp("ARTS-LUM", "Technicien lumière", 0.4, broader("REGISSEUR_SPECTACLES")),
  efp("ARTS-PHOTO", "Photographe", 0.8, equivalent("PHOTOGRAPHE")),
  efp("ARTS-RETOU", "Retoucheur photo", 0.2, broader("PHOTOGRAPHE")),
  efp(
    "ARTS-VIDEO",
    "Monteur vidéo",
    0.4,
    noCounterpart(
      "REALISATEUR_RADIO",
      "editing film and video is an audiovisual trade; OFFA's common trades have radio and stage trades but no audiovisual one",
    ),
  ),

  efp("GEST-COMPTA", "Comptable", 2, equivalent("COMPTABLE")),
  efp("GEST-AIDCPT", "Aide comptable", 1, broader("COMPTABLE")),
  efp("GEST-PAIE", "Gestionnaire de paie", 0.5, broader("COMPTABLE")),
  efp("GEST-IMMO", "Agent immobilier", 1, equivalent("AGENT_IMMOBILIER")),
  efp("GEST-SYNDIC", "Syndic d'immeubles", 0.4, broader("AGENT_IMMOBILIER")),
  efp("GEST-EXPI", "Expert immobilier", 0.3, broader("AGENT_IMMOBILIER")),
  efp("GEST-ASSU", "Courtier en assurances", 1, equivalent("COURTIER_ASSURANCES")),
];

/** A provider trade with its provider: one row of the three catalogues. */
export interface ListedTrade {
  provider: Provider;
  trade: CefaOption | IfapmeMetier | EfpFormation;
}

/** Every provider trade of the three catalogues, CEFA, then IFAPME, then efp. */
export const providerTrades: readonly ListedTrade[] = [
  ...cefaOptions.map((trade) => ({ provider: "cefa" as const, trade })),
  ...ifapmeMetiers.map((trade) => ({ provider: "ifapme" as const, trade })),
  ...efpFormations.map((trade) => ({ provider: "sfpme" as const, trade })),
];

/** The provider trades of one relationship, as codes.ts lists codes for the ground truth. */
function listedTrades(relationship: TradeMapping["relationship"]) {
  return providerTrades
    .filter(({ trade }) => trade.mapping.relationship === relationship)
    .map(({ provider, trade }) => ({ provider, kind: "TRADE" as const, code: trade.code }));
}

/** Provider trades with no common counterpart by design (NO_COUNTERPART: UNMAPPED), for codes.ts. */
export const tradesWithoutCounterpart = listedTrades("NO_COUNTERPART");

/** Provider trades covering several common trades (NARROWER candidates: AMBIGUOUS), for codes.ts. */
export const ambiguousTrades = listedTrades("NARROWER");

/**
 * A trade as one stint trains it: the provider trade of the stint's provider (`cefa` holds the one CEFA option, or
 * is empty) and `common`, the common trade the generator takes as its synthetic truth (truthOf). For an efp
 * formation taught at an IFAPME centre, `coursesAtIfapme` is the IFAPME métier IFAPME records the learner in.
 */
export interface CatalogueTrade {
  common: string;
  weight: number;
  cefa: CefaOption[];
  ifapme?: IfapmeMetier;
  sfpme?: EfpFormation;
  coursesAtIfapme?: IfapmeMetier;
}

const metierByCode = new Map(ifapmeMetiers.map((metier) => [metier.code, metier]));

/** Every provider trade as a stint trains it, CEFA, then IFAPME, then efp (the generator picks from these). */
export const tradeCatalogue: readonly CatalogueTrade[] = providerTrades.map(({ provider, trade }) => {
  const base = { common: truthOf(trade.mapping), weight: trade.weight };
  switch (provider) {
    case "cefa":
      return { ...base, cefa: [trade as CefaOption] };
    case "ifapme":
      return { ...base, cefa: [], ifapme: trade as IfapmeMetier };
    case "sfpme": {
      const formation = trade as EfpFormation;
      const coursesAt = formation.coursesAt === undefined ? undefined : metierByCode.get(formation.coursesAt);
      if (formation.coursesAt !== undefined && coursesAt === undefined) {
        throw new Error(`efp ${formation.code}: no IFAPME métier ${formation.coursesAt} for its courses`);
      }
      return { ...base, cefa: [], sfpme: formation, ...(coursesAt ? { coursesAtIfapme: coursesAt } : {}) };
    }
  }
});

/** The common trade with this code; throws for an unknown code (a generator bug). */
export function commonTradeNamed(code: string): CommonTrade {
  const trade = commonTrades.find((t) => t.code === code);
  if (!trade) throw new Error(`Unknown common trade ${code}`);
  return trade;
}
