import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { clientError, YearMonth } from "../../kit";
import {
  checkContractMonth,
  evaluateContractMonths,
  minimumMonthlyPay,
  monthBounds,
  summariseCompliance,
  type ContractCheckCode,
  type ContractCheckResult,
  type ContractFacts,
  type ContractMonthsEvaluation,
  type MappingResolution,
} from "../harmonisation";

import { CommonContract } from "../commonModel/CommonContract";
import { ComplianceReport } from "../commonModel/ComplianceReport";
import { ComplianceSummary } from "../commonModel/ComplianceSummary";
import { CommonLevelValue, ComplianceCheck } from "../commonModel/enums";
import { MinimumPay } from "../commonModel/MinimumPay";
import type { OffaContext } from "../context";
import { EstablishmentUnit } from "../register";
import { contractEndDate } from "./harmoniseContracts";

/** Cents as a plain decimal amount in euros ("332.35"): exact, no float on the way. */
function centsToDecimal(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** The month a contract's compliance is judged on by default: its last month, or asOf's month if earlier. */
function defaultMonth(contract: CommonContract): string {
  const end = contractEndDate(contract.state.native);
  const last = end < contract.state.asOf ? end : contract.state.asOf;
  return (last < contract.startsOn ? contract.startsOn : last).slice(0, 7);
}

/** Every check code in the schema's enum: the compiler asks for a new check's value here. */
const COMPLIANCE_CHECK: Record<ContractCheckCode, ComplianceCheck> = {
  PAY_BELOW_MINIMUM: ComplianceCheck.PAY_BELOW_MINIMUM,
  OVER_38_HOURS: ComplianceCheck.OVER_38_HOURS,
  UNDER_20_COMPANY_HOURS: ComplianceCheck.UNDER_20_COMPANY_HOURS,
  AGE_AT_SIGNATURE: ComplianceCheck.AGE_AT_SIGNATURE,
  TRAINING_AFTER_AGE_LIMIT: ComplianceCheck.TRAINING_AFTER_AGE_LIMIT,
  START_LEVEL_WITHOUT_BASIS: ComplianceCheck.START_LEVEL_WITHOUT_BASIS,
  NO_ACCREDITATION: ComplianceCheck.NO_ACCREDITATION,
  AGREMENT_NOT_IN_FORCE: ComplianceCheck.AGREMENT_NOT_IN_FORCE,
  MINOR_WITHOUT_REPRESENTATIVE: ComplianceCheck.MINOR_WITHOUT_REPRESENTATIVE,
  OVERLAPPING_CONTRACT: ComplianceCheck.OVERLAPPING_CONTRACT,
  END_REASON_VS_DATES: ComplianceCheck.END_REASON_VS_DATES,
  END_REASON_VS_STATUSES: ComplianceCheck.END_REASON_VS_STATUSES,
};

// Per request: a CommonContract lives for one request, so its facts and monthly evaluation are computed once
// however many compliance fields the query asks for, and go with the contract object.
const factsOf = new WeakMap<CommonContract, ContractFacts>();
const evaluationOf = new WeakMap<CommonContract, ContractMonthsEvaluation>();

/** The common values a resolution stands for: its target when MAPPED, its candidates when AMBIGUOUS. */
function commonValues(resolution: MappingResolution): string[] {
  return resolution.target !== null ? [resolution.target] : resolution.candidates;
}

/** What the compliance checks read of a common contract (harmonisation/compliance ContractFacts). */
function contractFacts(contract: CommonContract): ContractFacts {
  const cached = factsOf.get(contract);
  if (cached) return cached;
  const { state } = contract;
  const { native, ruleBook, asOf } = state;
  const endReason = native.endReasonCode
    ? ruleBook.resolve(native.namespace, "END_REASON", native.endReasonCode, asOf)
    : null;
  const facts: ContractFacts = {
    id: contract.providerContractId,
    contractType: state.contractType,
    signatureDate: contract.signedOn,
    startDate: contract.startsOn,
    plannedEndDate: native.plannedEndOn,
    endedOn: native.endedOn,
    companyHoursPerWeek: contract.companyHoursPerWeek,
    centreHoursPerWeek: contract.centreHoursPerWeek,
    payPeriods: native.payPeriods,
    statusPeriods: native.statusPeriods.map((period) => ({
      nativeCode: period.code,
      status: ruleBook.resolve(native.namespace, "CONTRACT_STATUS", period.code, asOf).target,
      from: period.from,
      to: period.to,
    })),
    endReason: endReason && {
      nativeCode: endReason.sourceCode,
      common: endReason.target,
      candidates: commonValues(endReason),
    },
    learnerBirthDate: state.learnerBirthDate,
    learnerHasLegalRepresentative: state.learnerHasLegalRepresentative,
    establishmentUnitNumber: contract.company.establishmentUnitNumber,
    tradeCode: state.tradeCode,
    otherContracts: state.otherContracts,
    accreditations: state.accreditations,
    levelTimeline: state.timeline,
    rmmmg: ruleBook.rmmmg,
    levelPayShares: ruleBook.levelPayShares,
  };
  factsOf.set(contract, facts);
  return facts;
}

function contractEvaluation(contract: CommonContract): ContractMonthsEvaluation {
  const cached = evaluationOf.get(contract);
  if (cached) return cached;
  const evaluation = evaluateContractMonths(contractFacts(contract), contract.state.asOf);
  evaluationOf.set(contract, evaluation);
  return evaluation;
}

function toReport(result: ContractCheckResult): ComplianceReport {
  const toFinding = (finding: { code: ContractCheckCode; reason: string }) => ({
    code: COMPLIANCE_CHECK[finding.code],
    reason: finding.reason,
  });
  return {
    month: result.month,
    flags: result.flags.map(toFinding),
    notEvaluated: result.notEvaluated.map(toFinding),
  };
}

/** Checks a from/to month argument against the months judged; a client error names the contract's months. */
function monthInContract(
  contract: CommonContract,
  evaluation: ContractMonthsEvaluation,
  argument: "from" | "to",
  month: string,
): string {
  const { first, last } = evaluation;
  if (first === null || last === null) {
    throw clientError(
      "OFFA_INPUT_INVALID_DATE",
      `${argument} ${month} is outside contract ${contract.providerContractId}: it has no month to judge on asOf ${contract.state.asOf} (it starts ${contract.startsOn}).`,
      { argument, contractMonths: null },
    );
  }
  if (month < first || month > last) {
    throw clientError(
      "OFFA_INPUT_INVALID_DATE",
      `${argument} ${month} is outside contract ${contract.providerContractId}, whose months judged on asOf ${contract.state.asOf} are ${first} to ${last}.`,
      { argument, contractMonths: { first, last } },
    );
  }
  return month;
}

/** The computed fields of a common contract: minimum rétribution for a month and compliance. */
@Resolver(() => CommonContract)
export class CommonContractResolver {
  @FieldResolver(() => EstablishmentUnit, {
    nullable: true,
    description:
      "The company's establishment unit in OFFA's register (region, province, agréments); null when the register lacks the number the provider recorded (a data-quality finding).",
  })
  establishmentUnit(
    @Root() contract: CommonContract,
    @Ctx() ctx: OffaContext,
  ): Promise<EstablishmentUnit | null> {
    return ctx.register.units.load(contract.company.establishmentUnitNumber);
  }

  @FieldResolver(() => MinimumPay, {
    description:
      "Minimum monthly rétribution for a month (YYYY-MM): RMMMG in force × the level's share (domain.md §3).",
  })
  minimumMonthlyPay(
    @Root() contract: CommonContract,
    @Arg("month", () => YearMonth) month: string,
  ): MinimumPay {
    const { state } = contract;
    const { first, last } = monthBounds(month);
    // A month the contract does not run in has no minimum: said as a reason, so a list of contracts stays whole.
    if (last < contract.startsOn || first > contractEndDate(state.native)) {
      return {
        month,
        amountCents: null,
        amount: null,
        unknownReason: "OUTSIDE_CONTRACT",
        derived: false,
        parts: [],
      };
    }
    const result = minimumMonthlyPay({
      month,
      levelOn: (date) => state.timeline.levelOn(date),
      rmmmg: state.ruleBook.rmmmg,
      shares: state.ruleBook.levelPayShares,
      period: { from: contract.startsOn, to: contractEndDate(state.native) },
    });
    return {
      month,
      amountCents: result.amountCents,
      amount: result.amountCents === null ? null : centsToDecimal(result.amountCents),
      unknownReason: result.reason ?? null,
      derived: result.derived,
      parts: result.parts.map((part) => ({
        from: part.from,
        to: part.to,
        days: part.days,
        level: part.level ? CommonLevelValue[part.level] : null,
        percent: part.percent,
        rmmmgCents: part.rmmmgCents,
        rmmmgValidFrom: part.rmmmgValidFrom,
      })),
    };
  }

  @FieldResolver(() => ComplianceReport, {
    description:
      "Compliance checks of a contrat d'alternance for one month (YYYY-MM; default: the contract's last month up to asOf).",
  })
  compliance(
    @Root() contract: CommonContract,
    @Arg("month", () => YearMonth, { nullable: true }) month: string | null,
  ): ComplianceReport {
    const judged = month === null || month === undefined ? defaultMonth(contract) : month;
    return toReport(checkContractMonth(contractFacts(contract), judged));
  }

  @FieldResolver(() => [ComplianceReport], {
    nullable: true,
    description:
      "Compliance month by month from `from` to `to` (YYYY-MM, default: the contract's first and last months; the " +
      "last is the end, capped at asOf). A month outside them is refused with OFFA_INPUT_INVALID_DATE, which nulls " +
      "this field only, so a list of contracts stays whole.",
  })
  complianceByMonth(
    @Root() contract: CommonContract,
    @Arg("from", () => YearMonth, { nullable: true }) from: string | null,
    @Arg("to", () => YearMonth, { nullable: true }) to: string | null,
  ): ComplianceReport[] {
    const evaluation = contractEvaluation(contract);
    const first = from == null ? evaluation.first : monthInContract(contract, evaluation, "from", from);
    const last = to == null ? evaluation.last : monthInContract(contract, evaluation, "to", to);
    if (first !== null && last !== null && first > last) {
      throw clientError("OFFA_INPUT_INVALID_DATE", `from ${first} is after to ${last}.`, {
        argument: "from",
      });
    }
    return evaluation.results
      .filter((result) => first !== null && last !== null && result.month >= first && result.month <= last)
      .map(toReport);
  }

  @FieldResolver(() => ComplianceSummary, {
    description:
      "Compliance over the contract's life (start month to end month, capped at asOf): months checked, flagged by check and not evaluated by check with why.",
  })
  complianceSummary(@Root() contract: CommonContract): ComplianceSummary {
    const summary = summariseCompliance(contractEvaluation(contract));
    return {
      applies: summary.scope === "CONTRAT_ALTERNANCE",
      firstMonth: summary.firstMonth,
      lastMonth: summary.lastMonth,
      monthsChecked: summary.monthsChecked,
      monthsFlagged: summary.monthsFlagged,
      flagged: summary.flagged.map((f) => ({ code: COMPLIANCE_CHECK[f.code], months: f.months })),
      notEvaluated: summary.notEvaluated.map((n) => ({
        code: COMPLIANCE_CHECK[n.code],
        months: n.months,
        reasons: n.reasons,
      })),
    };
  }
}
