import { Field, ID, Int, ObjectType } from "type-graphql";
import { LearnerData, LocalDate } from "../../kit";
import { ContractCompany } from "../commonModel/CommonContract";
import { MappingStatusValue } from "../commonModel/enums";
import { Provider } from "../identity/Provider";
import { JourneyStepKind } from "./journeyEnums";

/** One dated step of a learner's journey, in the common model, with the provider's own code alongside. */
@ObjectType({
  description: "One dated step of a learner's training, common value and native code side by side.",
})
@LearnerData()
export class JourneyStep {
  @Field(() => JourneyStepKind)
  kind!: JourneyStepKind;

  @Field(() => LocalDate)
  on!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day of a gap (GAP_WITHOUT_CONTRACT)." })
  until!: string | null;

  @Field(() => Provider, {
    nullable: true,
    description: "The provider that recorded the step; null for a gap between contracts.",
  })
  provider!: Provider | null;

  @Field(() => ID, {
    nullable: true,
    description: "The provider's id of the enrolment, contract or certificate the step belongs to.",
  })
  providerRecordId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The provider's own code: the trade of an enrolment, the contract type, status, level, end reason or certificate.",
  })
  nativeCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The common value of that code under the rules of asOf (common trade, contract type, status, A/B/C, end reason, certification); null when it has none: never guessed.",
  })
  commonCode!: string | null;

  @Field(() => MappingStatusValue, { nullable: true })
  mappingStatus!: MappingStatusValue | null;

  @Field(() => Int, { nullable: true, description: "PAY_STEP: the monthly amount, in euro cents." })
  amountCents!: number | null;

  @Field(() => ContractCompany, { nullable: true, description: "CONTRACT_START: the company party." })
  company!: ContractCompany | null;

  @Field({
    description:
      "ENROLMENT: true when this provider records the learner only for courses it teaches while another provider holds the learner (not a move).",
  })
  courseOnly!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "ENROLMENT: the provider's label of the school or training year.",
  })
  yearLabel!: string | null;
}
