import type * as figureContract from "../../../schema/contract/figures";
import type { Queryable } from "../db/Database";
import { buildFigureStatement } from "./buildFigureStatement";
import { figurePeriodBounds } from "./figurePeriodsSql";
import type { ProviderFigureSources } from "./ProviderFigureSources";

/** A row of a figure statement (buildFigureStatement), in its column names. */
interface GroupRow {
  period: string;
  level_code: string | null;
  trade_code: string | null;
  unit_number: string | null;
  learner_postcode: string | null;
  age_years: number | null;
  track_code: string | null;
  contract_type_code: string | null;
  end_reason_code: string | null;
  previous_level_code: string | null;
  within_year: boolean | null;
  certification_code: string | null;
  site_postcode: string | null;
  enrolled: boolean | null;
  under_contract: boolean | null;
  count: number;
  contract_days: number;
}

/**
 * A provider's native figure groups for one request: one statement per requested measure (never per learner or
 * group), each grouped in the database by the requested native dimensions (buildFigureStatement).
 */
export async function selectNativeFigureGroups(
  db: Queryable,
  sources: ProviderFigureSources,
  request: figureContract.ProviderFigureRequest,
): Promise<figureContract.NativeFigureGroup[]> {
  const params = [request.asOf, ...figurePeriodBounds(request)];
  const perMeasure = await Promise.all(
    request.measures.map(async (measure) => {
      const sql = buildFigureStatement(sources, request.granularity, measure, request.groupBy);
      const rows = await db.query<GroupRow>(sql, params);
      return rows.map((row) => toGroup(measure, row));
    }),
  );
  return perMeasure.flat();
}

function toGroup(measure: figureContract.NativeMeasure, row: GroupRow): figureContract.NativeFigureGroup {
  return {
    measure,
    period: row.period,
    levelCode: row.level_code,
    tradeCode: row.trade_code,
    unitNumber: row.unit_number,
    learnerPostcode: row.learner_postcode,
    ageYears: row.age_years === null ? null : Number(row.age_years),
    trackCode: row.track_code,
    contractTypeCode: row.contract_type_code,
    endReasonCode: row.end_reason_code,
    previousLevelCode: row.previous_level_code,
    withinYear: row.within_year,
    certificationCode: row.certification_code,
    sitePostcode: row.site_postcode,
    enrolled: row.enrolled,
    underContract: row.under_contract,
    count: Number(row.count),
    contractDays: Number(row.contract_days),
  };
}
