/// <reference lib="dom" />
/**
 * The overview page (issue 12): the dashboard figures as charts, built only on the public GraphQL API with a
 * DASHBOARD_ANALYST token. Each chart shows its request, the `asOf` and the sources the API answered, and lists
 * its suppressed cells; a chart whose measure the API does not offer yet says so with the API's own error.
 */
import { Chart, registerables } from "chart.js";
import "./overview.css";
import { headersActingAs } from "./actingAs";
import { FIGURE_CHARTS, type FigureChartSpec } from "./figureCharts";
import { datasetsOf } from "./figureDatasets";
import { periodWindow } from "./figurePeriods";
import {
  type FigureTable,
  figuresQueryOf,
  namedType,
  operationNameOf,
  SOURCE_FIELDS_QUERY,
} from "./figuresQuery";

Chart.register(...registerables);

const GRAPHQL_PATH = "/";
const TOKEN_STORAGE_KEY = "offa-overview-token";

interface GraphQLResult<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function postGraphQL<Data>(
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<Data> & { status: number }> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({
    errors: [{ message: `HTTP ${response.status} without a GraphQL answer` }],
  }))) as GraphQLResult<Data>;
  return { ...body, status: response.status };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The `asOf` of the page: `?asOf=YYYY-MM-DD`, or today. */
function pageAsOf(): string {
  const asked = new URLSearchParams(location.search).get("asOf");
  if (asked && /^\d{4}-\d{2}-\d{2}$/.test(asked)) return asked;
  return new Date().toISOString().slice(0, 10);
}

/**
 * A DASHBOARD_ANALYST's headers: a development token minted by the gateway, or (production, or a gateway with an
 * identity provider) a token the user pastes, kept for the browser tab's session only.
 */
async function dashboardHeaders(status: HTMLElement): Promise<Record<string, string>> {
  try {
    return await headersActingAs({ role: "DASHBOARD_ANALYST" });
  } catch (error) {
    const stored = sessionStorage.getItem(TOKEN_STORAGE_KEY);
    if (stored) return { authorization: `Bearer ${stored}` };
    status.textContent = `${(error as Error).message}. Paste a DASHBOARD_ANALYST token from your identity provider:`;
    const input = element("input", { id: "offa-token", type: "password", size: "60" });
    const form = element("form", {}, input, element("button", { type: "submit" }, "Use this token"));
    status.after(form);
    return new Promise((resolve) => {
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        sessionStorage.setItem(TOKEN_STORAGE_KEY, input.value.trim());
        form.remove();
        resolve({ authorization: `Bearer ${input.value.trim()}` });
      });
    });
  }
}

/** The scalar fields of a FigureTable's sources, read from the schema (none when introspection is off). */
async function readSourceFields(headers: Record<string, string>): Promise<string[]> {
  type Field = { name: string; type: Parameters<typeof namedType>[0] };
  const table = await postGraphQL<{ table: { fields: Field[] } | null }>(headers, SOURCE_FIELDS_QUERY);
  const sources = table.data?.table?.fields.find((field) => field.name === "sources");
  const sourceType = sources ? namedType(sources.type) : undefined;
  if (!sourceType?.name || sourceType.kind !== "OBJECT") return [];
  const fields = await postGraphQL<{ type: { fields: Field[] } | null }>(
    headers,
    /* GraphQL */ `
      query OverviewFigureSourceType($name: String!) {
        type: __type(name: $name) {
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
                }
              }
            }
          }
        }
      }
    `,
    { name: sourceType.name },
  );
  return (fields.data?.type?.fields ?? [])
    .filter((field) => ["SCALAR", "ENUM"].includes(namedType(field.type).kind))
    .map((field) => field.name);
}

function describeSources(table: FigureTable): string {
  if (!table.sources || table.sources.length === 0) return "the API named no sources";
  return table.sources
    .map((source) =>
      Object.entries(source)
        .filter(([, value]) => value !== null && value !== undefined && value !== "")
        .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
        .join("; "),
    )
    .join(" | ");
}

async function drawChart(
  spec: FigureChartSpec,
  headers: Record<string, string>,
  sourceFields: string[],
  asOf: string,
): Promise<void> {
  const section = element("section", { id: spec.id, class: "offa-chart", "data-state": "loading" });
  const state = element("p", { class: "offa-chart-state" }, "loading…");
  const window = periodWindow(spec.granularity, asOf);
  const query = figuresQueryOf(spec, window, sourceFields);
  section.append(
    element("h2", {}, spec.title),
    element("p", { class: "offa-caption" }, spec.caption),
    state,
    element(
      "details",
      {},
      element("summary", {}, `Query ${operationNameOf(spec)}`),
      element("pre", {}, query),
    ),
  );
  document.getElementById("charts")!.append(section);
  const result = await postGraphQL<{ figures: FigureTable | null }>(headers, query, { asOf });
  const table = result.data?.figures;
  if (!table) {
    const error = result.errors?.[0];
    const code = error?.extensions?.code ?? `HTTP ${result.status}`;
    // A measure or field the schema does not have fails validation: the API does not offer it yet.
    const unavailable = code === "GRAPHQL_VALIDATION_FAILED";
    section.dataset.state = unavailable ? "unavailable" : "error";
    state.textContent = `${unavailable ? "not available yet" : "error"}: ${code}: ${error?.message ?? "no figures"}`;
    state.classList.add(unavailable ? "offa-unavailable" : "offa-error");
    return;
  }
  const cells = table.cells.filter((cell) => spec.measures.includes(cell.measure));
  const { labels, datasets } = datasetsOf(spec, cells);
  const points = datasets.reduce((sum, dataset) => sum + dataset.data.filter((v) => v !== null).length, 0);
  const suppressed = cells.filter((cell) => cell.suppressed);
  state.textContent =
    `Source: figures(${spec.measures.join(", ")} by ${spec.by.join(" × ") || "nothing"}, ` +
    `${table.from}…${table.to}), as of ${table.asOf}; ${describeSources(table)}. ` +
    `${cells.length} cells, ${suppressed.length} suppressed.`;
  const canvas = element("canvas", { "aria-label": spec.title, role: "img" });
  state.after(element("div", { class: "offa-canvas" }, canvas));
  new Chart(canvas, {
    type: spec.kind,
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: Boolean(spec.stackBy) },
        y: {
          stacked: Boolean(spec.stackBy),
          beginAtZero: true,
          ...(spec.percent ? { title: { display: true, text: "%" } } : {}),
        },
      },
      plugins: { legend: { position: "right" } },
    },
  });
  if (suppressed.length > 0) {
    section.append(
      element(
        "details",
        { class: "offa-suppressed" },
        element("summary", {}, `${suppressed.length} suppressed cells (not drawn)`),
        element(
          "ul",
          {},
          ...suppressed.map((cell) =>
            element(
              "li",
              {},
              `${cell.period} · ${cell.coordinates.map((c) => `${c.dimension}=${c.value ?? "—"}`).join(", ")}: ` +
                `suppressed${cell.suppression ? ` (${cell.suppression})` : ""}`,
            ),
          ),
        ),
      ),
    );
  }
  section.dataset.points = String(points);
  section.dataset.state = points > 0 ? "drawn" : "empty";
  if (points === 0) state.textContent += " Nothing to draw: every cell is empty or suppressed.";
}

async function main(): Promise<void> {
  const status = document.getElementById("status")!;
  const asOf = pageAsOf();
  const headers = await dashboardHeaders(status);
  status.textContent = `As DASHBOARD_ANALYST, figures as of ${asOf} (change with ?asOf=YYYY-MM-DD).`;
  const sourceFields = await readSourceFields(headers).catch(() => []);
  await Promise.all(FIGURE_CHARTS.map((spec) => drawChart(spec, headers, sourceFields, asOf)));
  document.body.dataset.ready = "true";
}

main().catch((error: Error) => {
  document.getElementById("status")!.textContent = `The overview failed: ${error.message}`;
  document.body.dataset.ready = "failed";
});
