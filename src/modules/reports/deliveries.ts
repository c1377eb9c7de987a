/**
 * Vehicles delivered per region and year: counted by their in-service date, in the
 * region of their depot, else of their operator (a vehicle without either is counted
 * under no region). Retired vehicles count in the year they were delivered.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { NoQuery } from "./period.js";
import type { ReportDefinition } from "./report.js";

export const DeliveriesRow = Type.Object(
  {
    regionId: Type.Union([Uuid, Type.Null()]),
    regionName: Type.Union([Type.String(), Type.Null()]),
    country: Type.Union([Type.String(), Type.Null()]),
    year: Type.Integer(),
    vehicles: Type.Integer(),
  },
  { $id: "DeliveriesReportRow" },
);
type Row = Static<typeof DeliveriesRow>;

export async function findDeliveries(db: Database, actor: Actor): Promise<Row[]> {
  const scope = await actor.scope();
  const { rows } = await sql<{
    region_id: string | null;
    region_name: string | null;
    country: string | null;
    year: number;
    vehicles: number;
  }>`
    select r.id as region_id, r.name as region_name, r.country,
      d.year, d.vehicles
    from (
      select coalesce(dep.region_id, org.region_id) as region_id,
        extract(year from v.in_service_date)::int as year, count(*)::int as vehicles
      from vehicles v
      join organisations org on org.id = v.organisation_id
      left join depots dep on dep.id = v.depot_id
      where ${scope.where("v.organisation_id")} and v.in_service_date is not null
      group by 1, 2
    ) d
    left join regions r on r.id = d.region_id
    order by r.country nulls last, r.name nulls last, d.year`.execute(db);
  return rows.map((row) => ({
    regionId: row.region_id,
    regionName: row.region_name,
    country: row.country,
    year: Number(row.year),
    vehicles: Number(row.vehicles),
  }));
}

export const deliveriesReport: ReportDefinition<typeof NoQuery, typeof DeliveriesRow> = {
  name: "deliveries",
  summary:
    "Vehicles delivered (by in-service date) per region (the depot's, else the operator's) and year",
  query: NoQuery,
  row: DeliveriesRow,
  run: (db, actor) => findDeliveries(db, actor),
};
