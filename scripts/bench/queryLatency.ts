/**
 * npm run bench:queries: times representative gateway queries against a running stack (GATEWAY_URL, default
 * http://127.0.0.1:4000/) and prints p50 / p95 / max per query. Loopback only; bounded runs; prints numbers,
 * asserts nothing (targets are read by people, not by a flaky timed test).
 */
import { gatewayHeaders } from "../stack/gatewayHeaders";

const gatewayUrl = process.env.GATEWAY_URL || "http://127.0.0.1:4000/";
const runs = Number(process.env.BENCH_RUNS || 30);

const RECORDS = `cefa { id enrolments { schoolYear } contracts { id levelDecisions { code } } certificates { code } }
  ifapme { id enrolments { session } contracts { id levelEvaluations { code } } certificates { code } }
  sfpme { id enrolments { academicYear } contracts { id allowanceSteps { code } } certificates { code } }`;

const queries: Record<string, string> = {
  "1 learner, records at every provider": `{ learners(first: 1, acrossProviders: true) { id ${RECORDS} } }`,
  "100 learners, records at every provider": `{ learners(first: 100) { id ${RECORDS} } }`,
  "100 learners, common contracts with compliance": `{ learners(first: 100) { id commonContracts {
      contractType status levelHistory { level } compliance { flags { code } notEvaluated { code } } } } }`,
  "provider codes with OFFA mapping (report)": `{ cefaCodes { code usage mapping { status } }
      ifapmeCodes { code usage mapping { status } } sfpmeCodes { code usage mapping { status } } }`,
};

async function timeQuery(query: string, headers: Record<string, string>): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers,
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main(): Promise<void> {
  const headers = await gatewayHeaders();
  console.log(`gateway ${gatewayUrl}, ${runs} runs per query after 3 warm-up runs`);
  for (const [name, query] of Object.entries(queries)) {
    for (let i = 0; i < 3; i += 1) await timeQuery(query, headers);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await timeQuery(query, headers));
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(
      `${name.padEnd(50)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  max ${at(1).padStart(7)} ms`,
    );
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message} (is the gateway running? npm start)`);
  process.exit(1);
});
