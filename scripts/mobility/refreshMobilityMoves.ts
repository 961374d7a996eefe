import type { Database } from "../../subgraphs/kit";
import type { MobilityMoveRow } from "../../subgraphs/offa/mobility/MobilityMoveRow";
import { replaceMobilityMoves } from "../../subgraphs/offa/mobility/replaceMobilityMoves";
import { gatewayHeaders } from "../stack/gatewayHeaders";

/** Learners read per gateway request: each brings its journey, so a page is a few hundred kB at most. */
const PAGE = 100;

const QUERY = /* GraphQL */ `
  query MobilityRefresh($after: ID, $asOf: LocalDate) {
    learners(first: ${PAGE}, after: $after, acrossProviders: true) {
      id
      journey(asOf: $asOf) {
        steps { kind on provider company { establishmentUnitNumber } }
        events {
          kind on fromProvider toProvider
          fromTrade { nativeCode commonCode } toTrade { nativeCode commonCode }
          tradeChanged levelBefore levelAfter levelOutcome
        }
      }
    }
  }
`;

type Journey = {
  steps: {
    kind: string;
    on: string;
    provider: string | null;
    company: { establishmentUnitNumber: string } | null;
  }[];
  events: {
    kind: string;
    on: string;
    fromProvider: string;
    toProvider: string;
    fromTrade: { nativeCode: string; commonCode: string | null };
    toTrade: { nativeCode: string; commonCode: string | null };
    tradeChanged: boolean | null;
    levelBefore: string | null;
    levelAfter: string | null;
    levelOutcome: string;
  }[];
};

/**
 * Derives OFFA's mobility read model (offa.mobility_move) from every cross-provider learner's journey, read
 * through the gateway as any client would (OFFA never reads a provider store), and replaces the model in one
 * transaction. Any error (a provider down, an incomplete journey) aborts the refresh and the previous model
 * stays: a partial model would present missing moves as "did not move".
 */
export async function refreshMobilityMoves(
  offaStore: Database,
  gatewayUrl: string,
  asOf: string,
): Promise<{ learners: number; moves: number }> {
  const moves: MobilityMoveRow[] = [];
  let learners = 0;
  let after: string | null = null;
  const headers = { ...(await gatewayHeaders()), "x-offa-purpose": "MOBILITY_FOLLOW_UP" };
  for (;;) {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: QUERY, variables: { after, asOf } }),
    }).catch((error: Error) => {
      // fetch says only "fetch failed": the operator needs the address and the network's reason.
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? error.message);
      throw new Error(`cannot reach the gateway at ${gatewayUrl} (GATEWAY_URL): ${cause}`);
    });
    const body = (await response.json()) as {
      data?: { learners: { id: string; journey: Journey | null }[] } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (!body.data || body.errors) {
      throw new Error(
        `The gateway at ${gatewayUrl} did not give every journey (HTTP ${response.status}): ${JSON.stringify(body.errors?.slice(0, 3))}`,
      );
    }
    const page = body.data.learners;
    for (const learner of page) {
      learners++;
      moves.push(...movesOf(learner.id, learner.journey!));
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  await replaceMobilityMoves(offaStore, moves, { asOf, learners });
  return { learners, moves: moves.length };
}

function movesOf(learnerId: string, journey: Journey): MobilityMoveRow[] {
  return journey.events
    .filter((event) => event.kind === "PROVIDER_CHANGE")
    .map((event, seq) => {
      // The unit of the first contract at the new provider, from the move on.
      const start = journey.steps.find(
        (step) => step.kind === "CONTRACT_START" && step.provider === event.toProvider && step.on >= event.on,
      );
      return {
        learnerId,
        seq,
        movedOn: event.on,
        fromProvider: event.fromProvider,
        toProvider: event.toProvider,
        fromTradeNative: event.fromTrade.nativeCode,
        fromTradeCommon: event.fromTrade.commonCode,
        toTradeNative: event.toTrade.nativeCode,
        toTradeCommon: event.toTrade.commonCode,
        tradeChanged: event.tradeChanged,
        levelBefore: event.levelBefore,
        levelAfter: event.levelAfter,
        levelOutcome: event.levelOutcome,
        toUnitNumber: start?.company?.establishmentUnitNumber ?? null,
      };
    });
}
