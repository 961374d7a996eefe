import { buildMonthContext } from "../../ContractCheck";
import { contract } from "../../__tests__/contractFacts";
import { MinorWithoutRepresentativeCheck } from "../MinorWithoutRepresentativeCheck";

const judge = (overrides: Parameters<typeof contract>[0]) =>
  MinorWithoutRepresentativeCheck.check(buildMonthContext(contract(overrides), "2023-03"));

describe("MinorWithoutRepresentativeCheck", () => {
  it("flags a learner under 18 at signature with no representative on record", () => {
    expect(judge({ learnerBirthDate: "2006-05-10", learnerHasLegalRepresentative: false })).toMatchObject({
      kind: "FLAG",
      reason: expect.stringContaining("aged 16 at signature on 2022-12-20"),
    });
  });

  it("passes a minor with a representative, and an adult without one", () => {
    expect(judge({ learnerBirthDate: "2006-05-10", learnerHasLegalRepresentative: true }).kind).toBe("PASS");
    expect(judge({ learnerBirthDate: "2004-12-20", learnerHasLegalRepresentative: false }).kind).toBe("PASS");
  });

  it("does not judge without a birth date or without knowing the record", () => {
    expect(judge({ learnerBirthDate: null }).kind).toBe("NOT_EVALUATED");
    expect(judge({ learnerBirthDate: "2006-05-10", learnerHasLegalRepresentative: null }).kind).toBe(
      "NOT_EVALUATED",
    );
  });
});
