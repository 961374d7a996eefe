/**
 * The provider-native fields the OFFA subgraph asks the gateway to fetch before it harmonises a learner's
 * contracts or certificates (the `fields` of @requires). Named per provider because each keeps its own names.
 */
const contractCore = `id typeCode employer { enterpriseNumber establishmentUnitNumber name } tutorName referentName
  signedOn startsOn plannedEndOn endedOn statusCode endReasonCode recordedOn monthlyPayCents`;

const compact = (fields: string) => fields.replace(/\s+/g, " ").trim();

/** What Learner.commonContracts needs from each provider. */
export const CONTRACT_FIELDS = compact(`
  cefa { id birthDate contracts { ${contractCore} optionCode companyHoursPerSchoolYear schoolHoursPerSchoolYear levelDecisions { id code decidedOn } } }
  ifapme { id birthDate contracts { ${contractCore} tradeCode companyHoursPerWeek centreHoursPerWeek levelEvaluations { id code evaluatedOn } } }
  sfpme { id birthDate contracts { ${contractCore} trainingCode companyHoursPerWeek courseHoursPerWeek allowanceSteps { id code effectiveFrom } } }
`);

/** What Learner.commonCertifications needs from each provider. */
export const CERTIFICATE_FIELDS = compact(`
  cefa { id certificates { id code issuedOn } }
  ifapme { id certificates { id code issuedOn } }
  sfpme { id certificates { id code issuedOn } }
`);
