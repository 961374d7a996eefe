/**
 * npm run identities:score [-- --seed 42 --scale 1]: generates the synthetic dataset (default seed 42, scale 1),
 * runs OFFA's identity matcher over the providers' records (national numbers as keyed hashes) and prints its
 * precision and recall against the generator's ground truth, with each missed link's fate. Exit code 1 when a
 * false merge or a wrong EXACT link is found.
 */
import "reflect-metadata";
import { developmentPseudonymKeys } from "../../subgraphs/kit/pseudonyms";
import { matchIdentities } from "../../subgraphs/offa/identity/matching";
import { MAX_SCALE, TODAY, generateDataset } from "../dataset";
import { providerIdentityExport } from "../dataset/providerIdentityExport";
import { runScript } from "../runScript";
import { renderMatchingScore } from "./renderMatchingScore";
import { scoreMatching } from "./scoreMatching";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, got "${process.argv[index + 1]}"`);
  return value;
}

runScript("identities:score", async () => {
  const seed = option("seed", 42);
  const scale = option("scale", 1);
  if (scale <= 0 || scale > MAX_SCALE) throw new Error(`--scale must be in (0, ${MAX_SCALE}]`);
  const keys = developmentPseudonymKeys();
  let started = Date.now();
  const { stores, groundTruth } = generateDataset({ seed, scale, pseudonymKeys: keys });
  console.log(
    `dataset seed ${seed} scale ${scale} generated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  started = Date.now();
  // The same run the generator makes to build OFFA's registry, timed on its own.
  const match = matchIdentities(providerIdentityExport(stores, keys, TODAY).records);
  console.log(`matcher ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const score = scoreMatching(groundTruth, match);
  console.log(renderMatchingScore(score));
  return score.falseMerges.length > 0 || score.wrongExactLinks.length > 0 ? 1 : 0;
});
