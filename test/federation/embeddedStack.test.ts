import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { peopleWithoutNationalNumber } from "../../scripts/dataset";
import { postGraphQL } from "../helpers/graphql";
import { startTestStack, type TestStack } from "../helpers/startTestStack";

/** The embedded default (PGlite), as `npm start` runs it without DATABASE_URL: same SQL, same migrations. */
describe("the supergraph over embedded PostgreSQL", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "offa-embedded-"));
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ kind: "embedded", dataDir }, undefined, { seed: 11, scale: 0.005 });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("seeds on first start and serves a learner's records at two providers", async () => {
    expect(stack.seeded).toBe(true);
    // Not a person whose number a provider never recorded: the matcher leaves that record on the review list.
    const awaitingReview = peopleWithoutNationalNumber(stack.groundTruth);
    const mover = stack.groundTruth.people.find(
      (person) => new Set(person.records.map((r) => r.provider)).size >= 2 && !awaitingReview.has(person),
    );
    expect(mover).toBeDefined();
    const response = await postGraphQL<{
      learner: { cefa: { id: string }[]; ifapme: { id: string }[]; sfpme: { id: string }[] };
    }>(
      stack.gatewayUrl,
      `query ($id: ID!) { learner(id: $id) { cefa { id contracts { id } } ifapme { id } sfpme { id } } }`,
      { id: mover!.offaLearnerId },
    );
    expect(response.errors).toBeUndefined();
    const learner = response.data!.learner;
    const count = learner.cefa.length + learner.ifapme.length + learner.sfpme.length;
    expect(count).toBe(mover!.records.length);
  });

  it("reopens the seeded folder without seeding again", async () => {
    await stack.stop();
    stack = await startTestStack({ kind: "embedded", dataDir }, undefined, { seed: 11, scale: 0.005 });
    expect(stack.seeded).toBe(false);
    const response = await postGraphQL<{ learners: unknown[] }>(
      stack.gatewayUrl,
      `{ learners(first: 5) { id } }`,
    );
    expect(response.data!.learners).toHaveLength(5);
  }, 120_000);
});
