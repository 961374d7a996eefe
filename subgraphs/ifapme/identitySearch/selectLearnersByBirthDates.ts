import type { Queryable } from "../../kit";
import type { IfapmeLearner } from "../learner/IfapmeLearner";
import { LEARNER_COLUMNS } from "../learner/learnerQueries";

/**
 * IFAPME's learners born on any of the given days ('YYYY-MM-DD'): one statement for the whole list, through the
 * index on `naissance` (migration 000006). The candidates of a search by name and birth date: OFFA's matcher
 * compares their names and dates with the searched identity (LearnerNameSearch.ifapmeCandidates).
 */
export function selectLearnersByBirthDates(
  db: Queryable,
  birthDates: readonly string[],
): Promise<IfapmeLearner[]> {
  return db.query<IfapmeLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM ifapme.apprenant WHERE naissance = ANY($1::date[]) ORDER BY numero`,
    [birthDates],
  );
}
