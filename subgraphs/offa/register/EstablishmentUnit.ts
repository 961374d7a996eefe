import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Province, Region } from "./registerEnums";
import { RegisterData } from "../../kit";

/** The address of an establishment unit: a place identifiable by an address (domain.md §4). */
@ObjectType({ description: "Street address of an establishment unit." })
export class UnitAddress {
  @Field()
  street!: string;

  @Field()
  postcode!: string;

  @Field()
  commune!: string;
}

/**
 * An establishment unit (unité d'établissement) in OFFA's register: the unit of accreditation with the trade
 * (domain.md §4); its location decides which region pays the incentives (§5). Providers contribute its
 * contracts (cefaContracts, ifapmeContracts, sfpmeContracts) from the number.
 */
@ObjectType({
  description:
    "An establishment unit (unité d'établissement) in OFFA's register: where agréments are granted and learners work.",
})
@Directive('@key(fields: "number")')
@RegisterData()
export class EstablishmentUnit {
  @Field(() => ID, { description: "BCE establishment-unit number, 10 digits (e.g. 2000000141)." })
  number!: string;

  enterpriseNumber!: string;

  @Field()
  name!: string;

  @Field(() => UnitAddress)
  address!: UnitAddress;

  @Field(() => Province)
  province!: Province;

  @Field(() => Region, { description: "The region of the unit's location, which pays the incentives (§5)." })
  region!: Region;

  @Field({
    description:
      "Sector: the family of the unit's main common trade (modelling choice: no NACE-BEL code is recorded).",
  })
  sector!: string;
}
