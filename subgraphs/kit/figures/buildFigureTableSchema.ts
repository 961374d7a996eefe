import { GraphQLError } from "graphql";
import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import * as figureContract from "../../../schema/contract/figures";
import { RequiresAccess } from "../access/RequiresAccess";
import type { Queryable } from "../db/Database";
import type { ReferenceResolvers } from "../schema/buildFederatedSchema";
import { NativeFigureGroup } from "./NativeFigureGroup";
import type { ProviderFigureSources } from "./ProviderFigureSources";
import { selectNativeFigureGroups } from "./selectNativeFigureGroups";

/** Figures are for dashboards (DASHBOARD_ANALYST): the `figures:read` scope, never learner-level. */
const FigureData = () => RequiresAccess({ scopes: ["figures:read"] });

/** What a provider subgraph tells the kit to serve its part of FigureTable. */
export interface ProviderFigures {
  /** The provider's name in descriptions ("CEFA"). */
  label: string;
  /** The field's name: `<namespace>Groups`. */
  field: string;
  sources: ProviderFigureSources;
}

/** The parts of a provider schema that serve FigureTable: its resolvers, types and reference resolver. */
export interface FigureTableSchema {
  resolvers: readonly (new () => object)[];
  orphanedTypes: readonly (new () => object)[];
  references: ReferenceResolvers;
}

/** The context the figure resolver needs: the store, guarded so a failure is OFFA_STORE_FAILED naming the provider. */
interface FigureContext {
  db: Queryable;
}

/** A FigureTable representation once its key was read: the request, parsed and checked before any SQL. */
interface FigureTableReference {
  request: string;
  parsed: figureContract.ProviderFigureRequest;
}

/**
 * The provider's part of the `FigureTable` entity (`@key(fields: "request")`, the canonical JSON of a
 * ProviderFigureRequest): one field `<namespace>Groups: [NativeFigureGroup!]`, its native groups computed in the
 * provider's store (selectNativeFigureGroups), null with OFFA_STORE_FAILED naming the provider when the store
 * fails. A key that does not parse is refused with BAD_USER_INPUT by the reference resolver, before any SQL.
 * The classes are made once per provider: type-graphql keeps class metadata for the whole process.
 */
export function buildFigureTableSchema(figures: ProviderFigures): FigureTableSchema {
  @ObjectType("FigureTable", {
    description:
      "A figure request (issue 11) as an entity: OFFA writes the key, each provider answers its native groups.",
  })
  @Directive('@key(fields: "request")')
  @FigureData()
  class FigureTable {
    @Field(() => String, { description: "The canonical JSON of the provider part of a figure request." })
    @FigureData()
    request!: string;
  }

  @Resolver(() => FigureTable)
  class FigureTableResolver {
    // Nullable: a provider whose store fails leaves its groups null with an error naming it, never an empty list.
    @FieldResolver(() => [NativeFigureGroup], {
      name: figures.field,
      nullable: true,
      description: `${figures.label}'s figures for the request, grouped by its native dimensions (one SQL statement per measure). Null, with an error naming ${figures.label}, when ${figures.label}'s store could not be read.`,
    })
    // Counts before suppression: for OFFA only (it suppresses small cells), never selectable by a client.
    @Directive("@inaccessible")
    @FigureData()
    groups(
      @Root() table: FigureTableReference,
      @Ctx() ctx: FigureContext,
    ): Promise<figureContract.NativeFigureGroup[]> {
      // The same key twice in one request (two aliases, a batch) is counted once.
      const answered =
        answeredByRequest.get(ctx) ?? new Map<string, Promise<figureContract.NativeFigureGroup[]>>();
      answeredByRequest.set(ctx, answered);
      let groups = answered.get(table.request);
      if (!groups) {
        groups = selectNativeFigureGroups(ctx.db, figures.sources, table.parsed);
        answered.set(table.request, groups);
      }
      return groups;
    }
  }

  return {
    resolvers: [FigureTableResolver],
    orphanedTypes: [FigureTable, NativeFigureGroup],
    references: {
      FigureTable: {
        __resolveReference: (reference: { request: string }): FigureTableReference => ({
          request: reference.request,
          parsed: parseFigureTableKey(reference.request),
        }),
      },
    },
  };
}

/** Per-request answers by key, keyed by the request's context (never shared between requests). */
const answeredByRequest = new WeakMap<object, Map<string, Promise<figureContract.NativeFigureGroup[]>>>();

/** The request in a FigureTable key, or BAD_USER_INPUT saying why not (nothing runs for a refused key). */
function parseFigureTableKey(key: string): figureContract.ProviderFigureRequest {
  try {
    return figureContract.parseProviderFigureRequest(key);
  } catch (error) {
    if (!(error instanceof figureContract.FigureRequestError)) throw error;
    throw new GraphQLError(`The figure request is invalid: ${error.message}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
}
