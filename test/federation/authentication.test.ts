import { SignJWT } from "jose";
import { AUTH_DEFAULTS, DEV_AUTH_SECRET, signDevelopmentToken } from "../../gateway/auth";
import { postGraphQL } from "../helpers/graphql";
import { startPostgresTestStack, type TestStack } from "../helpers/startTestStack";

/**
 * Authentication at the gateway (issue 8, item 1): a request without a valid bearer token is answered 401 with
 * its code and a `WWW-Authenticate: Bearer` challenge, an unknown purpose 400, both before any subgraph runs a
 * statement; a valid development token is served.
 */
describe("authentication through the gateway (PostgreSQL)", () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startPostgresTestStack({ seed: 7, scale: 0.002 });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const QUERY = `{ learners(first: 2) { id } }`;
  const statementsSent = () => Object.values(stack.counters).reduce((sum, c) => sum + c.count(), 0);

  /** POSTs QUERY with the given headers; returns the status, the challenge and the error codes. */
  async function post(headers: Record<string, string>) {
    Object.values(stack.counters).forEach((c) => c.reset());
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    return {
      status: response.status,
      challenge: response.headers.get("www-authenticate"),
      codes: body.errors?.map((error) => error.extensions.code) ?? [],
      data: body.data,
      statements: statementsSent(),
    };
  }

  it("answers 401 OFFA_AUTH_TOKEN_MISSING with a Bearer challenge when no token is sent", async () => {
    expect(await post({})).toEqual({
      status: 401,
      challenge: 'Bearer realm="offa"',
      codes: ["OFFA_AUTH_TOKEN_MISSING"],
      data: undefined,
      statements: 0,
    });
  });

  it("answers 401 OFFA_AUTH_TOKEN_EXPIRED for an expired token", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: "DEVELOPER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("dev")
      .setIssuer(AUTH_DEFAULTS.issuer)
      .setAudience(AUTH_DEFAULTS.audience)
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(new TextEncoder().encode(DEV_AUTH_SECRET));
    expect(await post({ authorization: `Bearer ${expired}` })).toMatchObject({
      status: 401,
      challenge: 'Bearer realm="offa", error="invalid_token"',
      codes: ["OFFA_AUTH_TOKEN_EXPIRED"],
      statements: 0,
    });
  });

  it("answers 401 OFFA_AUTH_TOKEN_INVALID for a malformed token and a forged signature", async () => {
    const [header, payload] = (await signDevelopmentToken({ role: "DEVELOPER" })).split(".");
    for (const token of ["not-a-token", `${header}.${payload}.${"A".repeat(43)}`, `${header}.${payload}.`]) {
      expect(await post({ authorization: `Bearer ${token}` })).toMatchObject({
        status: 401,
        challenge: 'Bearer realm="offa", error="invalid_token"',
        codes: ["OFFA_AUTH_TOKEN_INVALID"],
        statements: 0,
      });
    }
  });

  it("answers 400 OFFA_AUTH_PURPOSE_UNKNOWN, without a challenge, for a purpose outside the list", async () => {
    const token = await signDevelopmentToken({ role: "MOBILITY_OFFICER" });
    expect(await post({ authorization: `Bearer ${token}`, "x-offa-purpose": "CURIOSITY" })).toMatchObject({
      status: 400,
      challenge: null,
      codes: ["OFFA_AUTH_PURPOSE_UNKNOWN"],
      statements: 0,
    });
  });

  it("serves a request with a valid development token", async () => {
    const result = await post({
      authorization: `Bearer ${await signDevelopmentToken({ role: "DEVELOPER" })}`,
    });
    expect(result).toMatchObject({ status: 200, codes: [], challenge: null });
    expect((result.data as { learners: unknown[] }).learners).toHaveLength(2);
  });

  it("lets postGraphQL send a DEVELOPER token by default, and none when told so", async () => {
    const withToken = await postGraphQL<{ learners: unknown[] }>(stack.gatewayUrl, QUERY);
    expect(withToken.status).toBe(200);
    expect(withToken.data!.learners).toHaveLength(2);
    const without = await postGraphQL(stack.gatewayUrl, QUERY, {}, {}, null);
    expect(without.status).toBe(401);
    expect(without.errors![0].extensions!.code).toBe("OFFA_AUTH_TOKEN_MISSING");
  });
});
