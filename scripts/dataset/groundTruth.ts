import type { AccreditationPlan } from "./accreditations";
import type { RunningSuspension } from "./accreditationEvents";
import type { ContractAnomalies } from "./contractTerms";
import { type ContractPlan, contractEnd, type MoveKind, type Provider, type Stint } from "./model";
import type { Person } from "./people";
import type { HomonymGroup, IdentityNoise, IdentityNoiseCase } from "./identityNoise";
import type { Tables } from "./rows";
import { ageAt, maxDate, minDate } from "./dates";
import { payBreachMonths } from "./payBreaches";
import type { Level } from "./rmmmg";
import { providerIdentityRows } from "./providerIdentityRows";
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
  /**
   * The level of the person's latest contract at the old provider begun before the move, at its last level
   * decision; null without one. As planned, before any provider coding (a level OFFA cannot map stays unknown
   * there, never guessed).
   */
  levelBefore: Level | null;
  /** The start level of the first contract at the new provider (domain.md §10: A again when the trade changes). */
  levelAfter: Level | null;
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
  /**
   * How the providers' views of one person differ (identityNoise.ts): what the identity matcher must see through.
   * `people[].records` stays the truth of which records are one person: the matcher is scored against it, and the
   * registry is never built from it.
   */
  identities: {
    /** Each variant one provider recorded, with the records carrying it. */
    noise: IdentityNoiseCase[];
    /** Distinct people sharing last name, first name(s), birth date and sex: never to be merged. */
    homonyms: HomonymGroup[];
  };
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
    /**
     * The agréments suspended, then reinstated, while a contrat d'alternance ran under them
     * (accreditationEvents.ts, RUNNING_SUSPENSION_SHARE), each with the days it was not in force.
     */
    runningSuspensions: {
      accreditationId: string;
      unitNumber: string;
      trade: string;
      from: string;
      to: string;
    }[];
    /**
     * Every (contract, month) in which a contrat d'alternance runs on a day its agrément is suspended: the months
     * the monthly agrément check must flag because of a suspension, no more, no fewer. Only contracts OFFA can
     * judge: started by `today`, with a trade that has a single common trade (not one of codes.ts's AMBIGUOUS or
     * NO_COUNTERPART trades, whose agrément OFFA cannot look up).
     */
    agrementSuspendedMonths: {
      contract: ContractRef;
      suspended: { from: string; to: string };
      months: string[];
    }[];
    /**
     * The contrats d'alternance with no agrément of their unit for their trade in force on their start day: those
     * of `missingAccreditation` and those that started during a suspension. The contracts the start-day agrément
     * check must flag, no more, no fewer; judged ones only, as for `agrementSuspendedMonths`.
     */
    noAgrementOnStart: ContractRef[];
    /**
     * Contrats d'alternance whose level recorded on the start day is above A (domain.md §3, §10: every learner
     * starts at A unless an earlier same-trade contrat d'alternance or a concertation says otherwise), from
     * contractTerms.ts (KEEP_LEVEL_AFTER_SAME_TRADE, PRIOR_LEARNING, and efp's training year at the start):
     * `withSameTradeHistory` follow an earlier contrat d'alternance of the same person for the same common trade at
     * any provider (justified); `withoutBasis` follow none, so only a concertation could justify them, and no
     * store records one (the start-level check cannot flag them: it must leave them not evaluated). Judged
     * contracts only (started by `today`, a level recorded on the start, a trade with a single common trade);
     * a contract with no same-trade history but an earlier contrat d'alternance whose trade has no single
     * common trade is in neither list (OFFA cannot tell whether it is the same trade).
     */
    startAboveA: { withSameTradeHistory: ContractRef[]; withoutBasis: ContractRef[] };
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
  /** Suspensions seeded over a running contract (accreditationEvents.ts). */
  runningSuspensions: readonly RunningSuspension[];
  overlaps: [ContractPlan, ContractPlan][];
  /** Contracts recorded under a unit number the register lacks (register.ts). */
  unitNotInRegister: readonly ContractPlan[];
  /** Contracts entered late in their provider's system (recording.ts). */
  lateEntries: readonly ContractPlan[];
  /** Status histories entered with a hole or an overlap (recording.ts). */
  statusFaults: { gaps: readonly ContractPlan[]; overlaps: readonly ContractPlan[] };
  /** Each provider's own view of the people it records (identityNoise.ts). */
  identityNoise: IdentityNoise;
}

/** Builds the ground truth from the finished dataset. */
export function buildGroundTruth(input: GroundTruthInput): GroundTruth {
  const moves = new Map<Person, GroundTruthMove[]>();
  const addMove = (person: Person, move: GroundTruthMove) => {
    const list = moves.get(person) ?? [];
    list.push(move);
    moves.set(person, list);
  };
  const stintsOf = new Map<Person, Stint[]>();
  for (const stint of input.stints)
    stintsOf.set(stint.person, [...(stintsOf.get(stint.person) ?? []), stint]);
  for (const stint of input.stints) {
    const date = stint.years[0].enrolledOn;
    if (stint.origin?.move) {
      const before = (stintsOf.get(stint.person) ?? [])
        .filter((other) => other.provider === stint.origin!.stint.provider)
        .flatMap((other) => other.contracts)
        .filter((contract) => contract.start < date)
        .sort((a, b) => a.start.localeCompare(b.start))
        .pop();
      const after = [...stint.contracts].sort((a, b) => a.start.localeCompare(b.start))[0];
      addMove(stint.person, {
        from: stint.origin.stint.provider,
        to: stint.provider,
        date,
        tradeChanged: stint.origin.stint.trade.common !== stint.trade.common,
        kind: stint.origin.move,
        levelBefore: before?.levels[before.levels.length - 1]?.level ?? null,
        levelAfter: after?.startLevel ?? null,
      });
    }
    if (stint.provider === "sfpme" && stint.site.startsWith("IFAPME-")) {
      addMove(stint.person, {
        from: "sfpme",
        to: "ifapme",
        date,
        tradeChanged: false,
        kind: "EFP_COURSES_AT_IFAPME",
        levelBefore: null,
        levelAfter: null,
      });
    }
  }
  const providers = PROVIDER_NAMESPACES;
  const offaId = (person: Person) => input.offaIds.get(person) as string;
  const ref = (contract: ContractPlan): ContractRef => ({
    provider: contract.stint.provider,
    contractId: contract.id,
  });
  const noSingleTrade = contractsWithoutSingleTrade(input.stores);
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
    identities: { noise: input.identityNoise.cases, homonyms: input.identityNoise.homonyms },
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
      ...agrementAnomalies(input, ref, noSingleTrade),
      startAboveA: startsAboveA(input, ref, noSingleTrade),
      minorWithoutRepresentative: minorsWithoutRepresentative(input).map(ref),
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

/**
 * The agrément anomalies as the plan makes them, computed here from the generator's own dates (a contract runs
 * from its start to its early or planned end; a suspension covers its `from`..`to`), never from OFFA's checks.
 */
function agrementAnomalies(
  input: GroundTruthInput,
  ref: (contract: ContractPlan) => ContractRef,
  noSingleTrade: ReadonlySet<string>,
): Pick<GroundTruth["anomalies"], "runningSuspensions" | "agrementSuspendedMonths" | "noAgrementOnStart"> {
  const judged = (contract: ContractPlan) =>
    contract.kind === "ALTERNANCE" &&
    contract.start <= input.today &&
    !noSingleTrade.has(refKey(ref(contract)));
  const suspendedMonths: GroundTruth["anomalies"]["agrementSuspendedMonths"] = [];
  const startedSuspended: ContractPlan[] = [];
  for (const suspension of input.runningSuspensions) {
    for (const contract of suspension.contracts.filter(judged)) {
      const from = maxDate(contract.start, suspension.from);
      const to = minDate(minDate(contractEnd(contract), suspension.to), input.today);
      if (from > to) continue;
      suspendedMonths.push({
        contract: ref(contract),
        suspended: { from: suspension.from, to: suspension.to },
        months: monthsFromTo(from.slice(0, 7), to.slice(0, 7)),
      });
      if (suspension.from <= contract.start && contract.start <= suspension.to)
        startedSuspended.push(contract);
    }
  }
  return {
    runningSuspensions: input.runningSuspensions.map(
      ({ contracts: _contracts, ...suspension }) => suspension,
    ),
    agrementSuspendedMonths: suspendedMonths,
    noAgrementOnStart: [...input.accreditations.missing.filter(judged), ...startedSuspended].map(ref),
  };
}

/** The stores' contracts whose trade code has no single common trade (codes.ts: AMBIGUOUS or NO_COUNTERPART). */
function contractsWithoutSingleTrade(stores: GroundTruthInput["stores"]): Set<string> {
  const tradeCodes = [...UNMAPPED_BY_DESIGN, ...AMBIGUOUS_CODES].filter((code) => code.kind === "TRADE");
  return new Set(contractsUsing(stores, tradeCodes as ListedCode[]).map(refKey));
}

/**
 * The contrats d'alternance starting above A, sorted by their basis (see GroundTruth.anomalies.startAboveA), from
 * the plan: each contract's first dated level and the same person's earlier contracts at every provider.
 */
function startsAboveA(
  input: GroundTruthInput,
  ref: (contract: ContractPlan) => ContractRef,
  noSingleTrade: ReadonlySet<string>,
): GroundTruth["anomalies"]["startAboveA"] {
  const singleTrade = (contract: ContractPlan) => !noSingleTrade.has(refKey(ref(contract)));
  const byPerson = new Map<Person, ContractPlan[]>();
  for (const stint of input.stints) {
    byPerson.set(stint.person, [...(byPerson.get(stint.person) ?? []), ...stint.contracts]);
  }
  const result: GroundTruth["anomalies"]["startAboveA"] = { withSameTradeHistory: [], withoutBasis: [] };
  for (const contract of input.stints.flatMap((stint) => stint.contracts)) {
    const first = contract.levels[0];
    if (contract.kind !== "ALTERNANCE" || contract.start > input.today || !singleTrade(contract)) continue;
    if (!first || first.on !== contract.start || first.level === "A") continue;
    const earlier = (byPerson.get(contract.stint.person) ?? []).filter(
      (other) => other !== contract && other.kind === "ALTERNANCE" && other.start < contract.start,
    );
    if (earlier.some((o) => singleTrade(o) && o.stint.trade.common === contract.stint.trade.common)) {
      result.withSameTradeHistory.push(ref(contract));
    } else if (earlier.every(singleTrade)) {
      result.withoutBasis.push(ref(contract));
    }
  }
  return result;
}

const refKey = (contract: ContractRef) => `${contract.provider}:${contract.contractId}`;

/** 'YYYY-MM' months from `first` to `last` inclusive. */
function monthsFromTo(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number);
  for (let current = first; current <= last; current = `${year}-${String(month).padStart(2, "0")}`) {
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
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
function minorsWithoutRepresentative(input: GroundTruthInput): ContractPlan[] {
  const { stints } = input;
  // The provider writes the learner's record with the first of the person's stints there, in the order the
  // builders take them (cefa.ts, ifapme.ts, sfpme.ts).
  const firstEnrolment = new Map<string, string>();
  for (const stint of stints) {
    const key = `${stint.provider}|${stint.person.index}`;
    if (!firstEnrolment.has(key)) firstEnrolment.set(key, stint.years[0].enrolledOn);
  }
  // OFFA judges age with the birth date the provider recorded, which the identity noise may have transposed.
  const identities = providerIdentityRows(
    input.stores as unknown as Parameters<typeof providerIdentityRows>[0],
  );
  return stints.flatMap((stint) => {
    const person = stint.person;
    const enrolledOn = firstEnrolment.get(`${stint.provider}|${person.index}`)!;
    const recorded = ageAt(person.birthDate, enrolledOn) < 18 && !person.legalRepresentativeUnrecorded;
    if (recorded) return [];
    const providerLearnerId = input.providerIds[stint.provider].get(person);
    const birthDate = providerLearnerId
      ? identities.read({ provider: stint.provider, providerLearnerId }).birthDate
      : person.birthDate;
    return stint.contracts.filter((contract) => ageAt(birthDate, contract.signedOn) < 18);
  });
}
