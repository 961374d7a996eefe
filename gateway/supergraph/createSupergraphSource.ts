import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { SupergraphManager } from "@apollo/gateway";
import type { GatewayInterface } from "@apollo/server-gateway-interface";
import type { GraphQLSchema } from "graphql";
import type { AccessRequirement } from "../../schema/contract/access";
import type { FieldOwners } from "./readFieldOwners";
import { buildSupergraphVersion, type SupergraphVersion } from "./SupergraphVersion";
import { checkGatewayAccepts } from "./checkGatewayAccepts";
import { readSupergraphFile } from "./readSupergraphFile";
import { logSupergraphEvent, type SupergraphEvent } from "./SupergraphEvent";

/** Options of createSupergraphSource; every field says its default. */
export interface SupergraphSourceOptions {
  /** SUPERGRAPH_PATH. */
  path: string;
  /** How often the file is read again, in ms; 0 (the default) never: the first version serves for good. */
  pollMs?: number;
  /** Where reloads and refusals are reported; default one JSON line each (logSupergraphEvent). */
  onEvent?: (event: SupergraphEvent) => void;
}

/**
 * The supergraph the gateway serves, from its file, kept current: the manager @apollo/gateway loads it through,
 * the version serving now, and the access requirements of the version any given API schema came from.
 */
export interface SupergraphSource {
  /** For `new ApolloGateway({ supergraphSdl: source.manager })`. */
  readonly manager: SupergraphManager;
  /** The version serving now (its subgraphs, for readiness). */
  current(): SupergraphVersion;
  /**
   * The access requirements of the version an API schema was built from: a request is authorized with the
   * directives of the very schema it was validated against, even when a reload lands while it runs.
   */
  requirementsOf(schema: GraphQLSchema): ReadonlyMap<string, AccessRequirement>;
  /** Which subgraphs resolve each field, in the version an API schema was built from. */
  fieldOwnersOf(schema: GraphQLSchema): FieldOwners;
  /** Makes `requirementsOf` know each schema the gateway builds; call once, before the gateway loads. */
  attach(gateway: Pick<GatewayInterface, "onSchemaLoadOrUpdate">): void;
  /** Reads the file now and swaps it in if it changed and is accepted (what each poll does). */
  check(): Promise<void>;
}

/**
 * Reads the supergraph file (OFFA_GATEWAY_SUPERGRAPH_UNREADABLE when the first read fails: the gateway does not
 * start) and, when `pollMs` > 0, reads it again every `pollMs` and compares its SHA-256.
 *
 * Why polling, not fs.watch: in Kubernetes the file comes from the image or a ConfigMap, and a ConfigMap update
 * swaps a symlink (`..data`) in the mounted folder: a watch on the file keeps watching the old inode and misses
 * it, and fs.watch is unreliable on overlay and network file systems. Reading ~70 kB every few seconds costs
 * nothing measurable, catches every kind of replacement, and the hash makes an unchanged file a no-op.
 *
 * A changed file is swapped in only if it is a readable supergraph that routes to the same subgraphs and that
 * @apollo/gateway accepts (checkGatewayAccepts); anything else is refused with
 * OFFA_GATEWAY_SUPERGRAPH_REJECTED, reported once per content, and the serving version stays. Same subgraphs:
 * the gateway's `<NAME>_URL` settings, its readiness and the providers its tokens may name are read at start
 * from the subgraph list, so adding or removing a subgraph is a new deployment (a restart), not a reload; a
 * changed composed URL is followed (unless `<NAME>_URL` overrides it). Requests in flight keep the query plan
 * they started with; @apollo/gateway builds the new schema synchronously, so none is dropped.
 */
export function createSupergraphSource(options: SupergraphSourceOptions): SupergraphSource {
  const { path } = options;
  const onEvent = options.onEvent ?? logSupergraphEvent;
  let serving = buildSupergraphVersion(readSupergraphFile(path), path);
  // What the gateway is given: the loadable SDL marked with the file's hash. A change of access directives
  // alone leaves the loadable SDL as it was, and @apollo/gateway ignores an update it has seen (same SDL, same
  // id): marked, every accepted file builds a schema of its own, so the access requirements follow the schema.
  const gatewaySdl = (version: SupergraphVersion) =>
    `${version.loadableSdl}\n# supergraph file ${version.hash}\n`;
  const subgraphNames = serving.subgraphs.map((subgraph) => subgraph.name).join(",");
  // The version each loadable SDL came from, until the gateway has built its schema (then by schema).
  const versionsBySdl = new Map<string, SupergraphVersion>([[gatewaySdl(serving), serving]]);
  const versionsBySchema = new WeakMap<GraphQLSchema, SupergraphVersion>();
  // What was refused last (its hash, or the reason an unreadable file gave): reported once, not at every poll.
  let refused: string | undefined;
  let update: ((sdl: string) => void) | undefined;
  let stopped = false;
  let checking: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const refuse = (reason: string, hash?: string) => {
    const key = hash ?? reason;
    if (key === refused) return;
    refused = key;
    onEvent({
      kind: "rejected",
      code: "OFFA_GATEWAY_SUPERGRAPH_REJECTED",
      path,
      reason,
      servingHash: serving.hash,
      ...(hash ? { hash } : {}),
    });
  };

  const checkOnce = async (): Promise<void> => {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      return refuse(`cannot read ${path}: ${(error as Error).message}`);
    }
    let next: SupergraphVersion;
    try {
      next = buildSupergraphVersion(text, path);
    } catch (error) {
      return refuse((error as Error).message, hashOf(text));
    }
    if (next.hash === serving.hash) {
      // Back to the serving content: a refused content written again is reported again.
      refused = undefined;
      return;
    }
    if (next.hash === refused) return;
    const nextNames = next.subgraphs.map((subgraph) => subgraph.name).join(",");
    if (nextNames !== subgraphNames) {
      return refuse(
        `it routes to subgraphs ${nextNames || "(none)"}, the gateway was started with ${subgraphNames}: adding or removing a subgraph needs a restart`,
        next.hash,
      );
    }
    try {
      await checkGatewayAccepts(next.loadableSdl);
    } catch (error) {
      return refuse(`@apollo/gateway refuses it: ${(error as Error).message}`, next.hash);
    }
    if (stopped || !update) return;
    versionsBySdl.set(gatewaySdl(next), next);
    try {
      // Synchronous: builds the new schema and query planner, then notifies Apollo Server, which swaps its schema.
      update(gatewaySdl(next));
    } catch (error) {
      versionsBySdl.delete(gatewaySdl(next));
      return refuse(`@apollo/gateway refused the update: ${(error as Error).message}`, next.hash);
    }
    const previousHash = serving.hash;
    serving = next;
    refused = undefined;
    onEvent({ kind: "reloaded", path, hash: next.hash, previousHash });
  };

  const versionOf = (schema: GraphQLSchema): SupergraphVersion => {
    const version = versionsBySchema.get(schema);
    // Fail closed: a schema of unknown origin would be authorized with nobody's directives.
    if (!version) throw new Error("No supergraph version is known for this schema (a gateway bug).");
    return version;
  };

  const check = () => (checking ??= checkOnce().finally(() => (checking = undefined)));

  const schedule = () => {
    if (stopped || !options.pollMs) return;
    // A chain of timeouts rather than an interval: a slow check never overlaps the next one.
    timer = setTimeout(() => void check().finally(schedule), options.pollMs);
    timer.unref();
  };

  return {
    manager: {
      initialize: async (hooks) => {
        update = hooks.update;
        schedule();
        return {
          supergraphSdl: gatewaySdl(serving),
          cleanup: async () => {
            stopped = true;
            clearTimeout(timer);
            await checking;
          },
        };
      },
    },
    current: () => serving,
    requirementsOf(schema) {
      return versionOf(schema).requirements;
    },
    fieldOwnersOf(schema) {
      return versionOf(schema).fieldOwners;
    },
    attach(gateway) {
      gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
        const version = versionsBySdl.get(coreSupergraphSdl);
        if (!version) return;
        versionsBySchema.set(apiSchema, version);
        // Only the serving SDL is needed again (a restart of the same content); older ones may be freed.
        for (const sdl of versionsBySdl.keys()) if (sdl !== coreSupergraphSdl) versionsBySdl.delete(sdl);
      });
    },
    check,
  };
}

/** The hash of a text that is no supergraph, so the same broken content is reported once. */
function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
