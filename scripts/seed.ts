/**
 * npm run seed: migrates the four stores and seeds the synthetic dataset (OFFA_SEED, OFFA_SCALE) into them,
 * on real PostgreSQL (DATABASE_URL or one URL per store) or the embedded default. Prints the time taken, the
 * rows per store and, on PostgreSQL, the database size. Skips stores that already hold this dataset, but adds the
 * learner pseudonyms of a newly configured key (OFFA_PSEUDONYM_<DOMAIN>_KEY: a rotation).
 */
import "reflect-metadata";
import { subgraphs } from "../subgraphs";
import {
  type Database,
  openSubgraphStore,
  readPseudonymKeys,
  readStoreSettings,
  SettingsReader,
} from "../subgraphs/kit";
import { createProgressBar, DEFAULT_DATASET, seedStores } from "./dataset";
import { runScript } from "./runScript";

async function main(): Promise<void> {
  const reader = new SettingsReader(process.env);
  const settings = subgraphs.map((definition) => ({
    definition,
    store: readStoreSettings(reader, definition.name),
  }));
  const options = {
    seed: reader.integer("OFFA_SEED", DEFAULT_DATASET.seed, 0, 2 ** 31 - 1),
    scale: reader.number("OFFA_SCALE", DEFAULT_DATASET.scale, 0.001, 10),
    pseudonymKeys: readPseudonymKeys(reader, process.env),
  };
  reader.done();
  const stores = {} as Record<(typeof subgraphs)[number]["name"], Database>;
  try {
    for (const { definition, store } of settings)
      stores[definition.name] = await openSubgraphStore(definition, store);
    const started = Date.now();
    const progress = createProgressBar(`seeding seed ${options.seed} scale ${options.scale}`);
    const result = await seedStores(stores, {
      ...options,
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.finish();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      result.seeded
        ? `seeded in ${seconds} s`
        : result.pseudonymsAdded > 0
          ? `the stores already hold this dataset: added ${result.pseudonymsAdded} pseudonyms of newly configured keys in ${seconds} s`
          : "the stores already hold this dataset: nothing written",
    );
    for (const [store, tables] of Object.entries(result.counts)) {
      const rows = Object.values(tables).reduce((sum, count) => sum + count, 0);
      console.log(`  ${store.padEnd(7)} ${String(rows).padStart(8)} rows`);
    }
    if (stores.offa.kind === "postgres") {
      const [size] = await stores.offa.query<{ size: string }>(
        `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
      );
      console.log(`  database size (offa store's database): ${size.size}`);
    }
  } finally {
    await Promise.all(Object.values(stores).map((db) => db.close()));
  }
}

runScript("seed", main);
