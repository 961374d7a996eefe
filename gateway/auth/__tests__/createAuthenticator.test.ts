import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import type { GraphQLError } from "graphql";
import type { AuthConfig } from "../AuthConfig";
import { DEV_AUTH_SECRET, developmentAuthConfig } from "../authDefaults";
import { type AuthenticationHeaders, createAuthenticator } from "../createAuthenticator";
import { signDevelopmentToken } from "../signDevelopmentToken";

const ISSUER = "https://idp.test/";
const AUDIENCE = "urn:offa:gateway";
const PROVIDERS = ["cefa", "ifapme", "sfpme"];
const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** The code and status an authentication failure carries, or "ok". */
async function outcome(authenticate: Promise<unknown>): Promise<string> {
  try {
    await authenticate;
    return "ok";
  } catch (error) {
    const { code, http } = (error as GraphQLError).extensions as { code: string; http: { status: number } };
    return `${http.status} ${code}`;
  }
}

const bearer = (token: string, purpose?: string): AuthenticationHeaders => ({
  authorization: `Bearer ${token}`,
  purpose,
});

describe("createAuthenticator with a JWKS file", () => {
  const dir = mkdtempSync(join(tmpdir(), "offa-jwks-"));
  let rsa: CryptoKey;
  let ec: CryptoKey;
  let rsaPublic: JWK;
  let stranger: CryptoKey;
  const config = (production: boolean): AuthConfig => ({
    production,
    keys: { kind: "jwksFile", path: join(dir, "jwks.json") },
    issuer: ISSUER,
    audience: AUDIENCE,
    clockToleranceSeconds: 30,
  });

  beforeAll(async () => {
    const rsaPair = await generateKeyPair("RS256", { extractable: true });
    const ecPair = await generateKeyPair("ES256", { extractable: true });
    stranger = (await generateKeyPair("RS256")).privateKey;
    rsa = rsaPair.privateKey;
    ec = ecPair.privateKey;
    rsaPublic = { ...(await exportJWK(rsaPair.publicKey)), kid: "rsa-1", alg: "RS256", use: "sig" };
    const ecPublic = { ...(await exportJWK(ecPair.publicKey)), kid: "ec-1", alg: "ES256", use: "sig" };
    writeFileSync(join(dir, "jwks.json"), JSON.stringify({ keys: [rsaPublic, ecPublic] }));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sign = (
    claims: Record<string, unknown>,
    key: CryptoKey | Uint8Array = rsa,
    header: { alg: string; kid?: string } = { alg: "RS256", kid: "rsa-1" },
    changes: (jwt: SignJWT) => SignJWT = (jwt) => jwt,
  ) =>
    changes(
      new SignJWT(claims)
        .setProtectedHeader(header)
        .setSubject("alice")
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime("5m"),
    ).sign(key);

  it("accepts an RS256 token and derives the scopes from the role alone", async () => {
    const token = await sign({ role: "DASHBOARD_ANALYST", scope: "learner:read learner:identify" });
    await expect(createAuthenticator(config(true), PROVIDERS)(bearer(token))).resolves.toEqual({
      subject: "alice",
      role: "DASHBOARD_ANALYST",
      scopes: ["figures:read", "register:read", "mappings:read"],
      provider: null,
      namespaces: [],
      purpose: null,
    });
  });

  it("accepts an ES256 token and keeps a mobility officer's declared purpose", async () => {
    const token = await sign({ role: "MOBILITY_OFFICER" }, ec, { alg: "ES256", kid: "ec-1" });
    const claims = await createAuthenticator(config(true), PROVIDERS)(bearer(token, "CONTRACT_VERIFICATION"));
    expect(claims.role).toBe("MOBILITY_OFFICER");
    expect(claims.purpose).toBe("CONTRACT_VERIFICATION");
  });

  it("refuses an expired token beyond the clock tolerance, and accepts one within it", async () => {
    const authenticate = createAuthenticator(config(true), PROVIDERS);
    const now = Math.floor(Date.now() / 1000);
    const expired = await sign({ role: "DASHBOARD_ANALYST" }, rsa, undefined, (jwt) =>
      jwt.setIssuedAt(now - 600).setExpirationTime(now - 60),
    );
    const justExpired = await sign({ role: "DASHBOARD_ANALYST" }, rsa, undefined, (jwt) =>
      jwt.setExpirationTime(now - 5),
    );
    expect(await outcome(authenticate(bearer(expired)))).toBe("401 OFFA_AUTH_TOKEN_EXPIRED");
    expect(await outcome(authenticate(bearer(justExpired)))).toBe("ok");
  });

  it("refuses a token of another issuer or for another audience", async () => {
    const authenticate = createAuthenticator(config(true), PROVIDERS);
    const otherIssuer = await sign({ role: "DASHBOARD_ANALYST" }, rsa, undefined, (jwt) =>
      jwt.setIssuer("https://evil.test/"),
    );
    const otherAudience = await sign({ role: "DASHBOARD_ANALYST" }, rsa, undefined, (jwt) =>
      jwt.setAudience("urn:someone:else"),
    );
    expect(await outcome(authenticate(bearer(otherIssuer)))).toBe("401 OFFA_AUTH_TOKEN_WRONG_ISSUER");
    expect(await outcome(authenticate(bearer(otherAudience)))).toBe("401 OFFA_AUTH_TOKEN_WRONG_AUDIENCE");
  });

  it("refuses alg none", async () => {
    const payload = { role: "DEVELOPER", sub: "mallory", iss: ISSUER, aud: AUDIENCE, exp: 4102444800 };
    const token = `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64url(JSON.stringify(payload))}.`;
    expect(await outcome(createAuthenticator(config(false), PROVIDERS)(bearer(token)))).toBe(
      "401 OFFA_AUTH_TOKEN_INVALID",
    );
  });

  it("refuses an HS256 token signed with the public key as its secret (algorithm confusion)", async () => {
    const confused = await sign({ role: "DEVELOPER" }, new TextEncoder().encode(JSON.stringify(rsaPublic)), {
      alg: "HS256",
      kid: "rsa-1",
    });
    const confusedN = await sign({ role: "DEVELOPER" }, Buffer.from(rsaPublic.n!, "base64url"), {
      alg: "HS256",
      kid: "rsa-1",
    });
    const authenticate = createAuthenticator(config(false), PROVIDERS);
    expect(await outcome(authenticate(bearer(confused)))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
    expect(await outcome(authenticate(bearer(confusedN)))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
  });

  it("refuses a tampered payload, a token signed by a key not in the JWKS, and garbage", async () => {
    const authenticate = createAuthenticator(config(false), PROVIDERS);
    const [header, , signature] = (await sign({ role: "DASHBOARD_ANALYST" })).split(".");
    const payload = { role: "DEVELOPER", sub: "alice", iss: ISSUER, aud: AUDIENCE, exp: 4102444800 };
    const tampered = `${header}.${base64url(JSON.stringify(payload))}.${signature}`;
    const foreign = await sign({ role: "DASHBOARD_ANALYST" }, stranger);
    expect(await outcome(authenticate(bearer(tampered)))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
    expect(await outcome(authenticate(bearer(foreign)))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
    expect(await outcome(authenticate(bearer("not-a-jwt")))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
    expect(await outcome(authenticate(bearer("a.b.c")))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
  });

  it("refuses a missing header or another scheme as a missing token", async () => {
    const authenticate = createAuthenticator(config(false), PROVIDERS);
    expect(await outcome(authenticate({ authorization: undefined, purpose: undefined }))).toBe(
      "401 OFFA_AUTH_TOKEN_MISSING",
    );
    expect(await outcome(authenticate({ authorization: "Basic YTpi", purpose: undefined }))).toBe(
      "401 OFFA_AUTH_TOKEN_MISSING",
    );
  });

  it("refuses an unknown or absent role", async () => {
    const authenticate = createAuthenticator(config(false), PROVIDERS);
    expect(await outcome(authenticate(bearer(await sign({ role: "ADMIN" }))))).toBe(
      "401 OFFA_AUTH_ROLE_UNKNOWN",
    );
    expect(await outcome(authenticate(bearer(await sign({}))))).toBe("401 OFFA_AUTH_ROLE_UNKNOWN");
  });

  it("refuses DEVELOPER in production and accepts it in development", async () => {
    const token = await sign({ role: "DEVELOPER" });
    expect(await outcome(createAuthenticator(config(true), PROVIDERS)(bearer(token)))).toBe(
      "401 OFFA_AUTH_ROLE_NOT_ALLOWED",
    );
    expect(await outcome(createAuthenticator(config(false), PROVIDERS)(bearer(token)))).toBe("ok");
  });

  it("needs a supergraph provider for PROVIDER_STAFF and known namespaces for MAPPING_ADMINISTRATOR", async () => {
    const authenticate = createAuthenticator(config(true), PROVIDERS);
    const staff = await authenticate(bearer(await sign({ role: "PROVIDER_STAFF", provider: "ifapme" })));
    expect(staff).toMatchObject({ provider: "ifapme", scopes: ["learner:read", "mappings:read"] });
    for (const claims of [{ role: "PROVIDER_STAFF" }, { role: "PROVIDER_STAFF", provider: "offa" }])
      expect(await outcome(authenticate(bearer(await sign(claims))))).toBe("401 OFFA_AUTH_CLAIMS_INVALID");
    const admin = await authenticate(
      bearer(await sign({ role: "MAPPING_ADMINISTRATOR", namespaces: ["cefa", "sfpme"], provider: "cefa" })),
    );
    expect(admin).toMatchObject({ namespaces: ["cefa", "sfpme"], provider: null });
    expect(
      await outcome(authenticate(bearer(await sign({ role: "MAPPING_ADMINISTRATOR", namespaces: ["x"] })))),
    ).toBe("401 OFFA_AUTH_CLAIMS_INVALID");
  });

  it("answers 400 for an unknown purpose and ignores a purpose on a role it means nothing to", async () => {
    const authenticate = createAuthenticator(config(true), PROVIDERS);
    const officer = await sign({ role: "MOBILITY_OFFICER" });
    expect(await outcome(authenticate(bearer(officer, "CURIOSITY")))).toBe("400 OFFA_AUTH_PURPOSE_UNKNOWN");
    const analyst = await sign({ role: "DASHBOARD_ANALYST" });
    expect((await authenticate(bearer(analyst, "IDENTITY_RESOLUTION"))).purpose).toBeNull();
    expect((await authenticate(bearer(officer))).purpose).toBeNull();
  });

  it("sets WWW-Authenticate: Bearer on a 401 and none on a 400", async () => {
    const authenticate = createAuthenticator(config(false), PROVIDERS);
    const failure = async (headers: AuthenticationHeaders) =>
      authenticate(headers).then(
        () => undefined,
        (error: GraphQLError) =>
          (error.extensions.http as { headers: Map<string, string> }).headers.get("www-authenticate"),
      );
    expect(await failure({ authorization: undefined, purpose: undefined })).toBe('Bearer realm="offa"');
    expect(await failure(bearer("x.y.z"))).toBe('Bearer realm="offa", error="invalid_token"');
    expect(await failure(bearer(await sign({ role: "MOBILITY_OFFICER" }), "NOPE"))).toBeUndefined();
  });

  it("refuses HS256 development tokens when a JWKS is configured", async () => {
    const token = await signDevelopmentToken({ role: "DASHBOARD_ANALYST" });
    expect(
      await outcome(
        createAuthenticator({ ...config(false), issuer: "urn:offa:identity" }, PROVIDERS)(bearer(token)),
      ),
    ).toBe("401 OFFA_AUTH_TOKEN_INVALID");
  });
});

describe("createAuthenticator with the development secret", () => {
  it("accepts a token from signDevelopmentToken", async () => {
    const token = await signDevelopmentToken({ role: "PROVIDER_STAFF", provider: "cefa", subject: "bob" });
    const claims = await createAuthenticator(developmentAuthConfig(), PROVIDERS)(bearer(token));
    expect(claims).toMatchObject({ subject: "bob", role: "PROVIDER_STAFF", provider: "cefa" });
  });

  it("refuses an HS256 token signed with another secret and an RS256 token", async () => {
    const authenticate = createAuthenticator(developmentAuthConfig(), PROVIDERS);
    const other = await signDevelopmentToken(
      { role: "DEVELOPER" },
      { ...developmentAuthConfig(), keys: { kind: "devSecret", secret: `${DEV_AUTH_SECRET}-other` } },
    );
    const { privateKey } = await generateKeyPair("RS256");
    const rs256 = await new SignJWT({ role: "DEVELOPER" })
      .setProtectedHeader({ alg: "RS256" })
      .setSubject("x")
      .setIssuer("urn:offa:identity")
      .setAudience("urn:offa:gateway")
      .setExpirationTime("5m")
      .sign(privateKey);
    expect(await outcome(authenticate(bearer(other)))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
    expect(await outcome(authenticate(bearer(rs256)))).toBe("401 OFFA_AUTH_TOKEN_INVALID");
  });

  it("refuses a token without exp", async () => {
    const token = await new SignJWT({ role: "DEVELOPER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("urn:offa:identity")
      .setAudience("urn:offa:gateway")
      .sign(new TextEncoder().encode(DEV_AUTH_SECRET));
    expect(await outcome(createAuthenticator(developmentAuthConfig(), PROVIDERS)(bearer(token)))).toBe(
      "401 OFFA_AUTH_TOKEN_INVALID",
    );
  });
});
