import type { GraphQLScalarType, GraphQLSchema } from "graphql";
import { dateScalars } from "../schema/contract/scalars";

/**
 * Gives the gateway's schema the real implementations of the schema's own scalars (LocalDate, YearMonth).
 *
 * @apollo/gateway builds its schema from the supergraph SDL, where a custom scalar is opaque: any value passes
 * validation and reaches a subgraph, which then refuses it with a bare HTTP 400. With the same parse functions
 * as the subgraphs, an invalid date is refused by the gateway's validation (a literal) or variable coercion
 * (a variable), before any query plan or subgraph call. The schema object is the one Apollo Server validates
 * against, so the implementation is set on it in place.
 */
export function attachScalarImplementations(schema: GraphQLSchema): void {
  for (const implementation of dateScalars) {
    const scalar = schema.getType(implementation.name) as GraphQLScalarType | undefined;
    if (!scalar) continue;
    scalar.serialize = implementation.serialize;
    scalar.parseValue = implementation.parseValue;
    scalar.parseLiteral = implementation.parseLiteral;
  }
}
