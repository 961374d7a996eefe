import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AccreditationEvent } from "../accreditation/AccreditationEvent";
import type { OffaContext } from "../context";
import { UnitAccreditation } from "./UnitAccreditation";

/** An agrément's history: every dated step, from the request on (one statement per batch of agréments). */
@Resolver(() => UnitAccreditation)
export class UnitAccreditationResolver {
  @FieldResolver(() => [AccreditationEvent], {
    description: "Every step of the agrément, oldest first, each with its date and deciding body.",
  })
  history(@Root() accreditation: UnitAccreditation, @Ctx() ctx: OffaContext): Promise<AccreditationEvent[]> {
    return ctx.accreditationEvents.load(accreditation.id);
  }
}
