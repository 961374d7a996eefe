import type { Purpose } from "../../../schema/contract/access/purposes";
import type { Role } from "../../../schema/contract/access/roles";

/** A preloaded playground operation and the role (and purpose) it is meant to run as. */
export interface ExampleOperation {
  /** The operation's name: GraphiQL titles its tab with it. */
  name: string;
  /** What it shows, in a sentence. */
  use: string;
  role: Role;
  purpose?: Purpose;
  query: string;
}

/**
 * One example per use of the API (issue 12), each runnable as is once its role is picked. The national overview
 * asks the figures API (issue 11); until that API is composed into the supergraph it answers a validation error.
 */
export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = (
  [
    {
      name: "NationalOverview",
      use: "National overview: learners under contract and enrolled, by provider, over school years",
      role: "DASHBOARD_ANALYST",
      query: /* GraphQL */ `
        # Run as DASHBOARD_ANALYST. Figures, never a learner; small cells come back suppressed.
        query NationalOverview {
          figures(
            measures: [LEARNERS_UNDER_CONTRACT, LEARNERS_ENROLLED]
            by: [PROVIDER]
            granularity: SCHOOL_YEAR
            from: "2021-2022"
            to: "2025-2026"
          ) {
            asOf
            granularity
            from
            to
            measures
            by
            cells {
              measure
              period
              coordinates {
                dimension
                value
              }
              value
              suppressed
              suppression
            }
          }
        }
      `,
    },
    {
      name: "LearnerJourney",
      use: "A learner's journey across providers: steps, moves and a summary",
      role: "MOBILITY_OFFICER",
      purpose: "MOBILITY_FOLLOW_UP",
      query: /* GraphQL */ `
        # Run as MOBILITY_OFFICER with the purpose MOBILITY_FOLLOW_UP.
        query LearnerJourney {
          learners(first: 3, acrossProviders: true) {
            id
            providers
            journey {
              steps {
                kind
                on
                provider
                nativeCode
                commonCode
              }
              events {
                kind
                on
                fromProvider
                toProvider
                days
              }
              summary {
                providers
                moves
                monthsUnderContract
                highestLevel
              }
            }
          }
        }
      `,
    },
    {
      name: "MoversPage",
      use: "A page of moves between providers, with each mover's journey",
      role: "MOBILITY_OFFICER",
      purpose: "MOBILITY_FOLLOW_UP",
      query: /* GraphQL */ `
        # Run as MOBILITY_OFFICER with the purpose MOBILITY_FOLLOW_UP. Until the moves were derived
        # (npm start does it after seeding; npm run mobility:refresh), movers answers OFFA_MOBILITY_NOT_DERIVED.
        query MoversPage {
          movers(from: "2020-09-01", to: "2026-06-30", first: 10) {
            totalMoves
            totalLearners
            derivedAsOf
            hasNextPage
            endCursor
            moves {
              movedOn
              fromProvider
              toProvider
              tradeChanged
              levelOutcome
              region
              learner {
                id
                journey {
                  summary {
                    providers
                    moves
                  }
                }
              }
            }
          }
        }
      `,
    },
    {
      name: "ContractCompliance",
      use: "A contract on the common model (harmonised codes, levels, rules in force) and its monthly compliance",
      role: "MOBILITY_OFFICER",
      purpose: "CONTRACT_VERIFICATION",
      query: /* GraphQL */ `
        # Run as MOBILITY_OFFICER with the purpose CONTRACT_VERIFICATION.
        query ContractCompliance {
          learners(first: 2, acrossProviders: true) {
            id
            commonContracts(asOf: "2026-06-30") {
              provider
              providerContractId
              contractType
              status
              trade {
                nativeCode
                commonCode
                mapping {
                  status
                  ruleVersion
                }
              }
              levelHistory {
                from
                to
                nativeCode
                level
                mappingStatus
                ruleVersion
              }
              monthlyPayCents
              complianceSummary {
                applies
                firstMonth
                lastMonth
                monthsChecked
                flagged {
                  code
                  months
                }
                notEvaluated {
                  code
                  months
                }
              }
              complianceByMonth {
                month
                flags {
                  code
                  reason
                }
              }
            }
          }
        }
      `,
    },
    {
      name: "EstablishmentUnitAgrements",
      use: "Establishment units from OFFA's register with their enterprise and agréments (with their history)",
      role: "ACCREDITATION_OFFICER",
      query: /* GraphQL */ `
        # Run as ACCREDITATION_OFFICER.
        query EstablishmentUnitAgrements {
          establishmentUnits(first: 2) {
            number
            name
            region
            address {
              commune
            }
            enterprise {
              number
              name
            }
            accreditations {
              tradeCode
              status
              requestedOn
              decidedOn
              history {
                kind
                occurredOn
                decidingBody
              }
            }
          }
        }
      `,
    },
  ] satisfies ExampleOperation[]
).map((example) => ({ ...example, query: withoutIndent(example.query) }));

/** The operation as GraphiQL shows it: without the indentation and blank lines of the source file. */
function withoutIndent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, "").split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return `${lines.map((line) => line.slice(indent)).join("\n")}\n`;
}
