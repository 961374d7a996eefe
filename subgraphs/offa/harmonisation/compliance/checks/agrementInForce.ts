import { addDays } from "../../calendar/isoDate";
import type { ContractFacts } from "../ContractCheck";

/** One agrément of the contract's establishment unit, as ContractFacts holds it. */
export type AgrementFact = ContractFacts["accreditations"][number];

/** An agrément's state on a day after its dated events: NONE before its first event. */
export type AgrementState = "NONE" | "REQUESTED" | "GRANTED" | "REFUSED" | "SUSPENDED" | "WITHDRAWN";

/**
 * Whether the unit holds an agrément for the trade in force on a day: IN_FORCE (one is granted or reinstated, not
 * suspended, not yet withdrawn), NOT_IN_FORCE (every agrément is dated and none is; `states` gives each one's
 * state that day, empty when there is none), or UNDATED (none of the dated ones is in force and one has no dated
 * events, so whether it was is unknown).
 */
export type AgrementOnDay =
  { kind: "IN_FORCE" } | { kind: "NOT_IN_FORCE"; states: AgrementState[] } | { kind: "UNDATED" };

/** The agréments of the contract's unit for its common trade (none when the trade has no single common trade). */
export function agrementsForTrade(contract: ContractFacts): AgrementFact[] {
  return contract.accreditations.filter((a) => a.trade === contract.tradeCode);
}

/** An agrément's dated events, oldest first (events of one day keep their recorded order). */
function datedEvents(agrement: AgrementFact): readonly { kind: string; on: string }[] {
  return [...(agrement.events ?? [])].sort((x, y) => x.on.localeCompare(y.on));
}

/**
 * An agrément's state after its events up to `day` (domain.md §4). A withdrawal ends the contracts under it that
 * day (§2): it takes effect from the day after, so the agrément is still in force on the withdrawal day.
 */
export function agrementStateOn(agrement: AgrementFact, day: string): AgrementState {
  let state: AgrementState = "NONE";
  for (const event of datedEvents(agrement)) {
    if (event.on > day) break;
    if (event.kind === "WITHDRAWN" && event.on === day) continue;
    state = event.kind === "REINSTATED" ? "GRANTED" : (event.kind as AgrementState);
  }
  return state;
}

/**
 * Whether an agrément among `agrements` (those of one unit for one trade) is in force on `day`, from their dated
 * events (offa.accreditation_event); the one reading both agrément checks share.
 */
export function agrementInForceOn(agrements: readonly AgrementFact[], day: string): AgrementOnDay {
  const dated = agrements.filter((a) => (a.events?.length ?? 0) > 0);
  if (dated.some((a) => agrementStateOn(a, day) === "GRANTED")) return { kind: "IN_FORCE" };
  if (dated.length < agrements.length) return { kind: "UNDATED" };
  return { kind: "NOT_IN_FORCE", states: dated.map((a) => agrementStateOn(a, day)) };
}

/**
 * The days of `from`..`to` on which agrementInForceOn may change: `from`, each event day and each day after one
 * (a withdrawal counts from the day after). Judging these days judges every day of the period.
 */
export function agrementChangeDays(agrements: readonly AgrementFact[], from: string, to: string): string[] {
  const changes = agrements.flatMap((a) => datedEvents(a).flatMap((e) => [e.on, addDays(e.on, 1)]));
  return [...new Set([from, ...changes.filter((day) => day > from && day <= to)])].sort();
}

/** An agrément's dated events in one line, e.g. "GRANTED 2022-06-15, SUSPENDED 2023-11-10", or "no dated events". */
export function describeAgrementEvents(agrement: AgrementFact): string {
  const events = datedEvents(agrement);
  return events.length === 0 ? "no dated events" : events.map((e) => `${e.kind} ${e.on}`).join(", ");
}
