import type { AccreditationPlan } from "./accreditations";
import type { ContractAnomalies } from "./contractTerms";
import type { ContractPlan, MoveKind, Provider, Stint } from "./model";
import type { Person } from "./people";
import type { Tables } from "./rows";
import { ageAt } from "./dates";
import { payBreachMonths } from "./payBreaches";
import type { PayLapse } from "./payHistory";
import { AMBIGUOUS_CODES, UNKNOWN_TO_RULES, UNMAPPED_BY_DESIGN } from "./codes";
import { PROVIDER_NAMESPACES } from "../../subgraphs/kit/provider/providerNamespaces";

/** A contract in its provider store. */
export interface ContractRef {
  provider: Provider;
  contractId: string;
}

/** A change of provider by one person, dated by their first enrolment at the new provider. */
export interface GroundTruthMove {
  from: Provider;
  to: Provider;
  date: string;
  tradeChanged: boolean;
  kind: MoveKind;
}

/** One person as the matching and registry must see them. No NISS, name or birth date. */
export interface GroundTruthPerson {
  offaLearnerId: string;
  records: { provider: Provider; providerLearnerId: string }[];
  moves: GroundTruthMove[];
}

/** Store name → table name → row count. */
export type DatasetCounts = Record<Provider | "offa", Record<string, number>>;

/**
 * What the dataset contains on purpose, for tests and demos: who is who across providers, row counts, and the
 * deliberately non-compliant contracts. Regenerable from (seed, scale) at any time.
 */
export interface GroundTruth {
  generatorVersion: string;
  seed: number;
  scale: number;
  today: string;
  counts: DatasetCounts;
  people: GroundTruthPerson[];
  anomalies: {
    payBelowMinimum: ContractRef[];
    /** Contracts with a raise (level change or RMMMG indexation) applied late or never. */
    payRaiseLapses: { contract: ContractRef; lapses: PayLapse[] }[];
    /**
     * Every month a contrat d'alternance is paid below its minimum where the minimum is known (payBreaches.ts):
     * the months OFFA's monthly pay check must flag, no more, no fewer.
     */
    payBreachMonths: { contract: ContractRef; months: string[] }[];
    hourViolations: ContractRef[];
    missingAccreditation: ContractRef[];
    overlappingContracts: { offaLearnerId: string; first: ContractRef; second: ContractRef }[];
    /**
     * Contracts signed while the learner was a minor whose provider record has no legal representative (domain.md
     * §1-§2): the learner's record at that provider is written at the first enrolment there, with the
     * representative only for a minor then, and not for the minors recording.ts marks.
     */
    minorWithoutRepresentative: ContractRef[];
    /** Not a compliance breach: contracts ended because the accreditation was withdrawn (domain.md §2). */
    accreditationWithdrawn: ContractRef[];
  };
  /** Provider records that do not agree with OFFA's reference data: one named list per kind of problem. */
  dataQuality: {
    /**
     * Contracts whose establishment-unit number is not in OFFA's register (offa.establishment_unit). A
     * contrat d'alternance among them is also in `anomalies.missingAccreditation`: no agrément can be
     * found for a unit OFFA does not know.
     */
    unitNotInRegister: ContractRef[];
    /** Contrats d'alternance under way at CEFA or IFAPME with no level decision recorded (never assume A). */
    levelDecisionMissing: ContractRef[];
    /** Contracts entered in the provider's system 45 days or more after they started. */
    lateEntry: ContractRef[];
    /** Contracts that use a native code OFFA's rules do not know (codes.ts UNKNOWN_TO_RULES). */
    codeWithoutRule: ContractRef[];
    /** Contracts whose status history has a hole between two periods (recording.ts). */
    statusHistoryGap: ContractRef[];
    /** Contracts whose status history has two periods sharing days (recording.ts). */
    statusHistoryOverlap: ContractRef[];
  };
  /**
   * Native codes in use that have no single common value, with how many rows use them (as each provider's
   * `usage` counts them): UNMAPPED by design (a NO_COUNTERPART rule) or because the rules do not know them, and
   * AMBIGUOUS ones (one code for several common values).
   */
  vocabulary: {
    unmapped: { provider: Provider; kind: string; code: string; count: number; byDesign: boolean }[];
    ambiguous: { provider: Provider; kind: string; code: string; count: number }[];
  };
}

/** Inputs of the ground truth, as generateDataset has them at the end. */
export interface GroundTruthInput {
  generatorVersion: string;
  seed: number;
  scale: number;
  today: string;
  people: readonly Person[];
  stints: readonly Stint[];
  offaIds: Map<Person, string>;
  providerIds: Record<Provider, Map<Person, string>>;
  stores: Record<keyof DatasetCounts, Tables>;
  anomalies: ContractAnomalies;
  accreditations: AccreditationPlan;
  overlaps: [ContractPlan, ContractPlan][];
  /** Contracts recorded under a unit number the register lacks (register.ts). */
  unitNotInRegister: readonly ContractPlan[];
  /** Contracts entered late in their provider's system (recording.ts). */
  lateEntries: readonly ContractPlan[];
  /** Status histories entered with a hole or an overlap (recording.ts). */
  statusFaults: { gaps: readonly ContractPlan[]; overlaps: readonly ContractPlan[] };
}

/** Builds the ground truth from the finished dataset. */
export function buildGroundTruth(input: GroundTruthInput): GroundTruth {
  const moves = new Map<Person, GroundTruthMove[]>();
  const addMove = (person: Person, move: GroundTruthMove) => {
    const list = moves.get(person) ?? [];
    list.push(move);
    moves.set(person, list);
  };
  for (const stint of input.stints) {
    const date = stint.years[0].enrolledOn;
    if (stint.origin?.move) {
      addMove(stint.person, {
        from: stint.origin.stint.provider,
        to: stint.provider,
        date,
        tradeChanged: stint.origin.stint.trade.common !== stint.trade.common,
        kind: stint.origin.move,
      });
    }
    if (stint.provider === "sfpme" && stint.site.startsWith("IFAPME-")) {
      addMove(stint.person, {
        from: "sfpme",
        to: "ifapme",
        date,
        tradeChanged: false,
        kind: "EFP_COURSES_AT_IFAPME",
      });
    }
  }
  const providers = PROVIDER_NAMESPACES;
  const offaId = (person: Person) => input.offaIds.get(person) as string;
  const ref = (contract: ContractPlan): ContractRef => ({
    provider: contract.stint.provider,
    contractId: contract.id,
  });
  const counts = Object.fromEntries(
    Object.entries(input.stores).map(([store, tables]) => [
      store,
      Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length])),
    ]),
  ) as DatasetCounts;
  return {
    generatorVersion: input.generatorVersion,
    seed: input.seed,
    scale: input.scale,
    today: input.today,
    counts,
    people: input.people.map((person) => ({
      offaLearnerId: offaId(person),
      records: providers.flatMap((provider) => {
        const providerLearnerId = input.providerIds[provider].get(person);
        return providerLearnerId ? [{ provider, providerLearnerId }] : [];
      }),
      moves: moves.get(person) ?? [],
    })),
    anomalies: {
      payBelowMinimum: input.anomalies.payBelowMinimum.map(ref),
      payRaiseLapses: input.anomalies.payRaiseLapses.map(({ contract, lapses }) => ({
        contract: ref(contract),
        lapses,
      })),
      payBreachMonths: input.stints
        .flatMap((stint) => stint.contracts)
        .map((contract) => ({ contract: ref(contract), months: payBreachMonths(contract) }))
        .filter((entry) => entry.months.length > 0),
      hourViolations: input.anomalies.hourViolations.map(ref),
      missingAccreditation: input.accreditations.missing.map(ref),
      overlappingContracts: input.overlaps.map(([first, second]) => ({
        offaLearnerId: offaId(first.stint.person),
        first: ref(first),
        second: ref(second),
      })),
      accreditationWithdrawn: input.accreditations.withdrawn.map(ref),
      minorWithoutRepresentative: minorsWithoutRepresentative(input.stints).map(ref),
    },
    dataQuality: {
      unitNotInRegister: input.unitNotInRegister.map(ref),
      levelDecisionMissing: input.anomalies.levelDecisionMissing.map(ref),
      lateEntry: input.lateEntries.map(ref),
      codeWithoutRule: contractsUsing(input.stores, UNKNOWN_TO_RULES),
      statusHistoryGap: input.statusFaults.gaps.map(ref),
      statusHistoryOverlap: input.statusFaults.overlaps.map(ref),
    },
    vocabulary: {
      unmapped: [
        ...UNMAPPED_BY_DESIGN.map((code) => ({ ...code, count: usage(input.stores, code), byDesign: true })),
        ...UNKNOWN_TO_RULES.map((code) => ({ ...code, count: usage(input.stores, code), byDesign: false })),
      ].filter((code) => code.count > 0),
      ambiguous: AMBIGUOUS_CODES.map((code) => ({ ...code, count: usage(input.stores, code) })).filter(
        (code) => code.count > 0,
      ),
    },
  };
}

/** A native code the ground truth counts, as codes.ts lists them. */
type ListedCode = { provider: Provider; kind: "END_REASON" | "TRADE"; code: string };

/** Where each provider store writes a contract's id and its end-reason code. */
const END_REASON_COLUMNS: Record<Provider, { table: string; id: string; column: string }> = {
  cefa: { table: "contrat", id: "id", column: "motif_fin" },
  ifapme: { table: "contrat", id: "numero", column: "raison_fin_code" },
  sfpme: { table: "convention", id: "reference", column: "motif_fin" },
};

/** Where each provider store writes a trade code: every table that has one (enrolments, contracts, titles). */
const TRADE_COLUMNS: Record<Provider, { table: string; column: string }[]> = {
  cefa: [
    { table: "inscription", column: "option_code" },
    { table: "contrat", column: "option_code" },
    { table: "certification", column: "option_code" },
  ],
  ifapme: [
    { table: "inscription", column: "metier_code" },
    { table: "contrat", column: "metier_code" },
    { table: "titre_delivre", column: "metier_code" },
  ],
  sfpme: [
    { table: "inscription", column: "formation_code" },
    { table: "convention", column: "formation_code" },
    { table: "diplome", column: "formation_code" },
  ],
};

function rowsWithEndReason(stores: GroundTruthInput["stores"], code: { provider: Provider; code: string }) {
  const { table, column } = END_REASON_COLUMNS[code.provider];
  return (stores[code.provider][table] ?? []).filter((row) => row[column] === code.code);
}

/** How many rows use a code: what each provider's code list reports as `usage`. */
function usage(stores: GroundTruthInput["stores"], code: ListedCode): number {
  if (code.kind === "END_REASON") return rowsWithEndReason(stores, code).length;
  return TRADE_COLUMNS[code.provider].reduce(
    (sum, { table, column }) =>
      sum + (stores[code.provider][table] ?? []).filter((row) => row[column] === code.code).length,
    0,
  );
}

/** Contracts that use one of the listed codes (as end reason or trade). */
function contractsUsing(stores: GroundTruthInput["stores"], codes: readonly ListedCode[]): ContractRef[] {
  return codes.flatMap((code) => {
    const { table, id, column } = END_REASON_COLUMNS[code.provider];
    const tradeColumn = TRADE_COLUMNS[code.provider].find((t) => t.table === table)!.column;
    return (stores[code.provider][table] ?? [])
      .filter((row) => row[code.kind === "END_REASON" ? column : tradeColumn] === code.code)
      .map((row) => ({ provider: code.provider, contractId: String(row[id]) }));
  });
}

/** The contracts signed as a minor while the provider's record of the learner names no representative. */
function minorsWithoutRepresentative(stints: readonly Stint[]): ContractPlan[] {
  // The provider writes the learner's record with the first of the person's stints there, in the order the
  // builders take them (cefa.ts, ifapme.ts, sfpme.ts).
  const firstEnrolment = new Map<string, string>();
  for (const stint of stints) {
    const key = `${stint.provider}|${stint.person.index}`;
    if (!firstEnrolment.has(key)) firstEnrolment.set(key, stint.years[0].enrolledOn);
  }
  return stints.flatMap((stint) => {
    const person = stint.person;
    const enrolledOn = firstEnrolment.get(`${stint.provider}|${person.index}`)!;
    const recorded = ageAt(person.birthDate, enrolledOn) < 18 && !person.legalRepresentativeUnrecorded;
    return recorded
      ? []
      : stint.contracts.filter((contract) => ageAt(person.birthDate, contract.signedOn) < 18);
  });
}
