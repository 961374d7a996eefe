import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { SfpmeContext } from "../context";
import { SfpmeContract } from "../contract/SfpmeContract";

/**
 * efp (SFPME)'s part of OFFA's EstablishmentUnit: OFFA owns the register (name, address, agréments, tutors);
 * efp (SFPME) contributes the contracts it recorded under the unit number. efp (SFPME) never reads the register.
 */
@ObjectType("EstablishmentUnit")
@Directive('@key(fields: "number")')
export class EstablishmentUnitSfpmeContracts {
  @Field(() => ID)
  number!: string;
}

/** Resolves EstablishmentUnit.sfpmeContracts from the unit number (one statement per batch of units). */
@Resolver(() => EstablishmentUnitSfpmeContracts)
export class EstablishmentUnitSfpmeContractsResolver {
  @FieldResolver(() => [SfpmeContract], {
    description: "efp (SFPME) contracts recorded under this establishment-unit number, oldest first.",
  })
  sfpmeContracts(
    @Root() unit: EstablishmentUnitSfpmeContracts,
    @Ctx() ctx: SfpmeContext,
  ): Promise<SfpmeContract[]> {
    return ctx.contractsByUnit.load(unit.number);
  }
}

/**
 * A efp (SFPME) contract's establishment unit: a reference OFFA resolves from its register. A unit number the
 * register lacks gives null there, never an error, so the rest of the contract and its learner stay intact.
 */
@Resolver(() => SfpmeContract)
export class SfpmeContractUnitResolver {
  @FieldResolver(() => EstablishmentUnitSfpmeContracts, {
    nullable: true,
    description:
      "The establishment unit in OFFA's register, from the unit number efp (SFPME) recorded; null when the register lacks it.",
  })
  establishmentUnit(@Root() contract: SfpmeContract): EstablishmentUnitSfpmeContracts {
    return { number: contract.employer.establishmentUnitNumber };
  }
}
