import type { CodeKind } from "../schema/CodeKind";
import type { ProviderFigureSources } from "../figures/ProviderFigureSources";
import type { Queryable } from "../db/Database";
import type { ProviderNamespace } from "./providerNamespaces";

/** A type-graphql class. */
export type ClassOf<T> = new (...args: never[]) => T;

/** The shapes the shared wiring relies on; each provider's own types add its own fields and names. */
export interface LearnerShape {
  id: string;
}
export interface EnrolmentShape {
  learnerId: string;
}
export interface ContractShape {
  id: string;
  learnerId: string;
  employer: { establishmentUnitNumber: string };
}
export interface LevelRecordShape {
  id: string;
  contractId: string;
}
export interface CertificateShape {
  id: string;
  learnerId: string;
}
export interface CodeShape {
  kind: CodeKind;
  code: string;
}

/** One statement over a batch of keys (`= ANY($1)`). */
type BatchQuery<Row> = (db: Queryable, keys: readonly string[]) => Promise<Row[]>;

/** A dated history a provider keeps for each contract (pay, statuses), under the provider's own field name. */
export interface ContractHistory {
  field: string;
  type: ClassOf<object>;
  description: string;
  /** The rows of a batch of contracts, oldest first within each contract. */
  selectByContracts: BatchQuery<{ contractId: string }>;
}

/**
 * What a provider adapter tells the kit so that the wiring identical across providers (per-request loaders, root
 * queries, `Learner.<namespace>`, `EstablishmentUnit.<namespace>Contracts`, entity references) is built once
 * (createProviderContext, buildProviderSchema). The adapter keeps its own SQL, types and names: the kit only
 * calls its queries and exposes its classes. Descriptions are the provider's words for its own records.
 */
export interface ProviderAdapter<
  Learner extends LearnerShape = LearnerShape,
  Enrolment extends EnrolmentShape = EnrolmentShape,
  Contract extends ContractShape = ContractShape,
  LevelRecord extends LevelRecordShape = LevelRecordShape,
  Certificate extends CertificateShape = CertificateShape,
  Code extends CodeShape = CodeShape,
> {
  namespace: ProviderNamespace;
  /** The provider's name in descriptions and messages: "CEFA", "IFAPME", "efp (SFPME)". */
  label: string;
  learner: {
    type: ClassOf<object>;
    /** The provider's learner id, checked before any query: a pattern and an example for the error. */
    idFormat: { pattern: RegExp; example: string };
    descriptions: { one: string; page: string; ofOffaLearner: string };
    selectByIds: BatchQuery<Learner>;
    /** A page in id order after `after` (keyset pagination). */
    selectPage(db: Queryable, first: number, after: string | null): Promise<Learner[]>;
    /**
     * The national number (NISS or BIS, 11 digits) the provider holds for each learner of a batch: read only for
     * `nationalNumber`, which only a mobility officer with an identifying purpose may see (domain.md §9). A
     * learner whose number the provider never recorded has no row.
     */
    selectNationalNumbers: BatchQuery<{ learnerId: string; nationalNumber: string }>;
    /**
     * The learners born on any of these days ('YYYY-MM-DD'), one statement for the list: the candidates of a
     * search by name and birth date (`LearnerNameSearch.<namespace>Candidates`, buildLearnerNameSearchSchema).
     */
    selectByBirthDates: BatchQuery<Learner & { birthDate: string }>;
  };
  enrolment: { type: ClassOf<object>; description: string; selectByLearners: BatchQuery<Enrolment> };
  contract: {
    type: ClassOf<object>;
    description: string;
    selectByIds: BatchQuery<Contract>;
    selectByLearners: BatchQuery<Contract>;
    /** By the establishment-unit number recorded on the contract. */
    selectByUnits: BatchQuery<Contract>;
    /** The contract's dated histories (pay periods, status periods), each a list field on the contract. */
    histories: readonly ContractHistory[];
  };
  /** The dated level records of a contract, under the provider's own field name (levelDecisions…). */
  levelRecord: {
    type: ClassOf<object>;
    field: string;
    description: string;
    selectByIds: BatchQuery<LevelRecord>;
    selectByContracts: BatchQuery<LevelRecord>;
  };
  certificate: {
    type: ClassOf<object>;
    description: string;
    selectByIds: BatchQuery<Certificate>;
    selectByLearners: BatchQuery<Certificate>;
  };
  /** The provider's vocabulary with usage counts (published codes and codes its data uses). */
  code: { type: ClassOf<object>; selectAll(db: Queryable): Promise<Code[]> };
  /**
   * The provider's records as the figure statements count them (issue 11): served as
   * `FigureTable.<namespace>Groups` (subgraphs/kit/figures).
   */
  figures: ProviderFigureSources;
}
