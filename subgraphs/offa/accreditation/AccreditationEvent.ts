import { Field, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { RequiresAccess } from "../../kit";

/** One step of an agrément's life, with its date and the body that decided it (offa.accreditation_event). */
@ObjectType({
  description: "A step of an agrément's life: request, decision, suspension, reinstatement, withdrawal.",
})
@RequiresAccess({ scopes: ["accreditation:read"] })
export class AccreditationEvent {
  accreditationId!: string;

  @Field({
    description:
      "REQUESTED, GRANTED, REFUSED, SUSPENDED, REINSTATED or WITHDRAWN (a modelling choice, domain.md §4).",
  })
  kind!: string;

  @Field(() => LocalDate, { description: "The day it happened (YYYY-MM-DD)." })
  occurredOn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Who decided: the operator (CEFA, IFAPME, SFPME) or the Commission d'agrément et de médiation (COMMISSION, since 2017-10-05); null for a request.",
  })
  decidingBody!: string | null;
}
