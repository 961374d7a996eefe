import type { Queryable } from "../../../kit/db/Database";
import type { CommonVocabularies } from "../rules/Vocabularies";

/** OFFA's common vocabularies (offa.common_* tables, migration 000002) in one statement: the valid targets. */
export async function selectCommonVocabularies(db: Queryable): Promise<CommonVocabularies> {
  const [row] = await db.query<CommonVocabularies>(
    `SELECT
       (SELECT coalesce(array_agg(code ORDER BY code), '{}') FROM offa.common_level) AS "levels",
       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', code, 'issuingProviders', issuing_providers)
                                  ORDER BY code), '[]')
          FROM offa.common_certification) AS "certifications",
       (SELECT coalesce(jsonb_agg(jsonb_build_object('code', code, 'isContratAlternance', is_contrat_alternance,
                                                     'validFrom', valid_from, 'validTo', valid_to)
                                  ORDER BY code), '[]')
          FROM offa.common_contract_type) AS "contractTypes",
       (SELECT coalesce(array_agg(code ORDER BY code), '{}') FROM offa.common_contract_status) AS "contractStatuses",
       (SELECT coalesce(array_agg(code ORDER BY code), '{}') FROM offa.common_end_reason) AS "endReasons",
       (SELECT coalesce(array_agg(code ORDER BY code), '{}') FROM offa.common_trade) AS "trades"`,
  );
  return row;
}
