/**
 * npm run compose: writes each subgraph's SDL, the composed supergraph and the error-code page into schema/.
 * With --check, writes nothing and exits 1 when a checked-in file is stale.
 */
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { buildContractFiles } from "./contract/buildContractFiles";

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const stale: string[] = [];
  for (const [path, content] of await buildContractFiles()) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // A missing file is stale.
    }
    if (current === content) continue;
    stale.push(path);
    if (!check) writeFileSync(path, content);
  }
  if (check && stale.length > 0) {
    console.error(`Stale contract files (run npm run compose): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(
    stale.length === 0 ? "schema/ is up to date" : `${check ? "stale" : "wrote"}: ${stale.join(", ")}`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
