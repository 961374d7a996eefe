import { Kind, type DefinitionNode, type DocumentNode, type GraphQLSchema } from "graphql";

/**
 * A subgraph's own SDL, as its schema was built from it: its types' AST nodes carry the directives the access
 * rules and the audit read (readAccessRequirements).
 */
export function subgraphSdl(schema: GraphQLSchema): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.astNode) definitions.push(type.astNode);
    definitions.push(...(type.extensionASTNodes ?? []));
  }
  return { kind: Kind.DOCUMENT, definitions };
}
