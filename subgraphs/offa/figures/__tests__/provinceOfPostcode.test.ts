import { provinceOfPostcode, regionOfProvince } from "../provinceOfPostcode";
import { ageBandOf } from "../ageBand";

describe("provinceOfPostcode", () => {
  it.each([
    ["1000", "BXL", "BXL"],
    ["1299", "BXL", "BXL"],
    ["1348", "BRW", "WAL"],
    ["1500", "VBR", "VLA"],
    ["4000", "LIE", "WAL"],
    ["5000", "NAM", "WAL"],
    ["6000", "HAI", "WAL"],
    ["6700", "LUX", "WAL"],
    ["7000", "HAI", "WAL"],
    ["9000", "OVL", "VLA"],
  ])("places %s in %s (%s)", (postcode, province, region) => {
    expect(provinceOfPostcode(postcode)).toBe(province);
    expect(regionOfProvince(province)).toBe(region);
  });

  it.each(["0999", "999", "75001", "B-1000", ""])("knows no province for %j", (postcode) => {
    expect(provinceOfPostcode(postcode)).toBeNull();
  });
});

describe("ageBandOf", () => {
  it.each([
    [14, "OTHER"],
    [15, "15-17"],
    [17, "15-17"],
    [18, "18-20"],
    [20, "18-20"],
    [21, "21-25"],
    [25, "21-25"],
    [26, "OTHER"],
  ])("puts %i in %s", (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });
});
