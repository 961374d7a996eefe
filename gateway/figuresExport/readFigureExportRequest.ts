/** The figure query variables an export URL carries. */
export interface FigureExportVariables {
  measures: string[];
  by: string[];
  granularity?: string;
  from: string;
  to: string;
  asOf?: string;
  where?: Record<string, string[]>;
}

/** The filter fields of FigureFilter an export URL may set as `where.<field>=a,b`. */
const FILTER_FIELDS = new Set([
  "providers",
  "levels",
  "trades",
  "unitRegions",
  "unitProvinces",
  "learnerRegions",
  "learnerProvinces",
  "ageBands",
  "tracks",
  "contractTypes",
  "endReasons",
  "placeRegions",
]);

/**
 * Reads `?measures=A,B&by=X,Y&from=..&to=..[&granularity=..][&asOf=..][&where.trades=T1,T2]` into the variables of
 * Query.figures, or says what is wrong with the URL itself. The values are not judged here: the figures query
 * validates them (the gateway holds no business logic) and its codes come back as they are.
 */
export function readFigureExportRequest(
  search: URLSearchParams,
): { variables: FigureExportVariables } | { problem: string } {
  const list = (name: string) =>
    (search.get(name) ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  for (const name of ["measures", "from", "to"]) {
    if (!search.get(name)) return { problem: `The parameter ${name} is required.` };
  }
  const where: Record<string, string[]> = {};
  for (const [name, value] of search) {
    if (!name.startsWith("where.")) {
      if (!["measures", "by", "granularity", "from", "to", "asOf"].includes(name)) {
        return { problem: `Unknown parameter ${name}.` };
      }
      continue;
    }
    const field = name.slice("where.".length);
    if (!FILTER_FIELDS.has(field))
      return { problem: `Unknown filter ${name}: use where.${[...FILTER_FIELDS].join(", where.")}.` };
    where[field] = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
  return {
    variables: {
      measures: list("measures"),
      by: list("by"),
      from: search.get("from") as string,
      to: search.get("to") as string,
      ...(search.get("granularity") ? { granularity: search.get("granularity") as string } : {}),
      ...(search.get("asOf") ? { asOf: search.get("asOf") as string } : {}),
      ...(Object.keys(where).length > 0 ? { where } : {}),
    },
  };
}
