/**
 * npm run bench:figures: times a national overview of the dashboard figures (every provider × school years ×
 * common levels × regions of the establishment unit: learners enrolled, under contract, contracts started, 2015-16
 * to 2025-26; BENCH_MEASURES and BENCH_BY to change them) against a running stack (GATEWAY_URL, default
 * http://127.0.0.1:4000/) and prints p50 / p95 / max, cold and warm, with `asOf` BENCH_AS_OF (default today: the
 * day `npm start` and `npm run mobility:refresh` derive the figure model's snapshot of; a day without a snapshot
 * times the providers computing it). Cold: every run is a request never asked before: the same overview starting
 * 0 to 9 school years earlier (years before the data add no cell), so no layer could answer from an earlier run (no
 * result cache exists today; this keeps the number honest if one appears); warm: the same request again. The very
 * first request is printed on its own. Loopback only; bounded runs; prints numbers, asserts nothing.
 */
import { gatewayHeaders } from "../stack/gatewayHeaders";

const gatewayUrl = process.env.GATEWAY_URL || "http://127.0.0.1:4000/";
const runs = Number(process.env.BENCH_RUNS || 20);
const asOf = process.env.BENCH_AS_OF || new Date().toISOString().slice(0, 10);
/** The measures of the overview (BENCH_MEASURES, comma-separated), to time one provider aggregation alone. */
const measures = (process.env.BENCH_MEASURES || "LEARNERS_ENROLLED,LEARNERS_UNDER_CONTRACT,CONTRACTS_STARTED")
  .split(",")
  .map((measure) => measure.trim());
/** The dimensions (BENCH_BY, comma-separated; default the national overview's). */
const by = (process.env.BENCH_BY || "PROVIDER,LEVEL,UNIT_REGION")
  .split(",")
  .map((dimension) => dimension.trim());

const OVERVIEW = /* GraphQL */ `
  query Overview(
    $asOf: LocalDate
    $from: String!
    $measures: [FigureMeasure!]!
    $by: [FigureDimension!]!
    $where: FigureFilter
  ) {
    figures(measures: $measures, by: $by, from: $from, to: "2025-2026", asOf: $asOf, where: $where) {
      cells {
        measure
        period
        coordinates {
          dimension
          value
        }
        value
        suppressed
      }
      sources {
        provider
        origin
        arrived
        groups
      }
    }
  }
`;

type Overview = {
  figures: {
    cells: unknown[];
    sources: { provider: string; origin: string; arrived: boolean; groups: number | null }[];
  };
};

/** One form of the overview: where it starts, and whether it names every provider in a filter (same cells). */
interface Variant {
  from: string;
  where: { providers: string[] } | null;
}

async function overview(variant: Variant, headers: Record<string, string>): Promise<Overview> {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: OVERVIEW, variables: { asOf, ...variant, measures, by } }),
  });
  const body = (await response.json()) as { data?: Overview; errors?: unknown[] };
  if (body.errors || !body.data)
    throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function report(name: string, times: number[]): void {
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(
    `${name.padEnd(46)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  max ${at(1).padStart(7)} ms`,
  );
}

/**
 * Eighteen forms of the same overview, each a request of its own with the same cells: starting in 2015-16 or up to
 * eight school years before (the years before the data add no cell; the model keeps twenty school years), with no
 * filter or with every provider named.
 */
const VARIANTS: Variant[] = [null, { providers: ["CEFA", "IFAPME", "SFPME"] }].flatMap((where) =>
  Array.from({ length: 9 }, (_, earlier) => ({ from: `${2015 - earlier}-${2016 - earlier}`, where })),
);

async function main(): Promise<void> {
  const headers = await gatewayHeaders();
  let shape: Overview | undefined;
  const first = await time(async () => (shape = await overview(VARIANTS[0], headers)));
  const groups = shape?.figures.sources.map((s) => `${s.provider} ${s.groups ?? "missing"}`).join(", ");
  console.log(
    `gateway ${gatewayUrl}, ${measures.join(" ")} by ${by.join(" ")} as of ${asOf}: ${shape?.figures.cells.length} cells from native groups ${groups}; ${runs} runs each`,
  );
  console.log(`answered from: ${shape?.figures.sources[0]?.origin}`);
  console.log(`${"first request after start".padEnd(46)} ${first.toFixed(1)} ms`);
  const cold: number[] = [];
  for (const variant of VARIANTS.slice(1, 1 + runs)) cold.push(await time(() => overview(variant, headers)));
  report(`national overview, cold (${cold.length} new requests)`, cold);
  for (let run = 0; run < 3; run += 1) await overview(VARIANTS[0], headers);
  const warm: number[] = [];
  for (let run = 0; run < runs; run += 1) warm.push(await time(() => overview(VARIANTS[0], headers)));
  report("national overview, warm (the same request)", warm);
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message} (is the gateway running? npm start)`);
  process.exit(1);
});
