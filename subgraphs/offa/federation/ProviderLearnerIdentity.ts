import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import type { OffaContext } from "../context";
import { Learner } from "../identity/Learner";
import type { ProviderNamespace } from "../identity/Provider";

/*
 * The way back from a provider record to the person: OFFA adds `offaLearner` to each provider's learner
 * entity, so a mobility officer holding a CEFA matricule reaches the same person's IFAPME and efp records.
 */

@ObjectType("CefaLearner")
@Directive('@key(fields: "id")')
export class CefaLearnerIdentity {
  @Field(() => ID)
  id!: string;
}

@ObjectType("IfapmeLearner")
@Directive('@key(fields: "id")')
export class IfapmeLearnerIdentity {
  @Field(() => ID)
  id!: string;
}

@ObjectType("SfpmeLearner")
@Directive('@key(fields: "id")')
export class SfpmeLearnerIdentity {
  @Field(() => ID)
  id!: string;
}

async function offaLearnerOf(
  provider: ProviderNamespace,
  id: string,
  ctx: OffaContext,
): Promise<Learner | null> {
  const learnerId = await ctx.learnerIdByLink.load(`${provider}:${id}`);
  return learnerId ? ctx.learners.load(learnerId) : null;
}

const description = "The same person under their OFFA id, with their records at every provider.";

@Resolver(() => CefaLearnerIdentity)
export class CefaLearnerIdentityResolver {
  @FieldResolver(() => Learner, { nullable: true, description })
  offaLearner(@Root() record: CefaLearnerIdentity, @Ctx() ctx: OffaContext): Promise<Learner | null> {
    return offaLearnerOf("cefa", record.id, ctx);
  }
}

@Resolver(() => IfapmeLearnerIdentity)
export class IfapmeLearnerIdentityResolver {
  @FieldResolver(() => Learner, { nullable: true, description })
  offaLearner(@Root() record: IfapmeLearnerIdentity, @Ctx() ctx: OffaContext): Promise<Learner | null> {
    return offaLearnerOf("ifapme", record.id, ctx);
  }
}

@Resolver(() => SfpmeLearnerIdentity)
export class SfpmeLearnerIdentityResolver {
  @FieldResolver(() => Learner, { nullable: true, description })
  offaLearner(@Root() record: SfpmeLearnerIdentity, @Ctx() ctx: OffaContext): Promise<Learner | null> {
    return offaLearnerOf("sfpme", record.id, ctx);
  }
}
