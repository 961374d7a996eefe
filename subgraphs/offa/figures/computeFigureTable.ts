import { clientError, figureContract, PROVIDER_NAMESPACES, type ProviderNamespace } from "../../kit";
import type { OffaContext } from "../context";
import { FigureDimension, FigureMeasure } from "./figureEnums";
import { decodeFigureQuery } from "./FigureQuery";
import type { FigureSource } from "./FigureTable";
import {
  selectAccreditedUnitCounts,
  selectComplianceFindingCounts,
  selectMoverCounts,
  selectUnitPlaces,
} from "./figureQueries";
import { selectLastRefresh } from "../mobility/moverQueries";
import { selectLastComplianceRefresh } from "../complianceFindings";
import { tabulateFigures, type ComputedCell, type RegisterCount } from "./tabulateFigures";
import { providerRequestOf } from "./providerRequestOf";
import { selectFigureSnapshot, selectSnapshotGroups } from "../figureModel";

type Groups = readonly figureContract.NativeFigureGroup[] | null | undefined;

/** A FigureTable as the gateway sends it to OFFA: the key and each provider's groups (@requires). */
export interface FigureTableRepresentation {
  request: string;
  query: string;
  cefaGroups?: Groups;
  ifapmeGroups?: Groups;
  sfpmeGroups?: Groups;
}

/** The computed table: its cells and where their inputs came from. */
export interface ComputedFigureTable {
  cells: readonly ComputedCell[];
  sources: FigureSource[];
}

/** One computation per representation object: `cells` and `sources` of one table share it. */
const computed = new WeakMap<object, Promise<ComputedFigureTable>>();

/** Builds a table's cells once per request from the groups that came with it (see tabulateFigures). */
export function computeFigureTable(
  table: FigureTableRepresentation,
  ctx: OffaContext,
): Promise<ComputedFigureTable> {
  let result = computed.get(table);
  if (result === undefined) {
    result = compute(table, ctx);
    computed.set(table, result);
  }
  return result;
}

const UNIT_DIMENSIONS = [
  FigureDimension.UNIT_REGION,
  FigureDimension.UNIT_PROVINCE,
  FigureDimension.PLACE_REGION,
];

async function compute(table: FigureTableRepresentation, ctx: OffaContext): Promise<ComputedFigureTable> {
  const query = decodeFigureQuery(table.query);
  // From the figure model's snapshot (read beside OFFA's other statements below), or from the providers' groups.
  const fromModel = query.modelDay
    ? selectSnapshotGroups(ctx.db, query.modelDay, providerRequestOf(query))
    : Promise.resolve(null);
  const providerGroups = Object.fromEntries(
    PROVIDER_NAMESPACES.map((namespace) => [namespace, groupsOf(table, namespace)]),
  ) as Record<ProviderNamespace, readonly figureContract.NativeFigureGroup[] | null>;
  const usesUnits = [...query.by, ...(Object.keys(query.where) as FigureDimension[])].some((d) =>
    UNIT_DIMENSIONS.includes(d),
  );
  // The model's groups carry place keys that it maps itself; the providers' carry unit numbers for the register.
  const unitNumbers =
    usesUnits && !query.modelDay
      ? [
          ...new Set(
            Object.values(providerGroups).flatMap((list) => (list ?? []).map((group) => group.unitNumber)),
          ),
        ].filter((number): number is string => number !== null)
      : [];
  const wantsRegister = query.measures.includes(FigureMeasure.ACCREDITED_UNITS);
  const wantsMoves = query.measures.includes(FigureMeasure.MOVERS);
  const wantsCompliance = query.measures.includes(FigureMeasure.COMPLIANCE_FINDINGS);
  const periods = figureContract.periodsBetween(query.granularity, query.from, query.to).map((period) => ({
    period: period.name,
    firstDay: period.firstDay,
    lastDay: period.lastDay < query.asOf ? period.lastDay : query.asOf,
  }));
  const [
    ruleBook,
    registerPlaces,
    registerCounts,
    moveCounts,
    refresh,
    complianceCounts,
    complianceRefresh,
    snapshot,
    model,
  ] = await Promise.all([
    ctx.ruleBook(),
    selectUnitPlaces(ctx.db, unitNumbers),
    wantsRegister
      ? selectAccreditedUnitCounts(
          ctx.db,
          periods.map(({ period, lastDay }) => ({ period, day: lastDay })),
          query.by,
          query.where,
        )
      : Promise.resolve([] as RegisterCount[]),
    wantsMoves
      ? selectMoverCounts(ctx.db, periods, query.by, query.where)
      : Promise.resolve([] as RegisterCount[]),
    wantsMoves ? selectLastRefresh(ctx.db) : Promise.resolve(null),
    wantsCompliance
      ? selectComplianceFindingCounts(ctx.db, periods, query.by, query.where)
      : Promise.resolve([] as RegisterCount[]),
    wantsCompliance ? selectLastComplianceRefresh(ctx.db) : Promise.resolve(null),
    query.modelDay ? selectFigureSnapshot(ctx.db, query.modelDay) : Promise.resolve(null),
    fromModel,
  ]);
  if (query.modelDay && snapshot === null) {
    throw clientError(
      "OFFA_FIGURE_SNAPSHOT_GONE",
      `The figure model's snapshot of ${query.modelDay} was dropped while this request ran: ask again, and the providers will compute it.`,
    );
  }
  const unitPlaces = model ? model.unitPlaces : registerPlaces;
  const groups = model ? model.groups : providerGroups;
  const cells = tabulateFigures({
    query,
    groups,
    ruleBook,
    unitPlaces,
    ownCounts: {
      ACCREDITED_UNITS: registerCounts,
      MOVES: moveCounts,
      COMPLIANCE_FINDINGS: complianceCounts,
    },
  });
  const sources: FigureSource[] = PROVIDER_NAMESPACES.map((namespace) => ({
    provider: namespace.toUpperCase(),
    origin: query.modelDay
      ? `OFFA's figure model, snapshot of ${query.modelDay}: ${namespace}'s native groups as its subgraph gave them at ${snapshot?.readAt ?? "(unknown)"}, units placed by the register of that day (npm run mobility:refresh)`
      : `${namespace} subgraph, FigureTable.${namespace}Groups (its own store, native codes)`,
    arrived: groups[namespace] !== null,
    groups: groups[namespace]?.length ?? null,
    ruleSetId: ruleBook.ruleSetId,
  }));
  if (wantsRegister) {
    sources.push({
      provider: "OFFA",
      origin: "offa.accreditation, offa.accreditation_event, offa.establishment_unit (OFFA's register)",
      arrived: true,
      groups: registerCounts.length,
      ruleSetId: null,
    });
  }
  if (wantsMoves) {
    sources.push({
      provider: "OFFA",
      origin: `offa.mobility_move, OFFA's mobility model derived on ${refresh?.asOf ?? "(never)"} (npm run mobility:refresh)`,
      arrived: true,
      groups: moveCounts.length,
      ruleSetId: null,
    });
  }
  if (wantsCompliance) {
    sources.push({
      provider: "OFFA",
      origin: `offa.compliance_finding, OFFA's compliance model derived on ${complianceRefresh?.asOf ?? "(never)"} (npm run mobility:refresh)`,
      arrived: true,
      groups: complianceCounts.length,
      ruleSetId: null,
    });
  }
  return { cells, sources };
}

function groupsOf(
  table: FigureTableRepresentation,
  namespace: ProviderNamespace,
): readonly figureContract.NativeFigureGroup[] | null {
  // Every provider's groups are required: absent or null both mean they could not be read in this request.
  return table[`${namespace}Groups`] ?? null;
}
