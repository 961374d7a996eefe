/**
 * What a token may be granted, named as the schema's `@requiresScopes` directives name them. A modelling choice
 * (issue 8): one scope per kind of data, so that a role is a list of kinds of data it may read.
 */
export const SCOPES = [
  /** Cross-provider figures (dashboards); never learner-level. */
  "figures:read",
  /** Learner-level records: provider learners, contracts, enrolments, certificates, OFFA learners and common contracts. */
  "learner:read",
  /** A learner's national number (NISS or BIS) in clear. */
  "learner:identify",
  /** OFFA's register: enterprises, establishment units, tutors, agréments. */
  "register:read",
  /** Agréments' dated decisions and the deciding bodies. */
  "accreditation:read",
  /** Provider vocabularies and their mapping rules. */
  "mappings:read",
  /** Changing mapping rules (of the namespaces granted). */
  "mappings:write",
] as const;

/** One of SCOPES. */
export type Scope = (typeof SCOPES)[number];
