/** Who a resolved learner-level object is about, as far as its own values tell. */
export interface LearnerIdentity {
  /** The id the subgraph knows the learner by (native id, or OFFA learner id). */
  id: string;
  /** The national number, when the subgraph's object carries it (provider learners). */
  nationalNumber: string | null;
  /** An audit-domain pseudonym the object already carries (OFFA's learners), else null. */
  auditPseudonym: string | null;
}

/**
 * Reads the learner a resolved object is about, from the shapes the kit's subgraphs already use: a learner type
 * (the definition's `learnerTypes`) is the learner itself (`id`, and `nationalNumber` or `auditPseudonym` when
 * its row carries them); a record of a learner names them by `learnerId` (provider contracts, enrolments,
 * certificates) or `offaLearnerId` (OFFA's common records). Records that name only their parent (a contract's
 * level records and histories) return null: their parent, read in the same request, names the learner.
 */
export function identifyLearner(
  typeName: string,
  source: unknown,
  learnerTypes: ReadonlySet<string>,
): LearnerIdentity | null {
  if (typeof source !== "object" || source === null) return null;
  const value = source as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === "string" ? (value[key] as string) : null);
  if (learnerTypes.has(typeName)) {
    const id = text("id");
    return id === null
      ? null
      : { id, nationalNumber: text("nationalNumber"), auditPseudonym: text("auditPseudonym") };
  }
  const id = text("learnerId") ?? text("offaLearnerId");
  return id === null ? null : { id, nationalNumber: null, auditPseudonym: null };
}
