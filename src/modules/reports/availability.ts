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
 * Overlapping orders are merged per vehicle (a day counts once) from their spans of
 * days, so the report never expands a row per vehicle and day.
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
  const { from, to, start } = resolvePeriod(period);
  const scope = await actor.scope();
  // Days after today cannot be judged yet.
  const last = to < today ? to : today;
  const until = new Date(`${last}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + 1);
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
    with fleet as (
      select v.id, v.organisation_id, v.depot_id, v.status,
        greatest(${from}::date, coalesce(v.in_service_date, (v.created_at at time zone 'UTC')::date))
          as day_from,
        ${last}::date as day_to
      from vehicles v
      where ${scope.where("v.organisation_id")} and v.status <> 'retired'
    ),
    -- The days each blocking order held its vehicle, cut to the vehicle's counted days:
    -- opening day to closing day (on to the end while open). Overlapping orders count
    -- once: taken in order of opening, an order adds only the days after the furthest
    -- day any earlier order of the vehicle reached.
    spans as (
      select w.vehicle_id,
        greatest((w.opened_at at time zone 'UTC')::date, f.day_from) as lo,
        least(coalesce((coalesce(w.completed_at, w.cancelled_at) at time zone 'UTC')::date, f.day_to),
          f.day_to) as hi,
        w.opened_at
      from work_orders w
      join fleet f on f.id = w.vehicle_id
      where w.blocking and ${scope.where("w.organisation_id")} and w.opened_at < ${until}
        and (coalesce(w.completed_at, w.cancelled_at) is null
          or coalesce(w.completed_at, w.cancelled_at) >= ${start})
    ),
    ordered as (
      select vehicle_id, lo, hi,
        max(hi) over (partition by vehicle_id order by opened_at
          rows between unbounded preceding and 1 preceding) as reached
      from spans
    ),
    downtime as (
      select vehicle_id,
        sum(greatest(0, hi - greatest(lo - 1, coalesce(reached, lo - 1)))) as days,
        bool_or(${today}::date between lo and hi) as held_today
      from ordered
      group by vehicle_id
    ),
    per_vehicle as (
      select f.organisation_id, f.depot_id, f.day_to - f.day_from + 1 as vehicle_days,
        coalesce(d.days, 0)
          -- In repair or out of service now: today is unavailable too, unless an order held it.
          + case when f.status in ('in_repair', 'out_of_service')
                  and ${today}::date between f.day_from and f.day_to
                  and not coalesce(d.held_today, false) then 1 else 0 end as unavailable_days
      from fleet f
      left join downtime d on d.vehicle_id = f.id
      where f.day_from <= f.day_to
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
