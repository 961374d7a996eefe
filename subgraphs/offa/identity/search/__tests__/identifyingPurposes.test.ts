import { PURPOSES } from "../../../../../schema/contract/access";
import { IDENTIFYING_PURPOSES } from "../FindLearnersResolver";

describe("the purposes that allow a search by national number", () => {
  it("are exactly those whose needsNationalNumber is true (the identify_learner policy)", () => {
    const needing = Object.entries(PURPOSES)
      .filter(([, purpose]) => purpose.needsNationalNumber)
      .map(([name]) => name);
    expect([...IDENTIFYING_PURPOSES].sort()).toEqual(needing.sort());
  });
});
