/** One learner an audited request read: the id the subgraph knows them by, and their audit-domain pseudonym. */
export interface AuditedLearner {
  /** The provider's native id (FWB matricule, IFAPME or efp learner id) or, in OFFA, the OFFA learner id. */
  id: string;
  /**
   * derivePseudonym("audit", national number): present where the subgraph knows the national number (provider
   * learners) or the learner's audit pseudonym (OFFA), else null. What a GDPR art. 15 request is searched by.
   */
  pseudonym: string | null;
}

/** What a request read, as the audit plugin saw it: everything a record holds but its place in the chain. */
export interface AuditEntry {
  /** The subgraph that served the read (cefa, ifapme, sfpme, offa). */
  subgraph: string;
  /** The gateway's request id: the same in every subgraph one client request reached. */
  requestId: string;
  /** Who asked: the token's subject, as the gateway verified it. */
  subject: string;
  role: string;
  /** The provider claim (provider staff), else null. */
  provider: string | null;
  /** The purpose declared for the request (mobility officers), else null. */
  purpose: string | null;
  /** The learners read, in the order first met, each once. */
  learners: AuditedLearner[];
  /** `Type.field` coordinates of the learner-level fields resolved, sorted. */
  fields: string[];
  /** The id of the audit pseudonym key used (pseudonymKey().id), so records stay searchable across a rotation. */
  pseudonymKeyId: string | null;
}

/** A record of the audit log: an entry with its place in the chain. */
export interface AuditRecord extends AuditEntry {
  /** Position in this subgraph's chain, from 1, without gaps. */
  seq: number;
  /** When it was written (ISO 8601, UTC, milliseconds): before the response left. */
  at: string;
  /** The hash of the record before it (64 zeros for the first). */
  previousHash: string;
  /** SHA-256(previousHash + canonicalJson(record without its hashes)), hex. */
  hash: string;
}
