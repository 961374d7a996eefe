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
  OFFA_SIGNING_KEY_INVALID: {
    area: "startup",
    cause:
      "NODE_ENV=production and OFFA_GATEWAY_SIGNING_KEY is unset, shorter than 32 characters or the public development key; or a signing key is set shorter than 32 characters in any mode (the message lists every configuration problem).",
    remedy:
      "Set OFFA_GATEWAY_SIGNING_KEY to the secret the gateway signs with (and OFFA_GATEWAY_SIGNING_PREVIOUS_KEY during a rotation); see schema/contract/signing/README.md.",
  },
  OFFA_PSEUDONYM_KEY_INVALID: {
    area: "startup",
    cause:
      "A pseudonym key (OFFA_PSEUDONYM_<DOMAIN>_KEY or _PREVIOUS_KEY, domains STATISTICS, MOBILITY, AUDIT) is shorter than 32 characters or equal to the current key it should precede; or NODE_ENV=production and a domain's key is unset, a public development key, or the key of another domain.",
    remedy:
      "Set one secret of 32+ characters per domain (e.g. openssl rand -base64 48); during a rotation the old key as _PREVIOUS_KEY, then `npm run pseudonyms:retire` and unset it. See subgraphs/offa/README.md.",
  },
  OFFA_SIGNATURE_MISSING: {
    area: "signature (HTTP 401)",
    cause:
      "The request is not signed: subgraphs answer only the gateway, whatever the operation (introspection and `_entities` included).",
    remedy:
      "Send queries to the gateway. Tests sign like the gateway with test/helpers/signedSubgraphRequest.ts.",
  },
  OFFA_SIGNATURE_MALFORMED: {
    area: "signature (HTTP 401)",
    cause: "A signing header is repeated or not of its format (timestamp, nonce, body hash).",
    remedy: "Sign with schema/contract/signing (signRequest) and do not alter its headers on the way.",
  },
  OFFA_SIGNATURE_WRONG_SUBGRAPH: {
    area: "signature (HTTP 401)",
    cause: "The request was signed for another subgraph (`x-offa-audience`).",
    remedy: "Check the gateway's <NAME>_URL settings: one points at the wrong subgraph.",
  },
  OFFA_SIGNATURE_KEY_UNKNOWN: {
    area: "signature (HTTP 401)",
    cause: "The request was signed with a key that is neither this subgraph's current nor its previous key.",
    remedy:
      "Give the gateway and the subgraphs the same OFFA_GATEWAY_SIGNING_KEY; during a rotation, set the old key as OFFA_GATEWAY_SIGNING_PREVIOUS_KEY on the subgraphs.",
  },
  OFFA_SIGNATURE_BODY_MISMATCH: {
    area: "signature (HTTP 401)",
    cause: "The body received is not the body that was signed: it was changed on the way.",
    remedy:
      "Nothing between the gateway and the subgraph may rewrite the body (a proxy re-encoding JSON would).",
  },
  OFFA_SIGNATURE_INVALID: {
    area: "signature (HTTP 401)",
    cause:
      "The signature does not verify: the method, path, claims, request id, timestamp or nonce was changed after signing.",
    remedy:
      "Nothing between the gateway and the subgraph may rewrite the request; sign with schema/contract/signing.",
  },
  OFFA_SIGNATURE_STALE: {
    area: "signature (HTTP 401)",
    cause:
      "The request's timestamp is outside the window (30 s by default, OFFA_SIGNATURE_WINDOW_SECONDS) around the subgraph's clock.",
    remedy:
      "Synchronise the clocks of the gateway and subgraph hosts (NTP); a captured request cannot be sent later.",
  },
  OFFA_SIGNATURE_CLAIMS_INVALID: {
    area: "signature (HTTP 401)",
    cause:
      "The signed claims are not valid AccessClaims (unknown role, scope or purpose, a scope the role lacks, a missing field).",
    remedy: "Gateway and subgraphs must run the same schema/contract/access; redeploy them together.",
  },
  OFFA_SIGNATURE_REPLAYED: {
    area: "signature (HTTP 401)",
    cause: "A request with this nonce was already accepted within the window: a replay.",
    remedy: "Sign each request afresh (the gateway does); never resend a captured request.",
  },
  OFFA_SIGNATURE_NONCE_STORE_UNAVAILABLE: {
    area: "signature (HTTP 503; startup)",
    cause:
      "The Redis that remembers used nonces (REDIS_URL) cannot be reached, so a replay could not be detected: the request is refused.",
    remedy:
      "Fix Redis or REDIS_URL; unset REDIS_URL to keep nonces in the process (one copy of each subgraph only).",
  },
  OFFA_REQUEST_TOO_LARGE: {
    area: "request (HTTP 413)",
    cause:
      "The request body is larger than the subgraph accepts (OFFA_SUBGRAPH_MAX_BODY_BYTES, 16 MiB by default).",
    remedy: "Ask for fewer entities per request, or raise OFFA_SUBGRAPH_MAX_BODY_BYTES.",
  },
  OFFA_LISTEN_FAILED: {
    area: "startup",
    cause:
      "The subgraph cannot listen on its address: the port is in use, or the host is not an address of this machine.",
    remedy:
      "Choose another <NAME>_PORT or <NAME>_HOST (the message names them), or stop the process using the port.",
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
  UNAUTHORIZED_FIELD_OR_TYPE: {
    area: "access",
    cause:
      "The forwarded claims do not allow a field or type this subgraph declares with @requiresScopes or @policy. The gateway never asks for such a field, so the request did not come through it as is: the whole operation is refused.",
    remedy: "Query through the gateway with a token whose role may see the data (README, Roles and tokens).",
  },
  OFFA_STORE_FAILED: {
    area: "store (partial data)",
    cause:
      "A subgraph's store failed to answer while the request was served (server down, connection cut, table unreadable, statement timeout). The field at the error's path is null: that provider's records are missing from this answer, not absent. `extensions.provider` names the provider (absent for OFFA's own store), `extensions.subgraph` the subgraph; the other providers' data is unaffected.",
    remedy:
      "Retry later. Operators: the subgraph's log has the driver's error under the same request id; its /readyz reports the store.",
  },
  OFFA_HARMONISATION_INCOMPLETE: {
    area: "harmonisation (partial data)",
    cause:
      "A harmonised value (common contracts, common certifications) needs a provider's records that could not be read in this request, so it is not computed from the rest: a figure from partial inputs would look whole. `extensions.missingProviders` lists the providers whose records are missing.",
    remedy: "Retry later; the provider's own error (OFFA_STORE_FAILED or a gateway subgraph code) says why.",
  },
  OFFA_INPUT_PERIOD_REVERSED: {
    area: "input",
    cause: "A period's end (`to`) is before its start (`from`).",
    remedy: "Swap the dates.",
  },
  OFFA_INPUT_PERIOD_TOO_LONG: {
    area: "input",
    cause: "A period covers more than 20 years (the `maxYears` extension).",
    remedy: "Ask for the period in parts.",
  },
  OFFA_INPUT_UNKNOWN_TRADE: {
    area: "input",
    cause: "`tradeCode` is not a code of OFFA's common trade list.",
    remedy: "Use a common trade code (CommonContract.trade.commonCode, or the common vocabulary).",
  },
  OFFA_INPUT_INVALID_CURSOR: {
    area: "input",
    cause: "`after` is not a cursor the same list gave out (endCursor).",
    remedy: "Pass the endCursor of the previous page unchanged, or omit `after` for the first page.",
  },
  OFFA_MOBILITY_NOT_DERIVED: {
    area: "mobility",
    cause:
      "The moves between providers have never been derived in this OFFA store, so an empty list would wrongly say that nobody moved.",
    remedy: "Run `npm run mobility:refresh` (npm start does it after seeding).",
  },
  OFFA_COMPLIANCE_NOT_DERIVED: {
    area: "figures",
    cause:
      "COMPLIANCE_FINDINGS was asked but the compliance findings have never been derived in this OFFA store, so a count of zero would wrongly say that no contract was flagged.",
    remedy:
      "Run `npm run mobility:refresh`, which derives the compliance model with the mobility model (npm start does it after seeding).",
  },
  OFFA_FIGURE_SNAPSHOT_GONE: {
    area: "figures",
    cause:
      "The figure model's snapshot this request was being answered from was dropped while it ran (the refresh keeps 400 days), so its cells would read as zeros.",
    remedy: "Ask again: the request is then computed by the providers.",
  },
  OFFA_FIGURES_NO_MEASURE: {
    area: "figures (input)",
    cause: "`figures` was called with an empty `measures` list.",
    remedy: "Name at least one FigureMeasure.",
  },
  OFFA_FIGURES_PERIOD_INVALID: {
    area: "figures (input)",
    cause:
      'A `from` or `to` period is not a period of the granularity asked: a school year is "2023-2024" (two consecutive years), a month "2023-09".',
    remedy: "Write the period as the message shows, or change `granularity`.",
  },
  OFFA_FIGURES_PERIOD_REVERSED: {
    area: "figures (input)",
    cause: "The period `to` comes before `from`.",
    remedy: "Swap them.",
  },
  OFFA_FIGURES_PERIOD_AFTER_AS_OF: {
    area: "figures (input)",
    cause:
      "The first period starts after `asOf`: on that date none of its days exists yet, so every figure would be an empty answer that looks like zero.",
    remedy: "Ask for periods up to the one containing `asOf`, or a later `asOf` (default today).",
  },
  OFFA_FIGURES_TOO_MANY_PERIODS: {
    area: "figures (input)",
    cause:
      "The request spans more periods than one request may (20 school years or 240 months, `maxPeriods`).",
    remedy: "Ask in parts, or by school year instead of month.",
  },
  OFFA_FIGURES_TOO_MANY_CELLS: {
    area: "figures (input)",
    cause:
      "The cells the request may produce (measures × periods × the values of each dimension split by, `estimatedCells`) exceed the cap (`maxCells`, 50 000): refused before any provider is asked.",
    remedy: "Split by fewer dimensions, filter them with `where`, or ask for fewer periods or measures.",
  },
  OFFA_FIGURES_UNKNOWN_VALUE: {
    area: "figures (input)",
    cause:
      "A `where` value is not a value of its dimension (`dimension`, `value`): common trade, contract-type and end-reason codes, A/B/C, region and province codes, age bands, PROVIDER:code for tracks, or NONE/UNMAPPED/AMBIGUOUS/UNKNOWN.",
    remedy:
      "Use the values FigureDimension's description lists, or those of a previous response's coordinates.",
  },
  OFFA_FIGURES_EMPTY_FILTER: {
    area: "figures (input)",
    cause: "A `where` list is empty: it would match nothing, and every figure would look like zero.",
    remedy: "Omit the filter to keep every value, or name at least one value.",
  },
  OFFA_FIGURES_DIMENSION_NOT_APPLICABLE: {
    area: "figures (input)",
    cause:
      "A measure cannot be split or filtered by a dimension asked (`measure`, `dimension`): END_REASON applies to ended contracts only; ACCREDITED_UNITS (OFFA's register) has TRADE, UNIT_REGION and UNIT_PROVINCE only; UNITS_WITH_LEARNER also PROVIDER.",
    remedy: "Ask for that measure in a request of its own, with the dimensions it has.",
  },
  OFFA_AUDIT_WRITE_FAILED: {
    area: "audit",
    cause:
      "The request read learner-level data, but the subgraph could not append the record of that read to its audit log (store unreachable, audit table missing or not writable): nothing read may leave unrecorded, so the response carries this error and no data.",
    remedy:
      "Retry; if it persists, check the subgraph's store and its audit_<subgraph> schema (the server log names the request id and the cause), then run npm run audit:verify.",
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
  OFFA_IDENTITY_CANDIDATE_NOT_FOUND: {
    area: "identity review",
    cause: "No identity candidate has this id (IC + 8 digits).",
    remedy: "Take the id from Query.identityCandidates.",
  },
  OFFA_IDENTITY_CANDIDATE_ALREADY_DECIDED: {
    area: "identity review",
    cause:
      "The candidate is already CONFIRMED or REJECTED (extensions.status): confirming or rejecting it again, or reversing a decision this way, is refused and nothing changes.",
    remedy:
      "Read the candidate's decision (decidedBy, decidedAt). To reverse a confirmation use undoIdentityLink, which puts it back on the review list.",
  },
  OFFA_IDENTITY_CANDIDATE_NOT_CONFIRMED: {
    area: "identity review",
    cause:
      "undoIdentityLink was called on a candidate that is PENDING or REJECTED: there is no link to undo; nothing changes.",
    remedy: "Only a CONFIRMED candidate can be undone; a pending one can simply be decided.",
  },
  OFFA_IDENTITY_UNDO_BLOCKED: {
    area: "identity review",
    cause:
      "The confirmation cannot be undone: a later confirmation merged the surviving learner (or moved the links this one merged) into another learner; nothing changes.",
    remedy:
      "Undo the later confirmation first (extensions name the survivor and the absorbed learner), then this one.",
  },
  OFFA_LEARNER_SEARCH_CRITERIA: {
    area: "learner search",
    cause: "findLearners needs exactly one criterion: nationalNumber or offaId (none or both were given).",
    remedy: "Send one of the two arguments.",
  },
  OFFA_LEARNER_SEARCH_NEEDS_IDENTIFYING_PURPOSE: {
    area: "learner search",
    cause:
      "A search by national number from a caller other than a mobility officer with a purpose that needs the number (IDENTITY_RESOLUTION, DATA_SUBJECT_REQUEST).",
    remedy: "Declare such a purpose in x-offa-purpose with a mobility officer's token, or search by OFFA id.",
  },
  OFFA_NATIONAL_NUMBER_FORMAT: {
    area: "learner search",
    cause: "The national number is not 11 digits (dots, dashes and spaces are allowed), or is all zeros.",
    remedy: "Type the 11 digits of the NISS or BIS number, e.g. 85.07.30-033.28.",
  },
  OFFA_NATIONAL_NUMBER_CHECK_DIGITS: {
    area: "learner search",
    cause:
      "The last two digits do not match the first nine under either rule (97 - mod 97, with '2' prefixed for births from 2000): a digit was mistyped.",
    remedy: "Check the number against the identity card or the provider's record.",
  },
  OFFA_NATIONAL_NUMBER_DATE: {
    area: "learner search",
    cause:
      "The check digits match but the number encodes an impossible birth date (month above 12 after the BIS +20/+40 offset, or a day past the month's end).",
    remedy: "Check the birth-date digits (positions 1-6) of the number.",
  },
  OFFA_LEARNER_SEARCH_NAME_EMPTY: {
    area: "learner search",
    cause:
      "findLearnersByName got a lastName or firstName (`argument`) with no letter in it (empty, spaces or punctuation only): it would match nobody, or everybody born that day.",
    remedy: "Give the last name and at least one given name as the provider may have recorded them.",
  },
  OFFA_LEARNER_SEARCH_NAME_TOO_LONG: {
    area: "learner search",
    cause:
      "findLearnersByName got a lastName or firstName (`argument`) longer than the cap (`maxLength` characters, a modelling choice well above any recorded name).",
    remedy: "Send the name only, without other text.",
  },
  OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID: {
    area: "learner search",
    cause:
      "The birth date of a search by name is not a date of the calendar written YYYY-MM-DD (a 30 February, a month 13, another format).",
    remedy: "Write the date as YYYY-MM-DD, e.g. 2005-03-07.",
  },
  OFFA_LEARNER_SEARCH_BIRTH_DATE_FUTURE: {
    area: "learner search",
    cause: "The birth date of a search by name is after today: nobody is born yet on that day.",
    remedy: "Check the year (a two-digit year typed as 20YY instead of 19YY?).",
  },
} as const;

export type SubgraphErrorCode = keyof typeof subgraphErrorCodes;
