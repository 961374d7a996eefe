/**
 * Every error code a subgraph may send or a subgraph process may exit with. Codes are public API: never
 * reuse or rename one. schema/errors.md is generated from this registry and the gateway's (npm run compose).
 */
export const subgraphErrorCodes = {
  OFFA_CONFIG_INVALID: {
    area: "startup",
    cause: "An environment variable has a value the process cannot use (the message lists every one).",
    remedy: "Fix or unset the variables named; see the configuration table in README.md.",
  },
  OFFA_DATABASE_UNREACHABLE: {
    area: "startup",
    cause: "The store's database is missing, refuses connections or cannot be opened.",
    remedy:
      "Fix the setting named in the message (e.g. CEFA_DATABASE_URL or DATABASE_URL), or unset it for embedded PostgreSQL.",
  },
  OFFA_INPUT_INVALID_ID: {
    area: "input",
    cause:
      "An id argument does not have the format of the entity it names (e.g. an OFFA learner id is OL + 10 characters).",
    remedy: "Pass an id as returned by the API; the message shows the expected format.",
  },
  OFFA_INPUT_PAGE_SIZE: {
    area: "input",
    cause: "A `first` argument is below 1 or above the page limit.",
    remedy: "Ask for 1 to the limit named in the message and page with `after`.",
  },
  OFFA_INPUT_INVALID_DATE: {
    area: "input",
    cause:
      "A month argument is outside the months the contract is judged on, or `from` is after `to`. (A malformed date or month never gets this far: the LocalDate and YearMonth scalars refuse it in validation.)",
    remedy: "Ask for months within the range the message names (the contract's first and last months).",
  },
  OFFA_MAPPINGS_INVALID: {
    area: "mappings",
    cause:
      "A mapping rule file (schema/mappings) is malformed or breaks referential integrity: unknown provider code, " +
      "missing common target, certificate its provider may not issue, overlapping validity. Every problem is listed with file and line.",
    remedy:
      "Fix the lines named and load again; the whole load was refused and the rules in force are unchanged.",
  },
  OFFA_LEARNER_NOT_FOUND: {
    area: "identity",
    cause: "No learner has this id.",
    remedy: "Check the id; ids are stable, so an id that worked before was removed.",
  },
} as const;

export type SubgraphErrorCode = keyof typeof subgraphErrorCodes;
