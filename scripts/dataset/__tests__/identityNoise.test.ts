import { nameWords } from "../../../subgraphs/offa/identity/matching";
import type { IdentityNoiseKind } from "../identityNoise";
import {
  withAccentsChanged,
  withGivenNamesShortened,
  withGivenNamesSwapped,
  withTypo,
} from "../nameVariants";
import { providerIdentityRows } from "../providerIdentityRows";
import { Random } from "../random";
import { smallDataset } from "./fixtures";

const { stores, groundTruth } = smallDataset();
const rows = providerIdentityRows(stores);
const personOf = new Map(
  groundTruth.people.flatMap((person) =>
    person.records.map((r) => [`${r.provider}:${r.providerLearnerId}`, person]),
  ),
);
const casesOf = (kind: IdentityNoiseKind) =>
  groundTruth.identities.noise.filter((noise) => noise.kind === kind && noise.source === "SEEDED");
// The person's records other than those carrying the variant.
const othersOf = (records: { provider: "cefa" | "ifapme" | "sfpme"; providerLearnerId: string }[]) => {
  const keys = new Set(records.map((r) => `${r.provider}:${r.providerLearnerId}`));
  const person = personOf.get([...keys][0]);
  return (person?.records ?? []).filter((r) => !keys.has(`${r.provider}:${r.providerLearnerId}`));
};

describe("identity noise (each provider's view of a person)", () => {
  it.each([
    "BIS_REPLACED_BY_NISS",
    "DAY_MONTH_TRANSPOSED",
    "NAME_TYPO",
    "NAME_ACCENTS",
    "GIVEN_NAMES_SWAPPED",
    "GIVEN_NAME_SHORTENED",
    "COMMUNE_CHANGED",
    "NATIONAL_NUMBER_MISSING",
  ] as const)("seeds %s cases at a small scale, on people known at two providers", (kind) => {
    const cases = casesOf(kind);
    expect(cases.length).toBeGreaterThanOrEqual(1);
    for (const noise of cases) expect(othersOf(noise.records).length).toBeGreaterThanOrEqual(1);
  });

  it("leaves a missing number on one record only, the person's other records keeping theirs", () => {
    const cases = casesOf("NATIONAL_NUMBER_MISSING");
    for (const noise of cases) {
      expect(noise.records).toHaveLength(1);
      expect(rows.read(noise.records[0]).nationalNumber).toBeNull();
      for (const other of othersOf(noise.records)) expect(rows.read(other).nationalNumber).not.toBeNull();
    }
  });

  it("writes each variant into the record it names, and not into the person's other records", () => {
    for (const noise of casesOf("DAY_MONTH_TRANSPOSED")) {
      const variant = rows.read(noise.records[0]).birthDate;
      const reference = rows.read(othersOf(noise.records)[0]).birthDate;
      expect(variant).toBe(`${reference.slice(0, 4)}-${reference.slice(8, 10)}-${reference.slice(5, 7)}`);
    }
    // People whose given names carry another variant too are left out of this check.
    const otherNameNoise = new Set(
      [...casesOf("GIVEN_NAME_SHORTENED"), ...casesOf("NAME_TYPO"), ...casesOf("NAME_ACCENTS")].map((noise) =>
        personOf.get(`${noise.records[0].provider}:${noise.records[0].providerLearnerId}`),
      ),
    );
    const swapped = casesOf("GIVEN_NAMES_SWAPPED").filter(
      (noise) =>
        !otherNameNoise.has(
          personOf.get(`${noise.records[0].provider}:${noise.records[0].providerLearnerId}`),
        ),
    );
    expect(swapped.length).toBeGreaterThan(0);
    for (const noise of swapped) {
      const variant = rows.read(noise.records[0]).firstName;
      const reference = rows.read(othersOf(noise.records)[0]).firstName;
      expect(variant).not.toBe(reference);
      expect(variant.split(" ").sort()).toEqual(reference.split(" ").sort());
    }
    for (const noise of casesOf("BIS_REPLACED_BY_NISS")) {
      for (const ref of noise.records) {
        expect(rows.read(ref).nationalNumber).not.toBe(rows.read(othersOf(noise.records)[0]).nationalNumber);
      }
    }
  });

  it("seeds distinct people sharing names, birth date and sex at different providers", () => {
    const seeded = groundTruth.identities.homonyms.filter((group) => group.seeded);
    expect(seeded.length).toBeGreaterThanOrEqual(6);
    for (const group of seeded) {
      const identities = group.people.map((records) => rows.read(records[0]));
      const key = (i: (typeof identities)[number]) =>
        [nameWords(i.lastName).join(" "), nameWords(i.firstName).join(" "), i.birthDate, i.sex].join("|");
      expect(new Set(identities.map(key)).size).toBe(1);
      expect(new Set(identities.map((i) => i.nationalNumber)).size).toBe(identities.length);
    }
  });
});

describe("name variants", () => {
  it("make one typing error after the first letter", () => {
    const random = new Random("typos");
    for (let i = 0; i < 50; i += 1) {
      const variant = withTypo(random, "Lallemand") as string;
      expect(variant).not.toBe("Lallemand");
      expect(variant[0]).toBe("L");
      expect(Math.abs(variant.length - "Lallemand".length)).toBeLessThanOrEqual(1);
    }
  });

  it("drop accents, or add one where there is none", () => {
    expect(withAccentsChanged("Hélène")).toBe("Helene");
    expect(withAccentsChanged("Leroy")).toBe("Leroy".replace("e", "é"));
    expect(withAccentsChanged("Tom")).toBeNull();
  });

  it("swap or shorten two given names, and leave one alone", () => {
    expect(withGivenNamesSwapped("Marie Claire")).toBe("Claire Marie");
    expect(withGivenNamesShortened("Marie Claire")).toBe("Marie");
    expect(withGivenNamesSwapped("Marie")).toBeNull();
  });
});
