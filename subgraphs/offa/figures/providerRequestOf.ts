import { figureContract } from "../../kit";
import { COUNT_TABLES, tablesOf } from "./figureMeasures";
import type { FigureQuery } from "./FigureQuery";
import { nativeDimensionsOf } from "./validateFigureQuery";

/**
 * What a request without any provider measure (ACCREDITED_UNITS alone, from OFFA's register) still asks the
 * providers: the contract needs one measure and the gateway fetches the @requires fields whatever the measures.
 * PROGRAMMES without dimensions is the smallest answer (one group per period); OFFA ignores it.
 */
const PLACEHOLDER_MEASURE: figureContract.NativeMeasure = "PROGRAMMES";

/** The provider part of a figure request: the native measures and dimensions the providers aggregate. */
export function providerRequestOf(query: FigureQuery): figureContract.ProviderFigureRequest {
  const natives = new Set<figureContract.NativeMeasure>();
  for (const measure of query.measures) {
    for (const table of tablesOf(measure)) {
      const native = COUNT_TABLES[table].native;
      if (native !== null) natives.add(native);
    }
  }
  const measures = natives.size > 0 ? [...natives].sort() : [PLACEHOLDER_MEASURE];
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
