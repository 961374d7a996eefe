import { PROVIDER_NAMESPACES, type ProviderNamespace } from "../../../kit/provider/providerNamespaces";

/**
 * The vocabulary of a mapping rule (domain.md §10, Ed-Fi descriptor mappings with a FHIR-style relationship).
 * Kept as `as const` lists so the parser, the validator and the SQL CHECKs name the same values.
 */

/** The namespaces of native codes: one per provider, from the kit's one list of providers. */
export const NAMESPACES = PROVIDER_NAMESPACES;

/** A provider namespace: the governing organisation of native codes; only its owner writes its mappings. */
export type Namespace = ProviderNamespace;

/** What a rule maps: a level, a certification, a contract type, status or end reason, or a trade. */
export const MAPPING_KINDS = [
  "LEVEL",
  "CERTIFICATION",
  "CONTRACT_TYPE",
  "CONTRACT_STATUS",
  "END_REASON",
  "TRADE",
] as const;

/** One of MAPPING_KINDS. */
export type MappingKind = (typeof MAPPING_KINDS)[number];

/**
 * How the target relates to the source code. BROADER/NARROWER say whether the TARGET is broader/narrower than
 * the source (FHIR R4 `wider`/`narrower`); that direction is a modelling choice (domain.md §10). Only EQUIVALENT
 * claims equivalence: the same level is not equivalence (§6).
 *
 * - Several provider codes onto one common value: each rule says BROADER (the common value covers more).
 * - One provider code covering several common values: one NARROWER rule per candidate, in force together. The
 *   code then resolves AMBIGUOUS with every candidate and no common value: which one applies is not recorded,
 *   so choosing would be a guess (FHIR R4 ConceptMap: several `narrower` targets).
 * - NO_COUNTERPART: the code has no common value by design (FHIR R4 `unmatched`); the target is empty and the
 *   rule's source says why. It resolves UNMAPPED, like a code without any rule, but says it is on purpose.
 */
export const RELATIONSHIPS = ["EQUIVALENT", "BROADER", "NARROWER", "NO_COUNTERPART"] as const;

/** One of RELATIONSHIPS. */
export type Relationship = (typeof RELATIONSHIPS)[number];

/** The common competence levels (domain.md §3). */
export const COMMON_LEVELS = ["A", "B", "C"] as const;

/** One of COMMON_LEVELS. */
export type CommonLevel = (typeof COMMON_LEVELS)[number];

/**
 * A mapping rule: native `sourceCode` of `namespace` → common `targetCode` of the same kind, valid from
 * `validFrom` to `validTo` inclusive (null = open). Editing a mapping adds a new version with its own validity,
 * so a past figure can be recomputed with the rule that was valid then (domain.md §10).
 */
export interface MappingRule {
  namespace: Namespace;
  kind: MappingKind;
  sourceCode: string;
  /** The common code; null only for NO_COUNTERPART. */
  targetCode: string | null;
  relationship: Relationship;
  validFrom: string;
  validTo: string | null;
  version: number;
  /** Provenance: the domain.md section and URL, or "modelling choice". */
  source: string;
}

/** A rule as read from its file, with the place to point at when it is refused. */
export interface LocatedMappingRule extends MappingRule {
  file: string;
  line: number;
}

/** Narrows a string to a Namespace. */
export function isNamespace(value: string): value is Namespace {
  return (NAMESPACES as readonly string[]).includes(value);
}

/** Narrows a string to a MappingKind. */
export function isMappingKind(value: string): value is MappingKind {
  return (MAPPING_KINDS as readonly string[]).includes(value);
}

/** Narrows a string to a Relationship. */
export function isRelationship(value: string): value is Relationship {
  return (RELATIONSHIPS as readonly string[]).includes(value);
}

/** Narrows a string to a CommonLevel. */
export function isCommonLevel(value: string): value is CommonLevel {
  return (COMMON_LEVELS as readonly string[]).includes(value);
}
