/**
 * npm run data-quality [YYYY-MM-DD]: every data-quality finding OFFA makes on the provider contracts (missing
 * level decision, code without a rule, late entry, unit not in the register), grouped by code, ending with
 * `findings: N`. Asks a running gateway (GATEWAY_URL, default http://127.0.0.1:4000/).
 */
import "reflect-metadata";
import { today } from "../subgraphs/kit";
import { queryContractFindings } from "./quality/queryContractFindings";
import { renderDataQualityReport } from "./quality/renderDataQualityReport";

async function main(): Promise<void> {
  const gatewayUrl = process.env.GATEWAY_URL || "http://127.0.0.1:4000/";
  const asOf = process.argv.find((arg) => /^\d{4}-\d{2}-\d{2}$/.test(arg)) ?? today();
  console.log(renderDataQualityReport(await queryContractFindings(gatewayUrl, asOf), asOf).text);
}

main().catch((error: Error) => {
  console.error(`data-quality failed: ${error.message} (is the gateway running? npm start)`);
  process.exit(2);
});
