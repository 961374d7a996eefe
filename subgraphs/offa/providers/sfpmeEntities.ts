import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CodeKind } from "../../kit";

/*
 * SFPME (efp)'s entities as the OFFA subgraph sees them: the key, the SFPME (efp)-native fields OFFA needs marked
 * @external (SFPME (efp) resolves them; they reach OFFA only through @requires), and nothing else. OFFA's own
 * fields on them (offaLearner, commonLevel, commonCertification, mapping) are added by resolvers.
 */

@ObjectType("SfpmeEmployer")
export class SfpmeEmployerView {
  @Field()
  @Directive("@external")
  enterpriseNumber!: string;

  @Field()
  @Directive("@external")
  establishmentUnitNumber!: string;

  @Field()
  @Directive("@external")
  name!: string;
}

@ObjectType("SfpmeAllowanceStep")
@Directive('@key(fields: "id")')
export class SfpmeAllowanceStepView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field()
  @Directive("@external")
  effectiveFrom!: string;
}

@ObjectType("SfpmeContract")
@Directive('@key(fields: "id")')
export class SfpmeContractView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  typeCode!: string;

  @Field()
  @Directive("@external")
  trainingCode!: string;

  @Field(() => SfpmeEmployerView)
  @Directive("@external")
  employer!: SfpmeEmployerView;

  @Field()
  @Directive("@external")
  tutorName!: string;

  @Field()
  @Directive("@external")
  referentName!: string;

  @Field()
  @Directive("@external")
  signedOn!: string;

  @Field()
  @Directive("@external")
  startsOn!: string;

  @Field()
  @Directive("@external")
  plannedEndOn!: string;

  @Field(() => String, { nullable: true })
  @Directive("@external")
  endedOn!: string | null;

  @Field()
  @Directive("@external")
  statusCode!: string;

  @Field(() => String, { nullable: true })
  @Directive("@external")
  endReasonCode!: string | null;

  @Field(() => Float)
  @Directive("@external")
  companyHoursPerWeek!: number;

  @Field(() => Float)
  @Directive("@external")
  courseHoursPerWeek!: number;

  @Field(() => Int)
  @Directive("@external")
  monthlyPayCents!: number;

  @Field(() => [SfpmeAllowanceStepView])
  @Directive("@external")
  allowanceSteps!: SfpmeAllowanceStepView[];
}

@ObjectType("SfpmeCertificate")
@Directive('@key(fields: "id")')
export class SfpmeCertificateView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field()
  @Directive("@external")
  issuedOn!: string;
}

@ObjectType("SfpmeLearner")
@Directive('@key(fields: "id")')
export class SfpmeLearnerView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  birthDate!: string;

  @Field(() => [SfpmeContractView])
  @Directive("@external")
  contracts!: SfpmeContractView[];

  @Field(() => [SfpmeCertificateView])
  @Directive("@external")
  certificates!: SfpmeCertificateView[];
}

@ObjectType("SfpmeCode")
@Directive('@key(fields: "kind code")')
export class SfpmeCodeView {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field()
  code!: string;
}
