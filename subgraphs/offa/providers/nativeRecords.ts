import type { Namespace, NativeHours, NativeLevelRecord } from "../harmonisation";
import type { CefaLearnerView } from "./cefaEntities";
import type { IfapmeLearnerView } from "./ifapmeEntities";
import type { SfpmeLearnerView } from "./sfpmeEntities";

/**
 * A provider contract in one shape, still in the provider's codes: what OFFA received through @requires,
 * with the provider-specific field names (schoolHoursPerWeek, levelEvaluations…) put side by side.
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
}

/** A delivered certificate in the provider's code. */
export interface NativeCertificate {
  namespace: Namespace;
  id: string;
  code: string;
  issuedOn: string;
}

/** One provider record of a learner, as OFFA received it. */
export interface NativeLearnerRecord {
  namespace: Namespace;
  id: string;
  birthDate: string | null;
  contracts: NativeContract[];
  certificates: NativeCertificate[];
}

/** The provider records OFFA's Learner receives through @requires (absent lists: not requested). */
export interface LearnerRepresentation {
  cefa?: CefaLearnerView[];
  ifapme?: IfapmeLearnerView[];
  sfpme?: SfpmeLearnerView[];
}

/** Puts a learner's provider records into one shape, keeping every native code. */
export function nativeRecordsOf(learner: LearnerRepresentation): NativeLearnerRecord[] {
  const cefa = (learner.cefa ?? []).map((record) =>
    toRecord("cefa", record, (contract) => ({
      tradeCode: contract.optionCode,
      hours: {
        unit: "PER_SCHOOL_YEAR",
        company: contract.companyHoursPerSchoolYear,
        centre: contract.schoolHoursPerSchoolYear,
      },
      levelRecords: (contract.levelDecisions ?? []).map((d) => ({
        code: d.code,
        effectiveFrom: d.decidedOn,
      })),
    })),
  );
  const ifapme = (learner.ifapme ?? []).map((record) =>
    toRecord("ifapme", record, (contract) => ({
      tradeCode: contract.tradeCode,
      hours: { unit: "PER_WEEK", company: contract.companyHoursPerWeek, centre: contract.centreHoursPerWeek },
      levelRecords: (contract.levelEvaluations ?? []).map((e) => ({
        code: e.code,
        effectiveFrom: e.evaluatedOn,
      })),
    })),
  );
  const sfpme = (learner.sfpme ?? []).map((record) =>
    toRecord("sfpme", record, (contract) => ({
      tradeCode: contract.trainingCode,
      hours: { unit: "PER_WEEK", company: contract.companyHoursPerWeek, centre: contract.courseHoursPerWeek },
      levelRecords: (contract.allowanceSteps ?? []).map((s) => ({
        code: s.code,
        effectiveFrom: s.effectiveFrom,
      })),
    })),
  );
  return [...cefa, ...ifapme, ...sfpme];
}

type CommonContractFields = {
  id: string;
  typeCode: string;
  employer: NativeContract["employer"];
  tutorName: string;
  referentName: string;
  signedOn: string;
  startsOn: string;
  plannedEndOn: string;
  endedOn: string | null;
  statusCode: string;
  endReasonCode: string | null;
  recordedOn: string;
  monthlyPayCents: number;
};

function toRecord<Contract extends CommonContractFields>(
  namespace: Namespace,
  record: {
    id: string;
    birthDate?: string;
    contracts?: Contract[];
    certificates?: { id: string; code: string; issuedOn: string }[];
  },
  specific: (contract: Contract) => Pick<NativeContract, "tradeCode" | "hours" | "levelRecords">,
): NativeLearnerRecord {
  return {
    namespace,
    id: record.id,
    birthDate: record.birthDate ?? null,
    contracts: (record.contracts ?? []).map((contract) => ({
      namespace,
      learnerId: record.id,
      id: contract.id,
      typeCode: contract.typeCode,
      employer: contract.employer,
      tutorName: contract.tutorName,
      referentName: contract.referentName,
      signedOn: contract.signedOn,
      startsOn: contract.startsOn,
      plannedEndOn: contract.plannedEndOn,
      endedOn: contract.endedOn,
      statusCode: contract.statusCode,
      endReasonCode: contract.endReasonCode,
      recordedOn: contract.recordedOn,
      monthlyPayCents: contract.monthlyPayCents,
      ...specific(contract),
    })),
    certificates: (record.certificates ?? []).map((certificate) => ({
      namespace,
      id: certificate.id,
      code: certificate.code,
      issuedOn: certificate.issuedOn,
    })),
  };
}
