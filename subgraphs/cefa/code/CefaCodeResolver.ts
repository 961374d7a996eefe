import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { CodeKind } from "../../kit";
import type { CefaContext } from "../context";
import { CefaCode } from "./CefaCode";

/** CEFA's vocabulary: what OFFA's mapping rules are checked against and what the mapping report counts. */
@Resolver(() => CefaCode)
export class CefaCodeResolver {
  @Query(() => [CefaCode], {
    description: "CEFA-native codes (published or used in data) with usage counts.",
  })
  async cefaCodes(
    @Arg("kind", () => CodeKind, { nullable: true }) kind: CodeKind | null,
    @Ctx() ctx: CefaContext,
  ): Promise<CefaCode[]> {
    const codes = await ctx.codes();
    return kind ? codes.filter((code) => code.kind === kind) : codes;
  }
}
