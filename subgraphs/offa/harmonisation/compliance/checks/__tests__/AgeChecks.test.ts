import { monthOf } from "../../__tests__/contractFacts";
import { AgeAtSignatureCheck } from "../AgeAtSignatureCheck";
import { TrainingAfterAgeLimitCheck } from "../TrainingAfterAgeLimitCheck";

describe("AgeAtSignatureCheck", () => {
  // Signature on 2022-12-20 (the fixture).
  const check = (birth: string | null) =>
    AgeAtSignatureCheck.check(monthOf("2023-03", { learnerBirthDate: birth }));

  it("has a stable code and cites domain.md §2", () => {
    expect([AgeAtSignatureCheck.code, AgeAtSignatureCheck.source]).toEqual(["AGE_AT_SIGNATURE", "§2"]);
  });

  it.each([
    [
      "2007-12-21",
      "learner aged 14 at signature on 2022-12-20 (born 2007-12-21); the minimum is 15 (domain.md §2)",
    ],
    [
      "1997-12-20",
      "learner aged 25 at signature on 2022-12-20 (born 1997-12-20); the contract must be concluded before 25 (domain.md §2; derogations exist, e.g. Brussels learners)",
    ],
  ])("flags a learner born %s", (birth, reason) => {
    expect(check(birth)).toEqual({ kind: "FLAG", reason });
  });

  it.each(["2007-12-20", "1997-12-21"])("passes a learner born %s (15, or 24 the day before 25)", (birth) => {
    expect(check(birth)).toEqual({ kind: "PASS" });
  });

  it("does not evaluate without a birth date", () => {
    expect(check(null)).toEqual({ kind: "NOT_EVALUATED", reason: "the learner's birth date is unknown" });
  });
});

describe("TrainingAfterAgeLimitCheck", () => {
  // Born 1997-03-10: turns 26 in 2023, so training may continue until 2023-12-31.
  const facts = { learnerBirthDate: "1997-03-10", plannedEndDate: "2024-06-30" };

  it("has a stable code and cites domain.md §2", () => {
    expect([TrainingAfterAgeLimitCheck.code, TrainingAfterAgeLimitCheck.source]).toEqual([
      "TRAINING_AFTER_AGE_LIMIT",
      "§2",
    ]);
  });

  it("passes every month up to December of the year the learner turns 26", () => {
    expect(TrainingAfterAgeLimitCheck.check(monthOf("2023-03", facts))).toEqual({ kind: "PASS" });
    expect(TrainingAfterAgeLimitCheck.check(monthOf("2023-12", facts))).toEqual({ kind: "PASS" });
  });

  it("flags each month after 31 December of that year", () => {
    expect(TrainingAfterAgeLimitCheck.check(monthOf("2024-01", facts))).toEqual({
      kind: "FLAG",
      reason:
        "training in 2024-01 is after 2023-12-31, the 31 December of the year the learner (born 1997-03-10) turns 26 (domain.md §2; derogations exist, e.g. Brussels learners)",
    });
    expect(TrainingAfterAgeLimitCheck.check(monthOf("2024-06", facts)).kind).toBe("FLAG");
  });

  it("does not evaluate without a birth date, or a month the contract does not run in", () => {
    expect(TrainingAfterAgeLimitCheck.check(monthOf("2023-03", { learnerBirthDate: null }))).toEqual({
      kind: "NOT_EVALUATED",
      reason: "the learner's birth date is unknown",
    });
    expect(TrainingAfterAgeLimitCheck.check(monthOf("2024-07", facts))).toEqual({
      kind: "NOT_EVALUATED",
      reason: "the contract does not run in 2024-07 (it runs 2023-01-01 to 2024-06-30)",
    });
  });
});
