import { providerTrades, type TradeMapping } from "../../scripts/dataset/tradeCatalogue";
import type { Database } from "../../subgraphs/kit/db/Database";
import { loadMigrations, runMigrations } from "../../subgraphs/kit/db/runMigrations";
import { providerSubgraphs } from "../../subgraphs";
import { PROVIDER_NAMESPACES } from "../../subgraphs/kit";
import type { MappingKind, Namespace, ProviderVocabulary } from "../../subgraphs/offa/harmonisation";

/**
 * The provider vocabularies as the provider subgraphs publish them, for tests that have no running stack: each
 * provider's migrations are applied to `db` (each in its own schema) and read with that provider's own code
 * query (its adapter's), so retired and dated codes come out as in production. Trades come from the generator's catalogue,
 * which is what seeds the providers' trade tables.
 */
export async function providerVocabularies(db: Database): Promise<ProviderVocabulary[]> {
  const vocabularies: ProviderVocabulary[] = [];
  for (const namespace of PROVIDER_NAMESPACES) {
    const { adapter, migrationsDir } = providerSubgraphs[namespace];
    await runMigrations(db, namespace, loadMigrations(migrationsDir));
    const codes = (
      (await adapter.code.selectAll(db)) as {
        kind: string;
        code: string;
        validFrom: string | null;
        validTo: string | null;
      }[]
    )
      .filter((code) => code.kind !== "TRADE")
      .map(({ kind, code, validFrom, validTo }) => ({ kind: kind as MappingKind, code, validFrom, validTo }));
    if (codes.length === 0) throw new Error(`${namespace}: no code-list rows after its migrations`);
    for (const code of tradeCodes(namespace))
      codes.push({ kind: "TRADE", code, validFrom: null, validTo: null });
    vocabularies.push({ namespace, codes });
  }
  return vocabularies;
}

function tradeCodes(namespace: Namespace): string[] {
  return providerTradeTitles()
    .filter((trade) => trade.namespace === namespace)
    .map((trade) => trade.code);
}

/**
 * Every trade of the three provider catalogues with its provider's title and the mapping the catalogue gives it,
 * for tests that hold the trade rule files against the catalogues.
 */
export function providerTradeTitles(): {
  namespace: Namespace;
  code: string;
  title: string;
  mapping: TradeMapping;
}[] {
  return providerTrades.map(({ provider, trade }) => ({
    namespace: provider,
    code: trade.code,
    title: trade.title,
    mapping: trade.mapping,
  }));
}
