import { Directive, Field, ID, ObjectType } from "type-graphql";
import { LegalForm } from "./registerEnums";
import { RegisterData } from "../../kit";

/** A BCE enterprise in OFFA's register: the company behind one or more establishment units. */
@ObjectType({ description: "A BCE enterprise in OFFA's register, with its establishment units and tutors." })
@Directive('@key(fields: "number")')
@RegisterData()
export class Enterprise {
  @Field(() => ID, { description: "BCE enterprise number, 10 digits (e.g. 0403019261)." })
  number!: string;

  @Field()
  name!: string;

  @Field(() => LegalForm)
  legalForm!: LegalForm;

  @Field({
    description:
      "A self-employed person with no employees (the case of the Walloon P1 incentive, domain.md §5).",
  })
  selfEmployedWithoutStaff!: boolean;
}
