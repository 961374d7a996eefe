import type { figureContract, ProviderNamespace } from "../../kit";
import type { UnitPlace } from "../figures/harmoniseGroup";
import type { FigureSnapshotGroupRow } from "./FigureSnapshotGroupRow";

/** The register's answer for a unit it lacks: the same UNKNOWN the figures give it (GroupHarmoniser). */
const UNKNOWN_PLACE: UnitPlace = { region: "UNKNOWN", province: "UNKNOWN" };

/**
 * A provider's native groups as snapshot rows: each unit replaced by its place in the register (`unitPlaces`, read
 * on the snapshot's day), and the groups that then coincide summed, so that a snapshot keeps a few groups per
 * place instead of one per unit.
 */
export function toSnapshotRows(
  provider: ProviderNamespace,
  groups: readonly figureContract.NativeFigureGroup[],
  unitPlaces: ReadonlyMap<string, UnitPlace>,
): FigureSnapshotGroupRow[] {
  const rows = new Map<string, FigureSnapshotGroupRow>();
  for (const group of groups) {
    const place = group.unitNumber === null ? null : (unitPlaces.get(group.unitNumber) ?? UNKNOWN_PLACE);
    const row: FigureSnapshotGroupRow = {
      provider,
      measure: group.measure,
      period: group.period,
      levelCode: group.levelCode,
      tradeCode: group.tradeCode,
      unitRegion: place?.region ?? null,
      unitProvince: place?.province ?? null,
      endReasonCode: group.endReasonCode,
      previousLevelCode: group.previousLevelCode,
      withinYear: group.withinYear,
      certificationCode: group.certificationCode,
      enrolled: group.enrolled,
      underContract: group.underContract,
      count: 0,
      contractDays: 0,
    };
    const key = JSON.stringify({ ...row, count: undefined, contractDays: undefined });
    const existing = rows.get(key) ?? row;
    existing.count += group.count;
    existing.contractDays += group.contractDays;
    rows.set(key, existing);
  }
  return [...rows.values()];
}
