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
 * IFAPME's entities as the OFFA subgraph sees them: the key and the IFAPME-native fields OFFA needs, @external.
 * OFFA's own fields on them (offaLearner, commonLevel, commonCertification, mapping) come from resolvers.
 */

@ObjectType("IfapmeEmployer")
export class IfapmeEmployerView extends EmployerFields {}

@ObjectType("IfapmeLevelEvaluation")
@Directive('@key(fields: "id")')
export class IfapmeLevelEvaluationView extends LevelRecordFields {
  @Field()
  @Directive("@external")
  evaluatedOn!: string;
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
}

@ObjectType("IfapmeCertificate")
@Directive('@key(fields: "id")')
export class IfapmeCertificateView extends CertificateFields {}

@ObjectType("IfapmeLearner")
@Directive('@key(fields: "id")')
export class IfapmeLearnerView extends learnerFields(IfapmeContractView, IfapmeCertificateView) {}

@ObjectType("IfapmeCode")
@Directive('@key(fields: "kind code")')
export class IfapmeCodeView extends CodeFields {}
