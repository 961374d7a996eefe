import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../kit";
import { LearnerData } from "../../kit";

/** A CEFA centre, attached to a full-time secondary school (école siège). */
@ObjectType({ description: "A CEFA centre, attached to a full-time secondary school (école siège)." })
export class CefaCentre {
  @Field(() => ID)
  code!: string;

  @Field()
  name!: string;

  @Field({ description: "The full-time secondary school the CEFA is attached to." })
  school!: string;

  @Field()
  commune!: string;

  @Field()
  postcode!: string;

  @Field({ description: "WAL (Wallonia) or BXL (Brussels)." })
  region!: string;
}

/** A CEFA study option: the trade as CEFA teaches it, under article 45 or 49. */
@ObjectType({ description: "A CEFA study option (the trade as CEFA teaches it)." })
export class CefaOption {
  @Field(() => ID, { description: "CEFA option code (native)." })
  code!: string;

  @Field()
  title!: string;

  @Field({
    description: "45 (specific training profiles, CQS) or 49 (same certifications as full-time education).",
  })
  article!: string;
}

/** One school year of enrolment (inscription), with or without a contract. */
@ObjectType({ description: "One school year of enrolment (inscription) at a CEFA." })
@LearnerData()
export class CefaEnrolment {
  @Field(() => ID)
  id!: string;

  @Field({ description: "School year, e.g. 2019-2020." })
  schoolYear!: string;

  @Field()
  article!: string;

  @Field(() => Int, { description: "Degree of secondary education (2 or 3)." })
  degree!: number;

  @Field(() => Int, { description: "Year of secondary education (3 to 7)." })
  studyYear!: number;

  @Field(() => LocalDate)
  enrolledOn!: string;

  @Field(() => LocalDate, { nullable: true })
  leftOn!: string | null;

  @Field(() => CefaCentre)
  centre!: CefaCentre;

  @Field(() => CefaOption)
  option!: CefaOption;
}
