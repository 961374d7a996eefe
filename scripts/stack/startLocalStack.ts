import { type GatewayConfig, type RunningGateway, startGateway } from "../../gateway";
import type { AuthConfig } from "../../gateway/auth";
import type { ShutdownSettings } from "../../schema/contract/http";
import { subgraphs } from "../../subgraphs";
import { selectLastRefresh } from "../../subgraphs/offa/mobility/moverQueries";
import { refreshMobilityMoves } from "../mobility/refreshMobilityMoves";
import { refreshComplianceFindings } from "../mobility/refreshComplianceFindings";
import { refreshFigureModel } from "../mobility/refreshFigureModel";
import { selectFigureSnapshot } from "../../subgraphs/offa/figureModel";
import { selectLastComplianceRefresh } from "../../subgraphs/offa/complianceFindings";
import {
  type Database,
  type DatabaseSettings,
  openSubgraphStore,
  type PseudonymKeys,
  type RequestVerificationSettings,
  type StartedSubgraph,
  startSubgraph,
  type SubgraphName,
  today,
  PROVIDER_NAMESPACES,
  type ProviderNamespace,
} from "../../subgraphs/kit";
import { seedStores } from "../dataset";
import { loadMappingRules } from "../mappings/loadMappingRules";

/** How to run the whole stack in one process: `npm start` and the federation tests. */
export interface LocalStackOptions {
  /** Each subgraph's store, with the setting a user fixes when it cannot be opened. */
  stores: Record<SubgraphName, { database: DatabaseSettings; settingName: string }>;
  /** Synthetic dataset: seeded when a store does not hold this seed and scale yet. */
  /** Synthetic dataset, and the pseudonym keys both the seeding and the OFFA subgraph use. */
  dataset: { seed: number; scale: number; pseudonymKeys: PseudonymKeys };
  /** Ports (0: any free port). */
  ports: { gateway: number } & Record<SubgraphName, number>;
  supergraphPath: string;
  /** How subgraphs check that requests come from the gateway; the gateway signs with `verification.keys.current`. */
  verification: RequestVerificationSettings;
  /** The gateway's bearer-token settings (readAuthConfig, or developmentAuthConfig in tests). */
  auth: AuthConfig;
  /** Wraps each opened store (tests count SQL statements with it). */
  wrapDatabase?: (name: SubgraphName, db: Database) => Database;
  /** Progress lines for the console. */
  log?: (line: string) => void;
  /**
   * Derive OFFA's model of moves between providers (Query.movers) after start when the stores were just seeded
   * or it was never derived: npm start does; tests that need it derive it themselves.
   */
  deriveMobility?: boolean;
  /** How the gateway drains when the stack stops (SHUTDOWN_*); absent: no grace. Subgraphs stop after it. */
  shutdown?: ShutdownSettings;
  /** SUPERGRAPH_POLL_MS: the gateway reloads a changed supergraph file; absent or 0: never (tests). */
  supergraphPollMs?: number;
  /** Seeding progress (rows written out of the total), for a progress bar. */
  onSeedProgress?: (done: number, total: number) => void;
}

/** The running stack; `stop()` closes servers then stores and may be called twice. */
export interface LocalStack {
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, StartedSubgraph>;
  stores: Record<SubgraphName, Database>;
  seeded: boolean;
  /** The mapping rule set in force after start, or why the checked-in files were refused. */
  mappingRules: { ruleSetId: number } | { error: Error };
  stop(): Promise<void>;
}

/**
 * Opens and migrates the four stores, seeds them when needed, starts the four subgraphs and the gateway in
 * this process. Subgraphs still talk to the gateway over HTTP, exactly as separate processes do.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const stores = {} as Record<SubgraphName, Database>;
  const started = {} as Record<SubgraphName, StartedSubgraph>;
  let gateway: RunningGateway | undefined;
  // The gateway drains first (its requests still need the subgraphs), then the subgraphs, then the stores.
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(started).map((subgraph) => subgraph.stop()));
    await Promise.all(Object.values(stores).map((db) => db.close()));
  };
  try {
    const definitions = subgraphs.map(
      (definition) => definition.withPseudonymKeys?.(options.dataset.pseudonymKeys) ?? definition,
    );
    for (const definition of definitions) {
      const db = await openSubgraphStore(definition, options.stores[definition.name]);
      stores[definition.name] = options.wrapDatabase?.(definition.name, db) ?? db;
    }
    const seeding = await seedStores(stores, { ...options.dataset, onProgress: options.onSeedProgress });
    log(seeding.seeded ? "seeded the synthetic dataset" : "stores already hold the dataset");
    for (const definition of definitions) {
      started[definition.name] = await startSubgraph(
        definition,
        {
          ...options.stores[definition.name],
          port: options.ports[definition.name],
          verification: options.verification,
        },
        stores[definition.name],
      );
    }
    const gatewayConfig: GatewayConfig = {
      host: "127.0.0.1",
      port: options.ports.gateway,
      supergraphPath: options.supergraphPath,
      subgraphUrls: Object.fromEntries(
        definitions.map((definition) => [definition.name, started[definition.name].url]),
      ),
      signing: { current: options.verification.keys.current },
      auth: options.auth,
      shutdown: options.shutdown,
      supergraphPollMs: options.supergraphPollMs,
    };
    gateway = await startGateway(gatewayConfig);
    // The rules are checked against the vocabularies the providers publish, so they load once those serve.
    let mappingRules: LocalStack["mappingRules"];
    try {
      const rules = await loadMappingRules(stores.offa, gateway.url);
      mappingRules = { ruleSetId: rules.ruleSetId };
      log(
        rules.loaded
          ? `loaded mapping rule set ${rules.ruleSetId} (${rules.counts.rules} rules)`
          : `mapping rule set ${rules.ruleSetId} is current`,
      );
    } catch (error) {
      // A bad rule file is refused whole: the rules in force stay, and the stack still serves with them.
      log(`mapping rules NOT loaded, the rules in force stay:\n${(error as Error).message}`);
      mappingRules = { error: error as Error };
    }
    if (options.deriveMobility && (seeding.seeded || !(await selectLastRefresh(stores.offa)))) {
      try {
        const derived = await refreshMobilityMoves(stores.offa, gateway.url, today());
        log(
          `derived ${derived.moves} moves between providers of ${derived.learners} cross-provider learners`,
        );
      } catch (error) {
        // The stack still serves; movers says the model is missing or stale rather than listing nobody.
        log(
          `moves between providers NOT derived (npm run mobility:refresh to retry): ${(error as Error).message}`,
        );
      }
    }
    if (options.deriveMobility && (seeding.seeded || !(await selectLastComplianceRefresh(stores.offa)))) {
      try {
        const derived = await refreshComplianceFindings(stores.offa, gateway.url, today());
        log(
          `derived ${derived.findings} compliance findings of ${derived.contracts} contracts of ${derived.learners} learners`,
        );
      } catch (error) {
        // The stack still serves; COMPLIANCE_FINDINGS says the model is missing or stale rather than counting zero.
        log(
          `compliance findings NOT derived (npm run mobility:refresh to retry): ${(error as Error).message}`,
        );
      }
    }
    if (options.deriveMobility && (seeding.seeded || !(await selectFigureSnapshot(stores.offa, today())))) {
      try {
        const derived = await refreshFigureModel(
          stores.offa,
          {
            urls: Object.fromEntries(
              PROVIDER_NAMESPACES.map((namespace) => [namespace, started[namespace].url]),
            ) as Record<ProviderNamespace, string>,
            signingKey: options.verification.keys.current,
          },
          today(),
        );
        log(
          `derived the figure model's snapshot of today: ${derived.groups} groups in ${derived.seconds.toFixed(1)} s`,
        );
      } catch (error) {
        // The stack still serves; figures are then computed by the providers, as without a model.
        log(`figure model NOT derived (npm run mobility:refresh to retry): ${(error as Error).message}`);
      }
    }
    return {
      gatewayUrl: gateway.url,
      subgraphs: started,
      stores,
      seeded: seeding.seeded,
      mappingRules,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
