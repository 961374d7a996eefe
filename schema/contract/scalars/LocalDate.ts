import { GraphQLLocalDate } from "graphql-scalars";

/**
 * A calendar date with no time zone, `YYYY-MM-DD` (graphql-scalars' LocalDate: `2024-02-30` is refused).
 * Every date of the schema is one: clients and tools know the type, and an invalid date is refused by
 * validation, before any resolver runs.
 */
export const LocalDate = GraphQLLocalDate;
