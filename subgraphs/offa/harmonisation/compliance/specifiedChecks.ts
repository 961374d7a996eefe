import { AgeAtSignatureCheck } from "./checks/AgeAtSignatureCheck";
import { AgrementNotInForceCheck } from "./checks/AgrementNotInForceCheck";
import { MinorWithoutRepresentativeCheck } from "./checks/MinorWithoutRepresentativeCheck";
import { EndReasonVsDatesCheck } from "./checks/EndReasonVsDatesCheck";
import { EndReasonVsStatusesCheck } from "./checks/EndReasonVsStatusesCheck";
import { NoAccreditationCheck } from "./checks/NoAccreditationCheck";
import { Over38HoursCheck } from "./checks/Over38HoursCheck";
import { OverlappingContractCheck } from "./checks/OverlappingContractCheck";
import { PayBelowMinimumCheck } from "./checks/PayBelowMinimumCheck";
import { StartLevelWithoutBasisCheck } from "./checks/StartLevelWithoutBasisCheck";
import { TrainingAfterAgeLimitCheck } from "./checks/TrainingAfterAgeLimitCheck";
import { Under20CompanyHoursCheck } from "./checks/Under20CompanyHoursCheck";

/**
 * Every compliance check of a contrat d'alternance, in the order they are reported (after graphql-js
 * `specifiedRules`). A new check is one file in checks/ plus one entry here, and its code in
 * commonModel/enums.ts (ComplianceCheck), which the compiler then asks for.
 */
export const specifiedChecks = [
  PayBelowMinimumCheck,
  Over38HoursCheck,
  Under20CompanyHoursCheck,
  AgeAtSignatureCheck,
  TrainingAfterAgeLimitCheck,
  MinorWithoutRepresentativeCheck,
  StartLevelWithoutBasisCheck,
  NoAccreditationCheck,
  AgrementNotInForceCheck,
  OverlappingContractCheck,
  EndReasonVsDatesCheck,
  EndReasonVsStatusesCheck,
] as const;

/** A check's stable code: one of specifiedChecks. */
export type ContractCheckCode = (typeof specifiedChecks)[number]["code"];

/** The codes of specifiedChecks, in report order. */
export const CONTRACT_CHECK_CODES: readonly ContractCheckCode[] = specifiedChecks.map((check) => check.code);
