import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit";
import { SfpmeCertificate } from "./certificate/SfpmeCertificate";
import { SfpmeCode } from "./code/SfpmeCode";
import { SfpmeCodeResolver } from "./code/SfpmeCodeResolver";
import type { SfpmeContext } from "./context";
import { SfpmeAllowanceStep, SfpmeContract } from "./contract/SfpmeContract";
import { SfpmeContractResolver } from "./contract/SfpmeContractResolver";
import {
  EstablishmentUnitSfpmeContracts,
  EstablishmentUnitSfpmeContractsResolver,
  SfpmeContractUnitResolver,
} from "./federation/EstablishmentUnitSfpmeContracts";
import { LearnerSfpmeRecords, LearnerSfpmeRecordsResolver } from "./federation/LearnerSfpmeRecords";
import { SfpmeLearnerResolver } from "./learner/SfpmeLearnerResolver";

/**
 * The SFPME subgraph schema (pure: no database needed, so composition runs without one). Every entity the
 * gateway may reach only through `_entities` is listed in orphanedTypes, or type-graphql would drop it.
 */
export function buildSfpmeSchema(): Promise<GraphQLSchema> {
  const references: ReferenceResolvers = {
    SfpmeLearner: {
      __resolveReference: (ref: { id: string }, ctx: SfpmeContext) => ctx.learners.load(ref.id),
    },
    SfpmeContract: {
      __resolveReference: (ref: { id: string }, ctx: SfpmeContext) => ctx.contracts.load(ref.id),
    },
    SfpmeAllowanceStep: {
      __resolveReference: (ref: { id: string }, ctx: SfpmeContext) => ctx.allowanceSteps.load(ref.id),
    },
    SfpmeCertificate: {
      __resolveReference: (ref: { id: string }, ctx: SfpmeContext) => ctx.certificates.load(ref.id),
    },
    SfpmeCode: {
      __resolveReference: async (ref: { kind: string; code: string }, ctx: SfpmeContext) =>
        (await ctx.codes()).find((code) => code.kind === ref.kind && code.code === ref.code) ?? null,
    },
    // OFFA sends id and sfpmeLearnerIds; the field resolver reads them from the representation.
    Learner: { __resolveReference: (ref: LearnerSfpmeRecords) => ref },
    // OFFA owns the unit; sfpme only turns its number into contracts.
    EstablishmentUnit: { __resolveReference: (ref: EstablishmentUnitSfpmeContracts) => ref },
  };
  return buildFederatedSchema(
    {
      resolvers: [
        SfpmeLearnerResolver,
        SfpmeContractResolver,
        SfpmeCodeResolver,
        LearnerSfpmeRecordsResolver,
        EstablishmentUnitSfpmeContractsResolver,
        SfpmeContractUnitResolver,
      ],
      orphanedTypes: [
        SfpmeContract,
        SfpmeAllowanceStep,
        SfpmeCertificate,
        SfpmeCode,
        LearnerSfpmeRecords,
        EstablishmentUnitSfpmeContracts,
      ],
    },
    references,
  );
}
