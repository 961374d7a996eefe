import type { GraphQLSchema } from "graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit";
import type { OffaContext } from "./context";
import { CommonContractResolver } from "./commonModel/CommonContractResolver";
import { LearnerHarmonisationResolver } from "./commonModel/LearnerHarmonisationResolver";
import { LearnerResolver } from "./identity/LearnerResolver";
import { IdentityReviewResolver } from "./identity/review/IdentityReviewResolver";
import { FindLearnersResolver } from "./identity/search/FindLearnersResolver";
import { FindLearnersByNameResolver } from "./identity/search/FindLearnersByNameResolver";
import { FigureCellResolver, figureReferenceResolvers, FiguresResolver } from "./figures";
import { JourneyResolver } from "./journey/JourneyResolver";
import { MoversResolver } from "./mobility/MoversResolver";
import { PROVIDER_NAMESPACES } from "../kit";
import { createProviderRecordResolvers, providerViews } from "./providers";
import * as register from "./register";

/** The OFFA subgraph schema (pure: no database needed). */
export function buildOffaSchema(): Promise<GraphQLSchema> {
  // Provider entities carry what the gateway sent (key and @requires fields): OFFA adds to them, loads nothing.
  const passThrough = { __resolveReference: (ref: object) => ref };
  const references: ReferenceResolvers = {
    ...register.registerReferenceResolvers,
    ...figureReferenceResolvers,
    // A search by name carries the providers' candidates (@requires): OFFA judges them, loads nothing for it.
    LearnerNameSearch: passThrough,
    // The representation may carry provider records (@requires): merge them over what OFFA loads itself.
    Learner: {
      __resolveReference: async (ref: { id: string }, ctx: OffaContext) => {
        const learner = await ctx.learners.load(ref.id);
        return learner ? { ...learner, ...ref } : null;
      },
    },
  };
  const views = PROVIDER_NAMESPACES.map((namespace) => providerViews[namespace]);
  for (const { types } of views) {
    for (const type of [types.learner, types.contract, types.levelRecord, types.certificate, types.code]) {
      references[type.name.replace(/View$/, "")] = passThrough;
    }
  }
  return buildFederatedSchema(
    {
      resolvers: [
        LearnerResolver,
        IdentityReviewResolver,
        FindLearnersResolver,
        FindLearnersByNameResolver,
        LearnerHarmonisationResolver,
        JourneyResolver,
        MoversResolver,
        FiguresResolver,
        FigureCellResolver,
        CommonContractResolver,
        register.EstablishmentUnitResolver,
        register.EnterpriseResolver,
        register.TutorResolver,
        register.UnitAccreditationResolver,
        ...views.flatMap((view) => [
          register.createContractTutorResolver(view.namespace, view.types.contract),
          ...createProviderRecordResolvers(view),
        ]),
      ] as unknown as BuildSchemaOptions["resolvers"],
      orphanedTypes: views.flatMap((view) => view.types.all) as BuildSchemaOptions["orphanedTypes"],
    },
    references,
  );
}
