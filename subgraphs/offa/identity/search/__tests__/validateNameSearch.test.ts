import type { GraphQLError } from "graphql";
import { identityOfNameSearchKey, nameSearchKey, validateNameSearch } from "../validateNameSearch";

const codeOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return (error as GraphQLError).extensions?.code;
  }
  return null;
};
const TODAY = "2026-06-30";

describe("validateNameSearch", () => {
  it("trims the names and keeps a valid date up to today", () => {
    expect(validateNameSearch({ lastName: " Dupont ", firstName: "Léa", birthDate: TODAY }, TODAY)).toEqual({
      lastName: "Dupont",
      firstName: "Léa",
      birthDate: TODAY,
    });
  });

  it.each([
    [{ lastName: "", firstName: "Léa", birthDate: "2006-03-07" }, "OFFA_LEARNER_SEARCH_NAME_EMPTY"],
    [{ lastName: "Dupont", firstName: " - ", birthDate: "2006-03-07" }, "OFFA_LEARNER_SEARCH_NAME_EMPTY"],
    [
      { lastName: "D".repeat(101), firstName: "Léa", birthDate: "2006-03-07" },
      "OFFA_LEARNER_SEARCH_NAME_TOO_LONG",
    ],
    [
      { lastName: "Dupont", firstName: "Léa", birthDate: "2006-02-29" },
      "OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID",
    ],
    [
      { lastName: "Dupont", firstName: "Léa", birthDate: "2006-3-7" },
      "OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID",
    ],
    [
      { lastName: "Dupont", firstName: "Léa", birthDate: "2026-07-01" },
      "OFFA_LEARNER_SEARCH_BIRTH_DATE_FUTURE",
    ],
  ])("refuses %j with %s", (input, code) => {
    expect(codeOf(() => validateNameSearch(input, TODAY))).toBe(code);
  });

  it("writes one canonical key whatever the argument order, and reads it back", () => {
    const identity = { lastName: "Dupont", firstName: "Léa", birthDate: "2006-03-07" };
    const key = nameSearchKey({ birthDate: "2006-03-07", firstName: "Léa", lastName: "Dupont" });
    expect(key).toBe(nameSearchKey(identity));
    expect(key).toBe('{"birthDate":"2006-03-07","firstName":"Léa","lastName":"Dupont"}');
    expect(identityOfNameSearchKey(key)).toEqual(identity);
  });
});
