/**
 * Dashboard figures (issue 11): Query.figures, the FigureTable entity whose provider parts arrive by @requires,
 * the mapping of native groups onto common dimensions, suppression, and OFFA's own register counts.
 */
export { FigureCellResolver, FiguresResolver } from "./FiguresResolver";
export { FigureTable, FigureCell, FigureCoordinate, FigureSource } from "./FigureTable";
export { FigureDimension, FigureGranularity, FigureMeasure, FigureSuppression } from "./figureEnums";
export { MAX_FIGURE_CELLS, SUPPRESSION_THRESHOLD } from "./figureLimits";
export { provinceOfPostcode, regionOfProvince } from "./provinceOfPostcode";
export { ageBandOf } from "./ageBand";
export { suppressCells, type CountCell } from "./suppressCells";

/** The FigureTable representation is all OFFA needs: its key and the providers' groups (@requires). */
export const figureReferenceResolvers = {
  FigureTable: { __resolveReference: (reference: object) => reference },
};
