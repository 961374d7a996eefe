import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { clientError, figureContract, LocalDate, parseAsOf, PROVIDER_NAMESPACES } from "../../kit";
import type { OffaContext } from "../context";
import { computeFigureTable, type FigureTableRepresentation } from "./computeFigureTable";
import { FigureDimension, FigureGranularity, FigureMeasure } from "./figureEnums";
import { FigureFilter, FILTER_DIMENSIONS } from "./FigureFilter";
import { decodeFigureQuery, encodeFigureQuery } from "./FigureQuery";
import { FigureCell, FigureData, FigureSource, FigureTable } from "./FigureTable";
import { providerRequestOf } from "./providerRequestOf";
import { selectFigureVocabulary } from "./figureQueries";
import { selectLastRefresh } from "../mobility/moverQueries";
import { selectLastComplianceRefresh } from "../complianceFindings";
import { validateFigureQuery } from "./validateFigureQuery";
import { selectFigureSnapshot, withinModelScope } from "../figureModel";

/** What OFFA asks the gateway to fetch from every provider before it builds cells (the fields of @requires). */
export const FIGURE_GROUP_FIELDS = PROVIDER_NAMESPACES.map(
  (namespace) => `${namespace}Groups { ${figureContract.NATIVE_FIGURE_GROUP_SELECTION} }`,
).join(" ");

/** The measures of the training-place offer, in the order a steering table reads them. */
const TRAINING_PLACE_MEASURES = [
  FigureMeasure.PROGRAMMES_TAUGHT,
  FigureMeasure.ACCREDITED_UNITS,
  FigureMeasure.UNITS_WITH_LEARNER,
  FigureMeasure.LEARNERS_UNDER_CONTRACT,
  FigureMeasure.LEARNERS_ENROLLED_WITHOUT_CONTRACT,
];

/** Query.figures, Query.trainingPlaceOffer and the public fields of FigureTable. */
@Resolver(() => FigureTable)
export class FiguresResolver {
  @Query(() => FigureTable, {
    description:
      "Figures across providers (issue 11): the measures asked, per period, split by the dimensions of `by`, filtered by `where` on common values, with the records and mapping rules as known on `asOf` (default today). Answered from OFFA's figure model when it holds a snapshot of `asOf` and the request is by school year over what it keeps (`sources` says so), else by the providers. Cells under 10 are suppressed, with complementary suppression. Refused before any provider is asked (OFFA_FIGURES_* codes) when a value, a period or the number of cells is out of bounds.",
  })
  @FigureData()
  async figures(
    @Arg("measures", () => [FigureMeasure]) measures: FigureMeasure[],
    @Arg("by", () => [FigureDimension], { defaultValue: [] }) by: FigureDimension[],
    @Arg("granularity", () => FigureGranularity, { defaultValue: FigureGranularity.SCHOOL_YEAR })
    granularity: FigureGranularity,
    @Arg("from", () => String, { description: 'First period: "2023-2024" or "2023-09" by granularity.' })
    from: string,
    @Arg("to", () => String, { description: "Last period, inclusive." }) to: string,
    @Arg("asOf", () => LocalDate, { nullable: true, description: "Records and rules as known on this date." })
    asOf: string | null,
    @Arg("where", () => FigureFilter, { nullable: true }) where: FigureFilter | null,
    @Ctx() ctx: OffaContext,
  ): Promise<FigureTable> {
    const vocabulary = await selectFigureVocabulary(ctx.db);
    const filters = Object.fromEntries(
      Object.entries(where ?? {}).map(([field, values]) => [
        FILTER_DIMENSIONS[field as keyof FigureFilter],
        values as string[] | null,
      ]),
    );
    const query = validateFigureQuery(
      { measures, by, granularity, from, to, asOf: parseAsOf(asOf), where: filters },
      vocabulary,
    );
    if (query.measures.includes(FigureMeasure.MOVERS) && !(await selectLastRefresh(ctx.db))) {
      throw clientError(
        "OFFA_MOBILITY_NOT_DERIVED",
        "The moves between providers have not been derived yet: run `npm run mobility:refresh`. A count of zero would wrongly say nobody moved.",
      );
    }
    if (
      query.measures.includes(FigureMeasure.COMPLIANCE_FINDINGS) &&
      !(await selectLastComplianceRefresh(ctx.db))
    ) {
      throw clientError(
        "OFFA_COMPLIANCE_NOT_DERIVED",
        "The compliance findings have not been derived yet: run `npm run mobility:refresh`. A count of zero would wrongly say no contract was flagged.",
      );
    }
    // OFFA's figure model answers when it holds a snapshot of asOf and the request is within its scope: the
    // providers are then asked nothing (an empty request runs no SQL); otherwise they compute their groups.
    const providerRequest = providerRequestOf(query);
    const snapshot = withinModelScope(providerRequest)
      ? await selectFigureSnapshot(ctx.db, query.asOf)
      : null;
    const answeredByModel =
      snapshot !== null && snapshot.firstPeriod <= query.from && query.to <= snapshot.lastPeriod;
    const table = new FigureTable();
    table.request = figureContract.encodeProviderFigureRequest(
      answeredByModel ? { ...providerRequest, measures: [], groupBy: [] } : providerRequest,
    );
    table.query = encodeFigureQuery(answeredByModel ? { ...query, modelDay: snapshot.day } : query);
    return table;
  }

  @Query(() => FigureTable, {
    description:
      "The training-place offer (issue 11, item 5), OFFA's steering axis: per common trade and region of the place (PLACE_REGION) and school year, the programmes the providers teach (PROGRAMMES_TAUGHT), the accredited establishment units (ACCREDITED_UNITS), the units with a learner (UNITS_WITH_LEARNER), the learners under contract and the learners enrolled without a contract (by their home region), so that a shortage of company places shows. The same figures as Query.figures with these measures and `by: [TRADE, PLACE_REGION]`, suppression included.",
  })
  @FigureData()
  async trainingPlaceOffer(
    @Arg("from", () => String, { description: 'First school year, "2023-2024".' }) from: string,
    @Arg("to", () => String, { description: "Last school year, inclusive." }) to: string,
    @Arg("asOf", () => LocalDate, { nullable: true }) asOf: string | null,
    @Arg("trades", () => [String], { nullable: true, description: "Common trade codes to keep." })
    trades: string[] | null,
    @Arg("regions", () => [String], { nullable: true, description: "Place regions to keep: WAL, BXL, VLA…" })
    regions: string[] | null,
    @Ctx() ctx: OffaContext,
  ): Promise<FigureTable> {
    return this.figures(
      TRAINING_PLACE_MEASURES,
      [FigureDimension.TRADE, FigureDimension.PLACE_REGION],
      FigureGranularity.SCHOOL_YEAR,
      from,
      to,
      asOf,
      { trades, placeRegions: regions },
      ctx,
    );
  }

  @FieldResolver(() => LocalDate)
  asOf(@Root() table: FigureTable): string {
    return decodeFigureQuery(table.query).asOf;
  }

  @FieldResolver(() => FigureGranularity)
  granularity(@Root() table: FigureTable): FigureGranularity {
    return decodeFigureQuery(table.query).granularity;
  }

  @FieldResolver(() => String)
  from(@Root() table: FigureTable): string {
    return decodeFigureQuery(table.query).from;
  }

  @FieldResolver(() => String)
  to(@Root() table: FigureTable): string {
    return decodeFigureQuery(table.query).to;
  }

  @FieldResolver(() => [FigureMeasure])
  measures(@Root() table: FigureTable): readonly FigureMeasure[] {
    return decodeFigureQuery(table.query).measures;
  }

  @FieldResolver(() => [FigureDimension])
  by(@Root() table: FigureTable): readonly FigureDimension[] {
    return decodeFigureQuery(table.query).by;
  }

  @FieldResolver(() => [FigureCell], {
    description:
      "The figures, measure by measure in the order asked, then period, then coordinates. A cell needing a provider whose figures could not be read has a null value and an OFFA_HARMONISATION_INCOMPLETE error naming it.",
  })
  @Directive(`@requires(fields: "${FIGURE_GROUP_FIELDS}")`)
  async cells(
    @Root() table: FigureTableRepresentation,
    @Ctx() ctx: OffaContext,
  ): Promise<readonly FigureCell[]> {
    return (await computeFigureTable(table, ctx)).cells as FigureCell[];
  }

  @FieldResolver(() => [FigureSource], {
    description: "Each provider's part (and OFFA's register): where it comes from and whether it arrived.",
  })
  @Directive(`@requires(fields: "${FIGURE_GROUP_FIELDS}")`)
  async sources(
    @Root() table: FigureTableRepresentation,
    @Ctx() ctx: OffaContext,
  ): Promise<readonly FigureSource[]> {
    return (await computeFigureTable(table, ctx)).sources;
  }
}

/** FigureCell.value: the error of a cell whose inputs did not all arrive, at the cell's own path. */
@Resolver(() => FigureCell)
export class FigureCellResolver {
  @FieldResolver(() => Number, { nullable: true })
  value(@Root() cell: FigureCell): number | null {
    if (cell.missingProviders.length > 0) {
      throw clientError(
        "OFFA_HARMONISATION_INCOMPLETE",
        `Not computed: the figures of ${cell.missingProviders.join(", ")} could not be read in this request, and a figure from the other providers alone would look complete.`,
        { missingProviders: cell.missingProviders },
      );
    }
    return cell.value;
  }
}
