/**
 * OFFA's establishment-unit register: enterprises, establishment units (where agréments are granted and whose
 * location decides the payer, domain.md §4-5), tutors as persons, and the tutor designated on each provider
 * contract. Store: offa.enterprise, offa.establishment_unit, offa.tutor, offa.tutor_unit, offa.contract_tutor
 * (migration 000003).
 */
import type { ReferenceResolvers } from "../../kit";
import type { OffaContext } from "../context";

export { createRegisterLoaders, type RegisterLoaders } from "./createRegisterLoaders";
export { createContractTutorResolver } from "./createContractTutorResolver";
export { Enterprise } from "./Enterprise";
export { EnterpriseResolver } from "./EnterpriseResolver";
export { EstablishmentUnit } from "./EstablishmentUnit";
export { EstablishmentUnitResolver } from "./EstablishmentUnitResolver";
export { Tutor } from "./Tutor";
export { TutorResolver } from "./TutorResolver";
export { UnitAccreditationResolver } from "./UnitAccreditationResolver";
export { Province, Region } from "./registerEnums";

/**
 * The register's entities resolved from a representation: null when the register has no such row, so a
 * provider contract naming an unknown unit shows `establishmentUnit: null` and nothing else is lost.
 */
export const registerReferenceResolvers: ReferenceResolvers = {
  EstablishmentUnit: {
    __resolveReference: (ref: { number: string }, ctx: OffaContext) => ctx.register.units.load(ref.number),
  },
  Enterprise: {
    __resolveReference: (ref: { number: string }, ctx: OffaContext) =>
      ctx.register.enterprises.load(ref.number),
  },
  Tutor: {
    __resolveReference: (ref: { id: string }, ctx: OffaContext) => ctx.register.tutors.load(ref.id),
  },
};
