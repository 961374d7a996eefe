import type { Queryable } from "../../kit";
import type { Enterprise } from "./Enterprise";
import type { EstablishmentUnit } from "./EstablishmentUnit";
import type { Province, Region } from "./registerEnums";
import type { Tutor } from "./Tutor";

/*
 * The register's SQL: each function is ONE statement over an array of keys, fed by a DataLoader per request.
 */

const UNIT_COLUMNS = `u.number, u.enterprise_number AS "enterpriseNumber", u.name,
  json_build_object('street', u.street_address, 'postcode', u.postcode, 'commune', u.commune) AS address,
  u.province, u.region, u.sector`;

const TUTOR_COLUMNS = `t.id, t.enterprise_number AS "enterpriseNumber", t.full_name AS "fullName", t.qualification,
  t.training_hours::float8 AS "trainingHours", t.accredited`;

/** Establishment units by number. */
export function selectUnitsByNumbers(
  db: Queryable,
  numbers: readonly string[],
): Promise<EstablishmentUnit[]> {
  return db.query<EstablishmentUnit>(
    `SELECT ${UNIT_COLUMNS} FROM offa.establishment_unit u WHERE u.number = ANY($1::text[])`,
    [numbers],
  );
}

/** The units of a batch of enterprises, in number order. */
export function selectUnitsByEnterprises(
  db: Queryable,
  enterpriseNumbers: readonly string[],
): Promise<EstablishmentUnit[]> {
  return db.query<EstablishmentUnit>(
    `SELECT ${UNIT_COLUMNS} FROM offa.establishment_unit u
      WHERE u.enterprise_number = ANY($1::text[]) ORDER BY u.enterprise_number, u.number`,
    [enterpriseNumbers],
  );
}

/** The units a batch of tutors serve, in number order, with the tutor id. */
export function selectUnitsByTutors(
  db: Queryable,
  tutorIds: readonly string[],
): Promise<(EstablishmentUnit & { tutorId: string })[]> {
  return db.query(
    `SELECT tu.tutor_id AS "tutorId", ${UNIT_COLUMNS}
       FROM offa.tutor_unit tu JOIN offa.establishment_unit u ON u.number = tu.establishment_unit_number
      WHERE tu.tutor_id = ANY($1::text[]) ORDER BY tu.tutor_id, u.number`,
    [tutorIds],
  );
}

/** Filters of the unit list; null means no filter. */
export interface UnitFilter {
  region: Region | null;
  province: Province | null;
  /** Units holding an agrément (any status) for this common trade. */
  tradeCode: string | null;
  enterpriseNumber: string | null;
}

/** A page of units in number order after `after`. */
export function selectUnitPage(
  db: Queryable,
  first: number,
  after: string | null,
  filter: UnitFilter,
): Promise<EstablishmentUnit[]> {
  return db.query<EstablishmentUnit>(
    `SELECT ${UNIT_COLUMNS} FROM offa.establishment_unit u
      WHERE ($2::text IS NULL OR u.number > $2)
        AND ($3::text IS NULL OR u.region = $3)
        AND ($4::text IS NULL OR u.province = $4)
        AND ($5::text IS NULL OR EXISTS (
              SELECT 1 FROM offa.accreditation a
               WHERE a.establishment_unit_number = u.number AND a.trade_code = $5))
        AND ($6::text IS NULL OR u.enterprise_number = $6)
      ORDER BY u.number LIMIT $1`,
    [first, after, filter.region, filter.province, filter.tradeCode, filter.enterpriseNumber],
  );
}

/** Enterprises by number. */
export function selectEnterprisesByNumbers(db: Queryable, numbers: readonly string[]): Promise<Enterprise[]> {
  return db.query<Enterprise>(
    `SELECT number, name, legal_form AS "legalForm", self_employed_without_staff AS "selfEmployedWithoutStaff"
       FROM offa.enterprise WHERE number = ANY($1::text[])`,
    [numbers],
  );
}

/** Tutors by id. */
export function selectTutorsByIds(db: Queryable, ids: readonly string[]): Promise<Tutor[]> {
  return db.query<Tutor>(`SELECT ${TUTOR_COLUMNS} FROM offa.tutor t WHERE t.id = ANY($1::text[])`, [ids]);
}

/** The tutors serving a batch of units, by name, with the unit number. */
export function selectTutorsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<(Tutor & { unitNumber: string })[]> {
  return db.query(
    `SELECT tu.establishment_unit_number AS "unitNumber", ${TUTOR_COLUMNS}
       FROM offa.tutor_unit tu JOIN offa.tutor t ON t.id = tu.tutor_id
      WHERE tu.establishment_unit_number = ANY($1::text[])
      ORDER BY tu.establishment_unit_number, t.full_name, t.id`,
    [unitNumbers],
  );
}

/** The tutors of a batch of enterprises, by name. */
export function selectTutorsByEnterprises(
  db: Queryable,
  enterpriseNumbers: readonly string[],
): Promise<Tutor[]> {
  return db.query<Tutor>(
    `SELECT ${TUTOR_COLUMNS} FROM offa.tutor t
      WHERE t.enterprise_number = ANY($1::text[]) ORDER BY t.enterprise_number, t.full_name, t.id`,
    [enterpriseNumbers],
  );
}

/**
 * The tutor designated on each of a batch of provider contracts, keyed `provider:providerContractId`: one
 * statement whatever the mix of providers (the two arrays are zipped by unnest).
 */
export function selectTutorsByContracts(
  db: Queryable,
  keys: readonly string[],
): Promise<(Tutor & { contractKey: string })[]> {
  const providers = keys.map((key) => key.slice(0, key.indexOf(":")));
  const ids = keys.map((key) => key.slice(key.indexOf(":") + 1));
  return db.query(
    `SELECT ct.provider || ':' || ct.provider_contract_id AS "contractKey", ${TUTOR_COLUMNS}
       FROM unnest($1::text[], $2::text[]) AS k (provider, provider_contract_id)
       JOIN offa.contract_tutor ct USING (provider, provider_contract_id)
       JOIN offa.tutor t ON t.id = ct.tutor_id`,
    [providers, ids],
  );
}
