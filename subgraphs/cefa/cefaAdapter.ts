import type { ProviderAdapter } from "../kit";
import { cefaFigureSources } from "./figures";
import { selectLearnersByBirthDates } from "./identitySearch";
import { CefaCertificate } from "./certificate/CefaCertificate";
import { selectCertificatesByIds, selectCertificatesByLearners } from "./certificate/certificateQueries";
import { CefaCode } from "./code/CefaCode";
import { selectCodes } from "./code/codeQueries";
import { CefaContract, CefaLevelDecision } from "./contract/CefaContract";
import {
  selectLevelDecisionsByContracts,
  selectLevelDecisionsByIds,
  selectContractsByIds,
  selectContractsByLearners,
  selectContractsByUnits,
} from "./contract/contractQueries";
import { CefaEnrolment } from "./learner/CefaEnrolment";
import { CefaLearner } from "./learner/CefaLearner";
import { CefaRetribution } from "./history/CefaRetribution";
import { CefaStatusPeriod } from "./history/CefaStatusPeriod";
import { selectPayByContracts, selectStatusesByContracts } from "./history/historyQueries";
import {
  selectEnrolmentsByLearners,
  selectLearnerPage,
  selectLearnersByIds,
  selectNationalNumbersByIds,
} from "./learner/learnerQueries";

/**
 * What the kit needs to wire the CEFA subgraph: CEFA's own types, SQL and words. Everything else (loaders, root
 * queries, Learner.cefa, EstablishmentUnit.cefaContracts, references) is built by the kit, the same for every provider.
 */
export const cefaAdapter: ProviderAdapter = {
  namespace: "cefa",
  label: "CEFA",
  learner: {
    type: CefaLearner,
    idFormat: { pattern: /^FWB\d{8}$/, example: "FWB00012345" },
    descriptions: {
      one: "One CEFA pupil by FWB matricule.",
      page: "CEFA pupils in matricule order; page with `after`.",
      ofOffaLearner: "This learner's CEFA pupil records.",
    },
    selectByIds: selectLearnersByIds,
    selectPage: selectLearnerPage,
    selectNationalNumbers: selectNationalNumbersByIds,
    selectByBirthDates: selectLearnersByBirthDates,
  },
  enrolment: {
    type: CefaEnrolment,
    description: "Enrolments, one per school year.",
    selectByLearners: selectEnrolmentsByLearners,
  },
  contract: {
    type: CefaContract,
    description: "Contracts, oldest first.",
    selectByIds: selectContractsByIds,
    selectByLearners: selectContractsByLearners,
    selectByUnits: selectContractsByUnits,
    histories: [
      {
        field: "retributions",
        type: CefaRetribution,
        description:
          "The monthly rétribution agreed over time (a row from the day it applies), oldest first.",
        selectByContracts: selectPayByContracts,
      },
      {
        field: "statusPeriods",
        type: CefaStatusPeriod,
        description: "The contract's statuts over time (CEFA codes), oldest first.",
        selectByContracts: selectStatusesByContracts,
      },
    ],
  },
  levelRecord: {
    type: CefaLevelDecision,
    field: "levelDecisions",
    description: "The referent's palier decisions, in date order.",
    selectByIds: selectLevelDecisionsByIds,
    selectByContracts: selectLevelDecisionsByContracts,
  },
  certificate: {
    type: CefaCertificate,
    description: "Certificates delivered.",
    selectByIds: selectCertificatesByIds,
    selectByLearners: selectCertificatesByLearners,
  },
  code: { type: CefaCode, selectAll: (db) => selectCodes(db, null) },
  figures: cefaFigureSources,
};
