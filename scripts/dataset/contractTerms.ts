import { TODAY } from "./calendar";
import { addDays, isoDate, minDate } from "./dates";
import { type ContractPlan, type Stint, contractEnd } from "./model";
import type { Random } from "./random";
import { type PayLapse, planPayHistory } from "./payHistory";
import { type Level, minimumRetribution, roundCents } from "./rmmmg";
import { planStatusHistory, stateOnToday } from "./statusHistory";

/** Contracts made non-compliant on purpose, so compliance checks have known answers. */
export interface ContractAnomalies {
  payBelowMinimum: ContractPlan[];
  /** Contracts whose pay history has a raise that came late or never (payHistory.ts). */
  payRaiseLapses: { contract: ContractPlan; lapses: PayLapse[] }[];
  hourViolations: ContractPlan[];
  /** Data quality: contrats d'alternance under way with no level decision recorded at all. */
  levelDecisionMissing: ContractPlan[];
}

const PAY_BELOW_MINIMUM = 0.03;
const HOUR_VIOLATION = 0.02;
/** Contracts starting above A for prior learning (domain.md §7: about 5 %). */
const PRIOR_LEARNING = 0.04;
/** A new contract in a trade already trained in keeps the level reached, after concertation (§3). */
const KEEP_LEVEL_AFTER_SAME_TRADE = 0.5;
/**
 * Share of CEFA and IFAPME contrats d'alternance whose referent never recorded a level decision (dirty data, a
 * modelling choice: the real rate is unknown). OFFA must report them, never assume level A.
 */
const LEVEL_DECISION_MISSING = 0.01;

const levels: readonly Level[] = ["A", "B", "C"];
const otherPay: Readonly<Record<string, [number, number]>> = {
  // The 2017 Walloon apprentice allowances (250-480 €, domain.md §3) as the order of magnitude before 2015.
  PRE_2015: [250, 480],
  CAI: [400, 600],
  CPE2: [900, 1400],
  CTTP: [800, 1200],
  CST: [450, 1073],
  CSTAGE: [450, 1000],
  CIP: [750, 1000],
};

/**
 * Settles every contract once its dates are final: the dated levels (CEFA and IFAPME referent decisions; efp
 * steps on 1 August after a passed year, domain.md §3), the monthly rétribution, the state on TODAY, and the
 * deliberate anomalies. Stints are taken in creation order so that an earlier contract's level is known when
 * a later one in the same trade starts.
 */
export function settleContracts(random: Random, stints: readonly Stint[]): ContractAnomalies {
  const anomalies: ContractAnomalies = {
    payBelowMinimum: [],
    payRaiseLapses: [],
    hourViolations: [],
    levelDecisionMissing: [],
  };
  for (const stint of stints) {
    stint.contracts.forEach((contract, index) => {
      if (contract.kind === "ALTERNANCE") {
        contract.startLevel = startLevel(random, stint, index);
        contract.levels =
          stint.provider === "sfpme" ? efpSteps(stint, contract) : referentDecisions(random, contract);
        price(random, contract, anomalies);
        // After pricing, so the pay anomalies keep a level to be judged against.
        if (
          stint.provider !== "sfpme" &&
          contract.levels.length > 0 &&
          !anomalies.payBelowMinimum.includes(contract) &&
          random.chance(LEVEL_DECISION_MISSING)
        ) {
          contract.levels = [];
          anomalies.levelDecisionMissing.push(contract);
        }
      } else {
        const [min, max] = otherPay[contract.kind];
        contract.monthlyPay = roundCents(random.float(min, max));
        contract.payPeriods = [{ from: contract.start, amount: contract.monthlyPay }];
      }
      contract.statusPeriods = planStatusHistory(random, contract);
      contract.state = stateOnToday(contract.statusPeriods);
    });
  }
  return anomalies;
}

function startLevel(random: Random, stint: Stint, index: number): Level {
  if (stint.provider === "sfpme") return levels[stint.contracts[index].trainingYearAtStart - 1];
  const origin = stint.origin?.stint;
  // After a move to another trade the learner restarts at A (domain.md §10).
  if (index === 0 && origin && origin.trade.common !== stint.trade.common) return "A";
  const previous = index > 0 ? stint.contracts[index - 1] : lastAlternance(origin, stint);
  const reached = previous?.levels[previous.levels.length - 1]?.level;
  if (reached && reached !== "A" && random.chance(KEEP_LEVEL_AFTER_SAME_TRADE)) return reached;
  if (random.chance(PRIOR_LEARNING)) return random.chance(0.8) ? "B" : "C";
  return "A";
}

// The origin stint's last contrat d'alternance, when it trained the same trade.
function lastAlternance(origin: Stint | undefined, stint: Stint): ContractPlan | undefined {
  if (!origin || origin.trade.common !== stint.trade.common) return undefined;
  return [...origin.contracts].reverse().find((contract) => contract.kind === "ALTERNANCE");
}

// A first decision at start, a step up after 9-12 months, another about a year later, while the contract runs
// and no later than TODAY.
function referentDecisions(random: Random, contract: ContractPlan): ContractPlan["levels"] {
  if (contract.start > TODAY) return [];
  const decisions: ContractPlan["levels"] = [{ level: contract.startLevel, on: contract.start }];
  const until = minDate(contractEnd(contract), TODAY);
  let index = levels.indexOf(contract.startLevel);
  let on = addDays(contract.start, random.int(270, 365));
  while (index < 2 && on <= until) {
    index += 1;
    decisions.push({ level: levels[index], on });
    on = addDays(on, random.int(330, 400));
  }
  return decisions;
}

// efp: the training year at start, then one step on 1 August after each passed year (domain.md §3).
function efpSteps(stint: Stint, contract: ContractPlan): ContractPlan["levels"] {
  if (contract.start > TODAY) return [];
  const steps: ContractPlan["levels"] = [{ level: contract.startLevel, on: contract.start }];
  const until = minDate(contractEnd(contract), TODAY);
  let index = levels.indexOf(contract.startLevel);
  for (const year of stint.years) {
    const on = isoDate(year.startYear + 1, 8, 1);
    if (on <= contract.start || on > until || year.result !== "PASS" || index >= 2) continue;
    if (year.trainingYear - 1 !== index) continue;
    index += 1;
    steps.push({ level: levels[index], on });
  }
  return steps;
}

// The pay history (payHistory.ts): the start level's minimum times an extra the employer keeps for the whole
// contract (often none, sometimes up to 25 %), raised at level changes and indexations, sometimes late or never.
// A few contracts are deliberately paid below the minimum from the first day (one amount, never raised), a few
// have hours outside the rules.
function price(random: Random, contract: ContractPlan, anomalies: ContractAnomalies): void {
  const roll = random.next();
  const extra = roll < 0.55 ? 0 : roll < 0.9 ? random.float(0, 0.08) : random.float(0.08, 0.25);
  if (random.chance(PAY_BELOW_MINIMUM)) {
    // Below the minimum of the first level on the first day, hence below it on every day of the contract.
    const floor = minimumRetribution(contract.startLevel, contract.start);
    const amount = Math.min(roundCents(floor * random.float(0.8, 0.95)), roundCents(floor - 0.01));
    contract.payPeriods = [{ from: contract.start, amount }];
    anomalies.payBelowMinimum.push(contract);
  } else {
    const { periods, lapses } = planPayHistory(random, contract, extra);
    contract.payPeriods = periods;
    if (lapses.length > 0) anomalies.payRaiseLapses.push({ contract, lapses });
  }
  contract.monthlyPay = contract.payPeriods[contract.payPeriods.length - 1].amount;
  if (random.chance(HOUR_VIOLATION)) {
    if (random.chance(0.5)) contract.hoursCompany = random.pick([16, 17, 18, 18.5, 19, 19.5]);
    else contract.hoursCompany = 38 - contract.hoursCentre + random.pick([1, 1.5, 2, 3, 4]);
    anomalies.hourViolations.push(contract);
  }
}
