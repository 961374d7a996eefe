import { PROVIDER_NAMESPACES, type ProviderNamespace } from "../../../subgraphs/kit";
import type { GraphQLResponse } from "../graphql";

/**
 * The cross-provider page the load clients ask for: each learner's providers (from OFFA's registry), their
 * records at each provider, and a harmonised value computed from all of them. A provider's failure shows in
 * its own field and in `commonContracts`, while OFFA's `providers` still says which records should be there.
 */
export const CROSS_PROVIDER_PAGE = /* GraphQL */ `
  query FaultLoadPage($first: Int!, $after: ID) {
    learners(first: $first, after: $after, acrossProviders: true) {
      id
      providers
      cefa {
        id
        contracts {
          id
        }
      }
      ifapme {
        id
        contracts {
          id
        }
      }
      sfpme {
        id
        contracts {
          id
        }
      }
      commonContracts(asOf: "2026-06-30") {
        provider
        providerContractId
        status
      }
    }
  }
`;

/** One learner of the page as the gateway returns it. */
interface PageLearner {
  id: string;
  providers: string[];
  commonContracts: unknown[] | null;
  [namespace: string]: unknown;
}

/** What one response of the page says, judged against the rule "never silent, other providers intact". */
export type PageVerdict =
  /** HTTP 200, no error, every learner's records at every provider it is linked to, harmonised values. */
  | { kind: "full" }
  /**
   * HTTP 200 with data, some providers' records null and each of them named by an error
   * (`extensions.subgraph`); harmonised values of the learners concerned null or under an error.
   */
  | { kind: "partial"; missing: (ProviderNamespace | "offa")[] }
  /** Anything that breaks the rule: each reason once, with the first learner it was seen on. */
  | { kind: "violation"; reasons: string[] }
  /** HTTP 200 with `data` null (or no page): nothing of any provider reached the caller. */
  | { kind: "no-data" }
  /** Any other HTTP status. */
  | { kind: "http"; status: number };

/**
 * The subgraph an error names, lower-cased: the project's `extensions.subgraph`, else `extensions.serviceName`,
 * which @apollo/gateway adds to every error a subgraph returned in its response.
 */
export function subgraphNamedBy(error: NonNullable<GraphQLResponse["errors"]>[number]): string | undefined {
  const subgraph = error.extensions?.subgraph ?? error.extensions?.serviceName;
  return typeof subgraph === "string" ? subgraph.toLowerCase() : undefined;
}

/**
 * Judges one response of CROSS_PROVIDER_PAGE. A linked provider's records shown as an empty list are a
 * silent loss (the issue's `cefa: []`), with or without an error elsewhere; null records need an error naming
 * that provider's subgraph; a learner whose records are missing at some provider must not get a
 * `commonContracts` list unless an error sits at that path (the value would look complete).
 */
export function judgeCrossProviderPage(status: number, body: GraphQLResponse | undefined): PageVerdict {
  if (status !== 200) return { kind: "http", status };
  const learners = (body?.data as { learners?: PageLearner[] | null } | null | undefined)?.learners;
  if (!learners) return { kind: "no-data" };
  const errors = body?.errors ?? [];
  const named = new Set(errors.map(subgraphNamedBy).filter((name) => name !== undefined));
  const reasons = new Map<string, string>();
  const note = (reason: string, learner: PageLearner) => {
    if (!reasons.has(reason)) reasons.set(reason, learner.id);
  };
  const missing = new Set<ProviderNamespace | "offa">();
  learners.forEach((learner, index) => {
    const linked = PROVIDER_NAMESPACES.filter((namespace) =>
      learner.providers.some((provider) => provider.toLowerCase() === namespace),
    );
    const missingHere = new Set<ProviderNamespace>();
    for (const namespace of PROVIDER_NAMESPACES) {
      const records = learner[namespace];
      if (records === null || records === undefined) {
        missingHere.add(namespace);
        if (!named.has(namespace))
          note(`${namespace} null without an error naming subgraph ${namespace}`, learner);
      } else if (Array.isArray(records) && records.length === 0 && linked.includes(namespace)) {
        missingHere.add(namespace);
        note(`${namespace} shown as [] for a learner linked to ${namespace} (silent loss)`, learner);
      }
    }
    for (const namespace of missingHere) missing.add(namespace);
    const flagged = errors.some(
      (error) =>
        error.path?.[0] === "learners" && error.path[1] === index && error.path[2] === "commonContracts",
    );
    if (learner.commonContracts === null) {
      // OFFA's harmonised value missing while every provider's records came: OFFA's own failure, named.
      if (missingHere.size === 0) {
        missing.add("offa");
        if (!flagged && !named.has("offa"))
          note("commonContracts null without an error at its path or naming offa", learner);
      }
    } else if (missingHere.size > 0) {
      if (!flagged)
        note(
          `commonContracts presented without an error while ${[...missingHere].join(", ")} is missing`,
          learner,
        );
    }
  });
  if (reasons.size > 0)
    return { kind: "violation", reasons: [...reasons].map(([reason, id]) => `${reason} (learner ${id})`) };
  if (missing.size === 0 && errors.length === 0) return { kind: "full" };
  if (missing.size === 0)
    return {
      kind: "violation",
      reasons: [`errors without missing data: ${errors.map((e) => e.extensions?.code).join(", ")}`],
    };
  return { kind: "partial", missing: [...missing].sort() };
}
