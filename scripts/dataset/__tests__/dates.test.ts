import { addDays, addYears, ageAt, daysBetween, fromDayNumber, toDayNumber } from "../dates";

describe("dates", () => {
  it("adds days across months and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });

  it("moves 29 February to 28 February in a common year", () => {
    expect(addYears("2004-02-29", 15)).toBe("2019-02-28");
  });

  it("counts age in whole years, the birthday included", () => {
    expect(ageAt("2005-09-01", "2020-08-31")).toBe(14);
    expect(ageAt("2005-09-01", "2020-09-01")).toBe(15);
  });
});

describe("day numbers", () => {
  it("agree with the calendar for every day from 1990 to 2030", () => {
    const start = Date.UTC(1990, 0, 1) / 86_400_000;
    for (let n = start; n < start + 41 * 366; n += 1) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(toDayNumber(iso)).toBe(n);
      expect(fromDayNumber(n)).toBe(iso);
    }
  });
});
