import type { GraphQLSchema } from "graphql";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  type BuildSchemaOptions,
} from "type-graphql";
import { RequiresAccess } from "../access/RequiresAccess";
import { clientError } from "../errors/clientError";
import { assertIdFormat } from "../schema/assertIdFormat";
import { buildFigureTableSchema } from "../figures/buildFigureTableSchema";
import { buildFederatedSchema, type ReferenceResolvers } from "../schema/buildFederatedSchema";
import { buildLearnerNameSearchSchema } from "./buildLearnerNameSearchSchema";
import { CodeKind } from "../schema/CodeKind";
import { parsePageSize } from "../schema/parsePageSize";
import type { ProviderContext } from "./createProviderContext";
import { reportDanglingLinks } from "./danglingLinks";
import type { ContractShape, LearnerShape, ProviderAdapter } from "./ProviderAdapter";

/**
 * A provider subgraph's schema from its adapter (pure: no database, so composition runs without one). The
 * wiring is the same for every provider, built here once; the names are the provider's (`cefaLearner`,
 * `levelDecisions`…). It holds:
 * - root queries `<ns>Learner(id)`, `<ns>Learners(first, after)`, `<ns>Codes(kind)`;
 * - the learner's enrolments, contracts and certificates; the contract's level records, learner and unit;
 * - the provider's part of OFFA's entities: `Learner.<ns>` from the ids OFFA sends (`@requires` on the
 *   `@inaccessible` `<ns>LearnerIds`), and `EstablishmentUnit.<ns>Contracts` from the unit number;
 * - a reference resolver for every entity, each through a per-request DataLoader.
 * Every entity the gateway may reach only through `_entities` is in orphanedTypes, or type-graphql drops it.
 */
export function buildProviderSchema(adapter: ProviderAdapter): Promise<GraphQLSchema> {
  // The classes are made once per adapter: type-graphql keeps their metadata for the whole process, and a second
  // set would make a second "EstablishmentUnit" type in the next schema built.
  let schemaInputs = inputsByAdapter.get(adapter);
  if (!schemaInputs) {
    schemaInputs = providerSchemaInputs(adapter);
    inputsByAdapter.set(adapter, schemaInputs);
  }
  return buildFederatedSchema(schemaInputs.options, schemaInputs.references);
}

type SchemaInputs = {
  options: Omit<BuildSchemaOptions, "skipCheck">;
  references: ReferenceResolvers;
};

const inputsByAdapter = new WeakMap<ProviderAdapter, SchemaInputs>();

function providerSchemaInputs(adapter: ProviderAdapter): SchemaInputs {
  const { namespace: ns, label, learner, enrolment, contract, levelRecord, certificate, code } = adapter;
  type Context = ProviderContext;

  @Resolver(() => learner.type)
  class LearnerQueries {
    @Query(() => learner.type, {
      name: `${ns}Learner`,
      nullable: true,
      description: learner.descriptions.one,
    })
    async one(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<LearnerShape> {
      assertIdFormat(id, learner.idFormat.pattern, `${label} learner`, learner.idFormat.example);
      const found = await ctx.learners.load(id);
      if (!found) throw clientError("OFFA_LEARNER_NOT_FOUND", `No ${label} learner has id ${id}.`, { id });
      return found;
    }

    @Query(() => [learner.type], { name: `${ns}Learners`, description: learner.descriptions.page })
    page(
      @Arg("first", () => Int, { defaultValue: 20 }) first: number,
      @Arg("after", () => ID, { nullable: true }) after: string | null,
      @Ctx() ctx: Context,
    ): Promise<LearnerShape[]> {
      const size = parsePageSize(first);
      return ctx.learnersVisible ? learner.selectPage(ctx.db, size, after ?? null) : Promise.resolve([]);
    }

    // domain.md §9 and §11.16: no response carries a national number except to a mobility officer who asks for
    // it with a purpose that needs it. The gateway never plans the field for anyone else, and this subgraph
    // refuses it again (enforceAccess); the number is read from the store only when the field is asked.
    @FieldResolver(() => String, {
      nullable: true,
      description: `The national number (NISS or BIS, 11 digits) ${label} holds for this learner. Only for a mobility officer whose declared purpose needs it (IDENTITY_RESOLUTION, DATA_SUBJECT_REQUEST); null with UNAUTHORIZED_FIELD_OR_TYPE for everyone else.`,
    })
    @RequiresAccess({ scopes: ["learner:identify"], policies: ["identify_learner"] })
    async nationalNumber(@Root() record: LearnerShape, @Ctx() ctx: Context): Promise<string | null> {
      return (await ctx.nationalNumbers.load(record.id))?.nationalNumber ?? null;
    }

    @FieldResolver(() => [enrolment.type], { description: enrolment.description })
    enrolments(@Root() record: LearnerShape, @Ctx() ctx: Context): Promise<unknown[]> {
      return ctx.enrolmentsByLearner.load(record.id);
    }

    @FieldResolver(() => [contract.type], { description: contract.description })
    contracts(@Root() record: LearnerShape, @Ctx() ctx: Context): Promise<unknown[]> {
      return ctx.contractsByLearner.load(record.id);
    }

    @FieldResolver(() => [certificate.type], { description: certificate.description })
    certificates(@Root() record: LearnerShape, @Ctx() ctx: Context): Promise<unknown[]> {
      return ctx.certificatesByLearner.load(record.id);
    }
  }

  @Resolver(() => code.type)
  class CodeQueries {
    @Query(() => [code.type], {
      name: `${ns}Codes`,
      description: `${label}-native codes (published or used in data) with usage counts.`,
    })
    async codes(
      @Arg("kind", () => CodeKind, { nullable: true }) kind: CodeKind | null,
      @Ctx() ctx: Context,
    ): Promise<unknown[]> {
      const all = await ctx.codes();
      return kind ? all.filter((row) => row.kind === kind) : all;
    }
  }

  /** OFFA's learner as this provider sees it: the key and the ids of this provider's records OFFA holds. */
  @ObjectType("Learner")
  @Directive('@key(fields: "id")')
  class LearnerRecords {
    @Field(() => ID)
    id!: string;
  }
  const idsField = `${ns}LearnerIds`;
  Field(() => [ID])(LearnerRecords.prototype, idsField);
  Directive("@external")(LearnerRecords.prototype, idsField);

  @Resolver(() => LearnerRecords)
  class LearnerRecordsResolver {
    // Nullable: when this provider's store fails, this field alone is null (with an error naming the provider
    // at its path) and the learner's records at the other providers stay in the answer.
    @FieldResolver(() => [learner.type], {
      name: ns,
      nullable: true,
      description: `${learner.descriptions.ofOffaLearner} Null, with an error naming ${label}, when ${label}'s records could not be read: never an empty list for records that exist.`,
    })
    @Directive(`@requires(fields: "${idsField}")`)
    async records(
      @Root() offaLearner: Record<string, unknown>,
      @Ctx() ctx: Context,
    ): Promise<LearnerShape[]> {
      const found = await ctx.learners.loadMany((offaLearner[idsField] as string[] | undefined) ?? []);
      const failure = found.find((record): record is Error => record instanceof Error);
      if (failure) throw failure;
      const records = found.filter((record): record is LearnerShape => record !== null);
      // A link to a record the provider really no longer has (it answered, without that row) is the one thing
      // skipped: the registry may lag behind the provider. Counted and logged, never silent.
      if (ctx.learnersVisible)
        reportDanglingLinks(label, found.length - records.length, ctx.request.requestId);
      return records;
    }
  }

  /** OFFA's establishment unit as this provider sees it: only its number. */
  @ObjectType("EstablishmentUnit")
  @Directive('@key(fields: "number")')
  class UnitContracts {
    @Field(() => ID)
    number!: string;
  }

  @Resolver(() => UnitContracts)
  class UnitContractsResolver {
    @FieldResolver(() => [contract.type], {
      name: `${ns}Contracts`,
      nullable: true,
      description: `${label} contracts recorded under this establishment-unit number, oldest first. Null, with an error naming ${label}, when ${label}'s records could not be read.`,
    })
    contracts(@Root() unit: UnitContracts, @Ctx() ctx: Context): Promise<unknown[]> {
      return ctx.contractsByUnit.load(unit.number);
    }
  }

  @Resolver(() => contract.type)
  class ContractFields {
    @FieldResolver(() => [levelRecord.type], {
      name: levelRecord.field,
      description: levelRecord.description,
    })
    levelRecords(@Root() record: ContractShape, @Ctx() ctx: Context): Promise<unknown[]> {
      return ctx.levelRecordsByContract.load(record.id);
    }

    @FieldResolver(() => learner.type, { nullable: true })
    learner(@Root() record: ContractShape, @Ctx() ctx: Context): Promise<LearnerShape | null> {
      return ctx.learners.load(record.learnerId);
    }

    // A reference OFFA resolves from its register: an unknown number gives null there, never an error, so
    // the rest of the contract and its learner stay intact.
    @FieldResolver(() => UnitContracts, {
      nullable: true,
      description: `The establishment unit in OFFA's register, from the unit number ${label} recorded; null when the register lacks it.`,
    })
    establishmentUnit(@Root() record: ContractShape): UnitContracts {
      return { number: record.employer.establishmentUnitNumber };
    }
  }

  // One resolver class per contract history, each adding its list field under the provider's name. The method
  // is named after the field too: type-graphql binds a type's field resolvers by method name.
  const historyResolvers = contract.histories.map((history) => {
    const method = `history_${history.field}`;
    @Resolver(() => contract.type)
    class ContractHistoryField {
      @FieldResolver(() => [history.type], { name: history.field, description: history.description })
      [method](@Root() record: ContractShape, @Ctx() ctx: Context): Promise<unknown[]> {
        return ctx.contractHistories[history.field].load(record.id);
      }
    }
    return ContractHistoryField;
  });

  const byId = (load: (ctx: Context) => { load(id: string): Promise<unknown> }) => ({
    __resolveReference: (ref: { id: string }, ctx: Context) => load(ctx).load(ref.id),
  });
  // The provider's part of FigureTable: its native figure groups, computed in its store (issue 11).
  const figureTable = buildFigureTableSchema({ label, field: `${ns}Groups`, sources: adapter.figures });
  // The provider's part of LearnerNameSearch: its learners born on the searched day, for OFFA's matcher (issue 10).
  const nameSearch = buildLearnerNameSearchSchema({
    label,
    field: `${ns}Candidates`,
    learnerType: learner.type,
    selectByBirthDates: learner.selectByBirthDates,
    visible: (ctx) => (ctx as Context).learnersVisible,
  });
  const typeName = (type: { name: string }) => type.name;
  const references: ReferenceResolvers = {
    [typeName(learner.type)]: byId((ctx) => ctx.learners),
    [typeName(contract.type)]: byId((ctx) => ctx.contracts),
    [typeName(levelRecord.type)]: byId((ctx) => ctx.levelRecords),
    [typeName(certificate.type)]: byId((ctx) => ctx.certificates),
    [typeName(code.type)]: {
      __resolveReference: async (ref: { kind: string; code: string }, ctx: Context) =>
        (await ctx.codes()).find((row) => row.kind === ref.kind && row.code === ref.code) ?? null,
    },
    // OFFA owns both: the representation carries what the field resolvers need (ids, unit number).
    Learner: { __resolveReference: (ref: object) => ref },
    EstablishmentUnit: { __resolveReference: (ref: object) => ref },
    ...nameSearch.references,
    ...figureTable.references,
  };
  return {
    options: {
      resolvers: [
        LearnerQueries,
        CodeQueries,
        LearnerRecordsResolver,
        UnitContractsResolver,
        ContractFields,
        ...historyResolvers,
        ...nameSearch.resolvers,
        ...figureTable.resolvers,
      ] as unknown as BuildSchemaOptions["resolvers"],
      orphanedTypes: [
        contract.type,
        levelRecord.type,
        certificate.type,
        code.type,
        LearnerRecords,
        UnitContracts,
        ...contract.histories.map((history) => history.type),
        ...nameSearch.orphanedTypes,
        ...figureTable.orphanedTypes,
      ] as BuildSchemaOptions["orphanedTypes"],
    },
    references,
  };
}
