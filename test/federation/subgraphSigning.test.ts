import { type AccessClaims, ROLES } from "../../schema/contract/access";
import { encodeClaimsHeader, SIGNING_HEADERS } from "../../schema/contract/signing";
import { readGatewayConfig } from "../../gateway/config";
import { startGateway } from "../../gateway/startGateway";
import { postGraphQL } from "../helpers/graphql";
import {
  buildSubgraphRequest,
  DEVELOPER_CLAIMS,
  sendSubgraphRequest,
  type SubgraphHttpRequest,
} from "../helpers/signedSubgraphRequest";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

const DEVELOPER = DEVELOPER_CLAIMS;
const STAFF_OF_IFAPME: AccessClaims = {
  subject: "ifapme-staff",
  role: "PROVIDER_STAFF",
  scopes: ROLES.PROVIDER_STAFF.scopes,
  provider: "ifapme",
  namespaces: [],
  purpose: null,
};
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on CefaLearner {
        id
        firstName
        lastName
        birthDate
      }
    }
  }
`;

/**
 * Issue 8, item 3, against real running subgraphs: a subgraph answers only requests the gateway signed, and
 * refuses an unsigned, tampered, stale or replayed one with 401 and a code, before anything runs.
 */
describe("subgraphs accept only the gateway (PostgreSQL)", () => {
  let stack: TestStack;
  let learnerId: string;
  let cefaUrl: string;

  beforeAll(async () => {
    stack = await startPostgresTestStack({ seed: 7, scale: 0.002 });
    cefaUrl = stack.subgraphs.cefa.url;
    const page = await postGraphQL<{ cefaLearners: { id: string }[] }>(
      stack.gatewayUrl,
      `{ cefaLearners(first: 1) { id } }`,
    );
    expect(page.errors).toBeUndefined();
    learnerId = page.data!.cefaLearners[0]!.id;
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const entitiesRequest = (signing: Parameters<typeof buildSubgraphRequest>[3]) =>
    buildSubgraphRequest(
      cefaUrl,
      ENTITIES,
      { representations: [{ __typename: "CefaLearner", id: learnerId }] },
      signing,
    );

  /** Sends a request and checks it was refused with `code`, with no data and no SQL statement run. */
  async function expectRefused(request: SubgraphHttpRequest, code: string, status = 401): Promise<void> {
    stack.counters.cefa.reset();
    const response = await sendSubgraphRequest(request);
    expect({ status: response.status, code: response.errors?.[0]?.extensions?.code }).toEqual({
      status,
      code,
    });
    expect(response.data).toBeUndefined();
    expect(JSON.stringify(response)).not.toContain(learnerId);
    expect(stack.counters.cefa.count()).toBe(0);
  }

  it("refuses an unsigned _entities call for a learner's name and birth date", async () => {
    await expectRefused(entitiesRequest(null), "OFFA_SIGNATURE_MISSING");
  });

  it("answers the same call signed with the gateway's key", async () => {
    const response = await sendSubgraphRequest<{ _entities: { id: string; birthDate: string }[] }>(
      entitiesRequest({ subgraph: "cefa", claims: DEVELOPER, requestId: "signing-test-1" }),
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]).toMatchObject({ id: learnerId, birthDate: expect.any(String) });
  });

  it("refuses a signed request whose body was changed", async () => {
    const request = entitiesRequest({ subgraph: "cefa", claims: DEVELOPER });
    await expectRefused(
      { ...request, body: request.body!.replace("firstName", "firstName postcode") },
      "OFFA_SIGNATURE_BODY_MISMATCH",
    );
  });

  it("refuses a signed request whose claims were swapped for a more powerful role's", async () => {
    const request = entitiesRequest({ subgraph: "cefa", claims: STAFF_OF_IFAPME });
    const headers = { ...request.headers, [SIGNING_HEADERS.claims]: encodeClaimsHeader(DEVELOPER) };
    await expectRefused({ ...request, headers }, "OFFA_SIGNATURE_INVALID");
  });

  it("refuses a request signed with another key", async () => {
    await expectRefused(
      entitiesRequest({ subgraph: "cefa", claims: DEVELOPER, key: "an-attacker-guess-".repeat(3) }),
      "OFFA_SIGNATURE_KEY_UNKNOWN",
    );
  });

  it("refuses a request signed for another subgraph", async () => {
    await expectRefused(
      entitiesRequest({ subgraph: "ifapme", claims: DEVELOPER }),
      "OFFA_SIGNATURE_WRONG_SUBGRAPH",
    );
  });

  it("refuses a request signed more than 30 s ago", async () => {
    await expectRefused(
      entitiesRequest({ subgraph: "cefa", claims: DEVELOPER, now: Date.now() - 31_000 }),
      "OFFA_SIGNATURE_STALE",
    );
  });

  it("refuses a captured request sent again", async () => {
    const captured = entitiesRequest({ subgraph: "cefa", claims: DEVELOPER });
    const first = await sendSubgraphRequest(captured);
    expect(first.status).toBe(200);
    await expectRefused(captured, "OFFA_SIGNATURE_REPLAYED");
  });

  it("refuses unsigned introspection and _service, and an unsigned GET", async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ _service { sdl } }`]) {
      await expectRefused(buildSubgraphRequest(cefaUrl, query, {}, null), "OFFA_SIGNATURE_MISSING");
    }
    await expectRefused(
      {
        url: `${cefaUrl}?query=${encodeURIComponent("{ __typename }")}`,
        method: "GET",
        headers: { "apollo-require-preflight": "1" },
      },
      "OFFA_SIGNATURE_MISSING",
    );
  });

  it("answers signed introspection (tools reach it with the gateway's key)", async () => {
    const response = await sendSubgraphRequest<{ _service: { sdl: string } }>(
      buildSubgraphRequest(cefaUrl, `{ _service { sdl } }`, {}, { subgraph: "cefa" }),
    );
    expect(response.data!._service.sdl).toContain("type CefaLearner");
  });

  it("answers 404 on other paths and 405 on other methods", async () => {
    expect((await fetch(new URL("/admin", cefaUrl))).status).toBe(404);
    const put = await fetch(cefaUrl, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST");
  });

  it("still answers everything through the gateway, which signs its calls", async () => {
    const result = await postGraphQL<{
      cefaLearner: { id: string; birthDate: string };
      learners: { id: string }[];
    }>(
      stack.gatewayUrl,
      `query ($id: ID!) { cefaLearner(id: $id) { id birthDate } learners(first: 2) { id } }`,
      { id: learnerId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.cefaLearner.id).toBe(learnerId);
    expect(result.data!.learners.length).toBeGreaterThan(0);
  });

  it("names the subgraph and its code, never its URL, when a subgraph refuses a gateway with another key", async () => {
    const config = readGatewayConfig({ GATEWAY_PORT: "0", OFFA_GATEWAY_SIGNING_KEY: "x".repeat(40) });
    const subgraphUrls = Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url]),
    );
    const stranger = await startGateway({ ...config, subgraphUrls });
    try {
      const result = await postGraphQL(stranger.url, `{ ifapmeCodes { code } }`);
      expect(result.errors?.[0]?.extensions).toEqual({
        code: "OFFA_GATEWAY_SUBGRAPH_REFUSED",
        subgraph: "ifapme",
        status: 401,
        subgraphCode: "OFFA_SIGNATURE_KEY_UNKNOWN",
      });
      expect(JSON.stringify(result)).not.toContain(stack.subgraphs.ifapme.url);
    } finally {
      await stranger.stop();
    }
  });
});
