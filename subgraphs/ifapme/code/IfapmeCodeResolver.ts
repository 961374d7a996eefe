import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { CodeKind } from "../../kit";
import type { IfapmeContext } from "../context";
import { IfapmeCode } from "./IfapmeCode";

/** IFAPME's vocabulary: what OFFA's mapping rules are checked against and what the mapping report counts. */
@Resolver(() => IfapmeCode)
export class IfapmeCodeResolver {
  @Query(() => [IfapmeCode], {
    description: "IFAPME-native codes (published or used in data) with usage counts.",
  })
  async ifapmeCodes(
    @Arg("kind", () => CodeKind, { nullable: true }) kind: CodeKind | null,
    @Ctx() ctx: IfapmeContext,
  ): Promise<IfapmeCode[]> {
    const codes = await ctx.codes();
    return kind ? codes.filter((code) => code.kind === kind) : codes;
  }
}
