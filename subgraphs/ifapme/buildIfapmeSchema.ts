import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit";
import { IfapmeCertificate } from "./certificate/IfapmeCertificate";
import { IfapmeCode } from "./code/IfapmeCode";
import { IfapmeCodeResolver } from "./code/IfapmeCodeResolver";
import type { IfapmeContext } from "./context";
import { IfapmeContract, IfapmeLevelEvaluation } from "./contract/IfapmeContract";
import { IfapmeContractResolver } from "./contract/IfapmeContractResolver";
import {
  EstablishmentUnitIfapmeContracts,
  EstablishmentUnitIfapmeContractsResolver,
  IfapmeContractUnitResolver,
} from "./federation/EstablishmentUnitIfapmeContracts";
import { LearnerIfapmeRecords, LearnerIfapmeRecordsResolver } from "./federation/LearnerIfapmeRecords";
import { IfapmeLearnerResolver } from "./learner/IfapmeLearnerResolver";

/**
 * The IFAPME subgraph schema (pure: no database needed, so composition runs without one). Every entity the
 * gateway may reach only through `_entities` is listed in orphanedTypes, or type-graphql would drop it.
 */
export function buildIfapmeSchema(): Promise<GraphQLSchema> {
  const references: ReferenceResolvers = {
    IfapmeLearner: {
      __resolveReference: (ref: { id: string }, ctx: IfapmeContext) => ctx.learners.load(ref.id),
    },
    IfapmeContract: {
      __resolveReference: (ref: { id: string }, ctx: IfapmeContext) => ctx.contracts.load(ref.id),
    },
    IfapmeLevelEvaluation: {
      __resolveReference: (ref: { id: string }, ctx: IfapmeContext) => ctx.levelEvaluations.load(ref.id),
    },
    IfapmeCertificate: {
      __resolveReference: (ref: { id: string }, ctx: IfapmeContext) => ctx.certificates.load(ref.id),
    },
    IfapmeCode: {
      __resolveReference: async (ref: { kind: string; code: string }, ctx: IfapmeContext) =>
        (await ctx.codes()).find((code) => code.kind === ref.kind && code.code === ref.code) ?? null,
    },
    // OFFA sends id and ifapmeLearnerIds; the field resolver reads them from the representation.
    Learner: { __resolveReference: (ref: LearnerIfapmeRecords) => ref },
    // OFFA owns the unit; ifapme only turns its number into contracts.
    EstablishmentUnit: { __resolveReference: (ref: EstablishmentUnitIfapmeContracts) => ref },
  };
  return buildFederatedSchema(
    {
      resolvers: [
        IfapmeLearnerResolver,
        IfapmeContractResolver,
        IfapmeCodeResolver,
        LearnerIfapmeRecordsResolver,
        EstablishmentUnitIfapmeContractsResolver,
        IfapmeContractUnitResolver,
      ],
      orphanedTypes: [
        IfapmeContract,
        IfapmeLevelEvaluation,
        IfapmeCertificate,
        IfapmeCode,
        LearnerIfapmeRecords,
        EstablishmentUnitIfapmeContracts,
      ],
    },
    references,
  );
}
