/**
 * The providers as the OFFA subgraph sees them: each one's entities (key + @external native fields), OFFA's
 * fields on them, and the normaliser that puts their records into one shape without touching their codes.
 */
export { providerViews } from "./providerViews";
export type { ProviderView } from "./ProviderView";
export { nativeRecordsOf } from "./nativeRecordsOf";
export type {
  NativeCertificate,
  NativeContract,
  NativeEnrolment,
  NativeLearnerRecord,
  NativePayPeriod,
  NativeStatusPeriod,
} from "./nativeRecords";
export { CERTIFICATE_FIELDS, CONTRACT_FIELDS, JOURNEY_FIELDS } from "./requiredProviderFields";
export { createProviderRecordResolvers } from "./createProviderRecordResolvers";
