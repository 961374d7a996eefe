import { clientError, PROVIDER_NAMESPACES } from "../../kit";
import type { NativeLearnerRecord } from "./nativeRecords";
import { providerViews } from "./providerViews";

/**
 * A learner's provider records, as the gateway sent them with OFFA's Learner (`Learner.<namespace>` through
 * @requires), in one shape, every native code kept. A provider whose records came as null could not be read
 * in this request (its own error names it): a harmonised value computed without them would look whole, so
 * this refuses with OFFA_HARMONISATION_INCOMPLETE, naming every provider missing. An absent list was not
 * requested and stands for no records.
 */
export function nativeRecordsOf(learner: Readonly<Record<string, unknown>>): NativeLearnerRecord[] {
  const missing = PROVIDER_NAMESPACES.filter((namespace) => learner[namespace] === null);
  if (missing.length > 0) {
    const providers = missing.map((namespace) => namespace.toUpperCase());
    throw clientError(
      "OFFA_HARMONISATION_INCOMPLETE",
      `Not computed: the records of ${providers.join(", ")} could not be read in this request, and a value from the other providers' records alone would look complete.`,
      { missingProviders: providers },
    );
  }
  return PROVIDER_NAMESPACES.flatMap((namespace) =>
    ((learner[namespace] as never[] | undefined) ?? []).map((record) =>
      providerViews[namespace].toNativeRecord(record),
    ),
  );
}
