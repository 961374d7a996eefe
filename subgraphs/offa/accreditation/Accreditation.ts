import type { AccreditationStatus } from "../harmonisation";

/** A company accreditation (agrément) per establishment unit and common trade (domain.md §4). */
export interface Accreditation {
  id: string;
  enterpriseNumber: string;
  establishmentUnitNumber: string;
  trade: string;
  status: AccreditationStatus;
  requestedOn: string;
  decidedOn: string;
  withdrawnOn: string | null;
  /** Its dated events, oldest first (loaded with it for the monthly checks). */
  events?: { kind: string; on: string }[];
}
