import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { CommonContractState } from "./CommonContractState";
import { Provider } from "../identity/Provider";
import { PayPeriod, StatusPeriod } from "./ContractPeriods";
import {
  CommonContractStatus,
  CommonEndReason,
  CommonLevelValue,
  ContractPhaseValue,
  DataQualityCodeValue,
  HoursUnit,
} from "./enums";
import { LevelPeriod } from "./LevelPeriod";
import { MappingResolutionType } from "./MappingResolutionType";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** The company party: enterprise (BCE) and the establishment unit where the learner trains. */
@ObjectType({ description: "The company party of a contract." })
export class ContractCompany {
  @Field()
  enterpriseNumber!: string;

  @Field({
    description: "The establishment unit (unité d'établissement): the key of the agrément with the trade.",
  })
  establishmentUnitNumber!: string;

  @Field()
  name!: string;
}

/** The trade of a contract, native and common. */
@ObjectType({ description: "The trade of a contract: the provider's code and OFFA's common trade." })
export class ContractTrade {
  @Field()
  nativeCode!: string;

  @Field(() => String, { nullable: true, description: "OFFA common trade code; null when UNMAPPED." })
  commonCode!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => MappingResolutionType)
  mapping!: MappingResolutionType;
}

/** A contract's hours as the provider recorded them, and how OFFA turned them into hours per week. */
@ObjectType({ description: "Hours as the provider records them and the rule that gives hours per week." })
export class ContractHours {
  @Field(() => HoursUnit)
  nativeUnit!: HoursUnit;

  @Field(() => Float, { description: "Company hours in the provider's unit." })
  nativeCompany!: number;

  @Field(() => Float, { description: "Centre or school hours in the provider's unit." })
  nativeCentre!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Weeks a school year counts in the conversion (reference/school-year-weeks.csv); null per week.",
  })
  weeksPerSchoolYear!: number | null;

  @Field({ description: "How the weekly figures were obtained, in words." })
  rule!: string;
}

/** Something wrong with the provider's record, or a code OFFA's rules do not cover. */
@ObjectType({ description: "A data-quality finding on a provider record, with its reason." })
export class DataQualityFinding {
  @Field(() => DataQualityCodeValue)
  code!: DataQualityCodeValue;

  @Field()
  detail!: string;
}

/** The mappings behind a common contract's coded fields, for traceability. */
@ObjectType({ description: "The rules behind the contract's type, status and end reason." })
export class ContractMappings {
  @Field(() => MappingResolutionType)
  contractType!: MappingResolutionType;

  @Field(() => MappingResolutionType, {
    nullable: true,
    description: "Null when no status was recorded yet on asOf.",
  })
  status!: MappingResolutionType | null;

  @Field(() => MappingResolutionType, { nullable: true })
  endReason!: MappingResolutionType | null;
}

/**
 * A provider contract on the common contrat d'alternance model (domain.md §2): parties, trade, dates, common
 * status and end reason, hours, level history and pay. Other arrangements (convention de stage, CAI, CIP…)
 * keep their own common type and are never presented as a contrat d'alternance.
 */
@ObjectType({ description: "A provider contract harmonised onto the common contract model." })
@LearnerData()
export class CommonContract {
  /** Inputs of the computed fields (minimumMonthlyPay, compliance); not part of the schema. */
  state!: CommonContractState;

  @Field(() => ID, {
    description: "Stable id, the provider and its contract id (CEFA:CC00000482): clients can cache by it.",
  })
  id!: string;

  @Field(() => ContractPhaseValue, { description: "Where the contract stands on asOf." })
  phase!: ContractPhaseValue;

  @Field(() => ID, { description: "The learner party, under their OFFA id." })
  offaLearnerId!: string;

  @Field(() => Provider, { description: "The training provider party." })
  provider!: Provider;

  @Field(() => ID)
  providerContractId!: string;

  @Field(() => ID, { description: "The provider's learner record the contract belongs to." })
  providerLearnerId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Common contract type (CONTRAT_ALTERNANCE, CONVENTION_STAGE, CAI…); null when UNMAPPED.",
  })
  contractType!: string | null;

  @Field({ description: "True only for a contrat d'alternance, the common contract since 2015." })
  isContratAlternance!: boolean;

  @Field(() => ContractCompany)
  company!: ContractCompany;

  @Field()
  referentName!: string;

  @Field()
  tutorName!: string;

  @Field(() => ContractTrade)
  trade!: ContractTrade;

  @Field(() => LocalDate)
  signedOn!: string;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  plannedEndOn!: string;

  @Field(() => LocalDate, { nullable: true })
  endedOn!: string | null;

  @Field(() => CommonContractStatus, {
    nullable: true,
    description:
      "The common status in force on asOf, from the provider's status history; null before the first recorded status or when the native status has no single common value.",
  })
  status!: CommonContractStatus | null;

  @Field(() => CommonEndReason, { nullable: true })
  endReason!: CommonEndReason | null;

  @Field(() => ContractMappings)
  mappings!: ContractMappings;

  @Field(() => Float, {
    nullable: true,
    description:
      "Hours per week in the company; converted when the provider records another unit (see hours).",
  })
  companyHoursPerWeek!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Hours per week at the provider's centre or school; null when no conversion rule applies.",
  })
  centreHoursPerWeek!: number | null;

  @Field(() => ContractHours)
  hours!: ContractHours;

  @Field(() => Int, {
    description:
      "Monthly rétribution in force on asOf, in cents (a lump sum, domain.md §3); before the start, the amount agreed for it.",
  })
  monthlyPayCents!: number;

  @Field(() => [PayPeriod], { description: "The pay over time, as the provider recorded it, oldest first." })
  payHistory!: PayPeriod[];

  @Field(() => [StatusPeriod], {
    description: "The statuses over time, oldest first, with their common values.",
  })
  statusHistory!: StatusPeriod[];

  @Field(() => CommonLevelValue, {
    nullable: true,
    description: "The common level in force on asOf; null before the first level decision or when unmapped.",
  })
  level!: CommonLevelValue | null;

  @Field(() => LocalDate)
  recordedOn!: string;

  @Field(() => [DataQualityFinding], {
    description:
      "What is wrong with the provider's record as of asOf (empty when nothing is); never filled in.",
  })
  dataQuality!: DataQualityFinding[];

  @Field(() => [LevelPeriod], {
    description: "Common level over the contract, from the provider's dated records.",
  })
  levelHistory!: LevelPeriod[];
}
