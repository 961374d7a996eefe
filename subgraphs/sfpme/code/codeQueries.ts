import type { CodeKind, Queryable } from "../../kit";
import type { SfpmeCode } from "./SfpmeCode";

/**
 * efp's vocabulary with usage counts, in one statement: every published code (codification, formations) and
 * every code the data uses, published or not, so an unknown code cannot hide from the mapping report.
 */
export async function selectCodes(db: Queryable, kind: CodeKind | null): Promise<SfpmeCode[]> {
  // usage arrives as a bigint string.
  const rows = await db.query<Omit<SfpmeCode, "usage"> & { usage: string }>(
    `WITH used AS (
       SELECT 'LEVEL' AS kind, annee_code AS code, count(*) AS n FROM sfpme.palier_allocation GROUP BY annee_code
       UNION ALL SELECT 'CERTIFICATION', code, count(*) FROM sfpme.diplome GROUP BY code
       UNION ALL SELECT 'CONTRACT_TYPE', type_convention, count(*) FROM sfpme.convention GROUP BY type_convention
       UNION ALL SELECT 'CONTRACT_STATUS', statut, count(*) FROM sfpme.convention GROUP BY statut
       UNION ALL SELECT 'END_REASON', motif_fin, count(*) FROM sfpme.convention
                  WHERE motif_fin IS NOT NULL GROUP BY motif_fin
       UNION ALL SELECT 'TRADE', formation_code, count(*)
                   FROM (SELECT formation_code FROM sfpme.inscription
                         UNION ALL SELECT formation_code FROM sfpme.convention
                         UNION ALL SELECT formation_code FROM sfpme.diplome) t
                  GROUP BY formation_code
     ), published AS (
       SELECT CASE famille WHEN 'ANNEE' THEN 'LEVEL' WHEN 'DIPLOME' THEN 'CERTIFICATION'
                WHEN 'CONVENTION' THEN 'CONTRACT_TYPE' WHEN 'STATUT' THEN 'CONTRACT_STATUS'
                WHEN 'FIN' THEN 'END_REASON' END AS kind, code, libelle AS label,
                valide_du AS "validFrom", valide_au AS "validTo"
         FROM sfpme.codification
       UNION ALL SELECT 'TRADE', code, intitule, NULL::date, NULL::date FROM sfpme.formation
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
