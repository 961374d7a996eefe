import { Kind, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from "graphql";

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

/**
 * The operation without the fields the caller may not see, so the query planner never fetches them. A selection
 * set left empty keeps `__typename`, which the gateway answers itself: still valid, and no subgraph call for it.
 */
export function removeDeniedFields(document: DocumentNode, denied: ReadonlySet<FieldNode>): DocumentNode {
  return visit(document, {
    [Kind.FIELD]: {
      enter: (node) => (denied.has(node) ? null : undefined),
    },
    [Kind.SELECTION_SET]: {
      leave: (node): SelectionSetNode =>
        node.selections.length > 0 ? node : { ...node, selections: [TYPENAME] },
    },
  });
}
