import type { Queryable } from "../../kit";
import type { SfpmeAllowanceStep, SfpmeContract } from "./SfpmeContract";

/** Contracts of a batch of learners, oldest first: one statement. */
export async function selectContractsByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<SfpmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM sfpme.convention WHERE dossier = ANY($1::text[]) ORDER BY dossier, date_debut, reference`,
    [learnerIds],
  );
  return rows.map(toContract);
}

/** Contracts by reference: one statement for a batch (entity references). */
export async function selectContractsByIds(db: Queryable, ids: readonly string[]): Promise<SfpmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM sfpme.convention WHERE reference = ANY($1::text[])`,
    [ids],
  );
  return rows.map(toContract);
}

const STEP_COLUMNS = `id, convention_reference AS "contractId", annee_code AS code, effet_au AS "effectiveFrom"`;

/** Allowance steps of a batch of contracts, in date order: one statement. */
export function selectAllowanceStepsByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<SfpmeAllowanceStep[]> {
  return db.query<SfpmeAllowanceStep>(
    `SELECT ${STEP_COLUMNS} FROM sfpme.palier_allocation
      WHERE convention_reference = ANY($1::text[]) ORDER BY convention_reference, effet_au, id`,
    [contractIds],
  );
}

/** Allowance steps by id: one statement for a batch (entity references). */
export function selectAllowanceStepsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<SfpmeAllowanceStep[]> {
  return db.query<SfpmeAllowanceStep>(
    `SELECT ${STEP_COLUMNS} FROM sfpme.palier_allocation WHERE id = ANY($1::text[])`,
    [ids],
  );
}

/** efp (SFPME) contracts of a batch of establishment units (by the unit number efp (SFPME) recorded), oldest first: one statement. */
export async function selectContractsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<SfpmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM sfpme.convention WHERE siege_exploitation = ANY($1::text[]) ORDER BY siege_exploitation, date_debut, reference`,
    [unitNumbers],
  );
  return rows.map(toContract);
}

function toContract(row: Record<string, unknown>): SfpmeContract {
  return {
    id: String(row.reference),
    learnerId: String(row.dossier),
    typeCode: String(row.type_convention),
    trainingCode: String(row.formation_code),
    employer: {
      enterpriseNumber: String(row.bce),
      establishmentUnitNumber: String(row.siege_exploitation),
      name: String(row.raison_sociale),
      commune: String(row.commune_siege),
      postcode: String(row.code_postal_siege),
    },
    tutorName: String(row.tuteur),
    referentName: String(row.delegue_tutelle),
    signedOn: String(row.date_signature),
    startsOn: String(row.date_debut),
    plannedEndOn: String(row.date_fin),
    // efp sets date_rupture only on early termination; a convention that reached its term ends on date_fin.
    endedOn: (row.date_rupture as string | null) ?? (row.statut === "TERMINEE" ? String(row.date_fin) : null),
    statusCode: String(row.statut),
    endReasonCode: (row.motif_fin as string | null) ?? null,
    companyHoursPerWeek: Number(row.heures_entreprise_hebdo),
    courseHoursPerWeek: Number(row.heures_cours_hebdo),
    recordedOn: String(row.date_saisie),
    // numeric(8,2) arrives as a string: convert to whole cents, never keep a float amount.
    monthlyPayCents: Math.round(Number(row.allocation_mensuelle) * 100),
  };
}
