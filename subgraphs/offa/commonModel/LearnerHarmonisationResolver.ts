import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { LocalDate, parseAsOf } from "../../kit";
import { CommonCertification } from "../commonModel/CommonCertification";
import { CommonContract } from "../commonModel/CommonContract";
import type { OffaContext } from "../context";
import { Learner } from "../identity/Learner";
import { harmoniseCertificate } from "./harmoniseCertificate";
import { harmoniseContracts } from "./harmoniseContracts";
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
    const records = nativeRecordsOf(learner);
    const units = [
      ...new Set(records.flatMap((r) => r.contracts.map((c) => c.employer.establishmentUnitNumber))),
    ];
    const [ruleBook, vocabulary, accreditations, registered] = await Promise.all([
      ctx.ruleBook(),
      ctx.vocabulary(),
      ctx.accreditationsByUnit.loadMany(units),
      ctx.register.units.loadMany(units),
    ]);
    const unitsInRegister = new Set<string>();
    registered.forEach((unit, index) => {
      if (unit instanceof Error) throw unit;
      if (unit !== null) unitsInRegister.add(units[index]);
    });
    const accreditationsByUnit = new Map(
      units.map((unit, index) => {
        const found = accreditations[index];
        if (found instanceof Error) throw found;
        return [unit, found];
      }),
    );
    // Each agrément with its dated events, for the monthly "agrément in force" check: one statement per batch.
    const agrements = [...accreditationsByUnit.values()].flat();
    const events = await ctx.accreditationEvents.loadMany(agrements.map((a) => a.id));
    const eventsById = new Map(
      agrements.map((agrement, index) => {
        const found = events[index];
        if (found instanceof Error) throw found;
        return [agrement.id, found.map((e) => ({ kind: e.kind, on: e.occurredOn }))];
      }),
    );
    for (const [unit, list] of accreditationsByUnit) {
      accreditationsByUnit.set(
        unit,
        list.map((agrement) => ({ ...agrement, events: eventsById.get(agrement.id) })),
      );
    }
    return harmoniseContracts({
      offaLearnerId: learner.id,
      records,
      ruleBook,
      vocabulary,
      accreditationsByUnit,
      unitsInRegister,
      asOf: date,
    });
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
