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
 * CEFA's entities as the OFFA subgraph sees them: the key and the CEFA-native fields OFFA needs, @external.
 * OFFA's own fields on them (offaLearner, commonLevel, commonCertification, mapping) come from resolvers.
 */

@ObjectType("CefaEmployer")
export class CefaEmployerView extends EmployerFields {}

@ObjectType("CefaLevelDecision")
@Directive('@key(fields: "id")')
export class CefaLevelDecisionView extends LevelRecordFields {
  @Field(() => LocalDate)
  @Directive("@external")
  decidedOn!: string;
}

@ObjectType("CefaRetribution")
export class CefaRetributionView {
  @Field(() => Int)
  @Directive("@external")
  monthlyPayCents!: number;

  @Field(() => LocalDate)
  @Directive("@external")
  applicableFrom!: string;
}

@ObjectType("CefaStatusPeriod")
export class CefaStatusPeriodView {
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

@ObjectType("CefaContract")
@Directive('@key(fields: "id")')
export class CefaContractView extends contractFields(CefaEmployerView) {
  @Field()
  @Directive("@external")
  optionCode!: string;

  @Field(() => Float)
  @Directive("@external")
  companyHoursPerSchoolYear!: number;

  @Field(() => Float)
  @Directive("@external")
  schoolHoursPerSchoolYear!: number;

  @Field(() => [CefaLevelDecisionView])
  @Directive("@external")
  levelDecisions!: CefaLevelDecisionView[];

  @Field(() => [CefaRetributionView])
  @Directive("@external")
  retributions!: CefaRetributionView[];

  @Field(() => [CefaStatusPeriodView])
  @Directive("@external")
  statusPeriods!: CefaStatusPeriodView[];
}

@ObjectType("CefaCertificate")
@Directive('@key(fields: "id")')
export class CefaCertificateView extends CertificateFields {}

@ObjectType("CefaOption")
export class CefaOptionView {
  @Field(() => ID)
  @Directive("@external")
  code!: string;
}

@ObjectType("CefaEnrolment")
export class CefaEnrolmentView {
  @Field(() => ID)
  @Directive("@external")
  id!: string;

  @Field()
  @Directive("@external")
  schoolYear!: string;

  @Field(() => LocalDate)
  @Directive("@external")
  enrolledOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @Directive("@external")
  leftOn!: string | null;

  @Field(() => CefaOptionView)
  @Directive("@external")
  option!: CefaOptionView;
}

@ObjectType("CefaLearner")
@Directive('@key(fields: "id")')
export class CefaLearnerView extends learnerFields(CefaContractView, CefaCertificateView) {
  @Field(() => [CefaEnrolmentView])
  @Directive("@external")
  enrolments!: CefaEnrolmentView[];
}

@ObjectType("CefaCode")
@Directive('@key(fields: "kind code")')
export class CefaCodeView extends CodeFields {}

/** Cefa as OFFA reads it. CEFA plans hours per school year and records the referent's palier decisions. */
export const cefaView: ProviderView = {
  namespace: "cefa",
  types: {
    learner: CefaLearnerView,
    contract: CefaContractView,
    levelRecord: CefaLevelDecisionView,
    certificate: CefaCertificateView,
    code: CefaCodeView,
    all: [
      CefaEmployerView,
      CefaLevelDecisionView,
      CefaContractView,
      CefaCertificateView,
      CefaOptionView,
      CefaEnrolmentView,
      CefaLearnerView,
      CefaCodeView,
    ],
  },
  contractSelection:
    "optionCode companyHoursPerSchoolYear schoolHoursPerSchoolYear levelDecisions { id code decidedOn } retributions { monthlyPayCents applicableFrom } statusPeriods { statusCode from to }",
  enrolmentSelection: "id schoolYear enrolledOn leftOn option { code }",
  toNativeRecord: (record: CefaLearnerView) =>
    toNativeRecord(
      "cefa",
      record,
      (contract: CefaContractView) => ({
        tradeCode: contract.optionCode,
        hours: {
          unit: "PER_SCHOOL_YEAR",
          company: contract.companyHoursPerSchoolYear,
          centre: contract.schoolHoursPerSchoolYear,
        },
        payPeriods: (contract.retributions ?? []).map((p) => ({
          from: p.applicableFrom,
          amountCents: p.monthlyPayCents,
        })),
        statusPeriods: (contract.statusPeriods ?? []).map((p) => ({
          code: p.statusCode,
          from: p.from,
          to: p.to,
        })),
        levelRecords: (contract.levelDecisions ?? []).map((r) => ({
          code: r.code,
          effectiveFrom: r.decidedOn,
        })),
      }),
      (record.enrolments ?? []).map((e) => ({
        namespace: "cefa" as const,
        id: e.id,
        yearLabel: e.schoolYear,
        startsOn: e.enrolledOn,
        leftOn: e.leftOn,
        tradeCode: e.option.code,
        courseOnly: false,
      })),
    ),
};
