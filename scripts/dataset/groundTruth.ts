import type { AccreditationPlan } from "./accreditations";
import type { ContractAnomalies } from "./contractTerms";
import type { ContractPlan, MoveKind, Provider, Stint } from "./model";
import type { Person } from "./people";
import type { Tables } from "./rows";

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
export type DatasetCounts = Record<"cefa" | "ifapme" | "sfpme" | "offa", Record<string, number>>;

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
    hourViolations: ContractRef[];
    missingAccreditation: ContractRef[];
    overlappingContracts: { offaLearnerId: string; first: ContractRef; second: ContractRef }[];
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
  const providers: Provider[] = ["cefa", "ifapme", "sfpme"];
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
      hourViolations: input.anomalies.hourViolations.map(ref),
      missingAccreditation: input.accreditations.missing.map(ref),
      overlappingContracts: input.overlaps.map(([first, second]) => ({
        offaLearnerId: offaId(first.stint.person),
        first: ref(first),
        second: ref(second),
      })),
      accreditationWithdrawn: input.accreditations.withdrawn.map(ref),
    },
    dataQuality: {
      unitNotInRegister: input.unitNotInRegister.map(ref),
    },
  };
}
