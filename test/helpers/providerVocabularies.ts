import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tradeCatalogue } from "../../scripts/dataset/tradeCatalogue";
import type { MappingKind, Namespace, ProviderVocabulary } from "../../subgraphs/offa/harmonisation";

const ROOT = resolve(__dirname, "../..");

/** Each provider's name for its code-list categories (first column of its code table), as the OFFA kind. */
const CATEGORY_KINDS: Record<Namespace, { migration: string; kinds: Record<string, MappingKind> }> = {
  cefa: {
    migration: "subgraphs/cefa/migrations/000001_cefa.sql",
    kinds: {
      PALIER: "LEVEL",
      CERTIFICAT: "CERTIFICATION",
      TYPE_CONTRAT: "CONTRACT_TYPE",
      STATUT_CONTRAT: "CONTRACT_STATUS",
      MOTIF_FIN: "END_REASON",
    },
  },
  ifapme: {
    migration: "subgraphs/ifapme/migrations/000001_ifapme.sql",
    kinds: {
      NIVEAU: "LEVEL",
      TITRE: "CERTIFICATION",
      TYPE_CONTRAT: "CONTRACT_TYPE",
      ETAT_CONTRAT: "CONTRACT_STATUS",
      RAISON_FIN: "END_REASON",
    },
  },
  sfpme: {
    migration: "subgraphs/sfpme/migrations/000001_sfpme.sql",
    kinds: {
      ANNEE: "LEVEL",
      DIPLOME: "CERTIFICATION",
      CONVENTION: "CONTRACT_TYPE",
      STATUT: "CONTRACT_STATUS",
      FIN: "END_REASON",
    },
  },
};

/**
 * The provider vocabularies as the provider subgraphs would publish them, built for tests from the sources of
 * truth in this repo: each provider migration's code-list rows ('CATEGORY', 'CODE', 'label') and the trade
 * catalogue's provider codes. Throws if a migration yields no codes, so a changed SQL layout cannot quietly
 * empty a vocabulary.
 */
export function providerVocabularies(): ProviderVocabulary[] {
  return (Object.keys(CATEGORY_KINDS) as Namespace[]).map((namespace) => {
    const { migration, kinds } = CATEGORY_KINDS[namespace];
    const sql = readFileSync(join(ROOT, migration), "utf8");
    const codes: { kind: MappingKind; code: string }[] = [];
    for (const match of sql.matchAll(/^\s*\('([A-Z_]+)', '([^']+)', '/gm)) {
      const kind = kinds[match[1]];
      if (kind === undefined) throw new Error(`${migration}: category ${match[1]} has no kind`);
      codes.push({ kind, code: match[2] });
    }
    if (codes.length === 0) throw new Error(`${migration}: no code-list rows found`);
    for (const trade of tradeCatalogue) {
      const native =
        namespace === "cefa"
          ? trade.cefa
          : namespace === "ifapme"
            ? trade.ifapme
              ? [trade.ifapme]
              : []
            : trade.sfpme
              ? [trade.sfpme]
              : [];
      for (const { code } of native) codes.push({ kind: "TRADE", code });
    }
    return { namespace, codes };
  });
}

/** The provider's title of each trade code, for tests of the title-based relationship rule. */
export function providerTradeTitles(): {
  namespace: Namespace;
  code: string;
  title: string;
  common: string;
}[] {
  return tradeCatalogue
    .flatMap((trade) => [
      ...trade.cefa.map((o) => ({
        namespace: "cefa" as const,
        code: o.code,
        title: o.title,
        common: trade.common,
      })),
      ...(trade.ifapme ? [{ namespace: "ifapme" as const, ...trade.ifapme, common: trade.common }] : []),
      ...(trade.sfpme ? [{ namespace: "sfpme" as const, ...trade.sfpme, common: trade.common }] : []),
    ])
    .map(({ namespace, code, title, common }) => ({ namespace, code, title, common }));
}
