/**
 * npm run mappings:report [YYYY-MM-DD]: every provider-native code present in the data with its mapping status
 * and count, codes without a rule first, then those unmapped by design (with the reason) and the ambiguous ones,
 * ending with `unmapped: N`. Asks a running gateway (GATEWAY_URL, default http://127.0.0.1:4000/); exits 1
 * when a code in use has no rule at all (a rule to write), 0 otherwise.
 */
import "reflect-metadata";
import { today } from "../subgraphs/kit";
import { queryProviderCodes } from "./mappings/queryProviderCodes";
import { renderMappingReport } from "./mappings/renderMappingReport";

async function main(): Promise<void> {
  const gatewayUrl = process.env.GATEWAY_URL || "http://127.0.0.1:4000/";
  const asOf = process.argv.find((arg) => /^\d{4}-\d{2}-\d{2}$/.test(arg)) ?? today();
  const report = renderMappingReport(await queryProviderCodes(gatewayUrl, asOf), asOf);
  console.log(report.text);
  process.exitCode = report.withoutRule > 0 ? 1 : 0;
}

main().catch((error: Error) => {
  console.error(`mappings:report failed: ${error.message} (is the gateway running? npm start)`);
  process.exit(2);
});
