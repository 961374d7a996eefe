import { figureContract } from "../../kit";
import { COUNT_TABLES, tablesOf } from "./figureMeasures";
import type { FigureQuery } from "./FigureQuery";
import { nativeDimensionsOf } from "./validateFigureQuery";

/**
 * The provider part of a figure request: the native measures and dimensions the providers aggregate. A request
 * counted in OFFA's store alone (ACCREDITED_UNITS, MOVERS, COMPLIANCE_FINDINGS) asks them no measure: the gateway
 * still calls them for `@requires`, and they answer no group without running SQL.
 */
export function providerRequestOf(query: FigureQuery): figureContract.ProviderFigureRequest {
  const natives = new Set<figureContract.NativeMeasure>();
  for (const measure of query.measures) {
    for (const table of tablesOf(measure)) {
      const native = COUNT_TABLES[table].native;
      if (native !== null) natives.add(native);
    }
  }
  const measures = [...natives].sort();
  const groupBy = natives.size > 0 ? nativeDimensionsOf(query) : [];
  // A progression compares the level given with the previous one: the code given is a dimension like any other
  // in the contract (filled only when asked), so it is always asked with LEVEL_DECISIONS.
  if (natives.has("LEVEL_DECISIONS") && !groupBy.includes("levelCode")) groupBy.push("levelCode");
  return {
    asOf: query.asOf,
    granularity: query.granularity,
    fromPeriod: query.from,
    toPeriod: query.to,
    measures,
    groupBy: groupBy.sort(),
  };
}
