import { join } from "node:path";
import { seedStores, type StoreName } from "../../../scripts/dataset";
import { createPostgresDatabase } from "../../../subgraphs/kit/db/createPostgresDatabase";
import type { Database } from "../../../subgraphs/kit/db/Database";
import { loadMigrations, runMigrations } from "../../../subgraphs/kit/db/runMigrations";
import {
  configuredKeyIds,
  derivePseudonym,
  pseudonymKey,
  type PseudonymKeys,
} from "../../../subgraphs/kit/pseudonyms";
import {
  deleteRetiredPseudonyms,
  selectLearnerIdsByPseudonyms,
} from "../../../subgraphs/offa/identity/pseudonymQueries";
import { createTestDatabase, type TestDatabase } from "../../helpers/createTestDatabase";
import { spawnEntry } from "../../helpers/spawnProcess";

const STORES: StoreName[] = ["cefa", "ifapme", "sfpme", "offa"];
const DATASET = { seed: 5, scale: 0.005 };

// Three generations of keys for every domain (test secrets, 32+ characters).
const secret = (generation: string, domain: string) => `rotation-test-${generation}-${domain}-key-0123456789`;
const keysOf = (current: string, previous?: string): PseudonymKeys =>
  Object.fromEntries(
    (["statistics", "mobility", "audit"] as const).map((domain) => [
      domain,
      {
        current: pseudonymKey(secret(current, domain)),
        ...(previous ? { previous: pseudonymKey(secret(previous, domain)) } : {}),
      },
    ]),
  ) as unknown as PseudonymKeys;
const OLD = keysOf("old");
const TRANSITION = keysOf("new", "old");
const NEW = keysOf("new");

/**
 * Key rotation on real PostgreSQL, on the OFFA store (domain.md §9: keys from configuration, rotation tested):
 * seed under the old keys; re-run the registry import with the new key as current and the old one as previous
 * (both resolve); then retire the old key (only the new one resolves, and the old rows are gone). The expected
 * pseudonyms are derived here from the national numbers the CEFA store holds, not read from OFFA.
 */
describe("pseudonym key rotation in the OFFA store", () => {
  let database: TestDatabase;
  let db: Database;
  let stores: Record<StoreName, Database>;
  // CEFA pupils, their national numbers and the OFFA learners they are linked to.
  let pupils: { niss: string; learnerId: string }[];

  const resolve = async (keys: PseudonymKeys, pseudonymKeys: PseudonymKeys["mobility"]["current"]) => {
    const pseudonyms = pupils.map((pupil) => derivePseudonym("mobility", pupil.niss, pseudonymKeys));
    const rows = await selectLearnerIdsByPseudonyms(
      db,
      "mobility",
      pseudonyms,
      configuredKeyIds(keys, "mobility"),
    );
    const byPseudonym = new Map(rows.map((row) => [row.pseudonym, row.learnerId]));
    return pseudonyms.map((pseudonym) => byPseudonym.get(pseudonym) ?? null);
  };
  const learnersWithNationalNumber = async () =>
    Number(
      (
        await db.query<{ n: number }>(
          `SELECT count(DISTINCT l.learner_id)::int AS n
             FROM offa.learner_link l
             LEFT JOIN cefa.eleve c ON l.provider = 'cefa' AND c.matricule = l.provider_learner_id
             LEFT JOIN ifapme.apprenant i ON l.provider = 'ifapme' AND i.numero = l.provider_learner_id
             LEFT JOIN sfpme.apprenant s ON l.provider = 'sfpme' AND s.dossier = l.provider_learner_id
            WHERE coalesce(c.niss, i.registre_national, s.numero_national) IS NOT NULL`,
        )
      )[0].n,
    );
  const pseudonymCount = async () =>
    Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM offa.learner_pseudonym`))[0].n);

  beforeAll(async () => {
    database = await createTestDatabase("offa_rotation");
    db = createPostgresDatabase(database.url);
    for (const store of STORES) {
      await runMigrations(
        db,
        store,
        loadMigrations(join(__dirname, `../../../subgraphs/${store}/migrations`)),
      );
    }
    stores = { cefa: db, ifapme: db, sfpme: db, offa: db };
    const seeded = await seedStores(stores, { ...DATASET, pseudonymKeys: OLD });
    expect(seeded.seeded).toBe(true);
    pupils = await db.query<{ niss: string; learnerId: string }>(
      `SELECT e.niss, l.learner_id AS "learnerId"
         FROM cefa.eleve e JOIN offa.learner_link l ON l.provider = 'cefa' AND l.provider_learner_id = e.matricule
        ORDER BY e.matricule LIMIT 25`,
    );
    expect(pupils).toHaveLength(25);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it("stores pseudonyms, never the national number, and resolves the old key's pseudonyms", async () => {
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'offa' AND table_name IN ('learner', 'learner_pseudonym')`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual(
      ["created_at", "domain", "id", "key_id", "learner_id", "merged_into", "pseudonym"].sort(),
    );
    const [{ n: withNumber }] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM offa.learner_pseudonym WHERE pseudonym = ANY($1::text[])`,
      [pupils.map((pupil) => pupil.niss)],
    );
    expect(withNumber).toBe(0);
    expect(await resolve(OLD, OLD.mobility.current)).toEqual(pupils.map((pupil) => pupil.learnerId));
    // The statistics domain's pseudonym of the same person is another value: the domains cannot be joined.
    const statistics = derivePseudonym("statistics", pupils[0].niss, OLD.statistics.current);
    expect(
      await selectLearnerIdsByPseudonyms(db, "mobility", [statistics], configuredKeyIds(OLD, "mobility")),
    ).toEqual([]);
  });

  it("gives both keys' pseudonyms during the transition, without reseeding", async () => {
    const before = await pseudonymCount();
    // A pseudonym per domain for each learner with a national number at some provider: a learner whose only
    // record has none (a number a provider never recorded) has nothing to pseudonymise.
    const learners = await learnersWithNationalNumber();
    const result = await seedStores(stores, { ...DATASET, pseudonymKeys: TRANSITION });
    expect(result.seeded).toBe(false);
    expect(result.pseudonymsAdded).toBe(learners * 3);
    expect(await pseudonymCount()).toBe(before + learners * 3);
    const expected = pupils.map((pupil) => pupil.learnerId);
    expect(await resolve(TRANSITION, TRANSITION.mobility.current)).toEqual(expected);
    expect(await resolve(TRANSITION, OLD.mobility.current)).toEqual(expected);
    // A second run with the same keys adds nothing.
    expect((await seedStores(stores, { ...DATASET, pseudonymKeys: TRANSITION })).pseudonymsAdded).toBe(0);
  });

  it("ignores the rows of a key no longer configured, even before they are retired", async () => {
    expect(await resolve(NEW, OLD.mobility.current)).toEqual(pupils.map(() => null));
    expect(await resolve(NEW, NEW.mobility.current)).toEqual(pupils.map((pupil) => pupil.learnerId));
  });

  it("deletes the retired key's pseudonyms with npm run pseudonyms:retire, keeping the new ones", async () => {
    // A pseudonym per domain for each learner with a national number at some provider: a learner whose only
    // record has none (a number a provider never recorded) has nothing to pseudonymise.
    const learners = await learnersWithNationalNumber();
    const env = Object.fromEntries(
      (["statistics", "mobility", "audit"] as const).map((domain) => [
        `OFFA_PSEUDONYM_${domain.toUpperCase()}_KEY`,
        secret("new", domain),
      ]),
    );
    const retire = spawnEntry("scripts/retirePseudonyms.ts", { ...env, OFFA_DATABASE_URL: database.url });
    expect(await retire.exited()).toBe(0);
    expect(retire.output()).toMatch(/mobility\s+kept key [0-9a-f]{16}; deleted \d+ pseudonyms/);
    expect(await pseudonymCount()).toBe(learners * 3);
    const keyIds = await db.query<{ key_id: string }>(
      `SELECT DISTINCT key_id FROM offa.learner_pseudonym ORDER BY 1`,
    );
    expect(keyIds.map((row) => row.key_id)).toEqual(
      [NEW.statistics.current.id, NEW.mobility.current.id, NEW.audit.current.id].sort(),
    );
    // Configuring the old key again does not bring its pseudonyms back: they are gone from the store.
    expect(await resolve(TRANSITION, OLD.mobility.current)).toEqual(pupils.map(() => null));
    expect(await resolve(NEW, NEW.mobility.current)).toEqual(pupils.map((pupil) => pupil.learnerId));
    expect(await deleteRetiredPseudonyms(db, NEW)).toEqual({ statistics: 0, mobility: 0, audit: 0 });
  }, 60_000);

  it("refuses a production start of the script on development keys with OFFA_PSEUDONYM_KEY_INVALID", async () => {
    const retire = spawnEntry("scripts/retirePseudonyms.ts", {
      NODE_ENV: "production",
      OFFA_DATABASE_URL: database.url,
    });
    expect(await retire.exited()).toBe(1);
    expect(retire.output()).toContain("[OFFA_PSEUDONYM_KEY_INVALID]");
    expect(retire.output()).toContain("OFFA_PSEUDONYM_MOBILITY_KEY must be set in production");
  }, 60_000);
});
