import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { parsePageSize } from "../../kit";
import type { OffaContext } from "../context";
import { assertEnterpriseNumber, assertUnitNumber } from "./assertRegisterNumber";
import { Enterprise } from "./Enterprise";
import { EstablishmentUnit } from "./EstablishmentUnit";
import { Province, Region } from "./registerEnums";
import { selectUnitPage } from "./registerQueries";
import { Tutor } from "./Tutor";
import { UnitAccreditation } from "./UnitAccreditation";

/** Root queries of the establishment-unit register and the unit's own fields. */
@Resolver(() => EstablishmentUnit)
export class EstablishmentUnitResolver {
  @Query(() => EstablishmentUnit, {
    nullable: true,
    description: "One establishment unit by its BCE number; null when OFFA's register has no such unit.",
  })
  establishmentUnit(
    @Arg("number", () => ID) number: string,
    @Ctx() ctx: OffaContext,
  ): Promise<EstablishmentUnit | null> {
    return ctx.register.units.load(assertUnitNumber(number, "number"));
  }

  @Query(() => [EstablishmentUnit], {
    description: "Establishment units in number order; page with `after`.",
  })
  establishmentUnits(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true, description: "The last unit number of the previous page." })
    after: string | null,
    @Arg("region", () => Region, { nullable: true }) region: Region | null,
    @Arg("province", () => Province, { nullable: true }) province: Province | null,
    @Arg("tradeCode", () => String, {
      nullable: true,
      description: "Only units with an agrément (any status) for this OFFA common trade code.",
    })
    tradeCode: string | null,
    @Arg("enterpriseNumber", () => ID, { nullable: true }) enterpriseNumber: string | null,
    @Ctx() ctx: OffaContext,
  ): Promise<EstablishmentUnit[]> {
    const size = parsePageSize(first);
    if (after !== null && after !== undefined) assertUnitNumber(after, "after");
    if (enterpriseNumber !== null && enterpriseNumber !== undefined)
      assertEnterpriseNumber(enterpriseNumber, "enterpriseNumber");
    return selectUnitPage(ctx.db, size, after ?? null, {
      region: region ?? null,
      province: province ?? null,
      tradeCode: tradeCode ?? null,
      enterpriseNumber: enterpriseNumber ?? null,
    });
  }

  @FieldResolver(() => Enterprise, { description: "The BCE enterprise the unit belongs to." })
  async enterprise(@Root() unit: EstablishmentUnit, @Ctx() ctx: OffaContext): Promise<Enterprise> {
    const enterprise = await ctx.register.enterprises.load(unit.enterpriseNumber);
    // offa.establishment_unit.enterprise_number is a foreign key: a missing row is a broken store.
    if (!enterprise) throw new Error(`Enterprise ${unit.enterpriseNumber} of unit ${unit.number} is missing`);
    return enterprise;
  }

  @FieldResolver(() => [Tutor], { description: "Tutors serving this unit, by name." })
  tutors(@Root() unit: EstablishmentUnit, @Ctx() ctx: OffaContext): Promise<Tutor[]> {
    return ctx.register.tutorsByUnit.load(unit.number);
  }

  @FieldResolver(() => [UnitAccreditation], {
    description: "The unit's agréments (one per trade and decision), in decision order.",
  })
  async accreditations(
    @Root() unit: EstablishmentUnit,
    @Ctx() ctx: OffaContext,
  ): Promise<UnitAccreditation[]> {
    return (await ctx.accreditationsByUnit.load(unit.number)).map((row) => ({
      id: row.id,
      tradeCode: row.trade,
      status: row.status as UnitAccreditation["status"],
      requestedOn: row.requestedOn,
      decidedOn: row.decidedOn,
      withdrawnOn: row.withdrawnOn,
    }));
  }
}
