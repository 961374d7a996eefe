import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { clientError, LocalDate, RequiresAccess } from "../../kit";
import type { OffaContext } from "../context";
import { Learner } from "../identity/Learner";
import { Provider } from "../identity/Provider";
import { LevelOutcome } from "../journey/journeyEnums";
import { Region } from "../register";
import {
  countMovers,
  type MoverCursor,
  type MoverFilter,
  selectLastRefresh,
  selectMoverPage,
} from "./moverQueries";
import { Mover, MoversPage } from "./Mover";

/**
 * The most movers on one page: each brings its learner and, usually, the journey (a modelling choice: 100
 * journeys are about a second's work for the gateway; a dashboard wanting counts uses the totals).
 */
export const MAX_MOVERS_PAGE = 100;
/** The longest period one request may cover (issue 10: over 20 years is refused). */
const MAX_PERIOD_YEARS = 20;

/** Query.movers: learners who moved between providers, from OFFA's mobility read model. */
@Resolver(() => Mover)
export class MoversResolver {
  @Query(() => MoversPage, {
    description:
      "Moves between providers in a period (by the first enrolment at the new provider), filtered by provider pair, common trade (either side), region of the new unit, trade change and level outcome; in date order, paged with `after`. Courses taken at another provider are not moves. From OFFA's mobility model, derived from the providers' records by `npm run mobility:refresh` (derivedAsOf, refreshedAt).",
  })
  @RequiresAccess({ scopes: ["learner:read"], policies: ["learner_access"] })
  async movers(
    @Arg("from", () => LocalDate) from: string,
    @Arg("to", () => LocalDate) to: string,
    @Arg("fromProvider", () => Provider, { nullable: true }) fromProvider: Provider | null,
    @Arg("toProvider", () => Provider, { nullable: true }) toProvider: Provider | null,
    @Arg("tradeCode", () => String, { nullable: true, description: "A common trade code." })
    tradeCode: string | null,
    @Arg("region", () => Region, { nullable: true }) region: Region | null,
    @Arg("tradeChanged", () => Boolean, { nullable: true }) tradeChanged: boolean | null,
    @Arg("levelOutcome", () => LevelOutcome, { nullable: true }) levelOutcome: LevelOutcome | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Ctx() ctx: OffaContext,
  ): Promise<MoversPage> {
    checkPeriod(from, to);
    if (!Number.isInteger(first) || first < 1 || first > MAX_MOVERS_PAGE) {
      throw clientError("OFFA_INPUT_PAGE_SIZE", `first must be from 1 to ${MAX_MOVERS_PAGE}, got ${first}.`, {
        argument: "first",
        max: MAX_MOVERS_PAGE,
      });
    }
    const cursor = after ? decodeCursor(after) : null;
    if (tradeCode !== null && tradeCode !== undefined && !(await ctx.vocabulary()).trades.has(tradeCode)) {
      throw clientError("OFFA_INPUT_UNKNOWN_TRADE", `${tradeCode} is not a common trade code.`, {
        tradeCode,
      });
    }
    const refresh = await selectLastRefresh(ctx.db);
    if (!refresh) {
      throw clientError(
        "OFFA_MOBILITY_NOT_DERIVED",
        "The moves between providers have not been derived yet: run `npm run mobility:refresh`. An empty list would wrongly say nobody moved.",
      );
    }
    const { claims } = ctx.request;
    const filter: MoverFilter = {
      from,
      to,
      fromProvider: fromProvider ?? null,
      toProvider: toProvider ?? null,
      tradeCode: tradeCode ?? null,
      region: region ?? null,
      tradeChanged: tradeChanged ?? null,
      levelOutcome: levelOutcome ?? null,
      involvingProvider:
        claims?.role === "PROVIDER_STAFF" ? (claims.provider?.toUpperCase() ?? "NONE") : null,
    };
    const [rows, totals] = await Promise.all([
      selectMoverPage(ctx.db, filter, cursor, first + 1),
      countMovers(ctx.db, filter),
    ]);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      moves: page.map((row) => ({
        learnerId: row.learnerId,
        learner: null,
        movedOn: row.movedOn,
        fromProvider: row.fromProvider as Provider,
        toProvider: row.toProvider as Provider,
        fromTrade: { nativeCode: row.fromTradeNative, commonCode: row.fromTradeCommon },
        toTrade: { nativeCode: row.toTradeNative, commonCode: row.toTradeCommon },
        tradeChanged: row.tradeChanged,
        levelBefore: row.levelBefore as Mover["levelBefore"],
        levelAfter: row.levelAfter as Mover["levelAfter"],
        levelOutcome: row.levelOutcome as LevelOutcome,
        region: row.region as Region | null,
      })),
      totalMoves: totals.moves,
      totalLearners: totals.learners,
      endCursor: rows.length > first && last ? encodeCursor(last) : null,
      hasNextPage: rows.length > first,
      derivedAsOf: refresh.asOf,
      refreshedAt: new Date(refresh.finishedAt).toISOString(),
    };
  }

  // One batch for the page's learners (DataLoader), scoped to the caller like every learner.
  @FieldResolver(() => Learner, { nullable: true })
  learner(@Root() mover: Mover, @Ctx() ctx: OffaContext): Promise<Learner | null> {
    return ctx.learners.load(mover.learnerId);
  }
}

function checkPeriod(from: string, to: string): void {
  if (from > to) {
    throw clientError("OFFA_INPUT_PERIOD_REVERSED", `The period ends (${to}) before it starts (${from}).`, {
      from,
      to,
    });
  }
  const limit = `${Number(from.slice(0, 4)) + MAX_PERIOD_YEARS}${from.slice(4)}`;
  if (to > limit) {
    throw clientError(
      "OFFA_INPUT_PERIOD_TOO_LONG",
      `A period covers at most ${MAX_PERIOD_YEARS} years (${from} to ${limit}); ask in parts.`,
      { from, to, maxYears: MAX_PERIOD_YEARS },
    );
  }
}

function encodeCursor(cursor: MoverCursor): string {
  return Buffer.from(`${cursor.movedOn}|${cursor.learnerId}|${cursor.seq}`).toString("base64url");
}

function decodeCursor(value: string): MoverCursor {
  const [movedOn, learnerId, seq] = Buffer.from(value, "base64url").toString("utf8").split("|");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(movedOn ?? "") || !learnerId || !/^\d+$/.test(seq ?? "")) {
    throw clientError("OFFA_INPUT_INVALID_CURSOR", "`after` is not a cursor this list gave out.", {
      argument: "after",
    });
  }
  return { movedOn, learnerId, seq: Number(seq) };
}
