import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { clientError, LocalDate, PROVIDER_NAMESPACES, RequiresAccess } from "../../../kit";
import type { OffaContext } from "../../context";
import { providerOfNamespace, type ProviderNamespace } from "../Provider";
import { judgeNameCandidates } from "./judgeNameCandidates";
import { selectLearnerIdsOfRecords } from "./learnerSearchQueries";
import { LearnerNameMatch, LearnerNameMatchQuality, type LearnerNameMatchRecord } from "./LearnerNameMatch";
import { candidatesField, LearnerNameSearch, NAME_SEARCH_REQUIRED_FIELDS } from "./LearnerNameSearch";
import { identityOfNameSearchKey, nameSearchKey, validateNameSearch } from "./validateNameSearch";

/**
 * Finding a learner by last name + first name + birth date across providers (issue 10, item 2). OFFA holds no
 * names, so the search goes through federation: `findLearnersByName` checks the input and returns the search as
 * an entity (LearnerNameSearch); each provider sends its learners born that day or on the transposed day; OFFA
 * judges them with the matcher's comparisons and groups them into its learners through the registry.
 *
 * A sibling of `findLearners`, not an argument set on it: findLearners returns OFFA's own results in one step,
 * while this one needs the providers' candidates first, which only an entity field with @requires receives.
 * Access is findLearners' (learner:read, policy learner_access: mobility officers with a purpose, provider staff
 * for their own provider's records, developers), and the search is audited the same way (a learner-level root
 * field), in OFFA and in every provider whose candidates were read.
 */
@Resolver(() => LearnerNameSearch)
export class FindLearnersByNameResolver {
  @Query(() => LearnerNameSearch, {
    description:
      "Finds learners by last name, first name and birth date (YYYY-MM-DD) across providers: names compared without accents, case or given-name order, typos and a day/month swap tolerated; each result with its match quality (EXACT, NEEDS_UPDATE, POSSIBLE). Ask for `results`. Every search is in the audit log.",
  })
  // learner:read: the audit plugin records the search itself, even one that finds nobody or is refused.
  @RequiresAccess({ scopes: ["learner:read"], policies: ["learner_access"] })
  findLearnersByName(
    @Arg("lastName", () => String) lastName: string,
    @Arg("firstName", () => String) firstName: string,
    @Arg("birthDate", () => LocalDate) birthDate: string,
  ): LearnerNameSearch {
    return { query: nameSearchKey(validateNameSearch({ lastName, firstName, birthDate })) };
  }

  @FieldResolver(() => [LearnerNameMatch], {
    nullable: true,
    description:
      "The learners whose provider records match the searched identity, best quality first; namesakes born the same day are distinct learners. Null, with OFFA_HARMONISATION_INCOMPLETE naming the providers, when a provider's records could not be read: never a partial answer that looks whole.",
  })
  @Directive(`@requires(fields: "${NAME_SEARCH_REQUIRED_FIELDS}")`)
  @RequiresAccess({ scopes: ["learner:read"], policies: ["learner_access"] })
  async results(@Root() search: LearnerNameSearch, @Ctx() ctx: OffaContext): Promise<LearnerNameMatch[]> {
    const missing = PROVIDER_NAMESPACES.filter((namespace) => search[candidatesField(namespace)] === null);
    if (missing.length > 0) {
      const providers = missing.map((namespace) => namespace.toUpperCase());
      throw clientError(
        "OFFA_HARMONISATION_INCOMPLETE",
        `Not searched: the records of ${providers.join(", ")} could not be read in this request, and results from the other providers alone would look complete.`,
        { missingProviders: providers },
      );
    }
    const judged = judgeNameCandidates(
      identityOfNameSearchKey(search.query),
      Object.fromEntries(
        PROVIDER_NAMESPACES.map((namespace) => [namespace, search[candidatesField(namespace)] ?? []]),
      ) as never,
    );
    if (judged.length === 0) return [];
    // One statement for every candidate's registry link, one (the loader's) for their learners.
    const links = await selectLearnerIdsOfRecords(ctx.db, judged);
    const learnerOf = new Map(
      links.map((link) => [`${link.provider}:${link.providerLearnerId}`, link.learnerId] as const),
    );
    const byLearner = new Map<string, LearnerNameMatchRecord[]>();
    for (const candidate of judged) {
      const learnerId = learnerOf.get(`${candidate.provider}:${candidate.providerLearnerId}`);
      if (learnerId === undefined) continue; // a record the registry has not imported yet: no OFFA learner
      const records = byLearner.get(learnerId) ?? [];
      records.push(toMatchRecord(candidate.provider, candidate));
      byLearner.set(learnerId, records);
    }
    const learners = await ctx.learners.loadMany([...byLearner.keys()]);
    const results: LearnerNameMatch[] = [];
    for (const learner of learners) {
      if (learner instanceof Error) throw learner;
      if (!learner) continue; // hidden from this caller (provider staff): exactly as if unknown
      const visible = new Set(learner.providers);
      const records = (byLearner.get(learner.id) ?? []).filter((record) => visible.has(record.provider));
      if (records.length === 0) continue;
      // judged is best first, so each learner's first record is its best.
      results.push({ learner, matchQuality: records[0].matchQuality, records });
    }
    return results;
  }
}

function toMatchRecord(
  provider: ProviderNamespace,
  candidate: {
    providerLearnerId: string;
    quality: string;
    familyName: string;
    givenNames: string;
    birthDate: string;
  },
): LearnerNameMatchRecord {
  return {
    provider: providerOfNamespace(provider),
    providerLearnerId: candidate.providerLearnerId,
    matchQuality: candidate.quality as LearnerNameMatchQuality,
    familyNameComparison: candidate.familyName,
    givenNamesComparison: candidate.givenNames,
    birthDateComparison: candidate.birthDate,
  };
}
