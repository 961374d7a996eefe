import { ANONYMOUS_LABEL, createBoundedLabel, OTHER_LABEL } from "../createBoundedLabel";

describe("createBoundedLabel", () => {
  it("keeps the first names up to the cap, then answers other", () => {
    const label = createBoundedLabel(2);
    expect(label("Learners")).toBe("Learners");
    expect(label("Codes")).toBe("Codes");
    expect(label("Third")).toBe(OTHER_LABEL);
    // A name already kept keeps its label after the cap is reached.
    expect(label("Learners")).toBe("Learners");
  });

  it("names an operation without a name anonymous", () => {
    const label = createBoundedLabel(5);
    expect(label(undefined)).toBe(ANONYMOUS_LABEL);
    expect(label(null)).toBe(ANONYMOUS_LABEL);
    expect(label("")).toBe(ANONYMOUS_LABEL);
  });

  it("never turns what is not a short GraphQL name into a label, nor spends the cap on it", () => {
    const label = createBoundedLabel(1);
    expect(label('x"} 1\nfake_metric{a="')).toBe(OTHER_LABEL);
    expect(label("a".repeat(65))).toBe(OTHER_LABEL);
    expect(label("Valid")).toBe("Valid");
  });
});
