/**
 * Defects opened in a period, counted per checklist category and severity, with the
 * categories that can start a fire (DOMAIN.md §2: leaks, wiring, gas, high voltage;
 * FIRE_RISK_CATEGORIES) flagged so they stand out.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import { FIRE_RISK_CATEGORIES } from "../../core/competencies.js";
import { SEVERITIES } from "../../core/inspection-templates.js";
import type { Database } from "../../db/database.js";
import type { Actor } from "../auth/actor.js";
import { PeriodQuery, resolvePeriod, type Period } from "./period.js";
import type { ReportDefinition } from "./report.js";

export const DefectsByCategoryRow = Type.Object(
  {
    category: Type.String(),
    severity: Type.Enum([...SEVERITIES]),
    fireRisk: Type.Boolean({ description: "A category that can start a fire (DOMAIN.md §2)" }),
    defects: Type.Integer({ description: "Defects opened in the period" }),
    vehicles: Type.Integer({ description: "Vehicles they were found on" }),
    unresolved: Type.Integer({ description: "Of those, still open or in repair now" }),
  },
  { $id: "DefectsByCategoryReportRow" },
);
type Row = Static<typeof DefectsByCategoryRow>;

export async function findDefectsByCategory(
  db: Database,
  actor: Actor,
  period: Period,
): Promise<Row[]> {
  const { start, until } = resolvePeriod(period);
  const scope = await actor.scope();
  const { rows } = await sql<{
    category: string;
    severity: Row["severity"];
    defects: number;
    vehicles: number;
    unresolved: number;
  }>`
    select d.category, d.severity, count(*)::int as defects,
      count(distinct d.vehicle_id)::int as vehicles,
      (count(*) filter (where d.status in ('open', 'in_repair')))::int as unresolved
    from defects d
    where ${scope.where("d.organisation_id")} and d.opened_at >= ${start} and d.opened_at < ${until}
    group by d.category, d.severity
    order by d.category,
      case d.severity when 'critical' then 0 when 'major' then 1 else 2 end`.execute(db);
  const fire = new Set(FIRE_RISK_CATEGORIES);
  return rows
    .map((row) => ({
      category: row.category,
      severity: row.severity,
      fireRisk: fire.has(row.category),
      defects: Number(row.defects),
      vehicles: Number(row.vehicles),
      unresolved: Number(row.unresolved),
    }))
    .sort((a, b) => Number(b.fireRisk) - Number(a.fireRisk));
}

export const defectsByCategoryReport: ReportDefinition<
  typeof PeriodQuery,
  typeof DefectsByCategoryRow
> = {
  name: "defects-by-category",
  summary: "Defects opened in a period per category and severity, fire-risk categories first",
  query: PeriodQuery,
  row: DefectsByCategoryRow,
  run: findDefectsByCategory,
};
