import type { ClassOf, CodeKind, ProviderNamespace } from "../../kit";
import type { NativeLearnerRecord } from "./nativeRecords";

/**
 * One provider as the OFFA subgraph sees it: its entities re-declared with their key and the native fields OFFA
 * needs (@external), the selection of those fields that Learner.commonContracts requires (in the provider's
 * own names), and how its learner record becomes one NativeLearnerRecord. The one place per provider where
 * OFFA knows that provider's names.
 */
export interface ProviderView {
  namespace: ProviderNamespace;
  types: {
    learner: ClassOf<{ id: string }>;
    contract: ClassOf<{ id: string }>;
    levelRecord: ClassOf<{ id: string; code: string }>;
    certificate: ClassOf<{ id: string; code: string; issuedOn: string }>;
    code: ClassOf<{ kind: CodeKind; code: string }>;
    /** Every class to register with the schema (the above and value types such as the employer). */
    all: readonly ClassOf<object>[];
  };
  /** Inside `contracts { … }`: the provider-specific native fields the common contract needs. */
  contractSelection: string;
  /** Inside `enrolments { … }`: the native fields a learner's journey needs. */
  enrolmentSelection: string;
  /** A learner record as received through @requires, in the common native shape (codes untouched). */
  toNativeRecord(record: never): NativeLearnerRecord;
}
