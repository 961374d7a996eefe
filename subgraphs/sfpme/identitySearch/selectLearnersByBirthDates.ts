import type { Queryable } from "../../kit";
import type { SfpmeLearner } from "../learner/SfpmeLearner";
import { LEARNER_COLUMNS } from "../learner/learnerQueries";

/**
 * efp (SFPME)'s learners born on any of the given days ('YYYY-MM-DD'): one statement for the whole list, through the
 * index on `date_naissance` (migration 000006). The candidates of a search by name and birth date: OFFA's matcher
 * compares their names and dates with the searched identity (LearnerNameSearch.sfpmeCandidates).
 */
export function selectLearnersByBirthDates(
  db: Queryable,
  birthDates: readonly string[],
): Promise<SfpmeLearner[]> {
  return db.query<SfpmeLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM sfpme.apprenant WHERE date_naissance = ANY($1::date[]) ORDER BY dossier`,
    [birthDates],
  );
}
