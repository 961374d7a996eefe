import { PROVIDER_NAMESPACES } from "../../kit";
import type { NativeLearnerRecord } from "./nativeRecords";
import { providerViews } from "./providerViews";

/**
 * A learner's provider records, as the gateway sent them with OFFA's Learner (`Learner.<namespace>` through
 * @requires; an absent list was not requested), in one shape, every native code kept.
 */
export function nativeRecordsOf(learner: Readonly<Record<string, unknown>>): NativeLearnerRecord[] {
  return PROVIDER_NAMESPACES.flatMap((namespace) =>
    ((learner[namespace] as never[] | undefined) ?? []).map((record) =>
      providerViews[namespace].toNativeRecord(record),
    ),
  );
}
