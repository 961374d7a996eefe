import { danglingLinkCounts } from "../../subgraphs/kit/provider/danglingLinks";
import { postGraphQL, type GraphQLResponse } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/*
 * Issue 9, item 1 ("never silent"): with CEFA's store failing while the stack runs, no answer anywhere in the
 * API presents CEFA's records as absent or a harmonised value as complete. CEFA's tables are made unreadable
 * the way an operator's mistake or a lost grant would: the schema is renamed under the running subgraph.
 */

const PAGE = /* GraphQL */ `
  query Page($after: ID) {
    learners(first: 50, acrossProviders: true, after: $after) {
      id
      cefa {
        id
        contracts {
          id
        }
        certificates {
          id
        }
      }
      ifapme {
        id
        contracts {
          id
        }
      }
      sfpme {
        id
        contracts {
          id
        }
      }
      commonContracts {
        providerContractId
      }
      commonCertifications {
        providerCertificateId
      }
    }
  }
`;

type Records = { id: string; contracts?: { id: string }[] }[] | null;
type PageLearner = {
  id: string;
  cefa: Records;
  ifapme: Records;
  sfpme: Records;
  commonContracts: { providerContractId: string }[] | null;
  commonCertifications: { providerCertificateId: string }[] | null;
};
type Page = GraphQLResponse<{ learners: PageLearner[] }> & { status: number };

let stack: TestStack;
let baseline: Page;

async function page(): Promise<Page> {
  return postGraphQL<{ learners: PageLearner[] }>(stack.gatewayUrl, PAGE);
}

function errorAt(response: GraphQLResponse<unknown>, path: (string | number)[]) {
  return response.errors?.find((error) => JSON.stringify(error.path) === JSON.stringify(path));
}

async function makeCefaUnreadable(unreadable: boolean): Promise<void> {
  await stack.stores.cefa.exec(
    unreadable
      ? "ALTER SCHEMA cefa RENAME TO cefa_unreadable"
      : "ALTER SCHEMA cefa_unreadable RENAME TO cefa",
  );
}

beforeAll(async () => {
  stack = await startPostgresTestStack({ seed: 7, scale: 0.01 });
  baseline = await page();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe("with the CEFA store unreadable", () => {
  let broken: Page;
  beforeAll(async () => {
    await makeCefaUnreadable(true);
    broken = await page();
  });
  afterAll(async () => {
    await makeCefaUnreadable(false);
  });

  test("the baseline page holds learners with and without CEFA records (the case is exercised)", () => {
    expect(baseline.errors).toBeUndefined();
    const learners = baseline.data!.learners;
    expect(learners.length).toBe(50);
    expect(learners.filter((l) => l.cefa!.length > 0).length).toBeGreaterThan(5);
    expect(learners.filter((l) => l.cefa!.length === 0).length).toBeGreaterThan(5);
  });

  test("the page still answers HTTP 200 with every learner, IFAPME's and efp's records intact", () => {
    expect(broken.status).toBe(200);
    expect(broken.data?.learners.map((l) => l.id)).toEqual(baseline.data!.learners.map((l) => l.id));
    broken.data!.learners.forEach((learner, index) => {
      const before = baseline.data!.learners[index];
      expect(learner.ifapme).toEqual(before.ifapme);
      expect(learner.sfpme).toEqual(before.sfpme);
    });
  });

  test("each learner linked to CEFA has cefa null with OFFA_STORE_FAILED naming CEFA at its path", () => {
    broken.data!.learners.forEach((learner, index) => {
      const before = baseline.data!.learners[index];
      if (before.cefa!.length === 0) {
        // Nothing to read at CEFA: nothing is missing, and no error is invented.
        expect(learner.cefa).toEqual([]);
        expect(errorAt(broken, ["learners", index, "cefa"])).toBeUndefined();
        return;
      }
      expect(learner.cefa).toBeNull();
      const error = errorAt(broken, ["learners", index, "cefa"]);
      expect(error?.extensions).toMatchObject({
        code: "OFFA_STORE_FAILED",
        provider: "CEFA",
        subgraph: "cefa",
      });
      // The driver's message (table names, hosts) never reaches the caller.
      expect(error?.message).not.toMatch(/relation|does not exist|cefa\./);
    });
  });

  test("harmonised values are complete where CEFA has nothing, and refused where CEFA's records are missing", () => {
    broken.data!.learners.forEach((learner, index) => {
      const before = baseline.data!.learners[index];
      if (before.cefa!.length === 0) {
        expect(learner.commonContracts).toEqual(before.commonContracts);
        expect(learner.commonCertifications).toEqual(before.commonCertifications);
        return;
      }
      for (const field of ["commonContracts", "commonCertifications"] as const) {
        expect(learner[field]).toBeNull();
        expect(errorAt(broken, ["learners", index, field])?.extensions).toMatchObject({
          code: "OFFA_HARMONISATION_INCOMPLETE",
          missingProviders: ["CEFA"],
        });
      }
    });
  });

  test("no other entry point presents CEFA's records as absent", async () => {
    const linked = baseline.data!.learners.find((l) => l.cefa!.length > 0)!;
    const cefaId = linked.cefa![0].id;
    const one = await postGraphQL<{ learner: PageLearner }>(
      stack.gatewayUrl,
      `query($id: ID!) { learner(id: $id) { id cefa { id } ifapme { id } commonContracts { providerContractId } } }`,
      { id: linked.id },
    );
    expect(one.data?.learner.id).toBe(linked.id);
    expect(one.data?.learner.cefa).toBeNull();
    expect(one.data?.learner.ifapme).toEqual(linked.ifapme!.map(({ id }) => ({ id })));
    expect(one.data?.learner.commonContracts).toBeNull();
    expect(errorAt(one, ["learner", "cefa"])?.extensions?.code).toBe("OFFA_STORE_FAILED");

    // A CEFA learner by id is an error naming the store, never "not found".
    const byId = await postGraphQL(stack.gatewayUrl, `query($id: ID!) { cefaLearner(id: $id) { id } }`, {
      id: cefaId,
    });
    expect(byId.errors?.map((e) => e.extensions?.code)).toEqual(["OFFA_STORE_FAILED"]);
    expect(byId.errors?.[0].extensions?.provider).toBe("CEFA");

    // CEFA's page is an error, never an empty page.
    const cefaPage = await postGraphQL(stack.gatewayUrl, `{ cefaLearners(first: 5) { id } }`);
    expect(cefaPage.data).toBeNull();
    expect(cefaPage.errors?.[0].extensions).toMatchObject({ code: "OFFA_STORE_FAILED", provider: "CEFA" });

    // Units' CEFA contracts: null with the error, while their other providers' contracts stay.
    const units = await postGraphQL<{
      establishmentUnits: {
        number: string;
        cefaContracts: unknown[] | null;
        ifapmeContracts: unknown[] | null;
      }[];
    }>(
      stack.gatewayUrl,
      `{ establishmentUnits(first: 20) { number cefaContracts { id } ifapmeContracts { id } } }`,
    );
    const list = units.data!.establishmentUnits;
    expect(list.length).toBe(20);
    list.forEach((unit, index) => {
      expect(unit.cefaContracts).toBeNull();
      expect(unit.ifapmeContracts).not.toBeNull();
      expect(errorAt(units, ["establishmentUnits", index, "cefaContracts"])?.extensions?.code).toBe(
        "OFFA_STORE_FAILED",
      );
    });
  });
});

test("once CEFA's store is back, the same page is whole again", async () => {
  const again = await page();
  expect(again.errors).toBeUndefined();
  expect(again.data).toEqual(baseline.data);
});

test("a link to a record CEFA really deleted is skipped, counted and logged; nothing else changes", async () => {
  const linked = baseline.data!.learners.find((l) => l.cefa!.length > 0)!;
  // The registry still links a CEFA record the provider no longer has (a valid id no row holds).
  const ghost = "FWB99999999";
  await stack.stores.offa.query(
    "INSERT INTO offa.learner_link (provider, provider_learner_id, learner_id) VALUES ('cefa', $1, $2)",
    [ghost, linked.id],
  );
  const before = danglingLinkCounts().get("CEFA") ?? 0;
  try {
    const one = await postGraphQL<{ learner: PageLearner }>(
      stack.gatewayUrl,
      `query($id: ID!) { learner(id: $id) { cefa { id } } }`,
      { id: linked.id },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data?.learner.cefa).toEqual(linked.cefa!.map(({ id }) => ({ id })));
    expect(danglingLinkCounts().get("CEFA")).toBe(before + 1);
    // …and the count is on CEFA's /metrics, for operators.
    const metrics = await (await fetch(new URL("/metrics", stack.subgraphs.cefa.url))).text();
    expect(metrics).toContain(`offa_registry_dangling_links{provider="CEFA"} ${before + 1}`);
  } finally {
    await stack.stores.offa.query(
      "DELETE FROM offa.learner_link WHERE provider = 'cefa' AND provider_learner_id = $1",
      [ghost],
    );
  }
});
