import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { OffaContext } from "../context";
import { Enterprise } from "./Enterprise";
import { EstablishmentUnit } from "./EstablishmentUnit";
import { Tutor } from "./Tutor";

/** A tutor's enterprise and the units they serve. */
@Resolver(() => Tutor)
export class TutorResolver {
  @FieldResolver(() => Enterprise, { description: "The enterprise that designated the tutor." })
  async enterprise(@Root() tutor: Tutor, @Ctx() ctx: OffaContext): Promise<Enterprise> {
    const enterprise = await ctx.register.enterprises.load(tutor.enterpriseNumber);
    // offa.tutor.enterprise_number is a foreign key: a missing row is a broken store.
    if (!enterprise) throw new Error(`Enterprise ${tutor.enterpriseNumber} of tutor ${tutor.id} is missing`);
    return enterprise;
  }

  @FieldResolver(() => [EstablishmentUnit], {
    description: "The units the tutor serves (all of one enterprise), by number.",
  })
  establishmentUnits(@Root() tutor: Tutor, @Ctx() ctx: OffaContext): Promise<EstablishmentUnit[]> {
    return ctx.register.unitsByTutor.load(tutor.id);
  }
}
