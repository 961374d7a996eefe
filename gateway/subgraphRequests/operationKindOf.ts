import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import type { SubgraphAttempt } from "./SubgraphCallObserver";

/** What a subgraph request is, as far as retrying goes: only queries may be sent twice. */
export type OperationKind = SubgraphAttempt["operationKind"];

/**
 * The kind of the operation a data source is about to send: from the query plan's own document when the
 * gateway passes it (every plan fetch does), otherwise from the query text. A request whose kind cannot be
 * told (it does not parse, or names no operation it holds) counts as a mutation, so it is never retried.
 */
export function operationKindOf(request: {
  query?: string;
  operationName?: string | null;
  document?: DocumentNode;
}): OperationKind {
  let document = request.document;
  if (document === undefined) {
    if (request.query === undefined) return "mutation";
    try {
      document = parse(request.query, { noLocation: true });
    } catch {
      return "mutation";
    }
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    request.operationName != null
      ? operations.find((candidate) => candidate.name?.value === request.operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return operation?.operation ?? "mutation";
}
