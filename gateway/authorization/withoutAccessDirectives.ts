import { Kind, parse, print, visit, type ConstDirectiveNode, type DocumentNode } from "graphql";

const ACCESS_DIRECTIVES = new Set(["authenticated", "requiresScopes", "policy"]);
const ACCESS_SCALARS = new Set(["requiresScopes__Scope", "policy__Policy"]);
const ACCESS_SPECS = /^https:\/\/specs\.apollo\.dev\/(authenticated|requiresScopes|policy)\//;

/**
 * The supergraph as @apollo/gateway can load it: without the access directives, their scalars and their
 * `@link(…, for: SECURITY)` features. The gateway-js core check refuses a SECURITY feature it does not
 * implement (it leaves access control to Apollo Router); this gateway implements it itself, before query
 * planning (authorizingGateway), from the requirements read out of the untouched SDL.
 */
export function withoutAccessDirectives(supergraphSdl: string): string {
  const document: DocumentNode = parse(supergraphSdl);
  const isAccessLink = (directive: ConstDirectiveNode) =>
    directive.name.value === "link" &&
    directive.arguments?.some(
      (argument) =>
        argument.name.value === "url" &&
        argument.value.kind === Kind.STRING &&
        ACCESS_SPECS.test(argument.value.value),
    ) === true;
  const stripped = visit(document, {
    [Kind.DIRECTIVE]: (node) =>
      ACCESS_DIRECTIVES.has(node.name.value) || isAccessLink(node as ConstDirectiveNode) ? null : undefined,
    [Kind.DIRECTIVE_DEFINITION]: (node) => (ACCESS_DIRECTIVES.has(node.name.value) ? null : undefined),
    [Kind.SCALAR_TYPE_DEFINITION]: (node) => (ACCESS_SCALARS.has(node.name.value) ? null : undefined),
  });
  return print(stripped);
}
