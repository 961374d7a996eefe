import type { RuleBook } from "../harmonisation";
import type { CommonCertification } from "../commonModel/CommonCertification";
import { MappingRelationshipValue, MappingStatusValue } from "../commonModel/enums";
import { providerOfNamespace } from "../identity/Provider";
import type { CommonVocabulary } from "./commonVocabularyQueries";
import type { NativeCertificate } from "../providers";
import { toMappingResolutionType } from "./toMappingResolutionType";

/**
 * A delivered certificate on the common vocabulary with the rule in force on `asOf`. An unknown code comes
 * back UNMAPPED with its native code: the response stays whole (domain.md §10).
 */
export function harmoniseCertificate(
  certificate: NativeCertificate,
  ruleBook: RuleBook,
  vocabulary: CommonVocabulary,
  asOf: string,
): CommonCertification {
  const resolution = ruleBook.resolve(certificate.namespace, "CERTIFICATION", certificate.code, asOf);
  const common = resolution.target ? vocabulary.certifications.get(resolution.target) : undefined;
  return {
    issuingProvider: providerOfNamespace(certificate.namespace),
    providerCertificateId: certificate.id,
    nativeCode: certificate.code,
    issuedOn: certificate.issuedOn,
    mappingStatus: MappingStatusValue[resolution.status],
    code: resolution.target,
    title: common?.title ?? null,
    track: common?.track ?? null,
    relationship: resolution.relationship ? MappingRelationshipValue[resolution.relationship] : null,
    indicativeEqfLevels: common?.indicativeEqfLevels ?? [],
    eqfLevel: common?.eqfLevel ?? null,
    cfcLevel: common?.cfcLevel ?? null,
    escoUri: common?.escoUri ?? null,
    mapping: toMappingResolutionType(resolution),
  };
}
