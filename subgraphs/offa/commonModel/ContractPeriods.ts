import { Field, Int, ObjectType } from "type-graphql";
import { CommonContractStatus } from "./enums";
import { MappingResolutionType } from "./MappingResolutionType";
import { LocalDate } from "../../kit";

/** A monthly pay amount in force over a period, as the provider recorded it. */
@ObjectType({ description: "A monthly pay amount in force from a day to a day (a lump sum, domain.md §3)." })
export class PayPeriod {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day, inclusive; null while in force." })
  to!: string | null;

  @Field(() => Int, { description: "Monthly amount, in euro cents." })
  amountCents!: number;
}

/** A provider status in force over a period, with its common value under the rules of asOf. */
@ObjectType({ description: "A contract status over a period: the provider's code and its common value." })
export class StatusPeriod {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: "Last day, inclusive; null while in force." })
  to!: string | null;

  @Field({ description: "The provider's status code." })
  nativeCode!: string;

  @Field(() => CommonContractStatus, {
    nullable: true,
    description: "Null when the code has no single common value.",
  })
  status!: CommonContractStatus | null;

  @Field(() => MappingResolutionType)
  mapping!: MappingResolutionType;
}
