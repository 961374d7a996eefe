import { canonicalRequest } from "../canonicalRequest";
import { DEVELOPMENT_SIGNING_KEY } from "../developmentSigningKey";
import { hmacSha256, sha256Hex } from "../hmac";
import { requestTarget, signRequest } from "../signRequest";
import { signingKeyProblem } from "../signingKeyProblem";
import { signingKeyId } from "../signingKeyId";

const KEY = "s".repeat(32);

describe("signRequest", () => {
  it("signs method, path and query, timestamp, nonce, body hash, claims and request id", () => {
    const headers = signRequest(
      {
        audience: "offa",
        method: "post",
        url: "http://h:1/graphql?a=b",
        body: "{}",
        claims: "e30",
        requestId: "r",
      },
      KEY,
      { now: 5, nonce: "n".repeat(16) },
    );
    const expected = hmacSha256(
      KEY,
      canonicalRequest({
        audience: "offa",
        method: "POST",
        target: "/graphql?a=b",
        timestamp: "5",
        nonce: "n".repeat(16),
        contentSha256: sha256Hex("{}"),
        claims: "e30",
        requestId: "r",
      }),
    );
    expect(headers).toEqual({
      "x-offa-signature": expected,
      "x-offa-key-id": signingKeyId(KEY),
      "x-offa-audience": "offa",
      "x-offa-timestamp": "5",
      "x-offa-nonce": "n".repeat(16),
      "x-offa-content-sha256": sha256Hex("{}"),
    });
  });

  it("uses a fresh nonce each time", () => {
    const sign = () =>
      signRequest({ audience: "a", method: "POST", url: "/", body: "" }, KEY)["x-offa-nonce"];
    expect(sign()).not.toEqual(sign());
  });

  it("hashes the body's bytes, not its characters", () => {
    const text = '{"q":"Liège"}';
    expect(sha256Hex(text)).toEqual(sha256Hex(Buffer.from(text, "utf8")));
  });

  it("reads the request target the same from a full URL and from a request line", () => {
    expect(requestTarget("http://127.0.0.1:4001/graphql?query=%7B")).toBe("/graphql?query=%7B");
    expect(requestTarget("/graphql?query=%7B")).toBe("/graphql?query=%7B");
  });
});

describe("signingKeyProblem", () => {
  it("refuses a short key, naming the setting", () => {
    expect(signingKeyProblem("OFFA_GATEWAY_SIGNING_KEY", "short", false)).toMatch(
      /OFFA_GATEWAY_SIGNING_KEY must be at least 32/,
    );
  });

  it("refuses the public development key in production only", () => {
    expect(signingKeyProblem("K", DEVELOPMENT_SIGNING_KEY, false)).toBeUndefined();
    expect(signingKeyProblem("K", DEVELOPMENT_SIGNING_KEY, true)).toMatch(/development key/);
  });

  it("accepts a long key", () => {
    expect(signingKeyProblem("K", KEY, true)).toBeUndefined();
  });
});
