import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CodeKind } from "../../kit";

/*
 * CEFA's entities as the OFFA subgraph sees them: the key, the CEFA-native fields OFFA needs marked
 * @external (CEFA resolves them; they reach OFFA only through @requires), and nothing else. OFFA's own
 * fields on them (offaLearner, commonLevel, commonCertification, mapping) are added by resolvers.
 */

@ObjectType("CefaEmployer")
export class CefaEmployerView {
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

@ObjectType("CefaLevelDecision")
@Directive('@key(fields: "id")')
export class CefaLevelDecisionView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field()
  @Directive("@external")
  decidedOn!: string;
}

@ObjectType("CefaContract")
@Directive('@key(fields: "id")')
export class CefaContractView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  typeCode!: string;

  @Field()
  @Directive("@external")
  optionCode!: string;

  @Field(() => CefaEmployerView)
  @Directive("@external")
  employer!: CefaEmployerView;

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
  schoolHoursPerWeek!: number;

  @Field(() => Int)
  @Directive("@external")
  monthlyPayCents!: number;

  @Field(() => [CefaLevelDecisionView])
  @Directive("@external")
  levelDecisions!: CefaLevelDecisionView[];
}

@ObjectType("CefaCertificate")
@Directive('@key(fields: "id")')
export class CefaCertificateView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  code!: string;

  @Field()
  @Directive("@external")
  issuedOn!: string;
}

@ObjectType("CefaLearner")
@Directive('@key(fields: "id")')
export class CefaLearnerView {
  @Field(() => ID)
  id!: string;

  @Field()
  @Directive("@external")
  birthDate!: string;

  @Field(() => [CefaContractView])
  @Directive("@external")
  contracts!: CefaContractView[];

  @Field(() => [CefaCertificateView])
  @Directive("@external")
  certificates!: CefaCertificateView[];
}

@ObjectType("CefaCode")
@Directive('@key(fields: "kind code")')
export class CefaCodeView {
  @Field(() => CodeKind)
  kind!: CodeKind;

  @Field()
  code!: string;
}
