/**
 * The work-order backlog: open orders (requested, scheduled, in progress) per operator
 * and status, by age since they were opened in whole days (0–2, 3–7, 8–30, over 30),
 * with the oldest of each group.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { OPEN_WORK_ORDER_STATUSES } from "../../db/maintenance-schema.js";
import { Timestamp, Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { NoQuery } from "./period.js";
import type { ReportDefinition } from "./report.js";

export const WorkOrderBacklogRow = Type.Object(
  {
    organisationId: Uuid,
    organisationName: Type.String(),
    status: Type.Enum([...OPEN_WORK_ORDER_STATUSES]),
    open: Type.Integer(),
    age0To2Days: Type.Integer(),
    age3To7Days: Type.Integer(),
    age8To30Days: Type.Integer(),
    ageOver30Days: Type.Integer(),
    oldestWorkOrderId: Uuid,
    oldestWorkOrderNumber: Type.Integer(),
    oldestOpenedAt: Timestamp,
    oldestAgeDays: Type.Integer(),
  },
  { $id: "WorkOrderBacklogReportRow" },
);
type Row = Static<typeof WorkOrderBacklogRow>;

export async function findWorkOrderBacklog(db: Database, actor: Actor): Promise<Row[]> {
  const scope = await actor.scope();
  const { rows } = await sql<{
    organisation_id: string;
    organisation_name: string;
    status: Row["status"];
    open: number;
    age_0_2: number;
    age_3_7: number;
    age_8_30: number;
    age_over_30: number;
    oldest_id: string;
    oldest_number: number;
    oldest_opened_at: Date;
    oldest_age: number;
  }>`
    with aged as (
      select w.id, w.number, w.organisation_id, w.status, w.opened_at,
        floor(extract(epoch from now() - w.opened_at) / 86400)::int as age_days
      from work_orders w
      where ${scope.where("w.organisation_id")}
        and w.status = any(${[...OPEN_WORK_ORDER_STATUSES]}::text[])
    )
    select a.organisation_id, o.name as organisation_name, a.status,
      count(*)::int as open,
      (count(*) filter (where a.age_days <= 2))::int as age_0_2,
      (count(*) filter (where a.age_days between 3 and 7))::int as age_3_7,
      (count(*) filter (where a.age_days between 8 and 30))::int as age_8_30,
      (count(*) filter (where a.age_days > 30))::int as age_over_30,
      (array_agg(a.id order by a.opened_at, a.number))[1] as oldest_id,
      (array_agg(a.number order by a.opened_at, a.number))[1] as oldest_number,
      min(a.opened_at) as oldest_opened_at,
      max(a.age_days) as oldest_age
    from aged a
    join organisations o on o.id = a.organisation_id
    group by a.organisation_id, o.name, a.status
    order by o.name, a.organisation_id,
      case a.status when 'requested' then 0 when 'scheduled' then 1 else 2 end`.execute(db);
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.status,
    open: Number(row.open),
    age0To2Days: Number(row.age_0_2),
    age3To7Days: Number(row.age_3_7),
    age8To30Days: Number(row.age_8_30),
    ageOver30Days: Number(row.age_over_30),
    oldestWorkOrderId: row.oldest_id,
    oldestWorkOrderNumber: Number(row.oldest_number),
    oldestOpenedAt: new Date(row.oldest_opened_at).toISOString(),
    oldestAgeDays: Number(row.oldest_age),
  }));
}

export const workOrderBacklogReport: ReportDefinition<typeof NoQuery, typeof WorkOrderBacklogRow> =
  {
    name: "work-order-backlog",
    summary:
      "Open work orders per operator and status by age (0–2, 3–7, 8–30, over 30 days), with the oldest",
    query: NoQuery,
    row: WorkOrderBacklogRow,
    run: (db, actor) => findWorkOrderBacklog(db, actor),
  };
