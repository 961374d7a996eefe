import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { CodeKind } from "../../kit";
import type { SfpmeContext } from "../context";
import { SfpmeCode } from "./SfpmeCode";

/** efp's vocabulary: what OFFA's mapping rules are checked against and what the mapping report counts. */
@Resolver(() => SfpmeCode)
export class SfpmeCodeResolver {
  @Query(() => [SfpmeCode], {
    description: "efp (SFPME)-native codes (published or used in data) with usage counts.",
  })
  async sfpmeCodes(
    @Arg("kind", () => CodeKind, { nullable: true }) kind: CodeKind | null,
    @Ctx() ctx: SfpmeContext,
  ): Promise<SfpmeCode[]> {
    const codes = await ctx.codes();
    return kind ? codes.filter((code) => code.kind === kind) : codes;
  }
}
