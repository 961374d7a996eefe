import type { Queryable } from "../../kit";
import type { Accreditation } from "./Accreditation";
import type { AccreditationEvent } from "./AccreditationEvent";

/** Accreditations of a batch of establishment units: one statement. */
export function selectAccreditationsByUnits(
  db: Queryable,
  units: readonly string[],
): Promise<Accreditation[]> {
  return db.query<Accreditation>(
    `SELECT id, enterprise_number AS "enterpriseNumber", establishment_unit_number AS "establishmentUnitNumber",
            trade_code AS trade, status, requested_on AS "requestedOn", decided_on AS "decidedOn",
            withdrawn_on AS "withdrawnOn"
       FROM offa.accreditation WHERE establishment_unit_number = ANY($1::text[])
      ORDER BY establishment_unit_number, decided_on, id`,
    [units],
  );
}

/** The events of a batch of agréments, oldest first: one statement. */
export function selectEventsByAccreditations(
  db: Queryable,
  accreditationIds: readonly string[],
): Promise<AccreditationEvent[]> {
  return db.query<AccreditationEvent>(
    `SELECT accreditation_id AS "accreditationId", kind, occurred_on AS "occurredOn", deciding_body AS "decidingBody"
       FROM offa.accreditation_event WHERE accreditation_id = ANY($1::text[])
      ORDER BY accreditation_id, occurred_on, id`,
    [accreditationIds],
  );
}
