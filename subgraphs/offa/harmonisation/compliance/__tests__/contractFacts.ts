import { buildLevelTimeline } from "../../levels/levelTimeline";
import type { LevelPayShare, RmmmgRow } from "../../pay/PayReference";
import type { MappingRule } from "../../rules/MappingRule";
import { RuleBook } from "../../rules/RuleBook";
import { buildMonthContext, type ContractFacts, type ContractMonthContext } from "../ContractCheck";

/**
 * Test reference data, typed in from domain.md §3 (not read from schema/mappings, so a change there cannot move
 * these expectations): known RMMMG periods in cents, with June-December 2022 and October 2023 unknown.
 */
export const RMMMG: RmmmgRow[] = [
  ["2022-04-01", "2022-04-30", 180616],
  ["2022-05-01", "2022-05-31", 184228],
  ["2023-01-01", "2023-09-30", 195499],
  ["2023-11-01", "2024-03-31", 199418],
  ["2024-04-01", "2024-04-30", 202988],
  ["2024-05-01", "2025-01-31", 207048],
].map(([validFrom, validTo, amountCents]) => ({
  validFrom: validFrom as string,
  validTo: validTo as string,
  amountCents: amountCents as number,
  derived: false,
  source: "test",
}));

export const SHARES: LevelPayShare[] = (
  [
    ["A", 17],
    ["B", 24],
    ["C", 32],
  ] as const
).map(([level, percent]) => ({ level, percent, validFrom: "2015-09-01", validTo: null, source: "test" }));

const levelRule = (sourceCode: string, targetCode: string): MappingRule => ({
  namespace: "cefa",
  kind: "LEVEL",
  sourceCode,
  targetCode,
  relationship: "EQUIVALENT",
  validFrom: "2015-09-01",
  validTo: null,
  version: 1,
  source: "test",
});

const book = RuleBook.fromRows({
  ruleSetId: 1,
  rules: [levelRule("P1", "A"), levelRule("P2", "B"), levelRule("P3", "C")],
  rmmmg: RMMMG,
  levelPayShares: SHARES,
  schoolYearWeeks: [],
});

/** A CEFA level timeline from [palier, from] pairs (P1 = A, P2 = B, P3 = C; any other code is UNMAPPED). */
export const levels = (...records: [string, string][]) =>
  buildLevelTimeline({
    namespace: "cefa",
    records: records.map(([code, effectiveFrom]) => ({ code, effectiveFrom })),
    ruleBook: book,
    asOf: "2026-06-30",
  });

/**
 * A contrat d'alternance that passes every check in every month it runs (level A, paid the 2023 level-A minimum
 * 332.35 € from the start): each test changes one thing.
 */
export function contract(overrides: Partial<ContractFacts> = {}): ContractFacts {
  return {
    id: "C1",
    contractType: "CONTRAT_ALTERNANCE",
    signatureDate: "2022-12-20",
    startDate: "2023-01-01",
    plannedEndDate: "2023-09-30",
    endedOn: null,
    companyHoursPerWeek: 26,
    centreHoursPerWeek: 12,
    payPeriods: [{ from: "2023-01-01", amountCents: 33235 }],
    statusPeriods: [],
    endReason: null,
    learnerBirthDate: "2006-05-10",
    learnerHasLegalRepresentative: true,
    establishmentUnitNumber: "2123456789",
    tradeCode: "MENUISIER",
    otherContracts: [
      {
        id: "C0",
        startDate: "2021-09-01",
        endDate: "2022-06-30",
        contractType: "CONTRAT_ALTERNANCE",
        tradeCode: "MENUISIER",
      },
    ],
    accreditations: [
      {
        trade: "MENUISIER",
        status: "ACTIVE",
        decidedOn: "2022-06-15",
        withdrawnOn: null,
        events: [
          { kind: "REQUESTED", on: "2022-04-01" },
          { kind: "GRANTED", on: "2022-06-15" },
        ],
      },
    ],
    levelTimeline: levels(["P1", "2023-01-01"]),
    rmmmg: RMMMG,
    levelPayShares: SHARES,
    ...overrides,
  };
}

/** One month of `contract(overrides)`. */
export function monthOf(month: string, overrides: Partial<ContractFacts> = {}): ContractMonthContext {
  return buildMonthContext(contract(overrides), month);
}
