/**
 * OFFA's figure model (issue 11): snapshots of the providers' native figure groups, one per day, that answer the
 * dashboards' figures without asking the providers (README.md). Derived by scripts/mobility/refreshFigureModel.ts.
 */
export type { FigureSnapshot, FigureSnapshotGroupRow } from "./FigureSnapshotGroupRow";
export {
  MODEL_DIMENSIONS,
  MODEL_GRANULARITY,
  MODEL_KEPT_DAYS,
  MODEL_MEASURES,
  MODEL_SCHOOL_YEARS,
  withinModelScope,
} from "./figureModelScope";
export { replaceFigureSnapshot } from "./replaceFigureSnapshot";
export { selectFigureSnapshot } from "./selectFigureSnapshot";
export { selectSnapshotGroups, type SnapshotGroups } from "./selectSnapshotGroups";
export { toSnapshotRows } from "./toSnapshotRows";
