import type { GraphQLScalarType } from "graphql";
import { LocalDate } from "./LocalDate";
import { YearMonth } from "./YearMonth";

export { LocalDate, YearMonth };

/**
 * The schema's own scalars. The gateway gives them these same implementations, because @apollo/gateway
 * treats a custom scalar as opaque and would let an invalid value through to a subgraph.
 */
export const dateScalars: readonly GraphQLScalarType[] = [LocalDate, YearMonth];
