import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { LocalDate, parseAsOf } from "../../kit";
import { harmoniseCertificate } from "../commonModel/harmoniseCertificate";
import { harmoniseLearnerContracts } from "../commonModel/harmoniseLearnerContracts";
import type { OffaContext } from "../context";
import { Learner } from "../identity/Learner";
import { JOURNEY_FIELDS, nativeRecordsOf } from "../providers";
import { buildJourney } from "./buildJourney";
import { LearnerJourney } from "./LearnerJourney";

/**
 * Learner.journey: the learner's training at every provider in one answer. The provider records arrive with
 * the representation (@requires, one gateway request whatever the number of providers); this subgraph adds
 * the rules and its register, and never reads a provider store.
 */
@Resolver(() => Learner)
export class JourneyResolver {
  @FieldResolver(() => LearnerJourney, {
    nullable: true,
    description:
      "Every enrolment, contract, status, level, pay step, certificate and gap without a contract at every provider, in time order, with the changes derived from them (moves between providers, trades, companies, interruptions). Null, with OFFA_HARMONISATION_INCOMPLETE naming the providers, when a provider's records could not be read: never a partial journey.",
  })
  @Directive(`@requires(fields: "${JOURNEY_FIELDS}")`)
  async journey(
    @Root() learner: Learner,
    @Arg("asOf", () => LocalDate, {
      nullable: true,
      description: "The journey as known on this date, under the rules then in force (default today).",
    })
    asOf: string | null,
    @Ctx() ctx: OffaContext,
  ): Promise<LearnerJourney> {
    const date = parseAsOf(asOf);
    const records = nativeRecordsOf(learner);
    const [contracts, ruleBook, vocabulary] = await Promise.all([
      harmoniseLearnerContracts(learner.id, records, date, ctx),
      ctx.ruleBook(),
      ctx.vocabulary(),
    ]);
    const certifications = records.flatMap((record) =>
      record.certificates.map((certificate) => harmoniseCertificate(certificate, ruleBook, vocabulary, date)),
    );
    return buildJourney({ records, contracts, certifications, ruleBook, asOf: date });
  }
}
