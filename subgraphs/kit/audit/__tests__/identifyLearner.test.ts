import { identifyLearner } from "../identifyLearner";

const learnerTypes = new Set(["CefaLearner", "Learner"]);

describe("identifyLearner", () => {
  it("takes a learner type's own id and national number", () => {
    expect(
      identifyLearner("CefaLearner", { id: "FWB00000001", nationalNumber: "85.07.30-033.28" }, learnerTypes),
    ).toEqual({
      id: "FWB00000001",
      nationalNumber: "85.07.30-033.28",
      auditPseudonym: null,
    });
  });

  it("names the learner of a record by learnerId or offaLearnerId", () => {
    expect(identifyLearner("CefaContract", { id: "CC1", learnerId: "FWB00000001" }, learnerTypes)?.id).toBe(
      "FWB00000001",
    );
    expect(
      identifyLearner("CommonContract", { id: "CEFA:CC1", offaLearnerId: "OL0000000001" }, learnerTypes)?.id,
    ).toBe("OL0000000001");
  });

  it("does not take a record's own id for a learner's", () => {
    expect(identifyLearner("CefaLevelDecision", { id: "LD1", contractId: "CC1" }, learnerTypes)).toBeNull();
    expect(identifyLearner("CefaLearner", null, learnerTypes)).toBeNull();
  });
});
