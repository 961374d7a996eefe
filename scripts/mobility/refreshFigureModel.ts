import { randomUUID } from "node:crypto";
import type { AccessClaims } from "../../schema/contract/access";
import { ROLES } from "../../schema/contract/access";
import { encodeClaimsHeader, SIGNING_HEADERS, signRequest } from "../../schema/contract/signing";
import {
  type Database,
  figureContract,
  PROVIDER_NAMESPACES,
  type ProviderNamespace,
} from "../../subgraphs/kit";
import {
  type FigureSnapshotGroupRow,
  MODEL_DIMENSIONS,
  MODEL_GRANULARITY,
  MODEL_MEASURES,
  MODEL_SCHOOL_YEARS,
  replaceFigureSnapshot,
  toSnapshotRows,
} from "../../subgraphs/offa/figureModel";
import { selectUnitPlaces } from "../../subgraphs/offa/figures/figureQueries";

/** Where each provider subgraph answers, and the key the gateway signs its requests with. */
export interface ProviderAccess {
  urls: Record<ProviderNamespace, string>;
  signingKey: string;
}

/** One provider's groups for the whole snapshot. */
interface ProviderAnswer {
  namespace: ProviderNamespace;
  groups: figureContract.NativeFigureGroup[];
}

/**
 * Who the refresh is to the providers: a dashboard analyst's claims (figures only, never learner-level data), as
 * the gateway would forward them for a DASHBOARD_ANALYST token.
 */
const REFRESH_CLAIMS: AccessClaims = {
  subject: "figure-model-refresh",
  role: "DASHBOARD_ANALYST",
  scopes: ROLES.DASHBOARD_ANALYST.scopes,
  provider: null,
  namespaces: [],
  purpose: null,
};

/**
 * Derives the figure model's snapshot of `day` (subgraphs/offa/figureModel): asks each provider, through its
 * federation API (`_entities` on FigureTable, signed like the gateway signs), for its native groups as known on
 * `day`, one measure of one school year per request (each statement and answer stays far below the stores' and
 * the subgraphs' limits), places
 * each group's unit with OFFA's register, and replaces that day's snapshot in one transaction. Any error (a
 * provider down, a store failing, a refused request) aborts the refresh and the model keeps what it had: a partial
 * snapshot would present missing groups as zeros.
 */
export async function refreshFigureModel(
  offaStore: Database,
  providers: ProviderAccess,
  day: string,
): Promise<{ groups: number; providerGroups: number; schoolYears: number; seconds: number }> {
  const started = Date.now();
  const lastPeriod = figureContract.periodOfDay(MODEL_GRANULARITY, day);
  const lastStart = Number(lastPeriod.slice(0, 4));
  const firstPeriod = `${lastStart - MODEL_SCHOOL_YEARS + 1}-${lastStart - MODEL_SCHOOL_YEARS + 2}`;
  const schoolYears = figureContract
    .periodsBetween(MODEL_GRANULARITY, firstPeriod, lastPeriod)
    .map((period) => period.name);
  // The first failure stops every provider's loop (no request is sent after the refresh gave up) and is the one
  // reported; the refresh returns only once no request of it is left in flight.
  const stop = new AbortController();
  let firstFailure: unknown;
  const settled = await Promise.allSettled(
    PROVIDER_NAMESPACES.map(async (namespace) => {
      const groups: figureContract.NativeFigureGroup[] = [];
      try {
        // One measure of one school year at a time: the heaviest statement (a year of LEARNERS by unit at scale
        // 1) then runs alone in its provider's store, far from the store's request timeout, and the answer stays
        // small.
        for (const schoolYear of schoolYears) {
          for (const measure of MODEL_MEASURES) {
            stop.signal.throwIfAborted();
            groups.push(...(await askProvider(namespace, providers, day, schoolYear, measure, stop.signal)));
          }
        }
      } catch (error) {
        if (!stop.signal.aborted) {
          firstFailure = error;
          stop.abort(error);
        }
        throw error;
      }
      return { namespace, groups };
    }),
  );
  if (firstFailure !== undefined) throw firstFailure;
  const answered = settled.map((result) => (result as PromiseFulfilledResult<ProviderAnswer>).value);
  const unitNumbers = [
    ...new Set(
      answered.flatMap(({ groups }) =>
        groups.map((group) => group.unitNumber).filter((number): number is string => number !== null),
      ),
    ),
  ];
  const unitPlaces = await selectUnitPlaces(offaStore, unitNumbers);
  const rows: FigureSnapshotGroupRow[] = answered.flatMap(({ namespace, groups }) =>
    toSnapshotRows(namespace, groups, unitPlaces),
  );
  await replaceFigureSnapshot(offaStore, { day, firstPeriod, lastPeriod }, rows);
  return {
    groups: rows.length,
    providerGroups: answered.reduce((sum, { groups }) => sum + groups.length, 0),
    schoolYears: schoolYears.length,
    seconds: (Date.now() - started) / 1000,
  };
}

/** One provider's native groups of one measure for one school year, or an error naming the provider. */
async function askProvider(
  namespace: ProviderNamespace,
  providers: ProviderAccess,
  day: string,
  schoolYear: string,
  measure: figureContract.NativeMeasure,
  signal: AbortSignal,
): Promise<figureContract.NativeFigureGroup[]> {
  const request = figureContract.encodeProviderFigureRequest({
    asOf: day,
    granularity: MODEL_GRANULARITY,
    fromPeriod: schoolYear,
    toPeriod: schoolYear,
    measures: [measure],
    groupBy: [...MODEL_DIMENSIONS],
  });
  const field = `${namespace}Groups`;
  const body = JSON.stringify({
    query: `query FigureModelRefresh($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on FigureTable { ${field} { ${figureContract.NATIVE_FIGURE_GROUP_SELECTION} } }
      }
    }`,
    variables: { representations: [{ __typename: "FigureTable", request }] },
  });
  const url = providers.urls[namespace];
  const claims = encodeClaimsHeader(REFRESH_CLAIMS);
  const requestId = `figure-model-${randomUUID()}`;
  const headers = {
    "content-type": "application/json",
    [SIGNING_HEADERS.claims]: claims,
    [SIGNING_HEADERS.requestId]: requestId,
    ...signRequest(
      { audience: namespace, method: "POST", url, body, claims, requestId },
      providers.signingKey,
    ),
  };
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers, body, signal });
  } catch (error) {
    throw new Error(`cannot reach the ${namespace} subgraph at ${url}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const text = await response.text();
  let answer: {
    data?: { _entities?: Record<string, figureContract.NativeFigureGroup[] | null>[] };
    errors?: unknown[];
  };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(
      `the ${namespace} subgraph answered HTTP ${response.status} without JSON: ${text.slice(0, 200)}`,
    );
  }
  const groups = answer.data?._entities?.[0]?.[field];
  if (answer.errors || !Array.isArray(groups)) {
    throw new Error(
      `the ${namespace} subgraph did not give its ${measure} groups for ${schoolYear}: ${JSON.stringify(answer.errors ?? null).slice(0, 400)}`,
    );
  }
  return groups;
}
