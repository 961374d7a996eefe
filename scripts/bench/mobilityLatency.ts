/**
 * npm run bench:mobility: times a learner's journey and a page of 50 movers with their journeys against a
 * running stack (GATEWAY_URL, default http://127.0.0.1:4000/; the mobility model derived: npm start does it, or
 * npm run mobility:refresh) and prints p50 / p95 / max. Loopback only; bounded runs; prints numbers, asserts
 * nothing.
 */
import { gatewayHeaders } from "../stack/gatewayHeaders";

const gatewayUrl = process.env.GATEWAY_URL || "http://127.0.0.1:4000/";
const runs = Number(process.env.BENCH_RUNS || 30);
const PERIOD = `from: "2006-07-01", to: "2026-06-30"`;

const JOURNEY = `journey { steps { kind on provider nativeCode commonCode } events { kind on fromProvider toProvider
  tradeChanged levelOutcome days } summary { providers moves monthsUnderContract highestLevel } }`;

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data!;
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
    `${name.padEnd(42)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  max ${at(1).padStart(7)} ms`,
  );
}

async function main(): Promise<void> {
  const headers = { ...(await gatewayHeaders()), "x-offa-purpose": "MOBILITY_FOLLOW_UP" };
  const first = (
    await post(`{ movers(${PERIOD}, first: 100) { totalMoves moves { learner { id } } } }`, {}, headers)
  ).movers as { totalMoves: number; moves: { learner: { id: string } }[] };
  const ids = first.moves.map((move) => move.learner.id);
  if (ids.length === 0) throw new Error("no movers: derive the model first (npm run mobility:refresh)");
  console.log(
    `gateway ${gatewayUrl}, ${first.totalMoves} moves in the model, ${runs} runs after 3 warm-up runs`,
  );

  const journey = (index: number) =>
    post(`query($id: ID!) { learner(id: $id) { id ${JOURNEY} } }`, { id: ids[index % ids.length] }, headers);
  for (let i = 0; i < 3; i++) await journey(i);
  const journeyTimes: number[] = [];
  for (let i = 0; i < runs; i++) journeyTimes.push(await time(() => journey(i)));
  report("one mover's journey", journeyTimes);

  let after: string | null = null;
  const page = async () => {
    const data = (await post(
      `query($after: ID) { movers(${PERIOD}, first: 50, after: $after) { endCursor moves { movedOn learner { id ${JOURNEY} } } } }`,
      { after },
      headers,
    )) as { movers: { endCursor: string | null } };
    after = data.movers.endCursor;
  };
  for (let i = 0; i < 3; i++) await page();
  const pageTimes: number[] = [];
  for (let i = 0; i < runs; i++) pageTimes.push(await time(page));
  report("a page of 50 movers with their journeys", pageTimes);
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message} (is the gateway running? npm start)`);
  process.exit(1);
});
