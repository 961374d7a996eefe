import type { ProviderAdapter } from "../kit";
import { ifapmeFigureSources } from "./figures";
import { selectLearnersByBirthDates } from "./identitySearch";
import { IfapmeCertificate } from "./certificate/IfapmeCertificate";
import { selectCertificatesByIds, selectCertificatesByLearners } from "./certificate/certificateQueries";
import { IfapmeCode } from "./code/IfapmeCode";
import { selectCodes } from "./code/codeQueries";
import { IfapmeContract, IfapmeLevelEvaluation } from "./contract/IfapmeContract";
import {
  selectLevelEvaluationsByContracts,
  selectLevelEvaluationsByIds,
  selectContractsByIds,
  selectContractsByLearners,
  selectContractsByUnits,
} from "./contract/contractQueries";
import { IfapmeEnrolment } from "./learner/IfapmeEnrolment";
import { IfapmeLearner } from "./learner/IfapmeLearner";
import { IfapmeRemuneration } from "./history/IfapmeRemuneration";
import { IfapmeStatePeriod } from "./history/IfapmeStatePeriod";
import { selectPayByContracts, selectStatusesByContracts } from "./history/historyQueries";
import {
  selectEnrolmentsByLearners,
  selectLearnerPage,
  selectLearnersByIds,
  selectNationalNumbersByIds,
} from "./learner/learnerQueries";

/**
 * What the kit needs to wire the IFAPME subgraph: IFAPME's own types, SQL and words. Everything else (loaders, root
 * queries, Learner.ifapme, EstablishmentUnit.ifapmeContracts, references) is built by the kit, the same for every provider.
 */
export const ifapmeAdapter: ProviderAdapter = {
  namespace: "ifapme",
  label: "IFAPME",
  learner: {
    type: IfapmeLearner,
    idFormat: { pattern: /^IF\d{7}$/, example: "IF0001234" },
    descriptions: {
      one: "One IFAPME learner by IFAPME learner number.",
      page: "IFAPME learners in number order; page with `after`.",
      ofOffaLearner: "This learner's IFAPME learner records.",
    },
    selectByIds: selectLearnersByIds,
    selectPage: selectLearnerPage,
    selectNationalNumbers: selectNationalNumbersByIds,
    selectByBirthDates: selectLearnersByBirthDates,
  },
  enrolment: {
    type: IfapmeEnrolment,
    description: "Enrolments, one per training year followed.",
    selectByLearners: selectEnrolmentsByLearners,
  },
  contract: {
    type: IfapmeContract,
    description: "Contracts, oldest first.",
    selectByIds: selectContractsByIds,
    selectByLearners: selectContractsByLearners,
    selectByUnits: selectContractsByUnits,
    histories: [
      {
        field: "remunerations",
        type: IfapmeRemuneration,
        description: "The monthly rémunération agreed over time, oldest first.",
        selectByContracts: selectPayByContracts,
      },
      {
        field: "stateHistory",
        type: IfapmeStatePeriod,
        description: "The contract's états over time (IFAPME codes), oldest first.",
        selectByContracts: selectStatusesByContracts,
      },
    ],
  },
  levelRecord: {
    type: IfapmeLevelEvaluation,
    field: "levelEvaluations",
    description: "The referent's level evaluations, in date order.",
    selectByIds: selectLevelEvaluationsByIds,
    selectByContracts: selectLevelEvaluationsByContracts,
  },
  certificate: {
    type: IfapmeCertificate,
    description: "Titles delivered (titres délivrés).",
    selectByIds: selectCertificatesByIds,
    selectByLearners: selectCertificatesByLearners,
  },
  code: { type: IfapmeCode, selectAll: (db) => selectCodes(db, null) },
  figures: ifapmeFigureSources,
};
