import type { Commune } from "./communes";
import type { EstablishmentUnit } from "./companies";
import type { Person } from "./people";
import type { Level } from "./rmmmg";
import type { CatalogueTrade } from "./tradeCatalogue";
import type { ProviderNamespace } from "../../subgraphs/kit/provider/providerNamespaces";

/**
 * The provider-neutral model the generator plans in before writing any store row: stints (a person's stay in
 * one track of one provider), their years and their contracts. Provider builders (cefa.ts, ifapme.ts,
 * sfpme.ts) translate it into each provider's own tables and codes.
 */

/** A provider store, named as offa.learner_link.provider names it. */
export type Provider = ProviderNamespace;

/** A training track: one provider, one programme. */
export type Track =
  | "CEFA"
  | "IFAPME_APPRENTICESHIP"
  | "IFAPME_CHEF_ENTREPRISE"
  | "EFP_APPRENTICESHIP"
  | "EFP_CHEF_ENTREPRISE"
  | "EFP_COORDINATION";

/**
 * The kind of contract: the common contrat d'alternance, another arrangement (domain.md §2), or PRE_2015: the
 * arrangement the contrat d'alternance replaced in 2015 (CEFA CISP, IFAPME/SFPME contrat d'apprentissage).
 */
export type ContractKind = "ALTERNANCE" | "PRE_2015" | "CAI" | "CPE2" | "CTTP" | "CST" | "CSTAGE" | "CIP";

/** Why a contract ended (domain.md §2 statuses; mapped to each provider's code). */
export type EndReason =
  | "TERM"
  | "NOTICE"
  | "MUTUAL"
  | "FORCE_MAJEURE"
  | "COMPANY_EVENT"
  | "SERIOUS_BREACH"
  | "AGREMENT_WITHDRAWN"
  | "DEATH";

/** A contract's state on TODAY (domain.md §2, modelling choice). */
export type ContractState = "SIGNED" | "TRIAL" | "ACTIVE" | "SUSPENDED" | "ENDED";

/** Kinds of cross-provider trajectory (domain.md §7). */
export type MoveKind =
  | "CEFA_TO_IFAPME_APPRENTICESHIP"
  | "CEFA_TO_EFP_APPRENTICESHIP"
  | "IFAPME_TO_EFP_CHEF_ENTREPRISE"
  | "EFP_COURSES_AT_IFAPME";

/** One school or training year of a stint. */
export interface StintYear {
  startYear: number;
  /** CEFA annee_etude (3-7); IFAPME and efp annee_formation (1-3). */
  trainingYear: number;
  enrolledOn: string;
  /** Dropout date within this year, else null. */
  droppedOutOn: string | null;
  /** End-of-year exam; ABSENT for a dropout. */
  result: "PASS" | "FAIL" | "ABSENT";
}

/** A person's stay in one track of one provider. */
export interface Stint {
  id: number;
  person: Person;
  track: Track;
  provider: Provider;
  trade: CatalogueTrade;
  /** CEFA only: the study option (code and article 45/49). */
  cefaOption: { code: string; title: string; article: "45" | "49" } | null;
  /** Where the learner lives while in this stint. */
  commune: Commune;
  /** CEFA centre code, IFAPME site id, 'EFP-UCCLE', or an IFAPME site for efp trades efp does not teach. */
  site: string;
  /** The written years (2015-2016 onwards; never after the last school year). */
  years: StintYear[];
  /** Began in a warm-up year before 2015-2016: its earlier years are not written. */
  warmStart: boolean;
  /** Last day of the planned final year: contracts end there at the latest. */
  plannedEnd: string;
  /** Passed the final year: a certificate is issued. */
  completed: boolean;
  /** Still enrolled after the last school year. */
  continues: boolean;
  /** Set once another stint took this one as its origin, so a stint feeds at most one move. */
  followedBy: Stint | null;
  /** The stint this one followed (mover or track change), with the kind of cross-provider move if any. */
  origin: { stint: Stint; move: MoveKind | null } | null;
  contracts: ContractPlan[];
}

/** A contract before it becomes a provider row. */
export interface ContractPlan {
  stint: Stint;
  kind: ContractKind;
  unit: EstablishmentUnit;
  tutor: string;
  referent: string;
  signedOn: string;
  start: string;
  plannedEnd: string;
  earlyEnd: { on: string; reason: EndReason } | null;
  /** Training year (efp AF level, centre hours) when the contract starts. */
  trainingYearAtStart: number;
  /** Level agreed at start (A unless prior learning or a same-trade history, domain.md §3). */
  startLevel: Level;
  hoursCompany: number;
  hoursCentre: number;
  /** Filled by priceContracts: dated levels, pay, state on TODAY. */
  levels: { level: Level; on: string }[];
  /** The pay in force today (the last pay period known on TODAY); what the contract row keeps. */
  monthlyPay: number;
  /** The pay over time (euros), oldest first: each amount from its day until the next (payHistory.ts). */
  payPeriods: { from: string; amount: number }[];
  /** The state on TODAY (the state of the status period covering TODAY). */
  state: ContractState;
  /** The states over time, oldest first, up to TODAY (statusHistory.ts). */
  statusPeriods: { state: ContractState; from: string; to: string | null }[];
  /** The day the provider entered the contract in its system (recording.ts). */
  recordedOn: string;
  /** Provider id, set by the provider builder. */
  id: string;
}

/** The last day a contract runs (early end or planned end). */
export function contractEnd(contract: ContractPlan): string {
  return contract.earlyEnd?.on ?? contract.plannedEnd;
}

/** The provider of a track. */
export function providerOf(track: Track): Provider {
  if (track === "CEFA") return "cefa";
  return track.startsWith("IFAPME") ? "ifapme" : "sfpme";
}
