import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import { GatewayError } from "../../errors/GatewayError";
import { AUTH_DEFAULTS, DEV_AUTH_SECRET } from "../authDefaults";
import { createTokenVerifier } from "../createTokenVerifier";
import { readAuthConfig } from "../readAuthConfig";
import { supergraphProviderNames } from "../supergraphProviderNames";

const read = (env: NodeJS.ProcessEnv) => {
  const problems: string[] = [];
  return { auth: readAuthConfig(env, problems), problems };
};

const codeOf = (run: () => unknown) => {
  try {
    run();
    return "ok";
  } catch (error) {
    return error instanceof GatewayError ? error.code : String(error);
  }
};

describe("readAuthConfig", () => {
  it("gives the development secret and the default issuer and audience for an empty environment", () => {
    expect(read({})).toEqual({
      auth: {
        production: false,
        keys: { kind: "devSecret", secret: DEV_AUTH_SECRET },
        issuer: AUTH_DEFAULTS.issuer,
        audience: AUTH_DEFAULTS.audience,
        clockToleranceSeconds: 30,
      },
      problems: [],
    });
  });

  it("prefers a JWKS over the development secret and reads issuer and audience", () => {
    const { auth, problems } = read({
      OFFA_AUTH_JWKS_URL: "https://idp.example/jwks",
      OFFA_AUTH_ISSUER: "https://idp.example/",
      OFFA_AUTH_AUDIENCE: "offa",
    });
    expect(problems).toEqual([]);
    expect(auth).toMatchObject({
      keys: { kind: "jwksUrl", url: "https://idp.example/jwks" },
      issuer: "https://idp.example/",
      audience: "offa",
    });
  });

  it("refuses to start in production without a JWKS, naming the settings", () => {
    expect(codeOf(() => read({ NODE_ENV: "production" }))).toBe("OFFA_GATEWAY_AUTH_KEYS_MISSING");
    expect(codeOf(() => read({ NODE_ENV: "production", OFFA_AUTH_DEV_SECRET: "x".repeat(40) }))).toBe(
      "OFFA_GATEWAY_AUTH_KEYS_MISSING",
    );
    expect(() => read({ NODE_ENV: "production" })).toThrow(/OFFA_AUTH_JWKS_FILE.*OFFA_AUTH_JWKS_URL/);
  });

  it("lists every invalid setting", () => {
    const { problems } = read({
      NODE_ENV: "production",
      OFFA_AUTH_JWKS_FILE: "jwks.json",
      OFFA_AUTH_JWKS_URL: "http://idp.example/jwks",
      OFFA_AUTH_DEV_SECRET: "short",
    });
    expect(problems).toEqual([
      "OFFA_AUTH_JWKS_FILE and OFFA_AUTH_JWKS_URL are exclusive: set one",
      "OFFA_AUTH_DEV_SECRET is for development only: unset it when NODE_ENV=production",
      "OFFA_AUTH_DEV_SECRET must be at least 32 characters",
      "OFFA_AUTH_JWKS_URL=http://idp.example/jwks must be an https URL",
    ]);
  });
});

describe("createTokenVerifier with a JWKS file", () => {
  const dir = mkdtempSync(join(tmpdir(), "offa-jwks-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const verifierFor = (content: string) => {
    const path = join(dir, `${Math.random()}.json`);
    writeFileSync(path, content);
    const { auth } = read({ OFFA_AUTH_JWKS_FILE: path });
    return () => createTokenVerifier(auth);
  };

  it("refuses at start a missing file, a file that is no JWKS, and a private or symmetric key", async () => {
    const { privateKey } = await generateKeyPair("ES256", { extractable: true });
    const { auth } = read({ OFFA_AUTH_JWKS_FILE: join(dir, "missing.json") });
    expect(codeOf(() => createTokenVerifier(auth))).toBe("OFFA_GATEWAY_AUTH_JWKS_UNREADABLE");
    expect(codeOf(verifierFor("{"))).toBe("OFFA_GATEWAY_AUTH_JWKS_UNREADABLE");
    expect(codeOf(verifierFor(`{"keys": []}`))).toBe("OFFA_GATEWAY_AUTH_JWKS_UNREADABLE");
    expect(codeOf(verifierFor(JSON.stringify({ keys: [await exportJWK(privateKey)] })))).toBe(
      "OFFA_GATEWAY_AUTH_JWKS_UNREADABLE",
    );
    expect(codeOf(verifierFor(JSON.stringify({ keys: [{ kty: "oct", k: "c2VjcmV0" }] })))).toBe(
      "OFFA_GATEWAY_AUTH_JWKS_UNREADABLE",
    );
  });
});

describe("supergraphProviderNames", () => {
  it("names the subgraphs that are values of the supergraph's Provider enum, not OFFA's own", () => {
    expect(supergraphProviderNames(join(__dirname, "../../../schema/supergraph.graphql"))).toEqual([
      "cefa",
      "ifapme",
      "sfpme",
    ]);
  });

  it("gives none for an unreadable supergraph", () => {
    expect(supergraphProviderNames("/nonexistent/supergraph.graphql")).toEqual([]);
  });
});
