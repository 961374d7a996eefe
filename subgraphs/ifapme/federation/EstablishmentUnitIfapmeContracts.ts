import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { IfapmeContext } from "../context";
import { IfapmeContract } from "../contract/IfapmeContract";

/**
 * IFAPME's part of OFFA's EstablishmentUnit: OFFA owns the register (name, address, agréments, tutors);
 * IFAPME contributes the contracts it recorded under the unit number. IFAPME never reads the register.
 */
@ObjectType("EstablishmentUnit")
@Directive('@key(fields: "number")')
export class EstablishmentUnitIfapmeContracts {
  @Field(() => ID)
  number!: string;
}

/** Resolves EstablishmentUnit.ifapmeContracts from the unit number (one statement per batch of units). */
@Resolver(() => EstablishmentUnitIfapmeContracts)
export class EstablishmentUnitIfapmeContractsResolver {
  @FieldResolver(() => [IfapmeContract], {
    description: "IFAPME contracts recorded under this establishment-unit number, oldest first.",
  })
  ifapmeContracts(
    @Root() unit: EstablishmentUnitIfapmeContracts,
    @Ctx() ctx: IfapmeContext,
  ): Promise<IfapmeContract[]> {
    return ctx.contractsByUnit.load(unit.number);
  }
}

/**
 * A IFAPME contract's establishment unit: a reference OFFA resolves from its register. A unit number the
 * register lacks gives null there, never an error, so the rest of the contract and its learner stay intact.
 */
@Resolver(() => IfapmeContract)
export class IfapmeContractUnitResolver {
  @FieldResolver(() => EstablishmentUnitIfapmeContracts, {
    nullable: true,
    description:
      "The establishment unit in OFFA's register, from the unit number IFAPME recorded; null when the register lacks it.",
  })
  establishmentUnit(@Root() contract: IfapmeContract): EstablishmentUnitIfapmeContracts {
    return { number: contract.employer.establishmentUnitNumber };
  }
}
