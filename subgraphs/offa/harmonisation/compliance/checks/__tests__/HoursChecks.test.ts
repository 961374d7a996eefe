import { monthOf } from "../../__tests__/contractFacts";
import { Over38HoursCheck } from "../Over38HoursCheck";
import { Under20CompanyHoursCheck } from "../Under20CompanyHoursCheck";

describe("Over38HoursCheck", () => {
  const check = (company: number, centre: number) =>
    Over38HoursCheck.check(monthOf("2023-03", { companyHoursPerWeek: company, centreHoursPerWeek: centre }));

  it("has a stable code and cites domain.md §2", () => {
    expect([Over38HoursCheck.code, Over38HoursCheck.source]).toEqual(["OVER_38_HOURS", "§2"]);
  });

  it("flags company + centre above 38 h a week, 38.1 h included", () => {
    expect(check(27, 12)).toEqual({
      kind: "FLAG",
      reason: "company 27.0 h + centre 12.0 h = 39.0 h a week > 38 h on average (domain.md §2)",
    });
    expect(check(26.1, 12).kind).toBe("FLAG");
  });

  it.each([
    [26, 12],
    [25.1, 12.9],
    [30, 8],
  ])("passes %s h + %s h (38 h is allowed)", (company, centre) => {
    expect(check(company, centre)).toEqual({ kind: "PASS" });
  });

  it("does not evaluate hours that are not numbers", () => {
    expect(check(Number.NaN, 12).kind).toBe("NOT_EVALUATED");
    expect(Over38HoursCheck.check(monthOf("2023-03", { centreHoursPerWeek: null })).kind).toBe(
      "NOT_EVALUATED",
    );
  });
});

describe("Under20CompanyHoursCheck", () => {
  const check = (company: number | null) =>
    Under20CompanyHoursCheck.check(monthOf("2023-03", { companyHoursPerWeek: company }));

  it("has a stable code and cites domain.md §2", () => {
    expect([Under20CompanyHoursCheck.code, Under20CompanyHoursCheck.source]).toEqual([
      "UNDER_20_COMPANY_HOURS",
      "§2",
    ]);
  });

  it("flags fewer than 20 h a week in the company and passes exactly 20 h", () => {
    expect(check(19.5)).toEqual({
      kind: "FLAG",
      reason: "company 19.5 h a week < 20 h on average (domain.md §2)",
    });
    expect(check(20)).toEqual({ kind: "PASS" });
  });

  it("does not evaluate unknown company hours", () => {
    expect(check(null)).toEqual({
      kind: "NOT_EVALUATED",
      reason: "company weekly hours null are unknown or not a valid number",
    });
  });
});
