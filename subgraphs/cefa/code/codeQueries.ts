import type { CodeKind, Queryable } from "../../kit";
import type { CefaCode } from "./CefaCode";

/**
 * CEFA's vocabulary with usage counts, in one statement: every published code (nomenclature, study options)
 * and every code the data uses, published or not, so an unknown code cannot hide from the mapping report.
 */
export async function selectCodes(db: Queryable, kind: CodeKind | null): Promise<CefaCode[]> {
  // usage arrives as a bigint string.
  const rows = await db.query<Omit<CefaCode, "usage"> & { usage: string }>(
    `WITH used AS (
       SELECT 'LEVEL' AS kind, palier AS code, count(*) AS n FROM cefa.decision_palier GROUP BY palier
       UNION ALL SELECT 'CERTIFICATION', code, count(*) FROM cefa.certification GROUP BY code
       UNION ALL SELECT 'CONTRACT_TYPE', type_contrat, count(*) FROM cefa.contrat GROUP BY type_contrat
       UNION ALL SELECT 'CONTRACT_STATUS', statut, count(*) FROM cefa.contrat GROUP BY statut
       UNION ALL SELECT 'END_REASON', motif_fin, count(*) FROM cefa.contrat WHERE motif_fin IS NOT NULL GROUP BY motif_fin
       UNION ALL SELECT 'TRADE', option_code, count(*)
                   FROM (SELECT option_code FROM cefa.inscription UNION ALL SELECT option_code FROM cefa.contrat
                         UNION ALL SELECT option_code FROM cefa.certification) t
                  GROUP BY option_code
     ), published AS (
       SELECT CASE categorie WHEN 'PALIER' THEN 'LEVEL' WHEN 'CERTIFICAT' THEN 'CERTIFICATION'
                WHEN 'TYPE_CONTRAT' THEN 'CONTRACT_TYPE' WHEN 'STATUT_CONTRAT' THEN 'CONTRACT_STATUS'
                WHEN 'MOTIF_FIN' THEN 'END_REASON' END AS kind, code, libelle AS label,
                valide_du AS "validFrom", valide_au AS "validTo"
         FROM cefa.nomenclature
       UNION ALL SELECT 'TRADE', code, intitule, NULL::date, NULL::date FROM cefa.option_etude
     )
     SELECT coalesce(p.kind, u.kind) AS kind, coalesce(p.code, u.code) AS code, p.label,
            p."validFrom", p."validTo", coalesce(u.n, 0) AS usage
       FROM published p FULL JOIN used u ON p.kind = u.kind AND p.code = u.code
      WHERE $1::text IS NULL OR coalesce(p.kind, u.kind) = $1
      ORDER BY 1, 2`,
    [kind],
  );
  return rows.map((row) => ({ ...row, usage: Number(row.usage) }));
}
