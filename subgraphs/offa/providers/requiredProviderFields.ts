import { PROVIDER_NAMESPACES } from "../../kit";
import { providerViews } from "./providerViews";
import { SHARED_CONTRACT_SELECTION } from "./providerViewFields";

/**
 * The provider-native fields the OFFA subgraph asks the gateway to fetch before it harmonises a learner's
 * contracts or certificates (the `fields` of @requires), for every provider: the shared contract fields, then
 * each provider's own names (its view's contractSelection).
 */

/** What Learner.commonContracts needs from each provider. */
export const CONTRACT_FIELDS = PROVIDER_NAMESPACES.map(
  (namespace) =>
    `${namespace} { id birthDate hasLegalRepresentative contracts { ${SHARED_CONTRACT_SELECTION.join(" ")} ${providerViews[namespace].contractSelection} } }`,
).join(" ");

/** What Learner.commonCertifications needs from each provider. */
export const CERTIFICATE_FIELDS = PROVIDER_NAMESPACES.map(
  (namespace) => `${namespace} { id certificates { id code issuedOn } }`,
).join(" ");

/**
 * What Learner.journey needs from each provider: everything the common contract needs, the certificates and
 * the enrolments (the school or training years, their trade, and whether the provider only teaches the courses).
 */
export const JOURNEY_FIELDS = PROVIDER_NAMESPACES.map(
  (namespace) =>
    `${namespace} { id birthDate hasLegalRepresentative contracts { ${SHARED_CONTRACT_SELECTION.join(" ")} ${providerViews[namespace].contractSelection} } certificates { id code issuedOn } enrolments { ${providerViews[namespace].enrolmentSelection} } }`,
).join(" ");
