import {
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from "graphql";
import type { AccessClaims } from "./AccessClaims";
import type { AccessRequirement } from "./AccessRequirement";
import { isAllowed } from "./isAllowed";

/** A field of an operation the caller may not see, with the coordinate whose requirement denied it. */
export interface DeniedField {
  node: FieldNode;
  /** `Type.field` or, when the field's type is protected, `Type`. */
  coordinate: string;
}

/**
 * Every field selection of a document (operations and fragments) that the caller may not see: the requirement
 * of the field, of the type it returns or of the type it belongs to is not met. Introspection fields are left to the server's
 * introspection setting.
 */
export function findDeniedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  requirements: ReadonlyMap<string, AccessRequirement>,
  claims: AccessClaims | null,
): DeniedField[] {
  const denied: DeniedField[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]: {
        enter(node) {
          if (node.name.value.startsWith("__")) return;
          const parent = typeInfo.getParentType();
          const type = typeInfo.getType();
          if (!parent || !type) return;
          const fieldCoordinate = `${parent.name}.${node.name.value}`;
          const typeCoordinate = getNamedType(type).name;
          // The parent type too: a subgraph's `_entities` reaches a protected type through a union's inline
          // fragment, with no field that returns it.
          for (const coordinate of [fieldCoordinate, typeCoordinate, parent.name]) {
            const requirement = requirements.get(coordinate);
            if (requirement && !isAllowed(claims, requirement)) {
              denied.push({ node, coordinate });
              return false; // nothing below a denied field is fetched, so nothing below is judged
            }
          }
          return undefined;
        },
      },
    }),
  );
  return denied;
}
