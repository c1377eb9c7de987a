/**
 * Fleet availability: the share of vehicle-days on which a vehicle was available, per
 * operator and per depot.
 *
 * Precisely, for the period [from, to] (UTC calendar days, `to` cut at today):
 * - A vehicle counts from its in-service date (else the day it was registered) to `to`;
 *   retired vehicles have left the fleet and count on no day. Each such day is one
 *   vehicle-day.
 * - A vehicle-day is UNAVAILABLE when, at any moment of that day, a blocking work order
 *   of the vehicle was open: from the day it was opened to the day it was completed or
 *   cancelled, both included (still open: to `to`). This is the downtime the work-order
 *   module holds the vehicle for (work-orders/release-rule.ts).
 * - A vehicle's status has no history, so "not active" is known only for today: a vehicle
 *   in repair or out of service now is unavailable today (when today is in the period).
 * - Available days = vehicle-days − unavailable days; availability = available /
 *   vehicle-days (null when there are no vehicle-days).
 * Overlapping orders are merged per vehicle (a day counts once), in SQL with date
 * multiranges, so the report does not expand a row per vehicle and day.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { PeriodQuery, resolvePeriod, type Period } from "./period.js";
import { share, type ReportDefinition } from "./report.js";

export const AvailabilityRow = Type.Object(
  {
    level: Type.Enum(["operator", "depot"], {
      description: "operator: the operator's whole fleet; depot: one depot (or no depot)",
    }),
    organisationId: Uuid,
    organisationName: Type.String(),
    depotId: Type.Union([Uuid, Type.Null()]),
    depotName: Type.Union([Type.String(), Type.Null()]),
    vehicles: Type.Integer(),
    vehicleDays: Type.Integer(),
    unavailableDays: Type.Integer(),
    availableDays: Type.Integer(),
    availability: Type.Union([Type.Number(), Type.Null()], {
      description: "availableDays / vehicleDays, 0 to 1",
    }),
  },
  { $id: "AvailabilityReportRow" },
);
type Row = Static<typeof AvailabilityRow>;

export async function findAvailability(
  db: Database,
  actor: Actor,
  period: Period,
  today: string = todayIso(),
): Promise<Row[]> {
  const { from, to } = resolvePeriod(period);
  const scope = await actor.scope();
  const { rows } = await sql<{
    organisation_id: string;
    organisation_name: string;
    depot_id: string | null;
    depot_name: string | null;
    operator_level: boolean;
    vehicles: number;
    vehicle_days: number;
    unavailable_days: number;
  }>`
    with counted as (
      select v.id, v.organisation_id, v.depot_id, v.status,
        greatest(${from}::date, coalesce(v.in_service_date, (v.created_at at time zone 'UTC')::date))
          as day_from,
        least(${to}::date, ${today}::date) as day_to
      from vehicles v
      where ${scope.where("v.organisation_id")} and v.status <> 'retired'
    ),
    fleet as (select * from counted where day_from <= day_to),
    downtime as (
      select w.vehicle_id,
        range_agg(
          daterange(w.open_day, case when w.close_day is not null then greatest(w.open_day, w.close_day) end, '[]')
          * daterange(f.day_from, f.day_to, '[]')) as days
      from (
        select vehicle_id, (opened_at at time zone 'UTC')::date as open_day,
          (coalesce(completed_at, cancelled_at) at time zone 'UTC')::date as close_day
        from work_orders
        where blocking and ${scope.where("organisation_id")}
      ) w
      join fleet f on f.id = w.vehicle_id
      where w.open_day <= f.day_to and (w.close_day is null or w.close_day >= f.day_from)
      group by w.vehicle_id
    ),
    per_vehicle as (
      select f.organisation_id, f.depot_id, f.day_to - f.day_from + 1 as vehicle_days,
        coalesce((
          select sum(upper(r) - lower(r)) from unnest(
            coalesce(d.days, '{}'::datemultirange)
            + case when f.status in ('in_repair', 'out_of_service')
                    and ${today}::date between f.day_from and f.day_to
                   then datemultirange(daterange(${today}::date, ${today}::date, '[]'))
                   else '{}'::datemultirange end) r), 0) as unavailable_days
      from fleet f
      left join downtime d on d.vehicle_id = f.id
    ),
    totals as (
      select organisation_id, depot_id, grouping(depot_id) = 1 as operator_level,
        count(*)::int as vehicles, sum(vehicle_days)::int as vehicle_days,
        sum(unavailable_days)::int as unavailable_days
      from per_vehicle
      group by grouping sets ((organisation_id), (organisation_id, depot_id))
    )
    select t.*, o.name as organisation_name, dep.name as depot_name
    from totals t
    join organisations o on o.id = t.organisation_id
    left join depots dep on dep.id = t.depot_id
    order by o.name, t.organisation_id, t.operator_level desc, dep.name nulls last`.execute(db);
  return rows.map((row) => {
    const vehicleDays = Number(row.vehicle_days);
    const unavailableDays = Number(row.unavailable_days);
    return {
      level: row.operator_level ? "operator" : "depot",
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      depotId: row.operator_level ? null : row.depot_id,
      depotName: row.operator_level ? null : row.depot_name,
      vehicles: Number(row.vehicles),
      vehicleDays,
      unavailableDays,
      availableDays: vehicleDays - unavailableDays,
      availability: share(vehicleDays - unavailableDays, vehicleDays),
    };
  });
}

export const availabilityReport: ReportDefinition<typeof PeriodQuery, typeof AvailabilityRow> = {
  name: "availability",
  summary:
    "Share of vehicle-days available per operator and depot (a blocking work order open that day, or in repair today, makes a day unavailable)",
  query: PeriodQuery,
  row: AvailabilityRow,
  run: (db, actor, period) => findAvailability(db, actor, period),
};
