import type { figureContract, ProviderNamespace } from "../../kit";

/**
 * One row of a figure snapshot (offa.figure_snapshot_group): a provider's native group as known on the snapshot's
 * day, with its establishment unit replaced by the unit's place in OFFA's register (region and province, UNKNOWN
 * when the register lacks the unit, both null when the group has no unit).
 */
export interface FigureSnapshotGroupRow {
  provider: ProviderNamespace;
  measure: figureContract.NativeMeasure;
  period: string;
  levelCode: string | null;
  tradeCode: string | null;
  unitRegion: string | null;
  unitProvince: string | null;
  endReasonCode: string | null;
  previousLevelCode: string | null;
  withinYear: boolean | null;
  certificationCode: string | null;
  enrolled: boolean | null;
  underContract: boolean | null;
  count: number;
  contractDays: number;
}

/** A snapshot as recorded: its day, the school years it holds and when the providers' groups were read. */
export interface FigureSnapshot {
  day: string;
  firstPeriod: string;
  lastPeriod: string;
  groups: number;
  readAt: string;
}
