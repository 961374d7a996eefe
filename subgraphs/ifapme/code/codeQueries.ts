import type { CodeKind, Queryable } from "../../kit";
import type { IfapmeCode } from "./IfapmeCode";

/**
 * IFAPME's vocabulary with usage counts, in one statement: every published code (référentiel, métiers) and
 * every code the data uses, published or not, so an unknown code cannot hide from the mapping report.
 */
export async function selectCodes(db: Queryable, kind: CodeKind | null): Promise<IfapmeCode[]> {
  // usage arrives as a bigint string.
  const rows = await db.query<Omit<IfapmeCode, "usage"> & { usage: string }>(
    `WITH used AS (
       SELECT 'LEVEL' AS kind, niveau_code AS code, count(*) AS n FROM ifapme.evaluation_niveau GROUP BY niveau_code
       UNION ALL SELECT 'CERTIFICATION', titre_code, count(*) FROM ifapme.titre_delivre GROUP BY titre_code
       UNION ALL SELECT 'CONTRACT_TYPE', type_code, count(*) FROM ifapme.contrat GROUP BY type_code
       UNION ALL SELECT 'CONTRACT_STATUS', etat_code, count(*) FROM ifapme.contrat GROUP BY etat_code
       UNION ALL SELECT 'END_REASON', raison_fin_code, count(*) FROM ifapme.contrat
                  WHERE raison_fin_code IS NOT NULL GROUP BY raison_fin_code
       UNION ALL SELECT 'TRADE', metier_code, count(*)
                   FROM (SELECT metier_code FROM ifapme.inscription
                         UNION ALL SELECT metier_code FROM ifapme.contrat
                         UNION ALL SELECT metier_code FROM ifapme.titre_delivre) t
                  GROUP BY metier_code
     ), published AS (
       SELECT CASE domaine WHEN 'NIVEAU' THEN 'LEVEL' WHEN 'TITRE' THEN 'CERTIFICATION'
                WHEN 'TYPE_CONTRAT' THEN 'CONTRACT_TYPE' WHEN 'ETAT_CONTRAT' THEN 'CONTRACT_STATUS'
                WHEN 'RAISON_FIN' THEN 'END_REASON' END AS kind, code, libelle AS label,
                valide_du AS "validFrom", valide_au AS "validTo"
         FROM ifapme.referentiel
       UNION ALL SELECT 'TRADE', code, libelle, NULL::date, NULL::date FROM ifapme.metier
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
