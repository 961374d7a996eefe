/**
 * The synthetic trade catalogue: OFFA's common trade codes (offa.common_trade) and each provider's own code
 * for the same trade. Provider codes are invented in each provider's style (a modelling choice, not official
 * code lists). Weights follow domain.md §7: food, construction, hairdressing and restaurants high, digital rare.
 */
export interface CatalogueTrade {
  /** OFFA common trade code. */
  common: string;
  /** Relative share of learners choosing it. */
  weight: number;
  /** CEFA study options for this trade (code, article); absent when no CEFA teaches it. */
  cefa: { code: string; title: string; article: "45" | "49" }[];
  /** IFAPME métier code, absent when IFAPME has no such training. */
  ifapme?: { code: string; title: string; sector: string };
  /** efp formation; `taughtByEfp: false` means a Brussels contract whose courses run at an IFAPME centre. */
  sfpme?: { code: string; title: string; family: string; taughtByEfp: boolean };
}

export const tradeCatalogue: CatalogueTrade[] = [
  {
    common: "BOULANGER_PATISSIER",
    weight: 10,
    cefa: [
      { code: "7101", title: "Boulanger-pâtissier", article: "49" },
      { code: "4101", title: "Aide boulanger-pâtissier", article: "45" },
    ],
    ifapme: { code: "M0101", title: "Boulanger-pâtissier", sector: "Alimentation" },
    sfpme: { code: "ALIM-BOUPAT", title: "Boulanger-pâtissier", family: "Alimentation", taughtByEfp: true },
  },
  {
    common: "BOUCHER_CHARCUTIER",
    weight: 5,
    cefa: [{ code: "7102", title: "Boucher-charcutier", article: "49" }],
    ifapme: { code: "M0102", title: "Boucher-charcutier", sector: "Alimentation" },
    sfpme: { code: "ALIM-BOUCHA", title: "Boucher-charcutier", family: "Alimentation", taughtByEfp: false },
  },
  {
    common: "COIFFEUR",
    weight: 10,
    cefa: [{ code: "7201", title: "Coiffeur / coiffeuse", article: "49" }],
    ifapme: { code: "M0201", title: "Coiffeur", sector: "Soins aux personnes" },
    sfpme: { code: "BIEN-COIF", title: "Coiffeur / coiffeuse", family: "Bien-être", taughtByEfp: true },
  },
  {
    common: "COMMIS_CUISINE",
    weight: 9,
    cefa: [
      { code: "7301", title: "Restaurateur", article: "49" },
      { code: "4301", title: "Commis de cuisine", article: "45" },
    ],
    ifapme: { code: "M0301", title: "Restaurateur", sector: "Horeca" },
    sfpme: { code: "HORE-CUIS", title: "Commis de cuisine", family: "Horeca", taughtByEfp: true },
  },
  {
    common: "SERVEUR",
    weight: 6,
    cefa: [{ code: "4302", title: "Commis de salle", article: "45" }],
    ifapme: { code: "M0302", title: "Serveur / service en salle", sector: "Horeca" },
    sfpme: { code: "HORE-SALLE", title: "Serveur / serveuse", family: "Horeca", taughtByEfp: true },
  },
  {
    common: "VENDEUR",
    weight: 7,
    cefa: [{ code: "7401", title: "Vendeur / vendeuse", article: "49" }],
    ifapme: { code: "M0401", title: "Vendeur / vendeuse", sector: "Commerce" },
    sfpme: { code: "COMM-VENTE", title: "Vendeur / vendeuse", family: "Commerce", taughtByEfp: true },
  },
  {
    common: "PEINTRE_DECORATEUR",
    weight: 5,
    cefa: [{ code: "7501", title: "Peintre-décorateur", article: "49" }],
    ifapme: { code: "M0501", title: "Peintre-décorateur", sector: "Construction" },
    sfpme: { code: "CONS-PEINT", title: "Peintre-décorateur", family: "Construction", taughtByEfp: true },
  },
  {
    common: "MENUISIER",
    weight: 6,
    cefa: [
      { code: "7502", title: "Menuisier", article: "49" },
      { code: "4502", title: "Ouvrier menuisier", article: "45" },
    ],
    ifapme: { code: "M0502", title: "Menuisier", sector: "Construction" },
    sfpme: { code: "CONS-MENUI", title: "Menuisier", family: "Construction", taughtByEfp: true },
  },
  {
    common: "INSTALLATEUR_CHAUFFAGE",
    weight: 6,
    cefa: [{ code: "7503", title: "Installateur en chauffage central", article: "49" }],
    ifapme: { code: "M0503", title: "Installateur en chauffage central", sector: "Construction" },
    sfpme: {
      code: "CONS-CHAUF",
      title: "Installateur en chauffage central",
      family: "Construction",
      taughtByEfp: true,
    },
  },
  {
    common: "ELECTRICIEN",
    weight: 7,
    cefa: [{ code: "7504", title: "Électricien installateur", article: "49" }],
    ifapme: { code: "M0504", title: "Électricien installateur", sector: "Construction" },
    sfpme: { code: "TECH-ELEC", title: "Aide électricien", family: "Technologie", taughtByEfp: true },
  },
  {
    common: "ELECTRICIEN_AUTOMATICIEN",
    weight: 3,
    cefa: [],
    ifapme: { code: "M0601", title: "Électricien-automaticien", sector: "Technologie" },
    sfpme: {
      code: "TECH-AUTOM",
      title: "Électricien-automaticien",
      family: "Technologie",
      taughtByEfp: true,
    },
  },
  {
    common: "METALLIER",
    weight: 3,
    cefa: [{ code: "7602", title: "Métallier-soudeur", article: "49" }],
    ifapme: { code: "M0602", title: "Métallier", sector: "Technologie" },
    sfpme: { code: "TECH-METAL", title: "Métallier", family: "Technologie", taughtByEfp: true },
  },
  {
    common: "TECHNICIEN_CLIMATISATION",
    weight: 2,
    cefa: [],
    ifapme: { code: "M0603", title: "Technicien en climatisation", sector: "Technologie" },
    sfpme: {
      code: "TECH-CLIM",
      title: "Technicien en climatisation",
      family: "Technologie",
      taughtByEfp: true,
    },
  },
  {
    common: "MECANICIEN_AUTOMOBILE",
    weight: 6,
    cefa: [{ code: "7701", title: "Mécanicien automobile", article: "49" }],
    ifapme: { code: "M0701", title: "Mécanicien d'entretien automobile", sector: "Mobilité" },
    sfpme: { code: "MOBI-MECA", title: "Mécanicien automobile", family: "Mobilité", taughtByEfp: true },
  },
  {
    common: "ENTREPRENEUR_JARDINS",
    weight: 4,
    cefa: [{ code: "4801", title: "Ouvrier jardinier", article: "45" }],
    ifapme: { code: "M0801", title: "Entrepreneur de jardins", sector: "Environnement" },
    sfpme: {
      code: "ENVI-JARD",
      title: "Entrepreneur de jardins",
      family: "Environnement",
      taughtByEfp: false,
    },
  },
  {
    common: "AGENT_IMMOBILIER",
    weight: 1,
    cefa: [],
    ifapme: { code: "M0901", title: "Agent immobilier", sector: "Services" },
    sfpme: { code: "SERV-IMMO", title: "Agent immobilier", family: "Services", taughtByEfp: true },
  },
  {
    common: "COMPTABLE",
    weight: 2,
    cefa: [],
    ifapme: { code: "M0902", title: "Comptable", sector: "Services" },
    sfpme: { code: "SERV-COMPTA", title: "Comptable", family: "Comptabilité", taughtByEfp: true },
  },
  {
    common: "REALISATEUR_RADIO",
    weight: 0.5,
    cefa: [],
    sfpme: { code: "ARTS-RADIO", title: "Réalisateur radio", family: "Arts et médias", taughtByEfp: true },
  },
  {
    common: "REGISSEUR_SPECTACLES",
    weight: 0.5,
    cefa: [],
    sfpme: {
      code: "ARTS-REGIE",
      title: "Régisseur de spectacles",
      family: "Arts et médias",
      taughtByEfp: true,
    },
  },
  {
    common: "OPTICIEN",
    weight: 1,
    cefa: [],
    ifapme: { code: "M1001", title: "Opticien", sector: "Santé" },
    sfpme: { code: "SANT-OPTI", title: "Opticien", family: "Santé", taughtByEfp: true },
  },
  {
    common: "TECHNICIEN_PROTHESES_DENTAIRES",
    weight: 0.5,
    cefa: [],
    ifapme: { code: "M1002", title: "Technicien en prothèses dentaires", sector: "Santé" },
    sfpme: {
      code: "SANT-PROTH",
      title: "Technicien en prothèses dentaires",
      family: "Santé",
      taughtByEfp: true,
    },
  },
  {
    common: "INFOGRAPHISTE",
    weight: 0.7,
    cefa: [],
    ifapme: { code: "M1101", title: "Infographiste", sector: "Numérique" },
    sfpme: { code: "NUME-INFOG", title: "Infographiste", family: "Numérique", taughtByEfp: true },
  },
];
