import {
  GraphQLError,
  isObjectType,
  Kind,
  getNamedType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { FieldOwners } from "../supergraph/readFieldOwners";
import type { SubgraphCallErrorCode } from "./subgraphCallError";

const WHOLE_SUBGRAPH_CODES: ReadonlySet<string> = new Set<SubgraphCallErrorCode>([
  "OFFA_GATEWAY_SUBGRAPH_UNAVAILABLE",
  "OFFA_GATEWAY_SUBGRAPH_TIMEOUT",
  "OFFA_GATEWAY_SUBGRAPH_CIRCUIT_OPEN",
]);

type Data = Record<string, unknown>;
type Path = readonly (string | number)[];

/**
 * Puts each whole-subgraph failure (unreachable, too slow, circuit open) at the fields it left null.
 *
 * @apollo/gateway reports a fetch that failed on the wire once, without a path, so a caller cannot tell which
 * part of a partial answer is missing. This finds, in the result, every null field that the failing subgraph
 * resolves (supergraph join directives) at a fetch boundary, i.e. whose parent object did not itself come from that
 * subgraph (the root, or an entity of another subgraph), and answers one copy of the error at each of those paths.
 * A null inside an object the subgraph did return is its own data, not the failure, and is left alone. When no
 * such field is null (the whole answer is null, say), the error stays as it was, without a path.
 */
export function attributeSubgraphFailures(options: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  fieldOwners: FieldOwners;
  data: Data | null | undefined;
  errors: readonly GraphQLError[];
}): GraphQLError[] {
  const { errors, data } = options;
  const failing = errors.filter((error) => isWholeSubgraphFailure(error));
  if (failing.length === 0 || data === null || data === undefined) return [...errors];
  const operation = options.document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (options.operationName ? d.name?.value === options.operationName : true),
  );
  const root = operation && options.schema.getRootType(operation.operation);
  if (!operation || !root) return [...errors];
  const fragments = new Map(
    options.document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

  const nullFieldsOf = (subgraph: string): Path[] => {
    const paths: Path[] = [];
    const visitObject = (
      selectionSet: SelectionSetNode,
      type: GraphQLObjectType,
      object: Data,
      path: Path,
      producedBySubgraph: boolean,
    ): void => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          visitObject(selection.selectionSet, type, object, path, producedBySubgraph);
          continue;
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          if (fragment) visitObject(fragment.selectionSet, type, object, path, producedBySubgraph);
          continue;
        }
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const ownedBySubgraph = options.fieldOwners.get(`${type.name}.${field.name}`)?.has(subgraph) ?? false;
        const value = object[key];
        if (value === null || value === undefined) {
          if (ownedBySubgraph && !producedBySubgraph) paths.push([...path, key]);
          continue;
        }
        const named = getNamedType(field.type);
        if (!selection.selectionSet || !isObjectType(named)) continue;
        visitValue(selection.selectionSet, named, value, [...path, key], ownedBySubgraph);
      }
    };
    const visitValue = (
      selectionSet: SelectionSetNode,
      type: GraphQLObjectType,
      value: unknown,
      path: Path,
      producedBySubgraph: boolean,
    ): void => {
      if (Array.isArray(value)) {
        value.forEach((item, index) =>
          visitValue(selectionSet, type, item, [...path, index], producedBySubgraph),
        );
      } else if (value !== null && typeof value === "object") {
        visitObject(selectionSet, type, value as Data, path, producedBySubgraph);
      }
    };
    visitObject(operation.selectionSet, root, data, [], false);
    return paths;
  };

  const attributed: GraphQLError[] = [];
  for (const error of errors) {
    if (!failing.includes(error)) {
      attributed.push(error);
      continue;
    }
    const paths = nullFieldsOf(String(error.extensions.subgraph));
    if (paths.length === 0) {
      attributed.push(error);
      continue;
    }
    for (const path of paths) {
      attributed.push(
        new GraphQLError(error.message, {
          path,
          originalError: error.originalError ?? undefined,
          extensions: error.extensions,
        }),
      );
    }
  }
  return attributed;
}

function isWholeSubgraphFailure(error: GraphQLError): boolean {
  return (
    error.path === undefined &&
    typeof error.extensions?.code === "string" &&
    WHOLE_SUBGRAPH_CODES.has(error.extensions.code) &&
    typeof error.extensions.subgraph === "string"
  );
}
