/** GET /figures.csv: figure queries exported as CSV through the gateway's own GraphQL execution (issue 11). */
export { createFiguresExportRoute, FIGURES_EXPORT_PATH } from "./createFiguresExportRoute";
export { figuresCsv, type ExportedCell } from "./figuresCsv";
export { readFigureExportRequest, type FigureExportVariables } from "./readFigureExportRequest";
