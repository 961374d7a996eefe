import { registerEnumType } from "type-graphql";

/** The region that pays the incentives of a unit's contracts, by the unit's location (domain.md §5). */
export enum Region {
  WAL = "WAL",
  BXL = "BXL",
}

registerEnumType(Region, {
  name: "Region",
  description: "WAL: Wallonia (SPW pays the incentives), BXL: Brussels-Capital (Actiris), domain.md §5.",
});

/** Provinces of Wallonia, and BXL for the Brussels-Capital Region (which has none). */
export enum Province {
  BXL = "BXL",
  BRW = "BRW",
  HAI = "HAI",
  LIE = "LIE",
  LUX = "LUX",
  NAM = "NAM",
}

registerEnumType(Province, {
  name: "Province",
  description:
    "BRW Walloon Brabant, HAI Hainaut, LIE Liège, LUX Luxembourg, NAM Namur; BXL the Brussels-Capital Region.",
});

/**
 * Legal form of an enterprise: a modelling choice (migration 000003), the abbreviations written after company
 * names, plus PERSONNE_PHYSIQUE for a self-employed person trading in their own name.
 */
export enum LegalForm {
  PERSONNE_PHYSIQUE = "PERSONNE_PHYSIQUE",
  SRL = "SRL",
  SPRL = "SPRL",
  SA = "SA",
  SC = "SC",
}

registerEnumType(LegalForm, {
  name: "LegalForm",
  description:
    "Modelling choice: PERSONNE_PHYSIQUE (self-employed in their own name), SRL, SPRL (before the 2019 code), SA, SC.",
});

/** The ground of a tutor's designation: domain.md §4 modelling choice. */
export enum TutorQualification {
  EXPERIENCE_5Y = "EXPERIENCE_5Y",
  CHEF_ENTREPRISE_2Y = "CHEF_ENTREPRISE_2Y",
  PEDAGOGICAL_TITLE = "PEDAGOGICAL_TITLE",
  VDC_TUTEUR = "VDC_TUTEUR",
}

registerEnumType(TutorQualification, {
  name: "TutorQualification",
  description:
    "Why a person may be designated tutor (domain.md §4, modelling choice): ≥ 5 years in the trade, 2 years with " +
    "a chef d'entreprise title, a pedagogical title or tutoring attestation, or the competence title 'tuteur'.",
});

/** Agrément statuses: domain.md §4 modelling choice. */
export enum AccreditationStatusValue {
  ACTIVE = "ACTIVE",
  SUSPENDED = "SUSPENDED",
  WITHDRAWN = "WITHDRAWN",
  REFUSED = "REFUSED",
}

registerEnumType(AccreditationStatusValue, {
  name: "AccreditationStatus",
  description: "Agrément status (domain.md §4, modelling choice); no expiry date.",
});
