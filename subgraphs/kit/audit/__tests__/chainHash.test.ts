import { canonicalJson } from "../canonicalJson";
import { createHash } from "node:crypto";
import { chainedTextAroundSeq, chainHash, GENESIS_HASH, type ChainedContent } from "../chainHash";

const content: ChainedContent = {
  seq: 1,
  at: "2025-03-01T10:00:00.000Z",
  subgraph: "cefa",
  requestId: "req-1",
  subject: "dev@offa",
  role: "DEVELOPER",
  provider: null,
  purpose: null,
  learners: [{ id: "FWB00000001", pseudonym: "a".repeat(64) }],
  fields: ["CefaLearner.lastName"],
  pseudonymKeyId: "0123456789abcdef",
};

describe("canonicalJson", () => {
  it("writes one text for one value, whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 })).toBe(
      canonicalJson({ b: 1, a: { d: [2, 1], c: null } }),
    );
  });

  it("refuses values JSON would silently drop or mangle", () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
  });
});

describe("chainHash", () => {
  it("is SHA-256 hex over the previous hash and the record's canonical JSON", () => {
    expect(chainHash(GENESIS_HASH, content)).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...content })).toBe(chainHash(GENESIS_HASH, content));
  });

  it("changes when any field of the record changes", () => {
    const base = chainHash(GENESIS_HASH, content);
    expect(chainHash(GENESIS_HASH, { ...content, purpose: "MOBILITY_FOLLOW_UP" })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, fields: ["CefaLearner.firstName"] })).not.toBe(base);
    expect(
      chainHash(GENESIS_HASH, { ...content, learners: [{ id: "FWB00000002", pseudonym: null }] }),
    ).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, seq: 2 })).not.toBe(base);
  });

  it("changes when the previous hash changes, so a record cannot be moved to another place in the chain", () => {
    expect(chainHash("f".repeat(64), content)).not.toBe(chainHash(GENESIS_HASH, content));
  });

  it("ignores keys outside the record (a driver's extra column cannot change it)", () => {
    const withExtra = { ...content, extra: "x" } as ChainedContent;
    expect(chainHash(GENESIS_HASH, withExtra)).toBe(chainHash(GENESIS_HASH, content));
  });

  it("splits the covered text around the seq, so the database can hash it once it knows the seq", () => {
    const { seq, ...rest } = { ...content, seq: 1234, subject: 'has "seq":0 inside' };
    const { before, after } = chainedTextAroundSeq(rest);
    const inDatabase = createHash("sha256").update(`${GENESIS_HASH}${before}${seq}${after}`).digest("hex");
    expect(inDatabase).toBe(chainHash(GENESIS_HASH, { ...rest, seq }));
  });
});
