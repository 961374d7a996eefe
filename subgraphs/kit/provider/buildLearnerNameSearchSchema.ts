import DataLoader from "dataloader";
import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { LearnerData } from "../access/RequiresAccess";
import type { Queryable } from "../db/Database";
import { clientError } from "../errors/clientError";
import type { ReferenceResolvers } from "../schema/buildFederatedSchema";
import type { ClassOf, LearnerShape } from "./ProviderAdapter";

/** What a provider tells the kit to serve its part of LearnerNameSearch. */
export interface ProviderNameSearch {
  /** The provider's name in descriptions ("CEFA"). */
  label: string;
  /** The field's name: `<namespace>Candidates`. */
  field: string;
  /** The provider's learner type (CefaLearner…): a candidate is the provider's learner record itself. */
  learnerType: ClassOf<object>;
  /** The provider's learners born on any of these days ('YYYY-MM-DD'): one statement for the whole list. */
  selectByBirthDates(
    db: Queryable,
    birthDates: readonly string[],
  ): Promise<(LearnerShape & { birthDate: string })[]>;
  /** False when the caller may not read this provider's learners (another provider's staff): no candidate. */
  visible(context: unknown): boolean;
}

/** The parts of a provider schema that serve LearnerNameSearch: its resolvers, types and reference resolver. */
export interface LearnerNameSearchSchema {
  resolvers: readonly (new () => object)[];
  orphanedTypes: readonly (new () => object)[];
  references: ReferenceResolvers;
}

/** A LearnerNameSearch representation once its key was read: the searched birth date, checked before any SQL. */
interface NameSearchReference {
  query: string;
  birthDate: string;
}

interface SearchContext {
  db: Queryable;
}

// One loader per request (the context object), never shared between requests: every search of one request (an
// _entities batch) is answered by one statement.
const loaders = new WeakMap<object, DataLoader<string, (LearnerShape & { birthDate: string })[]>>();

/**
 * The provider's part of the `LearnerNameSearch` entity (`@key(fields: "query")`, the canonical JSON of
 * `{ birthDate, firstName, lastName }` that OFFA writes, issue 10 item 2): one field `<namespace>Candidates`,
 * the provider's learners born on the searched day or on its day/month transposition, which OFFA's matcher then
 * judges (through `@requires`). The field is `@inaccessible`: a client never lists everyone born on a day, only
 * OFFA reads it, and learner-level (`learner:read`, `learner_access`) as every provider learner record, so the
 * subgraph re-checks the forwarded claims and audits each candidate read. Only the birth date of the key is read
 * here: the names are compared by OFFA. Null with OFFA_STORE_FAILED naming the provider when its store fails.
 */
export function buildLearnerNameSearchSchema(search: ProviderNameSearch): LearnerNameSearchSchema {
  @ObjectType("LearnerNameSearch", {
    description:
      "A search for a learner by last name, first name and birth date (OFFA's findLearnersByName).",
  })
  @Directive('@key(fields: "query")')
  class LearnerNameSearch {
    @Field(() => String, {
      description: "The canonical JSON of { birthDate, firstName, lastName } as searched (sorted keys).",
    })
    query!: string;
  }

  @Resolver(() => LearnerNameSearch)
  class LearnerNameSearchResolver {
    @FieldResolver(() => [search.learnerType], {
      name: search.field,
      nullable: true,
      description: `${search.label}'s learners born on the searched day or on its day/month transposition, for OFFA's matcher (one SQL statement per request). Null, with an error naming ${search.label}, when ${search.label}'s store could not be read.`,
    })
    @Directive("@inaccessible")
    @LearnerData()
    candidates(
      @Root() reference: NameSearchReference,
      @Ctx() ctx: SearchContext,
    ): Promise<(LearnerShape & { birthDate: string })[]> {
      if (!search.visible(ctx)) return Promise.resolve([]);
      let loader = loaders.get(ctx);
      if (!loader) {
        loader = new DataLoader(async (days: readonly string[]) => {
          const asked = [...new Set(days.flatMap((day) => [day, transposedBirthDate(day) ?? day]))];
          const rows = await search.selectByBirthDates(ctx.db, asked);
          return days.map((day) =>
            rows.filter((row) => row.birthDate === day || row.birthDate === transposedBirthDate(day)),
          );
        });
        loaders.set(ctx, loader);
      }
      return loader.load(reference.birthDate);
    }
  }

  return {
    resolvers: [LearnerNameSearchResolver],
    orphanedTypes: [LearnerNameSearch],
    references: {
      LearnerNameSearch: {
        __resolveReference: (reference: { query: string }): NameSearchReference => ({
          query: reference.query,
          birthDate: birthDateOfKey(reference.query),
        }),
      },
    },
  };
}

/** The birth date of a LearnerNameSearch key, or OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID before any SQL. */
function birthDateOfKey(key: string): string {
  let birthDate: unknown;
  try {
    birthDate = (JSON.parse(key) as { birthDate?: unknown }).birthDate;
  } catch {
    birthDate = undefined;
  }
  if (typeof birthDate !== "string" || !isCalendarDate(birthDate)) {
    throw clientError(
      "OFFA_LEARNER_SEARCH_BIRTH_DATE_INVALID",
      "The searched birth date is not a date of the calendar written YYYY-MM-DD.",
      { argument: "birthDate" },
    );
  }
  return birthDate;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The date with day and month swapped, or null when the day is over 12 or equals the month: the rule of the
 * matcher's transposedBirthDate (subgraphs/offa/identity/matching), restated because subgraphs share only the kit.
 */
function transposedBirthDate(date: string): string | null {
  const month = date.slice(5, 7);
  const day = date.slice(8, 10);
  if (day === month || Number(day) > 12 || Number(day) < 1) return null;
  return `${date.slice(0, 4)}-${day}-${month}`;
}
