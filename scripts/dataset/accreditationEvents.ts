import { TODAY } from "./calendar";
import { addDays, maxDate } from "./dates";
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
 * Every agrément's dated events: the request, the decision (granted or refused), for a SUSPENDED one the day it
 * was suspended (after its last learner left, so no contract runs under a suspended agrément), for a few others
 * a past suspension and its reinstatement (also with no contract running), and the withdrawal. The deciding body
 * is the operator of the unit's first contract for the trade (domain.md §4: "the operator decides"), sometimes
 * the Commission.
 */
export function planAccreditationEvents(
  random: Random,
  records: readonly AccreditationRecord[],
  contracts: readonly ContractPlan[],
): AccreditationEvent[] {
  const byPair = new Map<string, ContractPlan[]>();
  for (const contract of contracts) {
    if (contract.kind !== "ALTERNANCE") continue;
    const key = `${contract.unit.number}|${contract.stint.trade.common}`;
    byPair.set(key, [...(byPair.get(key) ?? []), contract]);
  }
  const events: AccreditationEvent[] = [];
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
    if (record.status === "SUSPENDED") {
      add("SUSPENDED", idleFrom <= TODAY ? random.dateBetween(idleFrom, TODAY) : TODAY, body(TODAY));
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
  return events;
}
