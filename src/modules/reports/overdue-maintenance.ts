/**
 * Overdue maintenance by operator and region (the depot's region, else the operator's):
 * how many tasks are overdue today, how many of them are safety-critical (those hold the
 * vehicle at the release gate), and on how many vehicles, beside the fleet's size. What
 * is overdue is decided by the maintenance module's what-is-due query (dueRowsSql), so
 * the report and each vehicle's due list agree.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { dueRowsSql } from "../maintenance/due.js";
import { NoQuery } from "./period.js";
import type { ReportDefinition } from "./report.js";

export const OverdueMaintenanceRow = Type.Object(
  {
    organisationId: Uuid,
    organisationName: Type.String(),
    regionId: Type.Union([Uuid, Type.Null()]),
    regionName: Type.Union([Type.String(), Type.Null()]),
    vehicles: Type.Integer({ description: "Vehicles in service (not retired)" }),
    overdueTasks: Type.Integer(),
    safetyCriticalOverdueTasks: Type.Integer(),
    vehiclesOverdue: Type.Integer({ description: "Vehicles with at least one overdue task" }),
    vehiclesSafetyCriticalOverdue: Type.Integer(),
  },
  { $id: "OverdueMaintenanceReportRow" },
);
type Row = Static<typeof OverdueMaintenanceRow>;

export async function findOverdueMaintenance(
  db: Database,
  actor: Actor,
  today: string = todayIso(),
): Promise<Row[]> {
  const scope = await actor.scope();
  const overdue = dueRowsSql({ scope, today, statuses: ["overdue"] });
  const { rows } = await sql<{
    organisation_id: string;
    organisation_name: string;
    region_id: string | null;
    region_name: string | null;
    vehicles: number;
    overdue_tasks: number | null;
    safety_critical_tasks: number | null;
    vehicles_overdue: number | null;
    vehicles_safety_critical: number | null;
  }>`
    with fleet as (
      select v.organisation_id, coalesce(dep.region_id, org.region_id) as region_id,
        count(*)::int as vehicles
      from vehicles v
      join organisations org on org.id = v.organisation_id
      left join depots dep on dep.id = v.depot_id
      where ${scope.where("v.organisation_id")} and v.status <> 'retired'
      group by 1, 2
    ),
    overdue as (
      select d.organisation_id, coalesce(dep.region_id, org.region_id) as region_id,
        count(*)::int as overdue_tasks,
        (count(*) filter (where d.safety_critical))::int as safety_critical_tasks,
        count(distinct d.vehicle_id)::int as vehicles_overdue,
        (count(distinct d.vehicle_id) filter (where d.safety_critical))::int
          as vehicles_safety_critical
      from (${overdue}) d
      join organisations org on org.id = d.organisation_id
      left join depots dep on dep.id = d.depot_id
      group by 1, 2
    )
    select f.organisation_id, org.name as organisation_name, f.region_id, r.name as region_name,
      f.vehicles, o.overdue_tasks, o.safety_critical_tasks, o.vehicles_overdue,
      o.vehicles_safety_critical
    from fleet f
    join organisations org on org.id = f.organisation_id
    left join regions r on r.id = f.region_id
    left join overdue o on o.organisation_id = f.organisation_id
      and o.region_id is not distinct from f.region_id
    order by org.name, f.organisation_id, r.name nulls last`.execute(db);
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    regionId: row.region_id,
    regionName: row.region_name,
    vehicles: Number(row.vehicles),
    overdueTasks: Number(row.overdue_tasks ?? 0),
    safetyCriticalOverdueTasks: Number(row.safety_critical_tasks ?? 0),
    vehiclesOverdue: Number(row.vehicles_overdue ?? 0),
    vehiclesSafetyCriticalOverdue: Number(row.vehicles_safety_critical ?? 0),
  }));
}

export const overdueMaintenanceReport: ReportDefinition<
  typeof NoQuery,
  typeof OverdueMaintenanceRow
> = {
  name: "overdue-maintenance",
  summary:
    "Overdue maintenance tasks today (and the safety-critical ones) by operator and region, beside the fleet size",
  query: NoQuery,
  row: OverdueMaintenanceRow,
  run: (db, actor) => findOverdueMaintenance(db, actor),
};
