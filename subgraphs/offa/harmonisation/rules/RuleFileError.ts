/**
 * One problem found in a mapping data file: where (file, 1-based line; line 0 means the file as a whole) and
 * what, in a sentence the namespace owner can act on. Every problem of every file is collected before anything
 * is refused, so one run shows the owner all there is to fix.
 */
export interface RuleFileProblem {
  file: string;
  line: number;
  reason: string;
}

/**
 * Thrown by loadRuleSet when any mapping data file is malformed or breaks referential integrity. It carries
 * every problem found; nothing was written to the database (domain.md §10: a mapping to a non-existent source or
 * target is rejected).
 */
export class RuleFileError extends Error {
  /** The registered error code (schema/errors.md). */
  readonly code = "OFFA_MAPPINGS_INVALID";
  readonly problems: readonly RuleFileProblem[];

  constructor(problems: readonly RuleFileProblem[]) {
    super(
      `[OFFA_MAPPINGS_INVALID] Mapping data refused, nothing was loaded (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((problem) => `  ${problem.file}:${problem.line}: ${problem.reason}`).join("\n"),
    );
    this.name = "RuleFileError";
    this.problems = Object.freeze([...problems]);
  }
}
