import { figureContract, PROVIDER_NAMESPACES, type ProviderNamespace, type Queryable } from "../../kit";
import type { UnitPlace } from "../figures/harmoniseGroup";

/** A snapshot's groups for one request, in the providers' shape, and the places their unit keys stand for. */
export interface SnapshotGroups {
  groups: Record<ProviderNamespace, figureContract.NativeFigureGroup[]>;
  unitPlaces: Map<string, UnitPlace>;
}

interface Row {
  provider: ProviderNamespace;
  measure: figureContract.NativeMeasure;
  period: string;
  level_code: string | null;
  trade_code: string | null;
  unit_region: string | null;
  unit_province: string | null;
  end_reason_code: string | null;
  previous_level_code: string | null;
  within_year: boolean | null;
  certification_code: string | null;
  enrolled: boolean | null;
  under_contract: boolean | null;
  count: number;
  contract_days: string;
}

/**
 * The groups the providers would have answered `request` with on the snapshot's day, summed in one statement from
 * the snapshot's finer groups: every counted thing (a learner in a period, a contract, a decision, a certificate)
 * has one value per dimension, so a coarser group is exactly the sum of the finer ones. The unit of a group is a
 * place key (`region/province`), and `unitPlaces` maps each key to its place, so that the figures' own
 * harmonisation (GroupHarmoniser) places it as it places a unit of the register.
 */
export async function selectSnapshotGroups(
  db: Queryable,
  day: string,
  request: figureContract.ProviderFigureRequest,
): Promise<SnapshotGroups> {
  const asked = new Set(request.groupBy);
  const periods = figureContract
    .periodsBetween(request.granularity, request.fromPeriod, request.toPeriod)
    .map((period) => period.name);
  const rows = await db.query<Row>(
    `SELECT provider, measure, period,
            ${asked.has("levelCode") ? "level_code" : "NULL::text AS level_code"},
            ${asked.has("tradeCode") ? "trade_code" : "NULL::text AS trade_code"},
            ${asked.has("unitNumber") ? "unit_region, unit_province" : "NULL::text AS unit_region, NULL::text AS unit_province"},
            end_reason_code, previous_level_code, within_year, certification_code, enrolled, under_contract,
            sum(count)::int AS count, sum(contract_days)::bigint AS contract_days
       FROM offa.figure_snapshot_group
      WHERE day = $1 AND measure = ANY($2::text[]) AND period = ANY($3::text[])
      GROUP BY provider, measure, period, 4, 5, 6, 7, end_reason_code, previous_level_code, within_year,
               certification_code, enrolled, under_contract`,
    [day, request.measures, periods],
  );
  const groups = Object.fromEntries(
    PROVIDER_NAMESPACES.map((namespace) => [namespace, [] as figureContract.NativeFigureGroup[]]),
  ) as Record<ProviderNamespace, figureContract.NativeFigureGroup[]>;
  const unitPlaces = new Map<string, UnitPlace>();
  for (const row of rows) {
    let unitKey: string | null = null;
    if (row.unit_region !== null && row.unit_province !== null) {
      unitKey = `${row.unit_region}/${row.unit_province}`;
      if (row.unit_region !== "UNKNOWN") {
        unitPlaces.set(unitKey, { region: row.unit_region, province: row.unit_province });
      }
    }
    groups[row.provider].push({
      measure: row.measure,
      period: row.period,
      levelCode: row.level_code,
      tradeCode: row.trade_code,
      unitNumber: unitKey,
      learnerPostcode: null,
      ageYears: null,
      trackCode: null,
      contractTypeCode: null,
      endReasonCode: row.end_reason_code,
      previousLevelCode: row.previous_level_code,
      withinYear: row.within_year,
      certificationCode: row.certification_code,
      sitePostcode: null,
      enrolled: row.enrolled,
      underContract: row.under_contract,
      count: row.count,
      contractDays: Number(row.contract_days),
    });
  }
  return { groups, unitPlaces };
}
