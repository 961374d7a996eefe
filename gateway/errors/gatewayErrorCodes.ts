/**
 * Every error code the gateway itself sends or exits with, beside the subgraphs' codes (which it passes
 * through untouched) and Apollo's standard ones. Codes are public API: never reuse or rename one.
 */
export const gatewayErrorCodes = {
  OFFA_GATEWAY_CONFIG_INVALID: {
    area: "startup",
    cause: "A gateway environment variable has a value the gateway cannot use (the message lists every one).",
    remedy: "Fix or unset the variables named; see the configuration table in README.md.",
  },
  OFFA_GATEWAY_SUPERGRAPH_UNREADABLE: {
    area: "startup",
    cause: "The supergraph file is missing or is not a composed supergraph.",
    remedy: "Run `npm run compose`, or point SUPERGRAPH_PATH at a composed schema/supergraph.graphql.",
  },
  GRAPHQL_PARSE_FAILED: {
    area: "request",
    cause: "The query is not valid GraphQL syntax (Apollo standard code).",
    remedy: "Fix the syntax at the location given in the error.",
  },
  GRAPHQL_VALIDATION_FAILED: {
    area: "request",
    cause:
      "The query asks for a field, argument or type the supergraph does not have, or writes a literal the argument's type refuses, such as a LocalDate that is no calendar date (Apollo standard code).",
    remedy: "Check the schema (schema/supergraph.graphql) for the right names.",
  },
  BAD_USER_INPUT: {
    area: "request",
    cause:
      "A variable has the wrong type or a value its scalar refuses, such as a LocalDate `2023-02-29` or a YearMonth `2023-13` (Apollo standard code).",
    remedy: "Send values of the types the schema declares.",
  },
} as const;

export type GatewayErrorCode = keyof typeof gatewayErrorCodes;
