/**
 * npm run generate -- --seed 42 --scale 0.1 --out .data/ground-truth.json
 *
 * Generates the synthetic dataset in memory (no database) and writes its ground truth as JSON; prints row
 * counts per store and table and the time taken. Use it to inspect a dataset or to time the generator.
 */
import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { developmentPseudonymKeys } from "../subgraphs/kit/pseudonyms";
import { MAX_SCALE, createProgressBar, generateDataset } from "./dataset";

interface Args {
  seed: number;
  scale: number;
  out: string;
}

const USAGE = `usage: npm run generate -- [--seed <int>] [--scale <number>] [--out <file>]
  --seed   32-bit integer (default 42)
  --scale  number in (0, ${MAX_SCALE}]; 1 ≈ real yearly volumes (default 0.1)
  --out    where to write the ground truth JSON (default .data/ground-truth.json)`;

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seed: 42, scale: 0.1, out: ".data/ground-truth.json" };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    // Accept both "--seed 42" and "--seed=42".
    const [name, inline] = flag.includes("=") ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = inline ?? argv[(i += 1)];
    if (!["--seed", "--scale", "--out"].includes(name)) fail(`unknown argument "${flag}"`);
    if (value === undefined || value === "") fail(`${name} needs a value`);
    if (name === "--seed") {
      if (!/^-?\d+$/.test(value) || Math.abs(Number(value)) > 2147483647)
        fail(`--seed must be a 32-bit integer, got "${value}"`);
      args.seed = Number(value);
    } else if (name === "--scale") {
      const scale = Number(value);
      if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE)
        fail(`--scale must be a number in (0, ${MAX_SCALE}], got "${value}"`);
      args.scale = scale;
    } else {
      args.out = value;
    }
  }
  return args;
}

function fail(message: string): never {
  console.error(`generate: ${message}\n${USAGE}`);
  process.exit(2);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const bar = createProgressBar("generating");
  const started = process.hrtime.bigint();
  const { groundTruth } = generateDataset({
    seed: args.seed,
    scale: args.scale,
    // Keys only change offa.learner_pseudonym, which the ground truth does not contain; the development keys
    // (one per domain) keep its row counts, and so the file, the same whatever the environment.
    pseudonymKeys: developmentPseudonymKeys(),
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.finish();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const out = resolve(args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(groundTruth, null, 2)}\n`);

  let total = 0;
  console.log(`dataset seed ${args.seed} scale ${args.scale}: generated in ${seconds.toFixed(2)} s`);
  for (const [store, tables] of Object.entries(groundTruth.counts)) {
    console.log(`  ${store}`);
    for (const [table, count] of Object.entries(tables)) {
      console.log(`    ${table.padEnd(20)} ${String(count).padStart(9)}`);
      total += count;
    }
  }
  const movers = groundTruth.people.filter((p) => new Set(p.records.map((r) => r.provider)).size >= 2).length;
  console.log(
    `  total rows ${total}; people ${groundTruth.people.length}, at two providers or more ${movers}`,
  );
  console.log(`ground truth written to ${out}`);
}

main();
