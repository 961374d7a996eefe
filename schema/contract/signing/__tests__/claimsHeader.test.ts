import type { AccessClaims } from "../../access";
import { decodeClaimsHeader, encodeClaimsHeader } from "../claimsHeader";

const CLAIMS: AccessClaims = {
  subject: "officer-7",
  role: "MOBILITY_OFFICER",
  scopes: ["learner:read", "register:read"],
  provider: null,
  namespaces: [],
  purpose: "MOBILITY_FOLLOW_UP",
};
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("claimsHeader", () => {
  it("round-trips AccessClaims through base64url JSON", () => {
    const header = encodeClaimsHeader(CLAIMS);
    expect(header).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeClaimsHeader(header)).toEqual(CLAIMS);
  });

  it("drops fields that are not AccessClaims when encoding", () => {
    const header = encodeClaimsHeader({ ...CLAIMS, token: "secret" } as AccessClaims);
    expect(decodeClaimsHeader(header)).toEqual(CLAIMS);
  });

  it.each([
    ["an unknown role", { ...CLAIMS, role: "ROOT" }],
    ["an unknown scope", { ...CLAIMS, scopes: ["everything"] }],
    ["a scope the role does not grant", { ...CLAIMS, scopes: ["mappings:write"] }],
    ["an unknown purpose", { ...CLAIMS, purpose: "CURIOSITY" }],
    ["an empty subject", { ...CLAIMS, subject: "" }],
    ["a malformed provider", { ...CLAIMS, provider: "CEFA; drop" }],
    ["a malformed namespace", { ...CLAIMS, namespaces: [42] }],
    ["a missing field", { subject: "a", role: "DEVELOPER", scopes: [], provider: null, namespaces: [] }],
    ["an extra field", { ...CLAIMS, admin: true }],
    ["an array", [CLAIMS]],
  ])("refuses %s", (_case, value) => {
    expect(decodeClaimsHeader(raw(value))).toBeUndefined();
  });

  it("refuses what is not base64url JSON", () => {
    expect(decodeClaimsHeader("not base64!")).toBeUndefined();
    expect(decodeClaimsHeader(Buffer.from("{").toString("base64url"))).toBeUndefined();
  });
});
