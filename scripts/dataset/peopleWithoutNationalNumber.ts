import type { GroundTruth, GroundTruthPerson } from "./groundTruth";

/**
 * The people one of whose providers never recorded their national number (identity noise NATIONAL_NUMBER_MISSING).
 * OFFA's matcher takes such a record for at most POSSIBLE, so until a reviewer confirms it the person is two OFFA
 * learners and their moves between those records do not show: tests that compare OFFA's learners, journeys or
 * movers with the truth leave these people out (or confirm their candidates first).
 */
export function peopleWithoutNationalNumber(truth: GroundTruth): Set<GroundTruthPerson> {
  const numberless = new Set(
    truth.identities.noise
      .filter((noise) => noise.kind === "NATIONAL_NUMBER_MISSING")
      .flatMap((noise) => noise.records.map((ref) => `${ref.provider}:${ref.providerLearnerId}`)),
  );
  return new Set(
    truth.people.filter((person) =>
      person.records.some((ref) => numberless.has(`${ref.provider}:${ref.providerLearnerId}`)),
    ),
  );
}
