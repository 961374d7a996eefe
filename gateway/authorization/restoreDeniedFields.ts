import {
  GraphQLError,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { GatewayErrorCode } from "../errors/gatewayErrorCodes";

const UNAUTHORIZED: GatewayErrorCode = "UNAUTHORIZED_FIELD_OR_TYPE";

type Data = Record<string, unknown>;

/**
 * Puts back, in the result of the filtered operation, every field the caller may not see: null, with an
 * UNAUTHORIZED_FIELD_OR_TYPE error at its path, as Apollo Router does. A denied non-null field nulls its parent,
 * and so on up to the nearest nullable field (GraphQL's null propagation). The schema has no interfaces or
 * unions, so a fragment's type condition always matches the object it is spread on.
 */
export function restoreDeniedFields(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  denied: ReadonlySet<FieldNode>;
  data: Data | null | undefined;
}): { data: Data | null | undefined; errors: GraphQLError[] } {
  const { schema, document, denied } = options;
  const errors: GraphQLError[] = [];
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (options.operationName ? d.name?.value === options.operationName : true),
  );
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  if (!operation || options.data === null || options.data === undefined)
    return { data: options.data, errors };
  const root = schema.getRootType(operation.operation);
  if (!root) return { data: options.data, errors };

  /** Restores one object in place; false when a denied non-null field makes the object itself null. */
  const restoreObject = (
    selectionSet: SelectionSetNode,
    type: GraphQLObjectType,
    object: Data,
    path: readonly (string | number)[],
  ): boolean => {
    let whole = true;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        whole = restoreObject(selection.selectionSet, type, object, path) && whole;
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) whole = restoreObject(fragment.selectionSet, type, object, path) && whole;
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      if (denied.has(selection)) {
        object[key] = null;
        errors.push(
          new GraphQLError(`Unauthorized field or type: ${type.name}.${selection.name.value}`, {
            path: [...path, key],
            extensions: { code: UNAUTHORIZED },
          }),
        );
        if (isNonNullType(field.type)) whole = false;
        continue;
      }
      if (!selection.selectionSet) continue;
      const valueWhole = restoreValue(selection.selectionSet, field.type, object[key], [...path, key]);
      if (!valueWhole) {
        object[key] = null;
        if (isNonNullType(field.type)) whole = false;
      }
    }
    return whole;
  };

  /** Restores a field's value (an object, a list of them, or null); false when the value must become null. */
  const restoreValue = (
    selectionSet: SelectionSetNode,
    type: GraphQLOutputType,
    value: unknown,
    path: readonly (string | number)[],
  ): boolean => {
    if (value === null || value === undefined) return true;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (Array.isArray(value)) {
      const itemType = "ofType" in inner ? (inner.ofType as GraphQLOutputType) : inner;
      let whole = true;
      value.forEach((item, index) => {
        if (!restoreValue(selectionSet, itemType, item, [...path, index])) {
          value[index] = null;
          if (isNonNullType(itemType)) whole = false;
        }
      });
      return whole;
    }
    if (!isObjectType(inner)) return true;
    return restoreObject(selectionSet, inner, value as Data, path);
  };

  const data = options.data;
  const whole = restoreObject(operation.selectionSet, root, data, []);
  return { data: whole ? data : null, errors };
}
