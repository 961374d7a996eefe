import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { LocalDate, parseAsOf, type ClassOf, type CodeKind } from "../../kit";
import type { ProviderView } from "./ProviderView";
import { CommonCertification } from "../commonModel/CommonCertification";
import { CommonLevelValue, MappingStatusValue } from "../commonModel/enums";
import { LevelMapping } from "../commonModel/LevelMapping";
import { MappingResolutionType } from "../commonModel/MappingResolutionType";
import type { OffaContext } from "../context";
import { harmoniseCertificate } from "../commonModel/harmoniseCertificate";
import { toMappingResolutionType } from "../commonModel/toMappingResolutionType";
import { Learner } from "../identity/Learner";

const asOfDescription = "Use the mapping rules in force on this date (YYYY-MM-DD; default today).";

/**
 * OFFA's fields on one provider's entities, the same for the three providers: `offaLearner` on the learner
 * record, `commonLevel` on the native level record, `commonCertification` on the certificate, `mapping` on
 * the code. Only the provider-native `code` reaches OFFA (@requires); the rules are OFFA's.
 */
export function createProviderRecordResolvers(view: ProviderView): ClassOf<object>[] {
  const { namespace, types: views } = view;
  @Resolver(() => views.learner)
  class LearnerRecordResolver {
    @FieldResolver(() => Learner, {
      nullable: true,
      description: "The same person under their OFFA id, with their records at every provider.",
    })
    async offaLearner(@Root() record: { id: string }, @Ctx() ctx: OffaContext): Promise<Learner | null> {
      const learnerId = await ctx.learnerIdByLink.load(`${namespace}:${record.id}`);
      return learnerId ? ctx.learners.load(learnerId) : null;
    }
  }

  @Resolver(() => views.levelRecord)
  class LevelRecordResolver {
    @FieldResolver(() => LevelMapping, { description: "This record's level on the common A/B/C scale." })
    @Directive('@requires(fields: "code")')
    async commonLevel(
      @Root() record: { code: string },
      @Arg("asOf", () => LocalDate, { nullable: true, description: asOfDescription }) asOf: string | null,
      @Ctx() ctx: OffaContext,
    ): Promise<LevelMapping> {
      const resolution = (await ctx.ruleBook()).resolve(namespace, "LEVEL", record.code, parseAsOf(asOf));
      return {
        level: resolution.target ? CommonLevelValue[resolution.target as CommonLevelValue] : null,
        mappingStatus: MappingStatusValue[resolution.status],
        ruleVersion: resolution.ruleVersion,
        mapping: toMappingResolutionType(resolution),
      };
    }
  }

  @Resolver(() => views.certificate)
  class CertificateResolver {
    @FieldResolver(() => CommonCertification, { description: "This certificate on the common vocabulary." })
    @Directive('@requires(fields: "code issuedOn")')
    async commonCertification(
      @Root() certificate: { id: string; code: string; issuedOn: string },
      @Arg("asOf", () => LocalDate, { nullable: true, description: asOfDescription }) asOf: string | null,
      @Ctx() ctx: OffaContext,
    ): Promise<CommonCertification> {
      const [ruleBook, vocabulary] = await Promise.all([ctx.ruleBook(), ctx.vocabulary()]);
      return harmoniseCertificate({ namespace, ...certificate }, ruleBook, vocabulary, parseAsOf(asOf));
    }
  }

  @Resolver(() => views.code)
  class CodeResolver {
    @FieldResolver(() => MappingResolutionType, {
      description: "How OFFA maps this code, by which rule (or UNMAPPED).",
    })
    async mapping(
      @Root() code: { kind: CodeKind; code: string },
      @Arg("asOf", () => LocalDate, { nullable: true, description: asOfDescription }) asOf: string | null,
      @Ctx() ctx: OffaContext,
    ): Promise<MappingResolutionType> {
      const resolution = (await ctx.ruleBook()).resolve(namespace, code.kind, code.code, parseAsOf(asOf));
      return toMappingResolutionType(resolution);
    }
  }

  return [LearnerRecordResolver, LevelRecordResolver, CertificateResolver, CodeResolver];
}
