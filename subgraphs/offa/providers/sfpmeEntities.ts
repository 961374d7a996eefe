import { Directive, Field, Float, ObjectType } from "type-graphql";
import {
  CertificateFields,
  CodeFields,
  contractFields,
  EmployerFields,
  learnerFields,
  LevelRecordFields,
} from "./providerViewFields";

/*
 * SFPME (efp)'s entities as the OFFA subgraph sees them: the key and the SFPME (efp)-native fields OFFA needs, @external.
 * OFFA's own fields on them (offaLearner, commonLevel, commonCertification, mapping) come from resolvers.
 */

@ObjectType("SfpmeEmployer")
export class SfpmeEmployerView extends EmployerFields {}

@ObjectType("SfpmeAllowanceStep")
@Directive('@key(fields: "id")')
export class SfpmeAllowanceStepView extends LevelRecordFields {
  @Field()
  @Directive("@external")
  effectiveFrom!: string;
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
}

@ObjectType("SfpmeCertificate")
@Directive('@key(fields: "id")')
export class SfpmeCertificateView extends CertificateFields {}

@ObjectType("SfpmeLearner")
@Directive('@key(fields: "id")')
export class SfpmeLearnerView extends learnerFields(SfpmeContractView, SfpmeCertificateView) {}

@ObjectType("SfpmeCode")
@Directive('@key(fields: "kind code")')
export class SfpmeCodeView extends CodeFields {}
