import { Kind, type ConstDirectiveNode, type DocumentNode, type ConstValueNode } from "graphql";

/**
 * What the schema's access directives ask of a caller for one type or field (Apollo Federation's
 * `@authenticated`, `@requiresScopes(scopes: [[…]])` and `@policy(policies: [[…]])`). Scopes and policies are
 * alternatives of conjunctions: `[["a", "b"], ["c"]]` means (a and b) or c, as in Federation.
 */
export interface AccessRequirement {
  authenticated: boolean;
  scopes: readonly (readonly string[])[];
  policies: readonly (readonly string[])[];
}

/**
 * Reads every access requirement of an SDL document (a subgraph's or the composed supergraph), by schema
 * coordinate: `Type` for a type-level directive, `Type.field` for a field. Both the gateway and each subgraph
 * read them from their own SDL, so they enforce the same declarations.
 */
export function readAccessRequirements(sdl: DocumentNode): Map<string, AccessRequirement> {
  const requirements = new Map<string, AccessRequirement>();
  const record = (coordinate: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const requirement = requirementOf(directives ?? []);
    if (!requirement) return;
    const known = requirements.get(coordinate);
    requirements.set(coordinate, known ? merge(known, requirement) : requirement);
  };
  for (const definition of sdl.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    record(definition.name.value, definition.directives);
    if ("fields" in definition) {
      for (const field of definition.fields ?? []) {
        record(`${definition.name.value}.${field.name.value}`, field.directives);
      }
    }
  }
  return requirements;
}

function requirementOf(directives: readonly ConstDirectiveNode[]): AccessRequirement | null {
  let authenticated = false;
  let scopes: string[][] = [];
  let policies: string[][] = [];
  for (const directive of directives) {
    const name = directive.name.value;
    if (name === "authenticated") authenticated = true;
    if (name === "requiresScopes") scopes = listOfLists(directive, "scopes");
    if (name === "policy") policies = listOfLists(directive, "policies");
  }
  if (!authenticated && scopes.length === 0 && policies.length === 0) return null;
  return { authenticated: authenticated || scopes.length > 0 || policies.length > 0, scopes, policies };
}

/** Two declarations of one coordinate (a type in several subgraphs): the caller must satisfy both. */
function merge(a: AccessRequirement, b: AccessRequirement): AccessRequirement {
  const both = (x: readonly (readonly string[])[], y: readonly (readonly string[])[]) =>
    x.length === 0 ? y : y.length === 0 ? x : x.flatMap((left) => y.map((right) => [...left, ...right]));
  return {
    authenticated: a.authenticated || b.authenticated,
    scopes: both(a.scopes, b.scopes),
    policies: both(a.policies, b.policies),
  };
}

function listOfLists(directive: ConstDirectiveNode, argument: string): string[][] {
  const value = directive.arguments?.find((a) => a.name.value === argument)?.value;
  const strings = (node: ConstValueNode): string[] =>
    node.kind === Kind.LIST ? node.values.flatMap(strings) : node.kind === Kind.STRING ? [node.value] : [];
  if (!value || value.kind !== Kind.LIST) return [];
  return value.values.map(strings);
}
