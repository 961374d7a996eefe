import type { Queryable } from "../../kit";
import type { CefaLearner } from "../learner/CefaLearner";
import { LEARNER_COLUMNS } from "../learner/learnerQueries";

/**
 * CEFA's learners born on any of the given days ('YYYY-MM-DD'): one statement for the whole list, through the
 * index on `date_naissance` (migration 000006). The candidates of a search by name and birth date: OFFA's matcher
 * compares their names and dates with the searched identity (LearnerNameSearch.cefaCandidates).
 */
export function selectLearnersByBirthDates(
  db: Queryable,
  birthDates: readonly string[],
): Promise<CefaLearner[]> {
  return db.query<CefaLearner>(
    `SELECT ${LEARNER_COLUMNS} FROM cefa.eleve WHERE date_naissance = ANY($1::date[]) ORDER BY matricule`,
    [birthDates],
  );
}
