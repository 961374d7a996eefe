import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { LocalDate, parseAsOf } from "../../kit";
import { CommonCertification } from "../commonModel/CommonCertification";
import { CommonContract } from "../commonModel/CommonContract";
import type { OffaContext } from "../context";
import { Learner } from "../identity/Learner";
import { harmoniseCertificate } from "./harmoniseCertificate";
import { harmoniseLearnerContracts } from "./harmoniseLearnerContracts";
import { nativeRecordsOf } from "../providers";
import { CERTIFICATE_FIELDS, CONTRACT_FIELDS } from "../providers";

const asOfDescription =
  "Use the mapping rules in force on this date (YYYY-MM-DD; default today), so past figures can be reproduced.";

/**
 * A learner's harmonised view across providers. The provider values arrive with the representation
 * (@requires): this subgraph never reads a provider store.
 */
@Resolver(() => Learner)
export class LearnerHarmonisationResolver {
  @FieldResolver(() => [CommonContract], {
    nullable: true,
    description:
      "Every contract of the learner at every provider, on the common contract model. Null, with OFFA_HARMONISATION_INCOMPLETE naming the providers, when a provider's records could not be read: never a partial list.",
  })
  @Directive(`@requires(fields: "${CONTRACT_FIELDS}")`)
  async commonContracts(
    @Root() learner: Learner,
    @Arg("asOf", () => LocalDate, { nullable: true, description: asOfDescription }) asOf: string | null,
    @Ctx() ctx: OffaContext,
  ): Promise<CommonContract[]> {
    const date = parseAsOf(asOf);
    return harmoniseLearnerContracts(learner.id, nativeRecordsOf(learner), date, ctx);
  }

  @FieldResolver(() => [CommonCertification], {
    nullable: true,
    description:
      "Every certificate the learner obtained, on the common certification vocabulary. Null, with OFFA_HARMONISATION_INCOMPLETE naming the providers, when a provider's records could not be read: never a partial list.",
  })
  @Directive(`@requires(fields: "${CERTIFICATE_FIELDS}")`)
  async commonCertifications(
    @Root() learner: Learner,
    @Arg("asOf", () => LocalDate, { nullable: true, description: asOfDescription }) asOf: string | null,
    @Ctx() ctx: OffaContext,
  ): Promise<CommonCertification[]> {
    const date = parseAsOf(asOf);
    const [ruleBook, vocabulary] = await Promise.all([ctx.ruleBook(), ctx.vocabulary()]);
    return nativeRecordsOf(learner).flatMap((record) =>
      record.certificates.map((certificate) => harmoniseCertificate(certificate, ruleBook, vocabulary, date)),
    );
  }
}
