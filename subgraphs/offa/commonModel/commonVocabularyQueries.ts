import type { Queryable } from "../../kit";

/** OFFA's common vocabularies the API shows beside harmonised values (titles, tracks, levels). */
export interface CommonVocabulary {
  trades: Map<string, string>;
  contractTypes: Map<string, { title: string; isContratAlternance: boolean }>;
  certifications: Map<
    string,
    {
      title: string;
      track: string;
      indicativeEqfLevels: number[];
      eqfLevel: number | null;
      cfcLevel: number | null;
      escoUri: string | null;
    }
  >;
}

/** Reads the common vocabularies in one statement (they are small: tens of rows). */
export async function selectCommonVocabulary(db: Queryable): Promise<CommonVocabulary> {
  const rows = await db.query<{
    kind: string;
    code: string;
    title: string;
    detail: Record<string, unknown> | null;
  }>(
    `SELECT 'TRADE' AS kind, code, title, NULL::jsonb AS detail FROM offa.common_trade
     UNION ALL
     SELECT 'CONTRACT_TYPE', code, title, jsonb_build_object('isContratAlternance', is_contrat_alternance)
       FROM offa.common_contract_type
     UNION ALL
     SELECT 'CERTIFICATION', code, title, jsonb_build_object('track', track, 'indicativeEqfLevels', indicative_eqf_levels,
            'eqfLevel', eqf_level, 'cfcLevel', cfc_level, 'escoUri', esco_uri)
       FROM offa.common_certification`,
  );
  const vocabulary: CommonVocabulary = {
    trades: new Map(),
    contractTypes: new Map(),
    certifications: new Map(),
  };
  for (const row of rows) {
    const detail = row.detail ?? {};
    if (row.kind === "TRADE") vocabulary.trades.set(row.code, row.title);
    else if (row.kind === "CONTRACT_TYPE") {
      vocabulary.contractTypes.set(row.code, {
        title: row.title,
        isContratAlternance: detail.isContratAlternance === true,
      });
    } else {
      vocabulary.certifications.set(row.code, {
        title: row.title,
        track: String(detail.track),
        indicativeEqfLevels: (detail.indicativeEqfLevels as number[] | null) ?? [],
        eqfLevel: (detail.eqfLevel as number | null) ?? null,
        cfcLevel: (detail.cfcLevel as number | null) ?? null,
        escoUri: (detail.escoUri as string | null) ?? null,
      });
    }
  }
  return vocabulary;
}
