import { addDays, ageOn, daysBetween, isIsoDate, isIsoMonth, monthBounds, periodsOverlap } from "../isoDate";

describe("isoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-13-01", false],
    ["2023-1-01", false],
    ["", false],
  ])("isIsoDate(%j) is %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it("knows months", () => {
    expect([isIsoMonth("2023-03"), isIsoMonth("2023-00"), isIsoMonth("2023-3")]).toEqual([
      true,
      false,
      false,
    ]);
    expect(monthBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(monthBounds("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(() => monthBounds("2023-2")).toThrow(RangeError);
  });

  it("adds and counts days across month, year and DST boundaries", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-03-25", 2)).toBe("2023-03-27");
    expect(daysBetween("2023-01-01", "2024-01-01")).toBe(365);
  });

  it.each([
    ["2008-09-01", "2023-08-31", 14],
    ["2008-09-01", "2023-09-01", 15],
    ["2008-02-29", "2023-02-28", 14],
    ["2008-02-29", "2023-03-01", 15],
  ])("ageOn(%s, %s) is %i", (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it("treats periods as inclusive with open ends", () => {
    expect(periodsOverlap("2023-01-01", "2023-06-30", "2023-06-30", null)).toBe(true);
    expect(periodsOverlap("2023-01-01", "2023-06-29", "2023-06-30", null)).toBe(false);
    expect(periodsOverlap("2023-01-01", null, "2015-01-01", "2022-12-31")).toBe(false);
  });
});
