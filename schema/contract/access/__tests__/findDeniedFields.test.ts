import { buildSchema, parse } from "graphql";
import type { AccessClaims } from "../AccessClaims";
import { readAccessRequirements } from "../AccessRequirement";
import { findDeniedFields } from "../findDeniedFields";
import { ROLES, type Role } from "../roles";

const SDL = /* GraphQL */ `
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  directive @policy(policies: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  type Query {
    learner(id: ID!): Learner
    units: [Unit!]!
    _entities: [Entity]!
  }
  type Learner @requiresScopes(scopes: [["learner:read"]]) @policy(policies: [["learner_access"]]) {
    id: ID!
    name: String!
    nationalNumber: String @policy(policies: [["identify_learner"]])
  }
  type Unit @requiresScopes(scopes: [["register:read"]]) {
    number: ID!
  }
  union Entity = Learner | Unit
`;

const schema = buildSchema(SDL);
const requirements = readAccessRequirements(parse(SDL));

function claims(role: Role, purpose: AccessClaims["purpose"] = null): AccessClaims {
  return { subject: "t", role, scopes: ROLES[role].scopes, provider: null, namespaces: [], purpose };
}

function denied(query: string, who: AccessClaims | null): string[] {
  return findDeniedFields(schema, parse(query), requirements, who).map((d) => d.coordinate);
}

describe("findDeniedFields", () => {
  it("reads type and field requirements from the SDL", () => {
    expect(requirements.get("Learner")).toEqual({
      authenticated: true,
      scopes: [["learner:read"]],
      policies: [["learner_access"]],
    });
    expect(requirements.get("Learner.nationalNumber")?.policies).toEqual([["identify_learner"]]);
  });

  it("denies everything protected to an anonymous caller", () => {
    expect(denied(`{ learner(id: 1) { id } units { number } }`, null)).toEqual(["Learner", "Unit"]);
  });

  it("denies learner data to a dashboard analyst but not the register", () => {
    expect(denied(`{ learner(id: 1) { id } units { number } }`, claims("DASHBOARD_ANALYST"))).toEqual([
      "Learner",
    ]);
  });

  it("lets a mobility officer read learners only with a declared purpose", () => {
    expect(denied(`{ learner(id: 1) { id } }`, claims("MOBILITY_OFFICER"))).toEqual(["Learner"]);
    expect(denied(`{ learner(id: 1) { id } }`, claims("MOBILITY_OFFICER", "MOBILITY_FOLLOW_UP"))).toEqual([]);
  });

  it("keeps the national number for purposes that need it", () => {
    const query = `{ learner(id: 1) { id nationalNumber } }`;
    expect(denied(query, claims("MOBILITY_OFFICER", "MOBILITY_FOLLOW_UP"))).toEqual([
      "Learner.nationalNumber",
    ]);
    expect(denied(query, claims("MOBILITY_OFFICER", "IDENTITY_RESOLUTION"))).toEqual([]);
    expect(denied(query, claims("MOBILITY_OFFICER", "DATA_SUBJECT_REQUEST"))).toEqual([]);
  });

  it("keeps the national number from developers and every role but a mobility officer, whatever the purpose", () => {
    // domain.md §9 / §11.16: synthetic numbers are checksum-valid, so a developer does not see them either.
    const query = `{ learner(id: 1) { id nationalNumber } }`;
    expect(denied(query, claims("DEVELOPER"))).toEqual(["Learner.nationalNumber"]);
    expect(denied(query, claims("DEVELOPER", "IDENTITY_RESOLUTION"))).toEqual(["Learner.nationalNumber"]);
    expect(denied(query, claims("PROVIDER_STAFF", "IDENTITY_RESOLUTION"))).toEqual([
      "Learner.nationalNumber",
    ]);
  });

  it("judges fields reached through fragments and a union's inline fragment (_entities)", () => {
    const query = `{ _entities { ... on Learner { name } ... on Unit { number } } ...F } fragment F on Query { units { number } }`;
    expect(denied(query, claims("DASHBOARD_ANALYST"))).toEqual(["Learner"]);
    expect(denied(query, claims("ACCREDITATION_OFFICER"))).toEqual(["Learner"]);
    expect(denied(query, claims("PROVIDER_STAFF"))).toEqual(["Unit", "Unit"]);
  });
});
