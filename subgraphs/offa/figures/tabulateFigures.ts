import { figureContract, PROVIDER_NAMESPACES, type ProviderNamespace } from "../../kit";
import type { RuleBook } from "../harmonisation";
import { FigureDimension, FigureMeasure, FigureSuppression } from "./figureEnums";
import { COUNT_TABLES, DAYS_PER_MONTH, MEASURES, tablesOf, type CountTable } from "./figureMeasures";
import type { FigureQuery } from "./FigureQuery";
import { GroupHarmoniser, type UnitPlace } from "./harmoniseGroup";
import { UNKNOWN } from "./figureDimensions";
import { suppressCells } from "./suppressCells";

type NativeFigureGroup = figureContract.NativeFigureGroup;

/** A count of OFFA's own store (ACCREDITED_UNITS, MOVERS, COMPLIANCE_FINDINGS), already grouped by the query's dimensions. */
export interface RegisterCount {
  readonly period: string;
  /** The value of each split dimension, in the query's `by` order. */
  readonly coordinates: readonly string[];
  readonly count: number;
}

/** Everything a figure table is computed from. */
export interface FigureInputs {
  readonly query: FigureQuery;
  /** Each provider's groups; null when its store failed (its subgraph sent an error). */
  readonly groups: Readonly<Record<ProviderNamespace, readonly NativeFigureGroup[] | null>>;
  readonly ruleBook: RuleBook;
  readonly unitPlaces: ReadonlyMap<string, UnitPlace>;
  /** The counted tables OFFA reads from its own store (register, mobility and compliance models), by table. */
  readonly ownCounts: Readonly<Partial<Record<CountTable, readonly RegisterCount[]>>>;
}

/** One computed cell; `missingProviders` non-empty means its value is unknown (null) and an error names them. */
export interface ComputedCell {
  readonly measure: FigureMeasure;
  readonly period: string;
  readonly coordinates: readonly { dimension: FigureDimension; value: string }[];
  readonly value: number | null;
  readonly suppressed: boolean;
  readonly suppression: FigureSuppression | null;
  readonly missingProviders: readonly string[];
}

interface Tally {
  coordinates: string[];
  count: number;
  days: number;
}

interface CountedTable {
  /** By period, then by coordinates (JSON). */
  cells: Map<string, Map<string, Tally & { suppression: FigureSuppression | null }>>;
}

/**
 * Maps the providers' native groups onto common coordinates (rules in force on asOf), keeps those the filter
 * admits, sums across providers, suppresses small cells (suppressCells) and computes the ratios from the
 * suppressed counts. Pure: the caller brings the groups, the rule book, the register's unit places and counts.
 *
 * A provider whose groups are null must not yield a total that looks whole: every cell it would contribute to
 * (all cells when the figure is not split by PROVIDER; else one cell per measure and period in its name, other
 * coordinates UNKNOWN) is null with `missingProviders`, and the caller raises OFFA_HARMONISATION_INCOMPLETE on it.
 */
export function tabulateFigures(inputs: FigureInputs): ComputedCell[] {
  const { query } = inputs;
  const periods = figureContract.periodsBetween(query.granularity, query.from, query.to).map((p) => p.name);
  const needed = new Set(query.measures.flatMap((measure) => tablesOf(measure)));
  const filtered = Object.keys(query.where) as FigureDimension[];
  const providerFilter = query.where[FigureDimension.PROVIDER];
  const missing = PROVIDER_NAMESPACES.filter(
    (namespace) =>
      (inputs.groups[namespace] === null || inputs.groups[namespace] === undefined) &&
      (providerFilter === undefined || providerFilter.includes(namespace.toUpperCase())),
  ).map((namespace) => namespace.toUpperCase());

  const tallies = new Map<CountTable, Map<string, Map<string, Tally>>>();
  for (const table of needed) tallies.set(table, new Map(periods.map((period) => [period, new Map()])));

  for (const namespace of PROVIDER_NAMESPACES) {
    const groups = inputs.groups[namespace];
    if (!groups) continue;
    const harmoniser = new GroupHarmoniser(namespace, inputs.ruleBook, query.asOf, inputs.unitPlaces);
    for (const group of groups) {
      const tables = [...needed].filter(
        (table) =>
          COUNT_TABLES[table].native === group.measure &&
          COUNT_TABLES[table].selects(group, harmoniser.resolve),
      );
      if (tables.length === 0) continue;
      const admitted = filtered.every((dimension) =>
        (query.where[dimension] ?? []).includes(harmoniser.coordinate(group, dimension)),
      );
      if (!admitted) continue;
      const coordinates = query.by.map((dimension) => harmoniser.coordinate(group, dimension));
      for (const table of tables)
        add(tallies.get(table)?.get(group.period), coordinates, group.count, group.contractDays);
    }
  }
  for (const [table, rows] of Object.entries(inputs.ownCounts) as [CountTable, readonly RegisterCount[]][]) {
    if (!needed.has(table)) continue;
    for (const row of rows) add(tallies.get(table)?.get(row.period), [...row.coordinates], row.count, 0);
  }

  const counted = new Map<CountTable, CountedTable>();
  for (const [table, byPeriod] of tallies) {
    const cells: CountedTable["cells"] = new Map();
    for (const [period, byCoordinates] of byPeriod) {
      const list = [...byCoordinates.values()]
        .filter((tally) => tally.count > 0)
        .sort((a, b) => compareCoordinates(a.coordinates, b.coordinates));
      const suppression = suppressCells(list);
      cells.set(
        period,
        new Map(
          list.map((tally, index) => [key(tally.coordinates), { ...tally, suppression: suppression[index] }]),
        ),
      );
    }
    counted.set(table, { cells });
  }

  const result: ComputedCell[] = [];
  for (const measure of query.measures) {
    const spec = MEASURES[measure];
    const affected = spec.kind !== "COUNT" || COUNT_TABLES[spec.table].native !== null ? missing : [];
    const splitByProvider = query.by.includes(FigureDimension.PROVIDER);
    for (const period of periods) {
      const cellsOf = (table: CountTable) => counted.get(table)?.cells.get(period) ?? new Map();
      const base = spec.kind === "COUNT" ? cellsOf(spec.table) : cellsOf(spec.tables[0]);
      for (const tally of base.values()) {
        const coordinates = query.by.map((dimension, index) => ({
          dimension,
          value: tally.coordinates[index],
        }));
        if (affected.length > 0 && !splitByProvider) {
          result.push(unknownCell(measure, period, coordinates, affected));
          continue;
        }
        const { value, suppression } = valueOf(spec.kind, tally, (table) =>
          cellsOf(table).get(key(tally.coordinates)),
        );
        result.push({
          measure,
          period,
          coordinates,
          value: suppression === null ? value : null,
          suppressed: suppression !== null,
          suppression,
          missingProviders: [],
        });
      }
      if (affected.length > 0 && (splitByProvider || base.size === 0)) {
        for (const provider of splitByProvider ? affected : [affected.join(",")]) {
          const coordinates = query.by.map((dimension) => ({
            dimension,
            value: dimension === FigureDimension.PROVIDER ? provider : UNKNOWN,
          }));
          result.push(unknownCell(measure, period, coordinates, splitByProvider ? [provider] : affected));
        }
      }
    }
  }
  return result;
}

function valueOf(
  kind: "COUNT" | "PLACEMENT_RATE" | "AVERAGE_MONTHS",
  base: Tally & { suppression: FigureSuppression | null },
  other: (table: CountTable) => (Tally & { suppression: FigureSuppression | null }) | undefined,
): { value: number; suppression: FigureSuppression | null } {
  switch (kind) {
    case "COUNT":
      return { value: base.count, suppression: base.suppression };
    case "AVERAGE_MONTHS":
      // Suppressed with its base: an average over fewer than 10 learners describes them.
      return { value: base.days / base.count / DAYS_PER_MONTH, suppression: base.suppression };
    case "PLACEMENT_RATE": {
      // (enrolled − enrolled without contract) / enrolled: suppressed when either count is, since the rate and
      // the enrolled count would give the other back.
      const without = other("ENROLLED_WITHOUT_CONTRACT");
      const suppressions = [base.suppression, without?.suppression ?? null];
      const suppression = suppressions.includes(FigureSuppression.PRIMARY)
        ? FigureSuppression.PRIMARY
        : suppressions.includes(FigureSuppression.COMPLEMENTARY)
          ? FigureSuppression.COMPLEMENTARY
          : null;
      return { value: (base.count - (without?.count ?? 0)) / base.count, suppression };
    }
    default:
      throw new Error(`unreachable measure kind ${String(kind)}`);
  }
}

function unknownCell(
  measure: FigureMeasure,
  period: string,
  coordinates: { dimension: FigureDimension; value: string }[],
  missingProviders: readonly string[],
): ComputedCell {
  return {
    measure,
    period,
    coordinates,
    value: null,
    suppressed: false,
    suppression: null,
    missingProviders,
  };
}

function add(
  byCoordinates: Map<string, Tally> | undefined,
  coordinates: string[],
  count: number,
  days: number,
) {
  if (byCoordinates === undefined) return; // a period outside the request: a provider error, ignored
  const cellKey = key(coordinates);
  const tally = byCoordinates.get(cellKey);
  if (tally) {
    tally.count += count;
    tally.days += days;
  } else {
    byCoordinates.set(cellKey, { coordinates, count, days });
  }
}

function key(coordinates: readonly string[]): string {
  return JSON.stringify(coordinates);
}

function compareCoordinates(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const order = a[index].localeCompare(b[index]);
    if (order !== 0) return order;
  }
  return 0;
}
