import { Kind, type ConstDirectiveNode, type DocumentNode } from "graphql";

/** For each field of an object type ("Type.field"), the subgraphs (by name, as `join__graph` names them) that resolve it. */
export type FieldOwners = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Reads which subgraphs resolve each field from a supergraph's join directives: the graphs of the field's
 * `@join__field(graph:)` that are not `external`, or, for a field without any, every graph of its type's
 * `@join__type`. The gateway uses it to put a whole-subgraph failure at the fields it left null.
 */
export function readFieldOwners(document: DocumentNode): FieldOwners {
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== "join__Graph") continue;
    for (const value of definition.values ?? []) {
      const name = stringArgument(
        value.directives?.find((d) => d.name.value === "join__graph"),
        "name",
      );
      if (name !== undefined) graphNames.set(value.name.value, name);
    }
  }
  const owners = new Map<string, Set<string>>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    const typeGraphs = graphsOf(definition.directives ?? [], "join__type", graphNames);
    for (const field of definition.fields ?? []) {
      const joinFields = (field.directives ?? []).filter((d) => d.name.value === "join__field");
      const resolving = joinFields.filter((d) => !booleanArgument(d, "external"));
      const graphs = joinFields.length === 0 ? typeGraphs : graphsOf(resolving, "join__field", graphNames);
      owners.set(`${definition.name.value}.${field.name.value}`, new Set(graphs));
    }
  }
  return owners;
}

function graphsOf(
  directives: readonly ConstDirectiveNode[],
  name: string,
  graphNames: ReadonlyMap<string, string>,
): string[] {
  const graphs: string[] = [];
  for (const directive of directives) {
    if (directive.name.value !== name) continue;
    const graph = directive.arguments?.find((argument) => argument.name.value === "graph")?.value;
    if (graph?.kind !== Kind.ENUM) continue;
    const graphName = graphNames.get(graph.value);
    if (graphName !== undefined) graphs.push(graphName);
  }
  return graphs;
}

function stringArgument(directive: ConstDirectiveNode | undefined, name: string): string | undefined {
  const value = directive?.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function booleanArgument(directive: ConstDirectiveNode, name: string): boolean {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.BOOLEAN && value.value;
}
