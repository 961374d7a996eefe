import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ClassOf } from "../../kit";
import type { OffaContext } from "../context";
import type { ProviderNamespace } from "../identity/Provider";
import { Tutor } from "./Tutor";

/**
 * OFFA's `tutor` on one provider's contract entity (CefaContract…), like `offaLearner` on provider learners:
 * the designated tutor belongs to OFFA's accreditation domain (offa.contract_tutor), the provider keeps only
 * the name it recorded. Only the contract id reaches OFFA.
 */
export function createContractTutorResolver(
  namespace: ProviderNamespace,
  contractView: ClassOf<{ id: string }>,
): ClassOf<object> {
  @Resolver(() => contractView)
  class ContractTutorResolver {
    @FieldResolver(() => Tutor, {
      nullable: true,
      description: "The tutor OFFA holds as designated on this contract; null when OFFA has no link for it.",
    })
    tutor(@Root() contract: { id: string }, @Ctx() ctx: OffaContext): Promise<Tutor | null> {
      return ctx.register.tutorByContract.load(`${namespace}:${contract.id}`);
    }
  }
  return ContractTutorResolver;
}
