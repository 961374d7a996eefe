import { TODAY } from "./calendar";
import { addDays, maxDate, minDate } from "./dates";
import type { AccreditationRecord } from "./accreditations";
import { type ContractPlan, contractEnd, type Provider } from "./model";
import type { Random } from "./random";

/** One step of an agrément's life (offa.accreditation_event). */
export interface AccreditationEvent {
  accreditationId: string;
  kind: "REQUESTED" | "GRANTED" | "REFUSED" | "SUSPENDED" | "REINSTATED" | "WITHDRAWN";
  on: string;
  decidingBody: Uppercase<Provider> | "COMMISSION" | null;
}

/** The Commission d'agrément et de médiation sits at OFFA since 5 October 2017 (domain.md §4). */
const COMMISSION_SINCE = "2017-10-05";
/**
 * Shares (modelling choices: the real rates are unknown): decisions the Commission took after operator and
 * sector coach disagreed; agréments with no learner left that were suspended for a while and reinstated.
 */
const COMMISSION_SHARE = 0.05;
const PAST_SUSPENSION_SHARE = 0.03;
/**
 * Share of ACTIVE agréments with a contract running under them that were suspended for a while during that
 * contract and then reinstated (a modelling choice: the real rate is unknown, domain.md §11.6). It exists so the
 * suspension branch of the monthly agrément check has known answers; it is small because a suspension with a
 * learner in place is the exception (the operator suspends when the conditions of §4 stop being met, and
 * reinstates once they are met again). A third of them begin shortly before the contract starts (the company
 * signed while suspended), so the agrément at the start is missing too, with the suspension's dates.
 */
const RUNNING_SUSPENSION_SHARE = 0.005;
const RUNNING_SUSPENSION_OVER_START_SHARE = 1 / 3;

/** A suspension seeded over a running contract: the agrément was not in force from `from` to `to` inclusive. */
export interface RunningSuspension {
  accreditationId: string;
  unitNumber: string;
  trade: string;
  from: string;
  to: string;
  /** The contrats d'alternance of the unit for the trade (those the suspension may touch). */
  contracts: readonly ContractPlan[];
}

/** Every agrément's dated events, and the suspensions seeded over a running contract (for the ground truth). */
export interface AccreditationEventPlan {
  events: AccreditationEvent[];
  runningSuspensions: RunningSuspension[];
}

/**
 * Every agrément's dated events: the request, the decision (granted or refused), for a SUSPENDED one the day it
 * was suspended (after its last learner left, so no contract runs under a suspended agrément), for a few ACTIVE
 * ones a suspension and its reinstatement while a contract runs under it (RUNNING_SUSPENSION_SHARE, returned as
 * `runningSuspensions`), for a few others a past suspension and its reinstatement with no contract running, and
 * the withdrawal. The deciding body is the operator of the unit's first contract for the trade (domain.md §4:
 * "the operator decides"), sometimes the Commission. Pairs with a contract that already has no agrément at its
 * start (`withoutAgrement`: accreditations.missing, and those recorded under a unit number the register lacks)
 * get no running suspension, so each month a suspension makes non-compliant has that one cause.
 */
export function planAccreditationEvents(
  random: Random,
  records: readonly AccreditationRecord[],
  contracts: readonly ContractPlan[],
  withoutAgrement: ReadonlySet<ContractPlan>,
): AccreditationEventPlan {
  const byPair = new Map<string, ContractPlan[]>();
  for (const contract of contracts) {
    if (contract.kind !== "ALTERNANCE") continue;
    const key = `${contract.unit.number}|${contract.stint.trade.common}`;
    byPair.set(key, [...(byPair.get(key) ?? []), contract]);
  }
  const events: AccreditationEvent[] = [];
  const runningSuspensions: RunningSuspension[] = [];
  for (const record of records) {
    const pair = (byPair.get(`${record.unitNumber}|${record.trade}`) ?? []).sort((a, b) =>
      a.start.localeCompare(b.start),
    );
    const operator = (
      pair[0]?.stint.provider ?? random.pick(["cefa", "ifapme", "sfpme"] as const)
    ).toUpperCase() as Uppercase<Provider>;
    const body = (on: string) =>
      on >= COMMISSION_SINCE && random.chance(COMMISSION_SHARE) ? "COMMISSION" : operator;
    const add = (
      kind: AccreditationEvent["kind"],
      on: string,
      decidingBody: AccreditationEvent["decidingBody"],
    ) => events.push({ accreditationId: record.id, kind, on, decidingBody });

    add("REQUESTED", record.requestedOn, null);
    add(record.status === "REFUSED" ? "REFUSED" : "GRANTED", record.decidedOn, body(record.decidedOn));
    if (record.status === "REFUSED") continue;
    const lastEnd = pair.reduce((last, c) => maxDate(last, contractEnd(c)), record.decidedOn);
    const idleFrom = addDays(lastEnd, 1);
    const running =
      record.status === "ACTIVE" && !record.withdrawnOn && !pair.some((c) => withoutAgrement.has(c))
        ? suspensionOverContract(random, record, pair)
        : null;
    if (record.status === "SUSPENDED") {
      add("SUSPENDED", idleFrom <= TODAY ? random.dateBetween(idleFrom, TODAY) : TODAY, body(TODAY));
    } else if (running) {
      add("SUSPENDED", running.from, body(running.from));
      add("REINSTATED", addDays(running.to, 1), body(running.to));
      runningSuspensions.push({
        accreditationId: record.id,
        unitNumber: record.unitNumber,
        trade: record.trade,
        ...running,
        contracts: pair,
      });
    } else if (
      record.status === "ACTIVE" &&
      addDays(idleFrom, 120) < TODAY &&
      random.chance(PAST_SUSPENSION_SHARE)
    ) {
      const from = random.dateBetween(idleFrom, addDays(TODAY, -90));
      const to = addDays(from, random.int(30, 80));
      add("SUSPENDED", from, body(from));
      add("REINSTATED", addDays(to, 1), body(to));
    }
    if (record.withdrawnOn) add("WITHDRAWN", record.withdrawnOn, body(record.withdrawnOn));
  }
  return { events, runningSuspensions };
}

// For RUNNING_SUSPENSION_SHARE of the agréments with a contract that ran 90 days or more by TODAY: a suspension of
// 20-60 days inside one such contract (reinstated by TODAY), or, for a share of them, beginning 1-20 days before
// it starts (after the grant), so that it still covers the start. Null otherwise.
function suspensionOverContract(
  random: Random,
  record: AccreditationRecord,
  pair: readonly ContractPlan[],
): { from: string; to: string } | null {
  const candidates = pair.filter((c) => addDays(c.start, 90) <= minDate(contractEnd(c), TODAY));
  if (candidates.length === 0 || !random.chance(RUNNING_SUSPENSION_SHARE)) return null;
  const contract = random.pick(candidates);
  const lastRunning = minDate(contractEnd(contract), TODAY);
  const days = random.int(20, 60);
  const overStart = random.chance(RUNNING_SUSPENSION_OVER_START_SHARE);
  const earliest = addDays(record.decidedOn, 1);
  const from = overStart
    ? maxDate(earliest, addDays(contract.start, -random.int(1, 19)))
    : random.dateBetween(addDays(contract.start, 1), addDays(lastRunning, -days - 1));
  return { from, to: addDays(from, days - 1) };
}
