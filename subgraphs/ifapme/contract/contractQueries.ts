import type { Queryable } from "../../kit";
import type { IfapmeContract, IfapmeLevelEvaluation } from "./IfapmeContract";

/** Contracts of a batch of learners, oldest first: one statement. */
export async function selectContractsByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<IfapmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM ifapme.contrat WHERE apprenant_numero = ANY($1::text[]) ORDER BY apprenant_numero, debut, numero`,
    [learnerIds],
  );
  return rows.map(toContract);
}

/** Contracts by number: one statement for a batch (entity references). */
export async function selectContractsByIds(db: Queryable, ids: readonly string[]): Promise<IfapmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM ifapme.contrat WHERE numero = ANY($1::text[])`,
    [ids],
  );
  return rows.map(toContract);
}

const EVALUATION_COLUMNS = `id, contrat_numero AS "contractId", niveau_code AS code, evalue_le AS "evaluatedOn",
  referent AS "referentName"`;

/** Level evaluations of a batch of contracts, in date order: one statement. */
export function selectLevelEvaluationsByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<IfapmeLevelEvaluation[]> {
  return db.query<IfapmeLevelEvaluation>(
    `SELECT ${EVALUATION_COLUMNS} FROM ifapme.evaluation_niveau
      WHERE contrat_numero = ANY($1::text[]) ORDER BY contrat_numero, evalue_le, id`,
    [contractIds],
  );
}

/** Level evaluations by id: one statement for a batch (entity references). */
export function selectLevelEvaluationsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<IfapmeLevelEvaluation[]> {
  return db.query<IfapmeLevelEvaluation>(
    `SELECT ${EVALUATION_COLUMNS} FROM ifapme.evaluation_niveau WHERE id = ANY($1::text[])`,
    [ids],
  );
}

/** IFAPME contracts of a batch of establishment units (by the unit number IFAPME recorded), oldest first: one statement. */
export async function selectContractsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<IfapmeContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM ifapme.contrat WHERE employeur_ue = ANY($1::text[]) ORDER BY employeur_ue, debut, numero`,
    [unitNumbers],
  );
  return rows.map(toContract);
}

function toContract(row: Record<string, unknown>): IfapmeContract {
  return {
    id: String(row.numero),
    learnerId: String(row.apprenant_numero),
    typeCode: String(row.type_code),
    tradeCode: String(row.metier_code),
    employer: {
      enterpriseNumber: String(row.employeur_bce),
      establishmentUnitNumber: String(row.employeur_ue),
      name: String(row.employeur_denomination),
      commune: String(row.lieu_localite),
      postcode: String(row.lieu_code_postal),
    },
    tutorName: String(row.tuteur),
    referentName: String(row.referent),
    signedOn: String(row.signe_le),
    startsOn: String(row.debut),
    plannedEndOn: String(row.fin_prevue),
    endedOn: (row.fin_reelle as string | null) ?? null,
    statusCode: String(row.etat_code),
    endReasonCode: (row.raison_fin_code as string | null) ?? null,
    companyHoursPerWeek: Number(row.heures_entreprise),
    centreHoursPerWeek: Number(row.heures_centre),
    recordedOn: String(row.encode_le),
    // numeric(8,2) arrives as a string: convert to whole cents, never keep a float amount.
    monthlyPayCents: Math.round(Number(row.remuneration_mensuelle) * 100),
  };
}
