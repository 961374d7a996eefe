import type { IncomingMessage, ServerResponse } from "node:http";
import { sendErrorResponse } from "../../schema/contract/http";
import { figuresCsv, type ExportedCell } from "./figuresCsv";
import { readFigureExportRequest } from "./readFigureExportRequest";

/** Where the export is served. */
export const FIGURES_EXPORT_PATH = "/figures.csv";

const FIGURES_QUERY = /* GraphQL */ `
  query FiguresExport(
    $measures: [FigureMeasure!]!
    $by: [FigureDimension!]! = []
    $granularity: FigureGranularity! = SCHOOL_YEAR
    $from: String!
    $to: String!
    $asOf: LocalDate
    $where: FigureFilter
  ) {
    figures(
      measures: $measures
      by: $by
      granularity: $granularity
      from: $from
      to: $to
      asOf: $asOf
      where: $where
    ) {
      asOf
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
      }
    }
  }
`;

/** The caller's headers the export passes on to its GraphQL request (who asks, why, and the request id). */
const FORWARDED_HEADERS = ["authorization", "x-offa-purpose", "x-request-id"];

type GraphQLAnswer = {
  data?: { figures: { asOf: string; by: string[]; cells: ExportedCell[] } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/**
 * GET /figures.csv: any figure query as CSV, for spreadsheets and BI tools (issue 11, item 6). It sends the same
 * `figures` query to this gateway's own GraphQL endpoint with the caller's token, so authentication, access,
 * limits, logs, suppression and asOf are exactly those of GraphQL, and only turns the answer into CSV: no figure
 * logic here. Any error (a refused input, a missing provider, an unauthorized caller) is answered as JSON with its
 * codes and no CSV, since a spreadsheet would drop an error and show a partial table as whole.
 *
 * `graphqlUrl` gives the gateway's own URL once it listens.
 */
export function createFiguresExportRoute(graphqlUrl: () => string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if ((req.method ?? "GET").toUpperCase() !== "GET") {
      return sendErrorResponse(res, 405, "Use GET", undefined, { allow: "GET" });
    }
    const read = readFigureExportRequest(new URL(req.url ?? "/", "http://server.invalid").searchParams);
    if ("problem" in read) {
      return sendErrorResponse(res, 400, read.problem, "OFFA_GATEWAY_FIGURES_EXPORT_PARAMETERS");
    }
    const headers: Record<string, string> = { "content-type": "application/json" };
    for (const name of FORWARDED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const response = await fetch(graphqlUrl(), {
      method: "POST",
      headers,
      body: JSON.stringify({ query: FIGURES_QUERY, variables: read.variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer;
    const table = answer.data?.figures;
    if (!response.ok || (answer.errors?.length ?? 0) > 0 || !table) {
      res.statusCode = response.ok ? statusOf(answer) : response.status;
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ errors: answer.errors ?? [] }));
      return;
    }
    const range = `${read.variables.from}_${read.variables.to}`.replace(/[^0-9A-Za-z_-]/g, "");
    res.statusCode = 200;
    res.setHeader("content-type", "text/csv; charset=utf-8");
    res.setHeader("content-disposition", `attachment; filename="figures-${range}-asof-${table.asOf}.csv"`);
    res.end(figuresCsv(table.by, table.cells));
  };
}

/** The HTTP status of a GraphQL answer with errors: the caller's mistake, a refusal, or a missing part. */
function statusOf(answer: GraphQLAnswer): number {
  const codes = (answer.errors ?? []).map((error) => error.extensions?.code ?? "");
  if (codes.some((code) => code === "UNAUTHORIZED_FIELD_OR_TYPE" || code === "FORBIDDEN")) return 403;
  if (
    codes.some(
      (code) =>
        code.startsWith("OFFA_FIGURES_") || code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED",
    )
  )
    return 400;
  // A provider's figures could not be read: the table is incomplete, served by no one (a bad gateway, in HTTP).
  return 502;
}
