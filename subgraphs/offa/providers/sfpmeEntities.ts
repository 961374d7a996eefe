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
 * SFPME (efp)'s entities as the OFFA subgraph sees them: the key and the SFPME (efp)-native fields OFFA needs, @external.
 * OFFA's own fields on them (offaLearner, commonLevel, commonCertification, mapping) come from resolvers.
 */

@ObjectType("SfpmeEmployer")
export class SfpmeEmployerView extends EmployerFields {}

@ObjectType("SfpmeAllowanceStep")
@Directive('@key(fields: "id")')
export class SfpmeAllowanceStepView extends LevelRecordFields {
  @Field(() => LocalDate)
  @Directive("@external")
  effectiveFrom!: string;
}

@ObjectType("SfpmeAllowance")
export class SfpmeAllowanceView {
  @Field(() => Int)
  @Directive("@external")
  monthlyAmountCents!: number;

  @Field(() => LocalDate)
  @Directive("@external")
  effectiveFrom!: string;
}

@ObjectType("SfpmeStatusPeriod")
export class SfpmeStatusPeriodView {
  @Field()
  @Directive("@external")
  statusCode!: string;

  @Field(() => LocalDate)
  @Directive("@external")
  from!: string;

  @Field(() => LocalDate, { nullable: true })
  @Directive("@external")
  to!: string | null;
}

@ObjectType("SfpmeContract")
@Directive('@key(fields: "id")')
export class SfpmeContractView extends contractFields(SfpmeEmployerView) {
  @Field()
  @Directive("@external")
  trainingCode!: string;

  @Field(() => Float)
  @Directive("@external")
  companyHoursPerWeek!: number;

  @Field(() => Float)
  @Directive("@external")
  courseHoursPerWeek!: number;

  @Field(() => [SfpmeAllowanceStepView])
  @Directive("@external")
  allowanceSteps!: SfpmeAllowanceStepView[];

  @Field(() => [SfpmeAllowanceView])
  @Directive("@external")
  allowances!: SfpmeAllowanceView[];

  @Field(() => [SfpmeStatusPeriodView])
  @Directive("@external")
  statusHistory!: SfpmeStatusPeriodView[];
}

@ObjectType("SfpmeCertificate")
@Directive('@key(fields: "id")')
export class SfpmeCertificateView extends CertificateFields {}

@ObjectType("SfpmeTraining")
export class SfpmeTrainingView {
  @Field(() => ID)
  @Directive("@external")
  code!: string;
}

@ObjectType("SfpmeEnrolment")
export class SfpmeEnrolmentView {
  @Field(() => ID)
  @Directive("@external")
  id!: string;

  @Field()
  @Directive("@external")
  academicYear!: string;

  @Field(() => LocalDate)
  @Directive("@external")
  enrolledOn!: string;

  @Field(() => SfpmeTrainingView)
  @Directive("@external")
  training!: SfpmeTrainingView;
}

@ObjectType("SfpmeLearner")
@Directive('@key(fields: "id")')
export class SfpmeLearnerView extends learnerFields(SfpmeContractView, SfpmeCertificateView) {
  @Field(() => [SfpmeEnrolmentView])
  @Directive("@external")
  enrolments!: SfpmeEnrolmentView[];
}

@ObjectType("SfpmeCode")
@Directive('@key(fields: "kind code")')
export class SfpmeCodeView extends CodeFields {}

/** SFPME (efp) as OFFA reads it. efp records hours per week and the allowance step of each training year. */
export const sfpmeView: ProviderView = {
  namespace: "sfpme",
  types: {
    learner: SfpmeLearnerView,
    contract: SfpmeContractView,
    levelRecord: SfpmeAllowanceStepView,
    certificate: SfpmeCertificateView,
    code: SfpmeCodeView,
    all: [
      SfpmeEmployerView,
      SfpmeAllowanceStepView,
      SfpmeContractView,
      SfpmeCertificateView,
      SfpmeTrainingView,
      SfpmeEnrolmentView,
      SfpmeLearnerView,
      SfpmeCodeView,
    ],
  },
  contractSelection:
    "trainingCode companyHoursPerWeek courseHoursPerWeek allowanceSteps { id code effectiveFrom } allowances { monthlyAmountCents effectiveFrom } statusHistory { statusCode from to }",
  enrolmentSelection: "id academicYear enrolledOn training { code }",
  toNativeRecord: (record: SfpmeLearnerView) =>
    toNativeRecord(
      "sfpme",
      record,
      (contract: SfpmeContractView) => ({
        tradeCode: contract.trainingCode,
        hours: {
          unit: "PER_WEEK",
          company: contract.companyHoursPerWeek,
          centre: contract.courseHoursPerWeek,
        },
        payPeriods: (contract.allowances ?? []).map((p) => ({
          from: p.effectiveFrom,
          amountCents: p.monthlyAmountCents,
        })),
        statusPeriods: (contract.statusHistory ?? []).map((p) => ({
          code: p.statusCode,
          from: p.from,
          to: p.to,
        })),
        levelRecords: (contract.allowanceSteps ?? []).map((r) => ({
          code: r.code,
          effectiveFrom: r.effectiveFrom,
        })),
      }),
      (record.enrolments ?? []).map((e) => ({
        namespace: "sfpme" as const,
        id: e.id,
        yearLabel: e.academicYear,
        startsOn: e.enrolledOn,
        // efp records no early leaving on the enrolment: the contract's end says it.
        leftOn: null,
        tradeCode: e.training.code,
        courseOnly: false,
      })),
    ),
};
