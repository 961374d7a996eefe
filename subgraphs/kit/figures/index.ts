/** Provider-side figures (issue 11): the FigureTable entity part and the SQL every provider's figures run. */
export { NativeFigureGroup } from "./NativeFigureGroup";
export type { ProviderFigureSources } from "./ProviderFigureSources";
export { buildFigureStatement } from "./buildFigureStatement";
export { figurePeriodBounds, figurePeriodsSql } from "./figurePeriodsSql";
export { selectNativeFigureGroups } from "./selectNativeFigureGroups";
export {
  buildFigureTableSchema,
  type FigureTableSchema,
  type ProviderFigures,
} from "./buildFigureTableSchema";
