/** efp (SFPME)'s part of a search by name and birth date (issue 10, item 2): its learners born on the searched days. */
export { selectLearnersByBirthDates } from "./selectLearnersByBirthDates";
