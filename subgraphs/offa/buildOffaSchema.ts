import type { GraphQLSchema } from "graphql";
import type { BuildSchemaOptions } from "type-graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit";
import type { OffaContext } from "./context";
import { CommonContractResolver } from "./commonModel/CommonContractResolver";
import { LearnerHarmonisationResolver } from "./commonModel/LearnerHarmonisationResolver";
import { LearnerResolver } from "./identity/LearnerResolver";
import * as cefa from "./providers/cefaEntities";
import { createProviderRecordResolvers } from "./providers/createProviderRecordResolvers";
import * as register from "./register";
import * as ifapme from "./providers/ifapmeEntities";
import * as sfpme from "./providers/sfpmeEntities";

/** The OFFA subgraph schema (pure: no database needed). */
export function buildOffaSchema(): Promise<GraphQLSchema> {
  // Provider entities carry what the gateway sent (key and @requires fields): OFFA adds to them, loads nothing.
  const passThrough = { __resolveReference: (ref: object) => ref };
  const references: ReferenceResolvers = {
    ...register.registerReferenceResolvers,
    // The representation may carry provider records (@requires): merge them over what OFFA loads itself.
    Learner: {
      __resolveReference: async (ref: { id: string }, ctx: OffaContext) => {
        const learner = await ctx.learners.load(ref.id);
        return learner ? { ...learner, ...ref } : null;
      },
    },
  };
  for (const typeName of [
    "CefaLearner",
    "CefaLevelDecision",
    "CefaCertificate",
    "CefaCode",
    "IfapmeLearner",
    "IfapmeLevelEvaluation",
    "IfapmeCertificate",
    "IfapmeCode",
    "SfpmeLearner",
    "SfpmeAllowanceStep",
    "SfpmeCertificate",
    "SfpmeCode",
  ]) {
    references[typeName] = passThrough;
  }
  return buildFederatedSchema(
    {
      resolvers: [
        LearnerResolver,
        LearnerHarmonisationResolver,
        CommonContractResolver,
        register.EstablishmentUnitResolver,
        register.EnterpriseResolver,
        register.TutorResolver,
        register.createContractTutorResolver("cefa", cefa.CefaContractView),
        register.createContractTutorResolver("ifapme", ifapme.IfapmeContractView),
        register.createContractTutorResolver("sfpme", sfpme.SfpmeContractView),
        ...createProviderRecordResolvers("cefa", {
          learner: cefa.CefaLearnerView,
          levelRecord: cefa.CefaLevelDecisionView,
          certificate: cefa.CefaCertificateView,
          code: cefa.CefaCodeView,
        }),
        ...createProviderRecordResolvers("ifapme", {
          learner: ifapme.IfapmeLearnerView,
          levelRecord: ifapme.IfapmeLevelEvaluationView,
          certificate: ifapme.IfapmeCertificateView,
          code: ifapme.IfapmeCodeView,
        }),
        ...createProviderRecordResolvers("sfpme", {
          learner: sfpme.SfpmeLearnerView,
          levelRecord: sfpme.SfpmeAllowanceStepView,
          certificate: sfpme.SfpmeCertificateView,
          code: sfpme.SfpmeCodeView,
        }),
      ] as unknown as BuildSchemaOptions["resolvers"],
      orphanedTypes: [
        ...Object.values(cefa),
        ...Object.values(ifapme),
        ...Object.values(sfpme),
      ] as BuildSchemaOptions["orphanedTypes"],
    },
    references,
  );
}
