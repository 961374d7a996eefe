import type { FigureChartSpec } from "./figureCharts";

/** One cell of a FigureTable, as the page asks for it. */
export interface FigureCell {
  measure: string;
  period: string;
  coordinates: { dimension: string; value: string | null }[];
  value: number | null;
  suppressed: boolean;
  suppression: string | null;
}

/** The FigureTable fields the page reads; `sources` holds whatever scalar fields the API gives a source. */
export interface FigureTable {
  asOf: string;
  granularity: string;
  from: string;
  to: string;
  measures: string[];
  by: string[];
  cells: FigureCell[];
  sources?: Record<string, unknown>[];
}

/** The operation name of a chart's request: its id in PascalCase (GraphQL names allow no dash). */
export function operationNameOf(spec: FigureChartSpec): string {
  return `Overview${spec.id.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
}

/**
 * The figures request of one chart, written out in full so that the page can show it as the figure's source.
 * `sourceFields`: the scalar fields of FigureTable.sources (read from the schema), or none when unknown.
 */
export function figuresQueryOf(
  spec: FigureChartSpec,
  window: { from: string; to: string },
  sourceFields: readonly string[],
): string {
  const sources =
    sourceFields.length > 0 ? `\n    sources {\n      ${sourceFields.join("\n      ")}\n    }` : "";
  return `query ${operationNameOf(spec)}($asOf: LocalDate) {
  figures(
    measures: [${spec.measures.join(", ")}]
    by: [${spec.by.join(", ")}]
    granularity: ${spec.granularity}
    from: "${window.from}"
    to: "${window.to}"
    asOf: $asOf
  ) {
    asOf
    granularity
    from
    to
    measures
    by
    cells {
      measure
      period
      coordinates {
        dimension
        value
      }
      value
      suppressed
      suppression
    }${sources}
  }
}`;
}

/** Reads the scalar fields of FigureTable.sources from the schema; [] when the schema has none or hides it. */
export const SOURCE_FIELDS_QUERY = /* GraphQL */ `
  query OverviewFigureSourceFields {
    table: __type(name: "FigureTable") {
      fields {
        name
        type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
              }
            }
          }
        }
      }
    }
  }
`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}

/** The named type under list and non-null wrappers. */
export function namedType(type: TypeRef): TypeRef {
  return type.ofType ? namedType(type.ofType) : type;
}
