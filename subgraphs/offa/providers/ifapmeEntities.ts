import { Directive, Field, ID, Float, Int, ObjectType } from "type-graphql";
import {
  CertificateFields,
  CodeFields,
  contractFields,
  EmployerFields,
  learnerFields,
  LevelRecordFields,
} from "./providerViewFields";
import { toNativeRecord } from "./nativeRecords";
import type { ProviderView } from "./ProviderView";
import { LocalDate } from "../../kit";

/*
 * IFAPME's entities as the OFFA subgraph sees them: the key and the IFAPME-native fields OFFA needs, @external.
 * OFFA's own fields on them (offaLearner, commonLevel, commonCertification, mapping) come from resolvers.
 */

@ObjectType("IfapmeEmployer")
export class IfapmeEmployerView extends EmployerFields {}

@ObjectType("IfapmeLevelEvaluation")
@Directive('@key(fields: "id")')
export class IfapmeLevelEvaluationView extends LevelRecordFields {
  @Field(() => LocalDate)
  @Directive("@external")
  evaluatedOn!: string;
}

@ObjectType("IfapmeRemuneration")
export class IfapmeRemunerationView {
  @Field(() => Int)
  @Directive("@external")
  amountCents!: number;

  @Field(() => LocalDate)
  @Directive("@external")
  since!: string;
}

@ObjectType("IfapmeStatePeriod")
export class IfapmeStatePeriodView {
  @Field()
  @Directive("@external")
  stateCode!: string;

  @Field(() => LocalDate)
  @Directive("@external")
  start!: string;

  @Field(() => LocalDate, { nullable: true })
  @Directive("@external")
  end!: string | null;
}

@ObjectType("IfapmeContract")
@Directive('@key(fields: "id")')
export class IfapmeContractView extends contractFields(IfapmeEmployerView) {
  @Field()
  @Directive("@external")
  tradeCode!: string;

  @Field(() => Float)
  @Directive("@external")
  companyHoursPerWeek!: number;

  @Field(() => Float)
  @Directive("@external")
  centreHoursPerWeek!: number;

  @Field(() => [IfapmeLevelEvaluationView])
  @Directive("@external")
  levelEvaluations!: IfapmeLevelEvaluationView[];

  @Field(() => [IfapmeRemunerationView])
  @Directive("@external")
  remunerations!: IfapmeRemunerationView[];

  @Field(() => [IfapmeStatePeriodView])
  @Directive("@external")
  stateHistory!: IfapmeStatePeriodView[];
}

@ObjectType("IfapmeCertificate")
@Directive('@key(fields: "id")')
export class IfapmeCertificateView extends CertificateFields {}

@ObjectType("IfapmeTrade")
export class IfapmeTradeView {
  @Field(() => ID)
  @Directive("@external")
  code!: string;
}

@ObjectType("IfapmeEnrolment")
export class IfapmeEnrolmentView {
  @Field(() => ID)
  @Directive("@external")
  id!: string;

  @Field()
  @Directive("@external")
  session!: string;

  @Field(() => LocalDate)
  @Directive("@external")
  enrolledOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Directive("@external")
  droppedOutOn!: string | null;

  @Field(() => IfapmeTradeView)
  @Directive("@external")
  trade!: IfapmeTradeView;

  @Field()
  @Directive("@external")
  contractProvider!: string;
}

@ObjectType("IfapmeLearner")
@Directive('@key(fields: "id")')
export class IfapmeLearnerView extends learnerFields(IfapmeContractView, IfapmeCertificateView) {
  @Field(() => [IfapmeEnrolmentView])
  @Directive("@external")
  enrolments!: IfapmeEnrolmentView[];
}

@ObjectType("IfapmeCode")
@Directive('@key(fields: "kind code")')
export class IfapmeCodeView extends CodeFields {}

/** Ifapme as OFFA reads it. IFAPME records hours per week and the referent's level evaluations. */
export const ifapmeView: ProviderView = {
  namespace: "ifapme",
  types: {
    learner: IfapmeLearnerView,
    contract: IfapmeContractView,
    levelRecord: IfapmeLevelEvaluationView,
    certificate: IfapmeCertificateView,
    code: IfapmeCodeView,
    all: [
      IfapmeEmployerView,
      IfapmeLevelEvaluationView,
      IfapmeContractView,
      IfapmeCertificateView,
      IfapmeTradeView,
      IfapmeEnrolmentView,
      IfapmeLearnerView,
      IfapmeCodeView,
    ],
  },
  contractSelection:
    "tradeCode companyHoursPerWeek centreHoursPerWeek levelEvaluations { id code evaluatedOn } remunerations { amountCents since } stateHistory { stateCode start end }",
  enrolmentSelection: "id session enrolledOn droppedOutOn trade { code } contractProvider",
  toNativeRecord: (record: IfapmeLearnerView) =>
    toNativeRecord(
      "ifapme",
      record,
      (contract: IfapmeContractView) => ({
        tradeCode: contract.tradeCode,
        hours: {
          unit: "PER_WEEK",
          company: contract.companyHoursPerWeek,
          centre: contract.centreHoursPerWeek,
        },
        payPeriods: (contract.remunerations ?? []).map((p) => ({
          from: p.since,
          amountCents: p.amountCents,
        })),
        statusPeriods: (contract.stateHistory ?? []).map((p) => ({
          code: p.stateCode,
          from: p.start,
          to: p.end,
        })),
        levelRecords: (contract.levelEvaluations ?? []).map((r) => ({
          code: r.code,
          effectiveFrom: r.evaluatedOn,
        })),
      }),
      (record.enrolments ?? []).map((e) => ({
        namespace: "ifapme" as const,
        id: e.id,
        yearLabel: e.session,
        startsOn: e.enrolledOn,
        leftOn: e.droppedOutOn,
        tradeCode: e.trade.code,
        // IFAPME teaches the courses of an efp learner whose trade efp does not teach: efp holds the learner.
        courseOnly: e.contractProvider !== "IFAPME",
      })),
    ),
};
