import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CodeKind } from "../../kit";

/*
 * IFAPME's entities as the OFFA subgraph sees them: the key, the IFAPME-native fields OFFA needs marked
 * @external (IFAPME resolves them; they reach OFFA only through @requires), and nothing else. OFFA's own
 * fields on them (offaLearner, commonLevel, commonCertification, mapping) are added by resolvers.
 */

@ObjectType("IfapmeEmployer")
export class IfapmeEmployerView {
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

@ObjectType("IfapmeLevelEvaluation")
@Directive('@key(fields: "id")')
export class IfapmeLevelEvaluationView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field()
  @Directive("@external")
  evaluatedOn!: string;
}

@ObjectType("IfapmeContract")
@Directive('@key(fields: "id")')
export class IfapmeContractView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  typeCode!: string;

  @Field()
  @Directive("@external")
  tradeCode!: string;

  @Field(() => IfapmeEmployerView)
  @Directive("@external")
  employer!: IfapmeEmployerView;

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
  centreHoursPerWeek!: number;

  @Field(() => Int)
  @Directive("@external")
  monthlyPayCents!: number;

  @Field(() => [IfapmeLevelEvaluationView])
  @Directive("@external")
  levelEvaluations!: IfapmeLevelEvaluationView[];
}

@ObjectType("IfapmeCertificate")
@Directive('@key(fields: "id")')
export class IfapmeCertificateView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field()
  @Directive("@external")
  issuedOn!: string;
}

@ObjectType("IfapmeLearner")
@Directive('@key(fields: "id")')
export class IfapmeLearnerView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  birthDate!: string;

  @Field(() => [IfapmeContractView])
  @Directive("@external")
  contracts!: IfapmeContractView[];

  @Field(() => [IfapmeCertificateView])
  @Directive("@external")
  certificates!: IfapmeCertificateView[];
}

@ObjectType("IfapmeCode")
@Directive('@key(fields: "kind code")')
export class IfapmeCodeView {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field()
  code!: string;
}
