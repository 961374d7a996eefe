/**
 * Row shapes of every table the generator fills, keyed by the exact column names of the migrations
 * (subgraphs/{cefa,ifapme,sfpme,offa}/migrations). Dates are 'YYYY-MM-DD' strings, numerics are numbers.
 * Columns with a database default the generator does not set (created_at, linked_at) are absent.
 */

import type { ProviderNamespace } from "../../subgraphs/kit/provider/providerNamespaces";
import type { PseudonymDomain } from "../../subgraphs/kit/pseudonyms";

/** Any row: column name → value. */
export type Row = Record<string, string | number | boolean | null>;
/** A store's tables: table name → rows, in foreign-key order. */
export type Tables = Record<string, Row[]>;

type D = string;

/** A row of cefa.centre. */
export type CefaCentreRow = {
  code: string;
  nom: string;
  ecole_siege: string;
  commune: string;
  code_postal: string;
  region: "WAL" | "BXL";
};
/** A row of cefa.option_etude. */
export type CefaOptionEtudeRow = { code: string; intitule: string; article: "45" | "49" };
/** A row of cefa.eleve. */
export type CefaEleveRow = {
  matricule: string;
  /** Null when CEFA never recorded the pupil's number (identityNoise.ts, NATIONAL_NUMBER_MISSING). */
  niss: string | null;
  nom: string;
  prenom: string;
  date_naissance: D;
  sexe: "M" | "F";
  commune: string;
  code_postal: string;
  representant_legal: string | null;
};
/** A row of cefa.inscription. */
export type CefaInscriptionRow = {
  id: string;
  matricule: string;
  centre_code: string;
  annee_scolaire: string;
  article: "45" | "49";
  option_code: string;
  degre: number;
  annee_etude: number;
  date_inscription: D;
  date_sortie: D | null;
};
/** A row of cefa.contrat. */
export type CefaContratRow = {
  id: string;
  matricule: string;
  inscription_id: string | null;
  type_contrat: string;
  option_code: string;
  entreprise_bce: string;
  unite_etablissement: string;
  entreprise_nom: string;
  lieu_commune: string;
  lieu_code_postal: string;
  tuteur_nom: string;
  referent_nom: string;
  date_signature: D;
  date_debut: D;
  date_fin_prevue: D;
  date_fin_effective: D | null;
  statut: string;
  motif_fin: string | null;
  heures_entreprise_annee: number;
  heures_ecole_annee: number;
  retribution_mensuelle: number;
  date_encodage: D;
};
/** A row of cefa.decision_palier. */
export type CefaDecisionPalierRow = {
  id: string;
  contrat_id: string;
  palier: string;
  date_decision: D;
  referent_nom: string;
};
/** A row of cefa.retribution. */
export type CefaRetributionRow = {
  id: string;
  contrat_id: string;
  montant_mensuel: number;
  applicable_du: D;
};
/** A row of cefa.statut_periode. */
export type CefaStatutPeriodeRow = { id: string; contrat_id: string; statut: string; du: D; au: D | null };
/** A row of cefa.certification. */
export type CefaCertificationRow = {
  id: string;
  matricule: string;
  code: string;
  option_code: string;
  annee_scolaire: string;
  date_delivrance: D;
};

/** A row of ifapme.site. */
export type IfapmeSiteRow = { id: string; nom: string; commune: string; code_postal: string };
/** A row of ifapme.metier. */
export type IfapmeMetierRow = { code: string; libelle: string; secteur: string };
/** A row of ifapme.apprenant. */
export type IfapmeApprenantRow = {
  numero: string;
  /** Null when IFAPME never recorded the learner's number (identityNoise.ts, NATIONAL_NUMBER_MISSING). */
  registre_national: string | null;
  nom: string;
  prenom: string;
  naissance: D;
  genre: "H" | "F";
  localite: string;
  code_postal: string;
  representant_legal: string | null;
};
/** A row of ifapme.inscription. */
export type IfapmeInscriptionRow = {
  id: string;
  apprenant_numero: string;
  site_id: string;
  metier_code: string;
  filiere: "APPRENTISSAGE" | "CHEF_ENTREPRISE";
  annee_formation: number;
  session: string;
  date_inscription: D;
  abandon_le: D | null;
  operateur_contrat: "IFAPME" | "SFPME";
};
/** A row of ifapme.contrat. */
export type IfapmeContratRow = {
  numero: string;
  apprenant_numero: string;
  type_code: string;
  metier_code: string;
  employeur_bce: string;
  employeur_ue: string;
  employeur_denomination: string;
  lieu_localite: string;
  lieu_code_postal: string;
  tuteur: string;
  referent: string;
  signe_le: D;
  debut: D;
  fin_prevue: D;
  fin_reelle: D | null;
  etat_code: string;
  raison_fin_code: string | null;
  heures_entreprise: number;
  heures_centre: number;
  remuneration_mensuelle: number;
  encode_le: D;
};
/** A row of ifapme.evaluation_niveau. */
export type IfapmeEvaluationNiveauRow = {
  id: string;
  contrat_numero: string;
  niveau_code: string;
  evalue_le: D;
  referent: string;
};
/** A row of ifapme.remuneration. */
export type IfapmeRemunerationRow = { id: string; contrat_numero: string; montant: number; depuis: D };
/** A row of ifapme.etat_periode. */
export type IfapmeEtatPeriodeRow = {
  id: string;
  contrat_numero: string;
  etat_code: string;
  debut: D;
  fin: D | null;
};
/** A row of ifapme.titre_delivre. */
export type IfapmeTitreDelivreRow = {
  id: string;
  apprenant_numero: string;
  titre_code: string;
  metier_code: string;
  delivre_le: D;
};

/** A row of sfpme.formation. */
export type SfpmeFormationRow = {
  code: string;
  intitule: string;
  famille_metiers: string;
  enseignee_efp: boolean;
};
/** A row of sfpme.apprenant. */
export type SfpmeApprenantRow = {
  dossier: string;
  /** Null when efp never recorded the learner's number (identityNoise.ts, NATIONAL_NUMBER_MISSING). */
  numero_national: string | null;
  nom: string;
  prenom: string;
  date_naissance: D;
  sexe: "M" | "F";
  commune: string;
  code_postal: string;
  representant_legal: string | null;
};
/** A row of sfpme.inscription. */
export type SfpmeInscriptionRow = {
  id: string;
  dossier: string;
  formation_code: string;
  programme: "APPRENTISSAGE" | "CHEF_ENTREPRISE" | "COORDINATION";
  annee_formation: number;
  annee_academique: string;
  lieu_cours: string;
  resultat_examen: "REUSSI" | "ECHEC" | "ABSENT" | null;
  date_inscription: D;
};
/** A row of sfpme.convention. */
export type SfpmeConventionRow = {
  reference: string;
  dossier: string;
  type_convention: string;
  formation_code: string;
  bce: string;
  siege_exploitation: string;
  raison_sociale: string;
  commune_siege: string;
  code_postal_siege: string;
  tuteur: string;
  delegue_tutelle: string;
  date_signature: D;
  date_debut: D;
  date_fin: D;
  date_rupture: D | null;
  statut: string;
  motif_fin: string | null;
  heures_entreprise_hebdo: number;
  heures_cours_hebdo: number;
  allocation_mensuelle: number;
  date_saisie: D;
};
/** A row of sfpme.palier_allocation. */
export type SfpmePalierAllocationRow = {
  id: string;
  convention_reference: string;
  annee_code: string;
  effet_au: D;
};
/** A row of sfpme.allocation. */
export type SfpmeAllocationRow = {
  id: string;
  convention_reference: string;
  montant_mensuel: number;
  effet_au: D;
};
/** A row of sfpme.statut_historique. */
export type SfpmeStatutHistoriqueRow = {
  id: string;
  convention_reference: string;
  statut: string;
  du: D;
  au: D | null;
};
/** A row of sfpme.diplome. */
export type SfpmeDiplomeRow = {
  id: string;
  dossier: string;
  code: string;
  formation_code: string;
  date_delivrance: D;
};

/** A row of offa.learner: the id only (the national number stays with the providers, domain.md §9). */
export type OffaLearnerRow = { id: string };
/** A row of offa.learner_pseudonym: one per learner, purpose domain and configured key (migration 000007). */
export type OffaLearnerPseudonymRow = {
  learner_id: string;
  domain: PseudonymDomain;
  key_id: string;
  pseudonym: string;
};
/** A row of offa.learner_link (match_quality: migration 000008). */
export type OffaLearnerLinkRow = {
  provider: ProviderNamespace;
  provider_learner_id: string;
  learner_id: string;
  match_quality: "EXACT" | "NEEDS_UPDATE" | null;
};
/** A row of offa.identity_candidate (migration 000008): a POSSIBLE match on the review list. */
export type OffaIdentityCandidateRow = {
  id: string;
  provider: ProviderNamespace;
  provider_learner_id: string;
  other_provider: ProviderNamespace;
  other_provider_learner_id: string;
  /** The matcher's MatchEvidence as JSON text. */
  evidence: string;
  conflict: "SAME_PROVIDER" | "TWO_NUMBERS" | "AMBIGUOUS_BIS" | null;
};
/** A row of offa.accreditation. */
export type OffaAccreditationRow = {
  id: string;
  enterprise_number: string;
  establishment_unit_number: string;
  trade_code: string;
  status: "ACTIVE" | "SUSPENDED" | "WITHDRAWN" | "REFUSED";
  requested_on: D;
  decided_on: D;
  withdrawn_on: D | null;
};

/** A row of offa.enterprise. */
export type OffaEnterpriseRow = {
  number: string;
  name: string;
  legal_form: "PERSONNE_PHYSIQUE" | "SRL" | "SPRL" | "SA" | "SC";
  self_employed_without_staff: boolean;
};
/** A row of offa.establishment_unit. */
export type OffaEstablishmentUnitRow = {
  number: string;
  enterprise_number: string;
  name: string;
  street_address: string;
  postcode: string;
  commune: string;
  province: "BXL" | "BRW" | "HAI" | "LIE" | "LUX" | "NAM";
  region: "WAL" | "BXL";
  sector: string;
};
/** A row of offa.tutor. */
export type OffaTutorRow = {
  id: string;
  enterprise_number: string;
  full_name: string;
  qualification: "EXPERIENCE_5Y" | "CHEF_ENTREPRISE_2Y" | "PEDAGOGICAL_TITLE" | "VDC_TUTEUR";
  training_hours: number;
  accredited: boolean;
};
/** A row of offa.tutor_unit. */
export type OffaTutorUnitRow = {
  tutor_id: string;
  establishment_unit_number: string;
  enterprise_number: string;
};
/** A row of offa.contract_tutor. */
export type OffaContractTutorRow = {
  provider: ProviderNamespace;
  provider_contract_id: string;
  tutor_id: string;
};

/** The CEFA store's tables, in foreign-key order. */
export type CefaTables = {
  centre: CefaCentreRow[];
  option_etude: CefaOptionEtudeRow[];
  eleve: CefaEleveRow[];
  inscription: CefaInscriptionRow[];
  contrat: CefaContratRow[];
  decision_palier: CefaDecisionPalierRow[];
  retribution: CefaRetributionRow[];
  statut_periode: CefaStatutPeriodeRow[];
  certification: CefaCertificationRow[];
};
/** The IFAPME store's tables, in foreign-key order. */
export type IfapmeTables = {
  site: IfapmeSiteRow[];
  metier: IfapmeMetierRow[];
  apprenant: IfapmeApprenantRow[];
  inscription: IfapmeInscriptionRow[];
  contrat: IfapmeContratRow[];
  evaluation_niveau: IfapmeEvaluationNiveauRow[];
  remuneration: IfapmeRemunerationRow[];
  etat_periode: IfapmeEtatPeriodeRow[];
  titre_delivre: IfapmeTitreDelivreRow[];
};
/** The SFPME (efp) store's tables, in foreign-key order. */
export type SfpmeTables = {
  formation: SfpmeFormationRow[];
  apprenant: SfpmeApprenantRow[];
  inscription: SfpmeInscriptionRow[];
  convention: SfpmeConventionRow[];
  palier_allocation: SfpmePalierAllocationRow[];
  allocation: SfpmeAllocationRow[];
  statut_historique: SfpmeStatutHistoriqueRow[];
  diplome: SfpmeDiplomeRow[];
};
/** A row of offa.accreditation_event. */
export type OffaAccreditationEventRow = {
  id: string;
  accreditation_id: string;
  kind: string;
  occurred_on: D;
  deciding_body: string | null;
};
/** The OFFA store's tables, in foreign-key order. */
export type OffaTables = {
  learner: OffaLearnerRow[];
  learner_pseudonym: OffaLearnerPseudonymRow[];
  learner_link: OffaLearnerLinkRow[];
  identity_candidate: OffaIdentityCandidateRow[];
  enterprise: OffaEnterpriseRow[];
  establishment_unit: OffaEstablishmentUnitRow[];
  tutor: OffaTutorRow[];
  tutor_unit: OffaTutorUnitRow[];
  accreditation: OffaAccreditationRow[];
  accreditation_event: OffaAccreditationEventRow[];
  contract_tutor: OffaContractTutorRow[];
};
