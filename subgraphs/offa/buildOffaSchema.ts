import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../kit";
import type { OffaContext } from "./context";
import {
  CefaLearnerIdentity,
  CefaLearnerIdentityResolver,
  IfapmeLearnerIdentity,
  IfapmeLearnerIdentityResolver,
  SfpmeLearnerIdentity,
  SfpmeLearnerIdentityResolver,
} from "./federation/ProviderLearnerIdentity";
import { LearnerResolver } from "./identity/LearnerResolver";

type Ref<T> = { __resolveReference: (reference: T, context: OffaContext) => unknown };

/** The OFFA subgraph schema (pure: no database needed). */
export function buildOffaSchema(): Promise<GraphQLSchema> {
  const passThrough = { __resolveReference: (ref: { id: string }) => ref };
  const references: Record<string, Ref<never>> = {
    Learner: { __resolveReference: (ref: { id: string }, ctx: OffaContext) => ctx.learners.load(ref.id) },
    CefaLearner: passThrough,
    IfapmeLearner: passThrough,
    SfpmeLearner: passThrough,
  };
  return buildFederatedSchema(
    {
      resolvers: [
        LearnerResolver,
        CefaLearnerIdentityResolver,
        IfapmeLearnerIdentityResolver,
        SfpmeLearnerIdentityResolver,
      ],
      orphanedTypes: [CefaLearnerIdentity, IfapmeLearnerIdentity, SfpmeLearnerIdentity],
    },
    references,
  );
}
