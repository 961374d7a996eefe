import type { Namespace, NativeHours, NativeLevelRecord } from "../harmonisation";
import { SHARED_CONTRACT_SELECTION, type contractFields } from "./providerViewFields";

/** The monthly pay (a lump sum, domain.md §3) in force from `from` (inclusive) until the next period starts. */
export interface NativePayPeriod {
  from: string;
  amountCents: number;
}

/** A status of the contract in the provider's own code, from `from` to `to` inclusive (`to` null: still). */
export interface NativeStatusPeriod {
  code: string;
  from: string;
  to: string | null;
}

/**
 * A provider contract in one shape, still in the provider's codes: what OFFA received through @requires,
 * with the provider-specific field names (schoolHoursPerSchoolYear, levelEvaluations…) put side by side.
 */
export interface NativeContract {
  namespace: Namespace;
  id: string;
  learnerId: string;
  typeCode: string;
  tradeCode: string;
  employer: { enterpriseNumber: string; establishmentUnitNumber: string; name: string };
  tutorName: string;
  referentName: string;
  signedOn: string;
  startsOn: string;
  plannedEndOn: string;
  endedOn: string | null;
  statusCode: string;
  endReasonCode: string | null;
  /** The day the provider entered the contract in its system. */
  recordedOn: string;
  /** In the provider's unit: per week, or planned over a school year (CEFA). */
  hours: NativeHours;
  monthlyPayCents: number;
  levelRecords: NativeLevelRecord[];
  /** The pay over time, oldest first, as the provider's history records it. */
  payPeriods: NativePayPeriod[];
  /** The statuses over time, oldest first, as the provider's history records it. */
  statusPeriods: NativeStatusPeriod[];
}

/** A delivered certificate in the provider's code. */
export interface NativeCertificate {
  namespace: Namespace;
  id: string;
  code: string;
  issuedOn: string;
}

/**
 * An enrolment (inscription) at a provider in one shape, in the provider's codes: a school or training year in a
 * trade. `courseOnly`: the provider records the learner only because it teaches the courses, while another
 * provider holds the learner and the contract (IFAPME's record of an efp learner whose trade efp does not teach,
 * domain.md §1): not a move to this provider.
 */
export interface NativeEnrolment {
  namespace: Namespace;
  id: string;
  /** The provider's label of the school or training year ("2023-2024", "2023-24"…). */
  yearLabel: string;
  startsOn: string;
  /** The day the learner left early, when the provider records it. */
  leftOn: string | null;
  /** The provider's trade code (CEFA option, IFAPME métier, efp formation): the code its contracts carry too. */
  tradeCode: string;
  courseOnly: boolean;
}

/** One provider record of a learner, as OFFA received it. */
export interface NativeLearnerRecord {
  namespace: Namespace;
  id: string;
  birthDate: string | null;
  /** Whether the provider's record names a legal representative; null when not sent. */
  hasLegalRepresentative: boolean | null;
  contracts: NativeContract[];
  certificates: NativeCertificate[];
  /** Empty when not requested (only Learner.journey requires them). */
  enrolments: NativeEnrolment[];
}

/** The contract fields every provider names alike, as OFFA's views declare them. */
export type SharedContractFields = InstanceType<ReturnType<typeof contractFields>>;

/** The fields a provider names its own way, which each view puts into the common native shape. */
export type ProviderSpecificFields = Pick<
  NativeContract,
  "tradeCode" | "hours" | "levelRecords" | "payPeriods" | "statusPeriods"
>;

// The top-level names of the shared selection ("employer { … }" → employer).
const SHARED_FIELDS = SHARED_CONTRACT_SELECTION.map(
  (item) => item.split(" ")[0],
) as (keyof SharedContractFields)[];

/**
 * One provider learner record in the common native shape: the shared contract fields copied as they are, the
 * provider-specific ones given by `specific`, every code untouched.
 */
export function toNativeRecord<Contract extends SharedContractFields>(
  namespace: Namespace,
  record: {
    id: string;
    birthDate?: string;
    hasLegalRepresentative?: boolean;
    contracts?: Contract[];
    certificates?: { id: string; code: string; issuedOn: string }[];
  },
  specific: (contract: Contract) => ProviderSpecificFields,
  enrolments: NativeEnrolment[] = [],
): NativeLearnerRecord {
  return {
    namespace,
    id: record.id,
    birthDate: record.birthDate ?? null,
    hasLegalRepresentative: record.hasLegalRepresentative ?? null,
    contracts: (record.contracts ?? []).map(
      (contract) =>
        ({
          ...Object.fromEntries(SHARED_FIELDS.map((field) => [field, contract[field]])),
          namespace,
          learnerId: record.id,
          ...specific(contract),
        }) as NativeContract,
    ),
    certificates: (record.certificates ?? []).map((certificate) => ({
      namespace,
      id: certificate.id,
      code: certificate.code,
      issuedOn: certificate.issuedOn,
    })),
    enrolments,
  };
}
