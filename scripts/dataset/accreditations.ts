import { TODAY } from "./calendar";
import { addDays, daysBetween, maxDate, minDate } from "./dates";
import { type ContractPlan, contractEnd } from "./model";
import type { Random } from "./random";
import { tradeCatalogue } from "./tradeCatalogue";

/** An offa.accreditation row before it is written. */
export interface AccreditationRecord {
  id: string;
  enterpriseNumber: string;
  unitNumber: string;
  trade: string;
  status: "ACTIVE" | "SUSPENDED" | "WITHDRAWN" | "REFUSED";
  requestedOn: string;
  decidedOn: string;
  withdrawnOn: string | null;
}

/** The accreditations and the contracts they make special. */
export interface AccreditationPlan {
  records: AccreditationRecord[];
  /** Contracts that started with no accreditation decided for their unit and trade. */
  missing: ContractPlan[];
  /** Contracts ended because their unit's accreditation was withdrawn. */
  withdrawn: ContractPlan[];
}

const MISSING_SHARE = 0.02;
const WITHDRAWN_SHARE = 0.01;
const REFUSED_FIRST_SHARE = 0.01;
/** Among pairs whose contracts have all ended. */
const SUSPENDED_SHARE = 0.01;
const EXTRA_REFUSED_SHARE = 0.01;

/**
 * Gives each (establishment unit, trade) pair used by contrats d'alternance its accreditation (domain.md §4):
 * usually ACTIVE, decided at most 3 months after the request and before the first contract; ~2 % with none
 * or decided after the first contract (the compliance cases); a few WITHDRAWN, which ends the contracts
 * running then (reason: agrément withdrawn, §2); a few refused once and accepted more than a year later;
 * some refused requests for other trades. `protectedContracts` (the deliberate overlaps) are never cut.
 */
export function planAccreditations(
  random: Random,
  contracts: readonly ContractPlan[],
  protectedContracts: ReadonlySet<ContractPlan>,
): AccreditationPlan {
  const pairs = new Map<string, ContractPlan[]>();
  for (const contract of contracts) {
    if (contract.kind !== "ALTERNANCE") continue;
    const key = `${contract.unit.number}|${contract.stint.trade.common}`;
    const list = pairs.get(key) ?? [];
    list.push(contract);
    pairs.set(key, list);
  }
  // A withdrawal ends the unit's training: no contract of any trade starts there afterwards (a unit may train
  // several trades, companies.ts).
  const lastStartAtUnit = new Map<string, string>();
  for (const contract of contracts) {
    if (contract.kind !== "ALTERNANCE") continue;
    const last = lastStartAtUnit.get(contract.unit.number);
    if (!last || contract.start > last) lastStartAtUnit.set(contract.unit.number, contract.start);
  }
  const plan: AccreditationPlan = { records: [], missing: [], withdrawn: [] };
  const add = (record: Omit<AccreditationRecord, "id">) =>
    plan.records.push({ id: `AGR-${String(plan.records.length + 1).padStart(7, "0")}`, ...record });

  for (const list of pairs.values()) {
    list.sort((a, b) => (a.start < b.start ? -1 : 1));
    const first = list[0];
    const base = {
      enterpriseNumber: first.unit.company.enterpriseNumber,
      unitNumber: first.unit.number,
      trade: first.stint.trade.common,
      withdrawnOn: null,
    };
    const decidedBeforeStart = () => {
      const decidedOn = minDate(addDays(first.start, -random.int(7, 240)), TODAY);
      return { requestedOn: addDays(decidedOn, -random.int(14, 90)), decidedOn };
    };
    const roll = random.next();

    if (roll < MISSING_SHARE) {
      const decidedOn = addDays(first.start, random.int(10, 75));
      // Half never had one; half got it only after the first contract had started.
      const late = random.chance(0.5) && decidedOn <= TODAY;
      if (late)
        add({ ...base, status: "ACTIVE", requestedOn: addDays(decidedOn, -random.int(15, 80)), decidedOn });
      plan.missing.push(...list.filter((contract) => !late || contract.start < decidedOn));
      continue;
    }
    const withdrawnOn =
      roll < MISSING_SHARE + WITHDRAWN_SHARE
        ? withdraw(random, list, lastStartAtUnit.get(first.unit.number) as string, protectedContracts, plan)
        : null;
    const dates = decidedBeforeStart();
    if (withdrawnOn) {
      add({ ...base, status: "WITHDRAWN", ...dates, withdrawnOn });
    } else {
      if (
        roll >= MISSING_SHARE + WITHDRAWN_SHARE &&
        roll < MISSING_SHARE + WITHDRAWN_SHARE + REFUSED_FIRST_SHARE
      ) {
        // Refused once; a new request is possible only a year later (domain.md §4).
        const refusedOn = addDays(dates.requestedOn, -random.int(370, 800));
        add({
          ...base,
          status: "REFUSED",
          requestedOn: addDays(refusedOn, -random.int(20, 85)),
          decidedOn: refusedOn,
        });
      }
      // A few units whose last learner left long ago are now suspended.
      const allEnded = list.every((contract) => daysBetween(contractEnd(contract), TODAY) > 30);
      add({ ...base, status: allEnded && random.chance(SUSPENDED_SHARE) ? "SUSPENDED" : "ACTIVE", ...dates });
    }

    if (random.chance(EXTRA_REFUSED_SHARE)) {
      const other = random.pick(tradeCatalogue.filter((trade) => trade.common !== base.trade));
      const decidedOn = random.dateBetween("2015-09-01", TODAY);
      add({
        ...base,
        trade: other.common,
        status: "REFUSED",
        requestedOn: addDays(decidedOn, -random.int(20, 85)),
        decidedOn,
      });
    }
  }
  return plan;
}

// Withdraws the pair's accreditation while its last contract runs; every contract running then ends that
// day. Returns the withdrawal date, or null when none fits (the pair then keeps an ordinary accreditation).
function withdraw(
  random: Random,
  list: ContractPlan[],
  lastStartAtUnit: string,
  protectedContracts: ReadonlySet<ContractPlan>,
  plan: AccreditationPlan,
): string | null {
  const last = list[list.length - 1];
  const from = maxDate(addDays(last.start, 60), addDays(lastStartAtUnit, 1));
  const to = addDays(minDate(contractEnd(last), TODAY), -1);
  if (from > to) return null;
  const withdrawnOn = random.dateBetween(from, to);
  const running = list.filter((c) => c.start <= withdrawnOn && withdrawnOn < contractEnd(c));
  if (running.length === 0 || running.some((contract) => protectedContracts.has(contract))) return null;
  for (const contract of running) {
    contract.earlyEnd = { on: withdrawnOn, reason: "AGREMENT_WITHDRAWN" };
    plan.withdrawn.push(contract);
  }
  return withdrawnOn;
}

/**
 * Among accredited units without a learner, the share whose agrément is SUSPENDED (a modelling choice: the
 * register keeps units whose activity stopped; how many is not published, domain.md §11.6).
 */
const IDLE_SUSPENDED_SHARE = 0.03;

/**
 * Accredits establishment units that train no learner, as many accredited companies do: an agrément for the
 * company's trade, decided at most 3 months after the request (domain.md §4), mostly ACTIVE. Appends to
 * `plan.records` with the next ids; returns the records added.
 */
export function accreditUnitsWithoutLearners(
  random: Random,
  units: readonly { number: string; company: { enterpriseNumber: string; trade: string } }[],
  plan: AccreditationPlan,
): AccreditationRecord[] {
  const added: AccreditationRecord[] = [];
  for (const unit of units) {
    const decidedOn = random.dateBetween("2015-09-01", TODAY);
    const record: AccreditationRecord = {
      id: `AGR-${String(plan.records.length + 1).padStart(7, "0")}`,
      enterpriseNumber: unit.company.enterpriseNumber,
      unitNumber: unit.number,
      trade: unit.company.trade,
      status: random.chance(IDLE_SUSPENDED_SHARE) ? "SUSPENDED" : "ACTIVE",
      requestedOn: addDays(decidedOn, -random.int(14, 90)),
      decidedOn,
      withdrawnOn: null,
    };
    plan.records.push(record);
    added.push(record);
  }
  return added;
}
