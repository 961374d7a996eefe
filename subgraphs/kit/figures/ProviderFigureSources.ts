/**
 * A provider's records in the shape the figure statements count (buildFigureStatement), as SQL over the provider's
 * own tables and codes. Each is the body of a SELECT (no trailing semicolon) that may use `$1::date`, the request's
 * `asOf`; the kit drops what is not known on `asOf` (a recorded-on, start, decision or issue date after it) and cuts
 * every period at `asOf`, so a provider states its records, never the counting rules. Dates are SQL `date`s; an
 * open end is `'infinity'::date`.
 */
export interface ProviderFigureSources {
  /** `learner_id, birth_date, postcode`: one row per provider learner. */
  learners: string;
  /**
   * `enrolment_id, learner_id, recorded_on, first_day, last_day, trade_code, track_code, site_id, site_postcode`:
   * the days a learner is enrolled (an enrolment's school year, from the enrolment day, until the day the provider
   * records an exit); `recorded_on` is the enrolment day, the date after which the enrolment is not yet known.
   */
  enrolments: string;
  /**
   * `contract_id, learner_id, recorded_on, start_day, end_day, ended_on, trade_code, unit_number,
   * contract_type_code, end_reason_code`: `ended_on` is the effective end the provider recorded (null while none
   * is); `end_day` the contract's last day in force: its effective end, else its planned end.
   */
  contracts: string;
  /** `decision_id, contract_id, level_code, decided_on`: the provider's dated level records of a contract. */
  levelDecisions: string;
  /** `certificate_id, learner_id, certification_code, trade_code, issued_on`. */
  certificates: string;
}
