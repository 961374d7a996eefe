import type { ProviderAdapter } from "../kit";
import { sfpmeFigureSources } from "./figures";
import { selectLearnersByBirthDates } from "./identitySearch";
import { SfpmeCertificate } from "./certificate/SfpmeCertificate";
import { selectCertificatesByIds, selectCertificatesByLearners } from "./certificate/certificateQueries";
import { SfpmeCode } from "./code/SfpmeCode";
import { selectCodes } from "./code/codeQueries";
import { SfpmeContract, SfpmeAllowanceStep } from "./contract/SfpmeContract";
import {
  selectAllowanceStepsByContracts,
  selectAllowanceStepsByIds,
  selectContractsByIds,
  selectContractsByLearners,
  selectContractsByUnits,
} from "./contract/contractQueries";
import { SfpmeEnrolment } from "./learner/SfpmeEnrolment";
import { SfpmeLearner } from "./learner/SfpmeLearner";
import { SfpmeAllowance } from "./history/SfpmeAllowance";
import { SfpmeStatusPeriod } from "./history/SfpmeStatusPeriod";
import { selectPayByContracts, selectStatusesByContracts } from "./history/historyQueries";
import {
  selectEnrolmentsByLearners,
  selectLearnerPage,
  selectLearnersByIds,
  selectNationalNumbersByIds,
} from "./learner/learnerQueries";

/**
 * What the kit needs to wire the efp (SFPME) subgraph: efp (SFPME)'s own types, SQL and words. Everything else (loaders, root
 * queries, Learner.sfpme, EstablishmentUnit.sfpmeContracts, references) is built by the kit, the same for every provider.
 */
export const sfpmeAdapter: ProviderAdapter = {
  namespace: "sfpme",
  label: "efp (SFPME)",
  learner: {
    type: SfpmeLearner,
    idFormat: { pattern: /^EFP-\d{4}-\d{5}$/, example: "EFP-2019-00042" },
    descriptions: {
      one: "One efp (SFPME) learner by efp file number.",
      page: "efp (SFPME) learners in file-number order; page with `after`.",
      ofOffaLearner: "This learner's efp (SFPME) learner records.",
    },
    selectByIds: selectLearnersByIds,
    selectPage: selectLearnerPage,
    selectNationalNumbers: selectNationalNumbersByIds,
    selectByBirthDates: selectLearnersByBirthDates,
  },
  enrolment: {
    type: SfpmeEnrolment,
    description: "Enrolments, one per academic year.",
    selectByLearners: selectEnrolmentsByLearners,
  },
  contract: {
    type: SfpmeContract,
    description: "Contracts and conventions, oldest first.",
    selectByIds: selectContractsByIds,
    selectByLearners: selectContractsByLearners,
    selectByUnits: selectContractsByUnits,
    histories: [
      {
        field: "allowances",
        type: SfpmeAllowance,
        description:
          "The monthly allowance paid over time (per training year from 1 August, and indexed), oldest first.",
        selectByContracts: selectPayByContracts,
      },
      {
        field: "statusHistory",
        type: SfpmeStatusPeriod,
        description: "The convention's statuts over time (efp codes), oldest first.",
        selectByContracts: selectStatusesByContracts,
      },
    ],
  },
  levelRecord: {
    type: SfpmeAllowanceStep,
    field: "allowanceSteps",
    description: "Allowance steps (paliers d'allocation), in date order.",
    selectByIds: selectAllowanceStepsByIds,
    selectByContracts: selectAllowanceStepsByContracts,
  },
  certificate: {
    type: SfpmeCertificate,
    description: "Diplomas and certificates delivered (diplômes).",
    selectByIds: selectCertificatesByIds,
    selectByLearners: selectCertificatesByLearners,
  },
  code: { type: SfpmeCode, selectAll: (db) => selectCodes(db, null) },
  figures: sfpmeFigureSources,
};
