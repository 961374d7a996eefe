import type { AccessClaims } from "../../../schema/contract/access";
import { decodeClaimsHeader, SIGNING_HEADERS, verifyRequest } from "../../../schema/contract/signing";
import type { Fetcher } from "../createSigningFetcher";
import { readSigningKeys } from "../readSigningKeys";
import { SignedGraphQLDataSource } from "../SignedGraphQLDataSource";

const KEY = "g".repeat(48);
const CLAIMS: AccessClaims = {
  subject: "a",
  role: "DASHBOARD_ANALYST",
  scopes: ["figures:read"],
  provider: null,
  namespaces: [],
  purpose: null,
};

/** What a data source would have sent for a request with this context, through a recording network. */
async function send(context: Record<string, unknown>) {
  const sent: { url: string; init: Parameters<Fetcher>[1] }[] = [];
  const recorder: Fetcher = async (url, init) => {
    sent.push({ url, init });
    return new Response(JSON.stringify({ data: { ok: true } }), {
      headers: { "content-type": "application/json" },
    }) as unknown as Awaited<ReturnType<Fetcher>>;
  };
  const source = new SignedGraphQLDataSource({
    name: "cefa",
    url: "http://127.0.0.1:4001/graphql",
    keys: { current: KEY },
    fetcher: recorder,
  });
  await source.process({
    kind: "health check", // GraphQLDataSourceRequestKind.HEALTH_CHECK (the enum is not exported at run time)
    request: { query: "{ __typename }", variables: { a: "é" } },
    context,
  } as never);
  return sent[0]!;
}

describe("SignedGraphQLDataSource", () => {
  it("forwards the context's claims and request id and signs the exact body sent", async () => {
    const { url, init } = await send({ claims: CLAIMS, requestId: "r-1" });
    const headers = init!.headers!;
    expect(decodeClaimsHeader(headers[SIGNING_HEADERS.claims]!)).toEqual(CLAIMS);
    expect(headers[SIGNING_HEADERS.requestId]).toBe("r-1");
    const verified = verifyRequest(
      { method: init!.method!, url: new URL(url).pathname, headers, body: Buffer.from(init!.body as string) },
      { current: KEY },
      { audience: "cefa" },
    );
    expect(verified).toMatchObject({ ok: true, claims: CLAIMS, requestId: "r-1" });
  });

  it("signs a request without claims, which the subgraph reads as no claims", async () => {
    const { url, init } = await send({});
    expect(init!.headers![SIGNING_HEADERS.claims]).toBeUndefined();
    const verified = verifyRequest(
      {
        method: "POST",
        url: new URL(url).pathname,
        headers: init!.headers!,
        body: Buffer.from(init!.body as string),
      },
      { current: KEY },
      { audience: "cefa" },
    );
    expect(verified).toMatchObject({ ok: true, claims: null });
  });
});

describe("readSigningKeys", () => {
  it("defaults to the development key outside production", () => {
    const problems: string[] = [];
    expect(readSigningKeys({}, problems).current).toMatch(/DEVELOPMENT-ONLY/);
    expect(problems).toEqual([]);
  });

  it.each([
    ["missing", {}],
    ["short", { OFFA_GATEWAY_SIGNING_KEY: "short" }],
  ])("reports a %s key in production", (_case, env) => {
    const problems: string[] = [];
    readSigningKeys({ NODE_ENV: "production", ...env }, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("OFFA_GATEWAY_SIGNING_KEY");
  });

  it("takes a long key in production", () => {
    const problems: string[] = [];
    expect(readSigningKeys({ NODE_ENV: "production", OFFA_GATEWAY_SIGNING_KEY: KEY }, problems)).toEqual({
      current: KEY,
    });
    expect(problems).toEqual([]);
  });
});
