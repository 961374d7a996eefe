import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit";
import { CefaCertificate } from "./certificate/CefaCertificate";
import { CefaCode } from "./code/CefaCode";
import { CefaCodeResolver } from "./code/CefaCodeResolver";
import type { CefaContext } from "./context";
import { CefaContract, CefaLevelDecision } from "./contract/CefaContract";
import { CefaContractResolver } from "./contract/CefaContractResolver";
import {
  EstablishmentUnitCefaContracts,
  EstablishmentUnitCefaContractsResolver,
  CefaContractUnitResolver,
} from "./federation/EstablishmentUnitCefaContracts";
import { LearnerCefaRecords, LearnerCefaRecordsResolver } from "./federation/LearnerCefaRecords";
import { CefaLearnerResolver } from "./learner/CefaLearnerResolver";

/** The CEFA subgraph schema (pure: no database needed). */
export function buildCefaSchema(): Promise<GraphQLSchema> {
  const references: ReferenceResolvers = {
    CefaLearner: { __resolveReference: (ref: { id: string }, ctx: CefaContext) => ctx.learners.load(ref.id) },
    CefaContract: {
      __resolveReference: (ref: { id: string }, ctx: CefaContext) => ctx.contracts.load(ref.id),
    },
    CefaCertificate: {
      __resolveReference: (ref: { id: string }, ctx: CefaContext) => ctx.certificates.load(ref.id),
    },
    CefaLevelDecision: {
      __resolveReference: (ref: { id: string }, ctx: CefaContext) => ctx.levelDecisions.load(ref.id),
    },
    CefaCode: {
      __resolveReference: async (ref: { kind: string; code: string }, ctx: CefaContext) =>
        (await ctx.codes()).find((code) => code.kind === ref.kind && code.code === ref.code) ?? null,
    },
    // OFFA sends id and cefaLearnerIds; the field resolver reads them from the representation.
    Learner: { __resolveReference: (ref: LearnerCefaRecords) => ref },
    // OFFA owns the unit; cefa only turns its number into contracts.
    EstablishmentUnit: { __resolveReference: (ref: EstablishmentUnitCefaContracts) => ref },
  };
  return buildFederatedSchema(
    {
      resolvers: [
        CefaLearnerResolver,
        CefaContractResolver,
        CefaCodeResolver,
        LearnerCefaRecordsResolver,
        EstablishmentUnitCefaContractsResolver,
        CefaContractUnitResolver,
      ],
      orphanedTypes: [
        CefaContract,
        CefaLevelDecision,
        CefaCertificate,
        CefaCode,
        LearnerCefaRecords,
        EstablishmentUnitCefaContracts,
      ],
    },
    references,
  );
}
