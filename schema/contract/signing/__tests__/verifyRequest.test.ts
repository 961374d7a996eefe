import type { AccessClaims } from "../../access";
import { encodeClaimsHeader } from "../claimsHeader";
import { DEVELOPMENT_SIGNING_KEY } from "../developmentSigningKey";
import { sha256Hex } from "../hmac";
import { signRequest } from "../signRequest";
import { SIGNING_HEADERS } from "../signingHeaders";
import { type ReceivedRequest, verifyRequest } from "../verifyRequest";

const KEY = "k".repeat(40);
const OLD_KEY = "o".repeat(40);
const NOW = 1_760_000_000_000;
const BODY = JSON.stringify({ query: "{ _service { sdl } }" });
const CLAIMS: AccessClaims = {
  subject: "alice",
  role: "PROVIDER_STAFF",
  scopes: ["learner:read"],
  provider: "cefa",
  namespaces: [],
  purpose: null,
};

/** A request as the gateway sends it, then as the subgraph receives it (changes applied after signing). */
function signed(
  options: { key?: string; now?: number; claims?: string; changes?: Partial<ReceivedRequest> } = {},
): ReceivedRequest {
  const claims = options.claims ?? encodeClaimsHeader(CLAIMS);
  const headers = {
    ...signRequest(
      {
        audience: "cefa",
        method: "POST",
        url: "http://127.0.0.1:4001/graphql",
        body: BODY,
        claims,
        requestId: "req-1",
      },
      options.key ?? KEY,
      { now: options.now ?? NOW },
    ),
    [SIGNING_HEADERS.claims]: claims,
    [SIGNING_HEADERS.requestId]: "req-1",
  };
  return { method: "POST", url: "/graphql", headers, body: Buffer.from(BODY), ...options.changes };
}

const verify = (request: ReceivedRequest, keys: { current: string; previous?: string } = { current: KEY }) =>
  verifyRequest(request, keys, { audience: "cefa", now: NOW });

describe("verifyRequest", () => {
  it("accepts a request signed with the current key and returns its claims and request id", () => {
    const result = verify(signed());
    expect(result).toMatchObject({ ok: true, claims: CLAIMS, requestId: "req-1" });
  });

  it("accepts a request without claims as one with no claims", () => {
    const request = signed({ claims: "" });
    delete (request.headers as Record<string, string>)[SIGNING_HEADERS.claims];
    expect(verify(request)).toMatchObject({ ok: true, claims: null });
  });

  it("accepts a request signed with the previous key during a rotation", () => {
    expect(verify(signed({ key: OLD_KEY }), { current: KEY, previous: OLD_KEY })).toMatchObject({ ok: true });
  });

  it("refuses the previous key once it is dropped, and another key altogether", () => {
    expect(verify(signed({ key: OLD_KEY }), { current: KEY })).toEqual({ ok: false, reason: "UNKNOWN_KEY" });
    expect(verify(signed({ key: DEVELOPMENT_SIGNING_KEY }))).toEqual({ ok: false, reason: "UNKNOWN_KEY" });
  });

  it("refuses a request signed for another subgraph as WRONG_AUDIENCE", () => {
    expect(verifyRequest(signed(), { current: KEY }, { audience: "ifapme", now: NOW })).toEqual({
      ok: false,
      reason: "WRONG_AUDIENCE",
    });
  });

  it("refuses an unsigned request as MISSING", () => {
    const request = { method: "POST", url: "/graphql", headers: {}, body: Buffer.from(BODY) };
    expect(verify(request)).toEqual({ ok: false, reason: "MISSING" });
  });

  it.each([
    ["a timestamp that is no number", { [SIGNING_HEADERS.timestamp]: "yesterday" }],
    ["a short nonce", { [SIGNING_HEADERS.nonce]: "abc" }],
    ["a body hash of the wrong shape", { [SIGNING_HEADERS.contentSha256]: "XYZ" }],
    ["a repeated signature header", { [SIGNING_HEADERS.signature]: ["a", "b"] }],
  ])("refuses %s as MALFORMED", (_case, headers) => {
    const request = signed();
    expect(verify({ ...request, headers: { ...request.headers, ...headers } })).toEqual({
      ok: false,
      reason: "MALFORMED",
    });
  });

  it("refuses a changed body as BODY_MISMATCH", () => {
    const body = Buffer.from(BODY.replace("sdl", "sdl __typename"));
    expect(verify(signed({ changes: { body } }))).toEqual({ ok: false, reason: "BODY_MISMATCH" });
  });

  it("refuses a changed body with a recomputed hash as BAD_SIGNATURE", () => {
    const request = signed();
    const body = Buffer.from("{}");
    const headers = {
      ...request.headers,
      [SIGNING_HEADERS.contentSha256]: sha256Hex(body),
    };
    expect(verify({ ...request, body, headers })).toEqual({ ok: false, reason: "BAD_SIGNATURE" });
  });

  it.each([
    ["path", { url: "/other" }],
    ["query string", { url: "/graphql?x=1" }],
    ["method", { method: "GET" }],
  ])("refuses a changed %s as BAD_SIGNATURE", (_case, changes) => {
    expect(verify(signed({ changes }))).toEqual({ ok: false, reason: "BAD_SIGNATURE" });
  });

  it.each([
    ["claims", SIGNING_HEADERS.claims, encodeClaimsHeader({ ...CLAIMS, provider: "ifapme" })],
    ["request id", SIGNING_HEADERS.requestId, "req-2"],
    ["timestamp", SIGNING_HEADERS.timestamp, String(NOW + 1)],
    ["nonce", SIGNING_HEADERS.nonce, "A".repeat(22)],
    ["signature", SIGNING_HEADERS.signature, "A".repeat(43)],
  ])("refuses changed %s as BAD_SIGNATURE", (_case, name, value) => {
    const request = signed();
    expect(verify({ ...request, headers: { ...request.headers, [name]: value } })).toEqual({
      ok: false,
      reason: "BAD_SIGNATURE",
    });
  });

  it("refuses claims removed after signing as BAD_SIGNATURE", () => {
    const request = signed();
    const headers: Record<string, string | string[] | undefined> = { ...request.headers };
    delete headers[SIGNING_HEADERS.claims];
    expect(verify({ ...request, headers })).toEqual({ ok: false, reason: "BAD_SIGNATURE" });
  });

  it("accepts a timestamp within the window and refuses one outside, either way", () => {
    expect(verify(signed({ now: NOW - 30_000 }))).toMatchObject({ ok: true });
    expect(verify(signed({ now: NOW + 30_000 }))).toMatchObject({ ok: true });
    expect(verify(signed({ now: NOW - 30_001 }))).toEqual({ ok: false, reason: "STALE" });
    expect(verify(signed({ now: NOW + 30_001 }))).toEqual({ ok: false, reason: "STALE" });
  });

  it("takes the window as an option", () => {
    const request = signed({ now: NOW - 5_000 });
    expect(verifyRequest(request, { current: KEY }, { audience: "cefa", now: NOW, windowMs: 4_000 })).toEqual(
      {
        ok: false,
        reason: "STALE",
      },
    );
  });

  it("gives the nonce to remember until the end of the window", () => {
    const result = verify(signed({ now: NOW - 10_000 }));
    expect(result).toMatchObject({ ok: true, nonceExpiresAt: NOW - 10_000 + 30_000 });
  });

  it("refuses signed claims that are not valid AccessClaims as BAD_CLAIMS", () => {
    const forged = Buffer.from(JSON.stringify({ ...CLAIMS, role: "ROOT" })).toString("base64url");
    expect(verify(signed({ claims: forged }))).toEqual({ ok: false, reason: "BAD_CLAIMS" });
  });
});
