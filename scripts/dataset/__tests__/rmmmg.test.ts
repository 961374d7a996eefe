import { minimumRetribution, rmmmgAt, SYNTHETIC_RMMMG_BEFORE_2021_09 } from "../rmmmg";

describe("minimumRetribution", () => {
  it("gives the 2023 amounts efp publishes for years 1/2/3 (domain.md §3)", () => {
    expect(minimumRetribution("A", "2023-03-15")).toBe(332.35);
    expect(minimumRetribution("B", "2023-03-15")).toBe(469.2);
    expect(minimumRetribution("C", "2023-03-15")).toBe(625.6);
  });

  it("rounds the May 2022 four-decimal amounts to the cent", () => {
    expect(minimumRetribution("A", "2022-05-01")).toBe(313.19);
    expect(minimumRetribution("C", "2022-05-01")).toBe(589.53);
  });

  it("uses the synthetic 1 500 € before September 2021 and the last known row after it", () => {
    expect(rmmmgAt("2019-01-01")).toBe(SYNTHETIC_RMMMG_BEFORE_2021_09);
    expect(rmmmgAt("2026-06-30")).toBe(2111.89);
  });
});
