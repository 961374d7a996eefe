import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { parseMonth } from "../../kit";
import { checkContract, minimumMonthlyPay, monthBounds } from "../harmonisation";

import { CommonContract } from "../commonModel/CommonContract";
import { ComplianceReport } from "../commonModel/ComplianceReport";
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
  minimumMonthlyPay(@Root() contract: CommonContract, @Arg("month") month: string): MinimumPay {
    parseMonth(month);
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
      "Compliance checks of a contrat d'alternance; pay is judged for `month` (default: the contract's last month up to asOf).",
  })
  compliance(
    @Root() contract: CommonContract,
    @Arg("month", () => String, { nullable: true }) month: string | null,
  ): ComplianceReport {
    const judged = month === null || month === undefined ? defaultMonth(contract) : parseMonth(month);
    const { state } = contract;
    const result = checkContract({
      id: contract.providerContractId,
      contractType: state.contractType,
      signatureDate: contract.signedOn,
      startDate: contract.startsOn,
      endDate: contractEndDate(state.native),
      companyHoursPerWeek: contract.companyHoursPerWeek,
      centreHoursPerWeek: contract.centreHoursPerWeek,
      monthlyPayCents: contract.monthlyPayCents,
      learnerBirthDate: state.learnerBirthDate,
      establishmentUnitNumber: contract.company.establishmentUnitNumber,
      tradeCode: state.tradeCode,
      otherContracts: state.otherContracts,
      accreditations: state.accreditations,
      levelTimeline: state.timeline,
      rmmmg: state.ruleBook.rmmmg,
      levelPayShares: state.ruleBook.levelPayShares,
      month: judged,
    });
    const toFinding = (finding: { code: string; reason: string }) => ({
      code: ComplianceCheck[finding.code as ComplianceCheck],
      reason: finding.reason,
    });
    return {
      month: judged,
      flags: result.flags.map(toFinding),
      notEvaluated: result.notEvaluated.map(toFinding),
    };
  }
}
