import type { Queryable } from "../../kit";
import type { CefaContract, CefaLevelDecision } from "./CefaContract";

/** Contracts of a batch of pupils, oldest first: one statement. */
export async function selectContractsByLearners(
  db: Queryable,
  learnerIds: readonly string[],
): Promise<CefaContract[]> {
  return (
    await db.query<Record<string, unknown>>(
      `SELECT * FROM cefa.contrat WHERE matricule = ANY($1::text[]) ORDER BY matricule, date_debut, id`,
      [learnerIds],
    )
  ).map(toContract);
}

/** Contracts by id: one statement for a batch (entity references). */
export async function selectContractsByIds(db: Queryable, ids: readonly string[]): Promise<CefaContract[]> {
  return (
    await db.query<Record<string, unknown>>(`SELECT * FROM cefa.contrat WHERE id = ANY($1::text[])`, [ids])
  ).map(toContract);
}

const DECISION_COLUMNS = `id, contrat_id AS "contractId", palier AS code, date_decision AS "decidedOn",
  referent_nom AS "referentName"`;

/** Palier decisions by id (entity references): one statement for a batch. */
export function selectLevelDecisionsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<CefaLevelDecision[]> {
  return db.query<CefaLevelDecision>(
    `SELECT ${DECISION_COLUMNS} FROM cefa.decision_palier WHERE id = ANY($1::text[])`,
    [ids],
  );
}

/** Palier decisions of a batch of contracts, in date order: one statement. */
export function selectLevelDecisionsByContracts(
  db: Queryable,
  contractIds: readonly string[],
): Promise<CefaLevelDecision[]> {
  return db.query<CefaLevelDecision>(
    `SELECT ${DECISION_COLUMNS} FROM cefa.decision_palier WHERE contrat_id = ANY($1::text[]) ORDER BY contrat_id, date_decision, id`,
    [contractIds],
  );
}

/** CEFA contracts of a batch of establishment units (by the unit number CEFA recorded), oldest first: one statement. */
export async function selectContractsByUnits(
  db: Queryable,
  unitNumbers: readonly string[],
): Promise<CefaContract[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT * FROM cefa.contrat WHERE unite_etablissement = ANY($1::text[]) ORDER BY unite_etablissement, date_debut, id`,
    [unitNumbers],
  );
  return rows.map(toContract);
}

function toContract(row: Record<string, unknown>): CefaContract {
  return {
    id: String(row.id),
    learnerId: String(row.matricule),
    typeCode: String(row.type_contrat),
    optionCode: String(row.option_code),
    employer: {
      enterpriseNumber: String(row.entreprise_bce),
      establishmentUnitNumber: String(row.unite_etablissement),
      name: String(row.entreprise_nom),
      commune: String(row.lieu_commune),
      postcode: String(row.lieu_code_postal),
    },
    tutorName: String(row.tuteur_nom),
    referentName: String(row.referent_nom),
    signedOn: String(row.date_signature),
    startsOn: String(row.date_debut),
    plannedEndOn: String(row.date_fin_prevue),
    endedOn: (row.date_fin_effective as string | null) ?? null,
    statusCode: String(row.statut),
    endReasonCode: (row.motif_fin as string | null) ?? null,
    companyHoursPerSchoolYear: Number(row.heures_entreprise_annee),
    schoolHoursPerSchoolYear: Number(row.heures_ecole_annee),
    recordedOn: String(row.date_encodage),
    monthlyPayCents: Math.round(Number(row.retribution_mensuelle) * 100),
  };
}
