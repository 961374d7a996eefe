import { Directive, Field, Float, Int, ObjectType } from "type-graphql";
import { LocalDate, NativeFigureGroup, RequiresAccess } from "../../kit";
import { FigureDimension, FigureGranularity, FigureMeasure, FigureSuppression } from "./figureEnums";

/** Figures are for dashboards: the `figures:read` scope (DASHBOARD_ANALYST), never learner-level data. */
export const FigureData = () => RequiresAccess({ scopes: ["figures:read"] });

@ObjectType({ description: "One coordinate of a cell: a dimension and its common value." })
@FigureData()
export class FigureCoordinate {
  @Field(() => FigureDimension)
  dimension!: FigureDimension;

  @Field(() => String, {
    description: "A common value, or NONE, UNMAPPED, AMBIGUOUS, UNKNOWN (FigureDimension).",
  })
  value!: string;
}

@ObjectType({
  description:
    "One figure: a measure in a period at one combination of the dimensions asked. Combinations with nothing counted have no cell (their value is 0).",
})
@FigureData()
export class FigureCell {
  @Field(() => FigureMeasure)
  measure!: FigureMeasure;

  @Field(() => String, { description: 'The period: a school year ("2023-2024") or a month ("2023-09").' })
  period!: string;

  @Field(() => [FigureCoordinate], { description: "One per dimension of `by`, in that order." })
  coordinates!: FigureCoordinate[];

  @Field(() => Float, {
    nullable: true,
    description:
      "The figure; null when suppressed, or, with OFFA_HARMONISATION_INCOMPLETE naming the providers, when a provider's figures could not be read (never a partial sum).",
  })
  value!: number | null;

  @Field(() => Boolean, { description: "Hidden to protect small counts (domain.md §9)." })
  suppressed!: boolean;

  @Field(() => FigureSuppression, { nullable: true })
  suppression!: FigureSuppression | null;

  /** Providers whose figures this cell needed and did not get (the value resolver raises the error). */
  missingProviders!: readonly string[];
}

@ObjectType({ description: "Where a table's figures come from, and whether they all arrived." })
@FigureData()
export class FigureSource {
  @Field(() => String, {
    description: "CEFA, IFAPME, SFPME, or OFFA for its own register (ACCREDITED_UNITS).",
  })
  provider!: string;

  @Field(() => String, { description: "The field or table the figures were read from." })
  origin!: string;

  @Field(() => Boolean, {
    description: "False when the provider's figures could not be read: the cells needing them are null.",
  })
  arrived!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "How many native groups arrived (null when none could be read).",
  })
  groups!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The mapping rule set used to turn native codes into common values (rules in force on asOf).",
  })
  ruleSetId!: number | null;
}

/**
 * A figure request as an entity (issue 11): OFFA writes its key, the providers answer their native groups
 * (`<provider>Groups`, @external here) and OFFA turns them into cells with @requires. The key has two parts:
 * `request` (the provider part, schema/contract/figures) and `query` (the client's request, which only OFFA
 * reads); both are @inaccessible. The providers' groups hold small counts before suppression: they must be
 * @inaccessible too, which only their owners can declare (composition refuses it on an @external field).
 */
@ObjectType({
  description:
    "Figures across providers, computed where the data lives, mapped onto the common model with the rules in force on asOf, summed across providers, small cells suppressed.",
})
@Directive('@key(fields: "request query")')
@FigureData()
export class FigureTable {
  @Field(() => String)
  @Directive("@inaccessible")
  request!: string;

  @Field(() => String)
  @Directive("@inaccessible")
  query!: string;

  @Field(() => [NativeFigureGroup], { nullable: true })
  @Directive("@external")
  cefaGroups?: NativeFigureGroup[] | null;

  @Field(() => [NativeFigureGroup], { nullable: true })
  @Directive("@external")
  ifapmeGroups?: NativeFigureGroup[] | null;

  @Field(() => [NativeFigureGroup], { nullable: true })
  @Directive("@external")
  sfpmeGroups?: NativeFigureGroup[] | null;

  @Field(() => LocalDate, { description: "Records and mapping rules as known on this date." })
  asOf!: string;

  @Field(() => FigureGranularity)
  granularity!: FigureGranularity;

  @Field(() => String, { description: "The first period." })
  from!: string;

  @Field(() => String, { description: "The last period." })
  to!: string;

  @Field(() => [FigureMeasure])
  measures!: FigureMeasure[];

  @Field(() => [FigureDimension])
  by!: FigureDimension[];
}
