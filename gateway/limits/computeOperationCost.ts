import {
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  TypeNameMetaFieldDef,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from "graphql";

/** How computeOperationCost weighs fields. */
export interface CostOptions {
  /** `Type.field` → cost of one item instead of 1 (expensiveFieldWeights). */
  fieldWeights: Readonly<Record<string, number>>;
  /** Items assumed in a list that has no `first` argument (a learner's contracts, a contract's months…). */
  assumedListSize: number;
  /** `first` when neither the query nor the schema gives one (the schema's own default is 20). */
  defaultPageSize: number;
  /**
   * The largest `first` counted: the subgraphs' own page limit (MAX_PAGE_SIZE, 500 in subgraphs/kit). A larger
   * `first` is refused by the subgraph itself with OFFA_INPUT_PAGE_SIZE before any SQL, so it costs no more.
   */
  maxPageSize: number;
}

/** The defaults: lists without `first` are small in this domain (a learner has 1 to 4 contracts). */
export const COST_DEFAULTS: CostOptions = {
  fieldWeights: {},
  assumedListSize: 5,
  defaultPageSize: 20,
  maxPageSize: 500,
};

/**
 * Estimates what an operation makes the stack do, with its variables known, before any query plan:
 * each field returning an object costs its weight (1, or the expensiveFieldWeights entry) and each leaf 0;
 * a field with a `first` argument multiplies the cost of what it selects by `first` (from the query, its
 * variables, or the argument's schema default), any other list field by `assumedListSize`. Aliases of the same
 * field count once each, so a fan-out of aliases adds up. Fragments are followed.
 */
export function computeOperationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> | undefined,
  options: CostOptions,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const variableDefaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT)
      variableDefaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
  }
  const pageSize = (field: GraphQLField<unknown, unknown>, args: readonly ArgumentNode[] | undefined) => {
    const definition = field.args.find((arg) => arg.name === "first");
    if (!definition) return undefined;
    const node = args?.find((arg) => arg.name.value === "first")?.value;
    const schemaDefault = typeof definition.defaultValue === "number" ? definition.defaultValue : undefined;
    let value: unknown;
    if (node?.kind === Kind.INT) value = Number(node.value);
    else if (node?.kind === Kind.VARIABLE)
      value = variables?.[node.name.value] ?? variableDefaults.get(node.name.value);
    const first =
      typeof value === "number" && Number.isFinite(value) && value >= 0
        ? value
        : (schemaDefault ?? options.defaultPageSize);
    return Math.min(first, options.maxPageSize);
  };

  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    seen: Set<string>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        // Validation refuses fragment cycles; `seen` only guards against a document that skipped it.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (isCompositeType(type))
          total += costOf(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) total += costOf(selection.selectionSet, type, seen);
        continue;
      }
      const field = fieldOf(schema, parent, selection.name.value);
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!selection.selectionSet || !isCompositeType(named)) continue;
      const weight = options.fieldWeights[`${parent.name}.${field.name}`] ?? 1;
      const items =
        pageSize(field, selection.arguments) ??
        (isListType(getNullableType(field.type)) ? options.assumedListSize : 1);
      total += items * (weight + costOf(selection.selectionSet, named, seen));
    }
    return total;
  };
  return costOf(operation.selectionSet, root, new Set());
}

function fieldOf(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === "__typename") return TypeNameMetaFieldDef;
  if (name === "__schema" && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === "__type" && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  if (isAbstractType(parent)) return undefined;
  return undefined;
}
