import { addDays, daysBetween, type MappingResolution, type RuleBook } from "../harmonisation";
import type { CommonCertification } from "../commonModel/CommonCertification";
import type { CommonContract } from "../commonModel/CommonContract";
import { CommonLevelValue, MappingStatusValue } from "../commonModel/enums";
import { contractEndDate } from "../commonModel/harmoniseContracts";
import { type Provider, providerOfNamespace } from "../identity/Provider";
import type { NativeEnrolment, NativeLearnerRecord } from "../providers";
import type { JourneyStep } from "./JourneyStep";
import { JourneyStepKind, LevelOutcome, MobilityEventKind } from "./journeyEnums";
import type { JourneySummary, LearnerJourney } from "./LearnerJourney";
import type { JourneyTrade, MobilityEvent } from "./MobilityEvent";

/** Days per month for "months under contract": the mean Gregorian month (365.25 / 12). */
const DAYS_PER_MONTH = 30.4375;

/** Steps of one day in the order a reader expects them (an enrolment before the contract it comes with…). */
const STEP_ORDER: readonly JourneyStepKind[] = [
  JourneyStepKind.GAP_WITHOUT_CONTRACT,
  JourneyStepKind.ENROLMENT,
  JourneyStepKind.CONTRACT_START,
  JourneyStepKind.STATUS_CHANGE,
  JourneyStepKind.LEVEL_CHANGE,
  JourneyStepKind.PAY_STEP,
  JourneyStepKind.CERTIFICATION,
  JourneyStepKind.CONTRACT_END,
  JourneyStepKind.ENROLMENT_LEFT,
];

const LEVEL_RANK: Record<CommonLevelValue, number> = { A: 1, B: 2, C: 3 };

/** What buildJourney reads: the learner's provider records and their harmonised contracts and certificates. */
export interface JourneyInput {
  records: readonly NativeLearnerRecord[];
  /** Every contract of the learner on the common model (harmoniseContracts), under the rules of asOf. */
  contracts: readonly CommonContract[];
  certifications: readonly CommonCertification[];
  ruleBook: RuleBook;
  asOf: string;
}

/**
 * A learner's whole journey across providers, in time order, and the changes derived from it. Pure: everything
 * comes from the provider records (through @requires) and the rules of asOf; only what happened by asOf counts.
 */
export function buildJourney(input: JourneyInput): LearnerJourney {
  const { asOf } = input;
  const enrolments = input.records
    .flatMap((record) => record.enrolments)
    .filter((enrolment) => enrolment.startsOn <= asOf)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.namespace.localeCompare(b.namespace));
  const trades = new Map(enrolments.map((e) => [e, tradeOf(e, input.ruleBook, asOf)]));
  const contracts = [...input.contracts]
    .filter((contract) => contract.startsOn <= asOf)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const gaps = gapsBetween(contracts, asOf);
  const steps = [
    ...enrolmentSteps(enrolments, trades),
    ...contracts.flatMap((contract) => contractSteps(contract, asOf)),
    ...input.certifications
      .filter((certification) => certification.issuedOn <= asOf)
      .map((certification) =>
        step(JourneyStepKind.CERTIFICATION, certification.issuedOn, certification.issuingProvider, {
          providerRecordId: certification.providerCertificateId,
          nativeCode: certification.nativeCode,
          commonCode: certification.code,
          mappingStatus: certification.mappingStatus,
        }),
      ),
    ...gaps.map((gap) => step(JourneyStepKind.GAP_WITHOUT_CONTRACT, gap.from, null, { until: gap.to })),
  ].sort((a, b) => a.on.localeCompare(b.on) || STEP_ORDER.indexOf(a.kind) - STEP_ORDER.indexOf(b.kind));
  const events = [
    ...enrolmentEvents(enrolments, trades, contracts),
    ...contractEvents(contracts),
    ...gaps.map((gap) =>
      event(MobilityEventKind.INTERRUPTION, gap.from, { days: daysBetween(gap.from, gap.to) + 1 }),
    ),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return { steps, events, summary: summarise(enrolments, contracts, events, input.certifications, asOf) };
}

function tradeOf(
  enrolment: NativeEnrolment,
  ruleBook: RuleBook,
  asOf: string,
): {
  trade: JourneyTrade;
  resolution: MappingResolution;
} {
  const resolution = ruleBook.resolve(enrolment.namespace, "TRADE", enrolment.tradeCode, asOf);
  return { trade: { nativeCode: enrolment.tradeCode, commonCode: resolution.target }, resolution };
}

function enrolmentSteps(
  enrolments: readonly NativeEnrolment[],
  trades: Map<NativeEnrolment, { trade: JourneyTrade; resolution: MappingResolution }>,
): JourneyStep[] {
  return enrolments.flatMap((enrolment) => {
    const { trade, resolution } = trades.get(enrolment)!;
    const provider = providerOfNamespace(enrolment.namespace);
    const common = {
      providerRecordId: enrolment.id,
      nativeCode: trade.nativeCode,
      commonCode: trade.commonCode,
      mappingStatus: MappingStatusValue[resolution.status],
      courseOnly: enrolment.courseOnly,
      yearLabel: enrolment.yearLabel,
    };
    return [
      step(JourneyStepKind.ENROLMENT, enrolment.startsOn, provider, common),
      ...(enrolment.leftOn ? [step(JourneyStepKind.ENROLMENT_LEFT, enrolment.leftOn, provider, common)] : []),
    ];
  });
}

function contractSteps(contract: CommonContract, asOf: string): JourneyStep[] {
  const provider = contract.provider;
  const id = contract.providerContractId;
  const native = contract.state.native;
  const end = contract.endedOn ?? (native.plannedEndOn <= asOf ? native.plannedEndOn : null);
  return [
    step(JourneyStepKind.CONTRACT_START, contract.startsOn, provider, {
      providerRecordId: id,
      nativeCode: native.typeCode,
      commonCode: contract.contractType,
      mappingStatus: MappingStatusValue[contract.mappings.contractType.status],
      company: contract.company,
    }),
    ...contract.statusHistory.map((period) =>
      step(JourneyStepKind.STATUS_CHANGE, period.from, provider, {
        providerRecordId: id,
        nativeCode: period.nativeCode,
        commonCode: period.status,
        mappingStatus: MappingStatusValue[period.mapping.status],
      }),
    ),
    ...contract.levelHistory.map((period) =>
      step(JourneyStepKind.LEVEL_CHANGE, period.from, provider, {
        providerRecordId: id,
        nativeCode: period.nativeCode,
        commonCode: period.level,
        mappingStatus: period.mappingStatus,
      }),
    ),
    ...contract.payHistory.map((period) =>
      step(JourneyStepKind.PAY_STEP, period.from, provider, {
        providerRecordId: id,
        amountCents: period.amountCents,
      }),
    ),
    ...(end
      ? [
          step(JourneyStepKind.CONTRACT_END, end, provider, {
            providerRecordId: id,
            nativeCode: contract.endedOn ? native.endReasonCode : null,
            commonCode: contract.endedOn ? contract.endReason : null,
            mappingStatus: contract.mappings.endReason
              ? MappingStatusValue[contract.mappings.endReason.status]
              : null,
          }),
        ]
      : []),
  ];
}

/** Days under no contract between two contracts (overlapping contracts merged), up to asOf. */
function gapsBetween(contracts: readonly CommonContract[], asOf: string): { from: string; to: string }[] {
  const gaps: { from: string; to: string }[] = [];
  let coveredUntil: string | null = null;
  for (const contract of contracts) {
    const end = lastDay(contract, asOf);
    if (coveredUntil !== null && contract.startsOn > addDays(coveredUntil, 1)) {
      gaps.push({ from: addDays(coveredUntil, 1), to: addDays(contract.startsOn, -1) });
    }
    if (coveredUntil === null || end > coveredUntil) coveredUntil = end;
  }
  return gaps;
}

/** A contract's last day for the journey: its effective end, or asOf while it runs. */
function lastDay(contract: CommonContract, asOf: string): string {
  const end = contract.endedOn ?? contractEndDate(contract.state.native);
  return end < asOf ? end : asOf;
}

function enrolmentEvents(
  enrolments: readonly NativeEnrolment[],
  trades: Map<NativeEnrolment, { trade: JourneyTrade }>,
  contracts: readonly CommonContract[],
): MobilityEvent[] {
  const events: MobilityEvent[] = [];
  const own = enrolments.filter((enrolment) => !enrolment.courseOnly);
  own.forEach((enrolment, index) => {
    const previous = own[index - 1];
    if (!previous) return;
    const fromTrade = trades.get(previous)!.trade;
    const toTrade = trades.get(enrolment)!.trade;
    const tradeChanged =
      fromTrade.commonCode === null || toTrade.commonCode === null
        ? null
        : fromTrade.commonCode !== toTrade.commonCode;
    const from = providerOfNamespace(previous.namespace);
    const to = providerOfNamespace(enrolment.namespace);
    if (from !== to) {
      const levels = levelsAcross(contracts, enrolment.startsOn, from, to);
      events.push(
        event(MobilityEventKind.PROVIDER_CHANGE, enrolment.startsOn, {
          fromProvider: from,
          toProvider: to,
          fromTrade,
          toTrade,
          tradeChanged,
          ...levels,
        }),
      );
    } else if (tradeChanged === true) {
      events.push(
        event(MobilityEventKind.TRADE_CHANGE, enrolment.startsOn, {
          fromProvider: from,
          toProvider: to,
          fromTrade,
          toTrade,
          tradeChanged,
        }),
      );
    }
  });
  // Courses taught by another provider: shown once per provider and trade, as what they are.
  const seen = new Set<string>();
  for (const enrolment of enrolments) {
    if (!enrolment.courseOnly) continue;
    const key = `${enrolment.namespace}:${enrolment.tradeCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const holder = [...own].reverse().find((e) => e.startsOn <= enrolment.startsOn) ?? own[0];
    events.push(
      event(MobilityEventKind.COURSES_AT_OTHER_PROVIDER, enrolment.startsOn, {
        fromProvider: holder ? providerOfNamespace(holder.namespace) : null,
        toProvider: providerOfNamespace(enrolment.namespace),
        toTrade: trades.get(enrolment)!.trade,
      }),
    );
  }
  return events;
}

/** The last common level before a move (the latest contract at the old provider) and the first after it. */
function levelsAcross(
  contracts: readonly CommonContract[],
  movedOn: string,
  from: Provider,
  to: Provider,
): Pick<MobilityEvent, "levelBefore" | "levelAfter" | "levelOutcome"> {
  const before = [...contracts].reverse().find((c) => c.provider === from && c.startsOn < movedOn);
  const after = contracts.find((c) => c.provider === to && c.startsOn >= movedOn);
  const levelBefore = before ? lastLevel(before) : null;
  const levelAfter = after?.levelHistory[0]?.level ?? null;
  const levelOutcome =
    levelBefore === null || levelAfter === null
      ? LevelOutcome.UNKNOWN
      : levelBefore === levelAfter
        ? LevelOutcome.KEPT
        : levelAfter === CommonLevelValue.A
          ? LevelOutcome.RESTARTED_AT_A
          : LevelOutcome.CHANGED;
  return { levelBefore, levelAfter, levelOutcome };
}

function lastLevel(contract: CommonContract): CommonLevelValue | null {
  const history = contract.levelHistory;
  return history.length > 0 ? history[history.length - 1].level : null;
}

function contractEvents(contracts: readonly CommonContract[]): MobilityEvent[] {
  return contracts.flatMap((contract, index) => {
    const previous = contracts[index - 1];
    if (!previous) return [];
    const sameEnterprise = previous.company.enterpriseNumber === contract.company.enterpriseNumber;
    const sameUnit = previous.company.establishmentUnitNumber === contract.company.establishmentUnitNumber;
    if (sameEnterprise && sameUnit) return [];
    return [
      event(
        sameEnterprise ? MobilityEventKind.UNIT_CHANGE : MobilityEventKind.COMPANY_CHANGE,
        contract.startsOn,
        {
          fromProvider: previous.provider,
          toProvider: contract.provider,
        },
      ),
    ];
  });
}

function summarise(
  enrolments: readonly NativeEnrolment[],
  contracts: readonly CommonContract[],
  events: readonly MobilityEvent[],
  certifications: readonly CommonCertification[],
  asOf: string,
): JourneySummary {
  const providers: Provider[] = [];
  const firstMet = [
    ...enrolments
      .filter((e) => !e.courseOnly)
      .map((e) => ({ on: e.startsOn, provider: providerOfNamespace(e.namespace) })),
    ...contracts.map((c) => ({ on: c.startsOn, provider: c.provider })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  for (const { provider } of firstMet) if (!providers.includes(provider)) providers.push(provider);
  let days = 0;
  let coveredUntil: string | null = null;
  for (const contract of contracts) {
    const end = lastDay(contract, asOf);
    const start =
      coveredUntil !== null && contract.startsOn <= coveredUntil
        ? addDays(coveredUntil, 1)
        : contract.startsOn;
    if (end >= start) days += daysBetween(start, end) + 1;
    if (coveredUntil === null || end > coveredUntil) coveredUntil = end;
  }
  const levels = contracts.flatMap((c) => c.levelHistory.map((p) => p.level)).filter((l) => l !== null);
  const highestLevel = levels.reduce<CommonLevelValue | null>(
    (best, level) => (best === null || LEVEL_RANK[level] > LEVEL_RANK[best] ? level : best),
    null,
  );
  return {
    providers,
    moves: events.filter((e) => e.kind === MobilityEventKind.PROVIDER_CHANGE).length,
    monthsUnderContract: Math.round((days / DAYS_PER_MONTH) * 10) / 10,
    highestLevel,
    certifications: certifications.filter((c) => c.issuedOn <= asOf),
  };
}

function step(
  kind: JourneyStepKind,
  on: string,
  provider: Provider | null,
  fields: Partial<JourneyStep>,
): JourneyStep {
  return {
    kind,
    on,
    until: null,
    provider,
    providerRecordId: null,
    nativeCode: null,
    commonCode: null,
    mappingStatus: null,
    amountCents: null,
    company: null,
    courseOnly: false,
    yearLabel: null,
    ...fields,
  };
}

function event(kind: MobilityEventKind, on: string, fields: Partial<MobilityEvent>): MobilityEvent {
  return {
    kind,
    on,
    fromProvider: null,
    toProvider: null,
    fromTrade: null,
    toTrade: null,
    tradeChanged: null,
    levelBefore: null,
    levelAfter: null,
    levelOutcome: null,
    days: null,
    ...fields,
  };
}
