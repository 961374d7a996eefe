import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function parseYearMonth(value: unknown, node?: ValueNode): string {
  if (typeof value !== "string" || !YEAR_MONTH.test(value)) {
    throw new GraphQLError(
      `YearMonth must be a string YYYY-MM with a month 01–12, got ${JSON.stringify(value)}.`,
      {
        nodes: node ? [node] : undefined,
      },
    );
  }
  return value;
}

/**
 * A calendar month, `YYYY-MM`: the unit of pay and compliance (domain.md §3, a monthly rétribution).
 * graphql-scalars has no such scalar; it is kept as a string, so it sorts and compares as text.
 */
export const YearMonth = new GraphQLScalarType<string, string>({
  name: "YearMonth",
  description: "A calendar month in `YYYY-MM` format, e.g. `2024-09`.",
  serialize: (value) => parseYearMonth(value),
  parseValue: (value) => parseYearMonth(value),
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) {
      throw new GraphQLError(`YearMonth must be a string YYYY-MM, got a ${node.kind}.`, { nodes: [node] });
    }
    return parseYearMonth(node.value, node);
  },
  extensions: { jsonSchema: { title: "YearMonth", type: "string", pattern: YEAR_MONTH.source } },
});
