import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { OffaContext } from "../context";
import { assertEnterpriseNumber } from "./assertRegisterNumber";
import { Enterprise } from "./Enterprise";
import { EstablishmentUnit } from "./EstablishmentUnit";
import { Tutor } from "./Tutor";

/** The enterprise root query and its units and tutors. */
@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, {
    nullable: true,
    description: "One enterprise by its BCE number; null when OFFA's register has no such enterprise.",
  })
  enterprise(@Arg("number", () => ID) number: string, @Ctx() ctx: OffaContext): Promise<Enterprise | null> {
    return ctx.register.enterprises.load(assertEnterpriseNumber(number, "number"));
  }

  @FieldResolver(() => [EstablishmentUnit], {
    description: "The enterprise's establishment units, by number.",
  })
  establishmentUnits(@Root() enterprise: Enterprise, @Ctx() ctx: OffaContext): Promise<EstablishmentUnit[]> {
    return ctx.register.unitsByEnterprise.load(enterprise.number);
  }

  @FieldResolver(() => [Tutor], { description: "The tutors the enterprise designated, by name." })
  tutors(@Root() enterprise: Enterprise, @Ctx() ctx: OffaContext): Promise<Tutor[]> {
    return ctx.register.tutorsByEnterprise.load(enterprise.number);
  }
}
