import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { CefaContext } from "../context";
import { CefaContract } from "../contract/CefaContract";

/**
 * CEFA's part of OFFA's EstablishmentUnit: OFFA owns the register (name, address, agréments, tutors);
 * CEFA contributes the contracts it recorded under the unit number. CEFA never reads the register.
 */
@ObjectType("EstablishmentUnit")
@Directive('@key(fields: "number")')
export class EstablishmentUnitCefaContracts {
  @Field(() => ID)
  number!: string;
}

/** Resolves EstablishmentUnit.cefaContracts from the unit number (one statement per batch of units). */
@Resolver(() => EstablishmentUnitCefaContracts)
export class EstablishmentUnitCefaContractsResolver {
  @FieldResolver(() => [CefaContract], {
    description: "CEFA contracts recorded under this establishment-unit number, oldest first.",
  })
  cefaContracts(
    @Root() unit: EstablishmentUnitCefaContracts,
    @Ctx() ctx: CefaContext,
  ): Promise<CefaContract[]> {
    return ctx.contractsByUnit.load(unit.number);
  }
}

/**
 * A CEFA contract's establishment unit: a reference OFFA resolves from its register. A unit number the
 * register lacks gives null there, never an error, so the rest of the contract and its learner stay intact.
 */
@Resolver(() => CefaContract)
export class CefaContractUnitResolver {
  @FieldResolver(() => EstablishmentUnitCefaContracts, {
    nullable: true,
    description:
      "The establishment unit in OFFA's register, from the unit number CEFA recorded; null when the register lacks it.",
  })
  establishmentUnit(@Root() contract: CefaContract): EstablishmentUnitCefaContracts {
    return { number: contract.employer.establishmentUnitNumber };
  }
}
