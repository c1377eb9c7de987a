/**
 * Mean distance between failures per model, for a period [from, to] (UTC days).
 * - Distance: per vehicle, its primary meter (core/fleet.ts primaryMeter: engine hours
 *   for tractors and harvesters, the odometer for everything else) at the end of the
 *   period minus at its start, as read: the latest reading before the period ends minus
 *   the latest reading before it starts (a vehicle with no reading before the period
 *   starts from its first reading in it). Voided readings do not count.
 * - Failures: defects of severity critical or major opened in the period.
 * - Mean km (or engine hours) between failures = distance of the model's vehicles /
 *   their failures; null when there was no failure.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import { METERS, POWERTRAINS, VEHICLE_TYPES, primaryMeter } from "../../core/fleet.js";
import type { Database } from "../../db/database.js";
import { Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { PeriodQuery, resolvePeriod, type Period } from "./period.js";
import type { ReportDefinition } from "./report.js";

export const FAILURE_SEVERITIES = ["critical", "major"] as const;
/** Vehicle types whose use is read from engine hours (core/fleet.ts primaryMeter). */
const BY_ENGINE_HOURS = VEHICLE_TYPES.filter((type) => primaryMeter(type) === "engine_hours");

export const MkbfRow = Type.Object(
  {
    modelId: Uuid,
    maker: Type.String(),
    model: Type.String(),
    vehicleType: Type.Enum([...VEHICLE_TYPES]),
    powertrain: Type.Enum([...POWERTRAINS]),
    meter: Type.Enum([...METERS], { description: "The meter the model's use is read from" }),
    vehicles: Type.Integer(),
    distanceKm: Type.Union([Type.Number(), Type.Null()], { description: "Odometer models" }),
    engineHours: Type.Union([Type.Number(), Type.Null()], { description: "Machinery" }),
    failures: Type.Integer({ description: "Critical and major defects opened in the period" }),
    kmBetweenFailures: Type.Union([Type.Number(), Type.Null()]),
    hoursBetweenFailures: Type.Union([Type.Number(), Type.Null()]),
  },
  { $id: "MkbfReportRow" },
);
type Row = Static<typeof MkbfRow>;

export async function findMkbf(db: Database, actor: Actor, period: Period): Promise<Row[]> {
  const { start, until } = resolvePeriod(period);
  const scope = await actor.scope();
  // Readings waiting for confirmation count for no distance until they are confirmed.
  const reading = sql`r.vehicle_id = veh.id and r.meter = veh.meter
    and r.voided_at is null and r.unconfirmed_at is null`;
  const { rows } = await sql<{
    model_id: string;
    maker: string;
    model: string;
    vehicle_type: Row["vehicleType"];
    powertrain: Row["powertrain"];
    meter: Row["meter"];
    vehicles: number;
    used: number;
    failures: number;
  }>`
    with veh as (
      select v.id, v.model_id,
        case when m.vehicle_type = any(${BY_ENGINE_HOURS}::text[]) then 'engine_hours'
             else 'odometer_km' end as meter
      from vehicles v
      join vehicle_models m on m.id = v.model_id
      where ${scope.where("v.organisation_id")}
      -- In index order: each vehicle's readings are looked up where the last one's ended.
      order by v.id
    ),
    read as (
      select veh.model_id, veh.meter,
        (select r.value from meter_readings r where ${reading} and r.read_at < ${until}
          order by r.read_at desc limit 1) as at_end,
        coalesce(
          (select r.value from meter_readings r where ${reading} and r.read_at < ${start}
            order by r.read_at desc limit 1),
          (select r.value from meter_readings r
            where ${reading} and r.read_at >= ${start} and r.read_at < ${until}
            order by r.read_at asc limit 1)) as at_start
      from veh
    ),
    used as (
      select model_id, meter, greatest(coalesce(at_end - at_start, 0), 0) as used from read
    ),
    failures as (
      select veh.model_id, count(*)::int as failures
      from defects d
      join veh on veh.id = d.vehicle_id
      where d.severity = any(${[...FAILURE_SEVERITIES]}::text[])
        and d.opened_at >= ${start} and d.opened_at < ${until}
      group by veh.model_id
    )
    select m.id as model_id, m.maker, m.model, m.vehicle_type, m.powertrain, u.meter,
      u.vehicles, u.used, coalesce(f.failures, 0) as failures
    from (
      select model_id, meter, count(*)::int as vehicles, sum(used) as used
      from used group by model_id, meter
    ) u
    join vehicle_models m on m.id = u.model_id
    left join failures f on f.model_id = u.model_id
    order by m.maker, m.model, m.powertrain, m.id`.execute(db);
  const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
  return rows.map((row) => {
    const used = Number(row.used);
    const failures = Number(row.failures);
    const byKm = row.meter === "odometer_km";
    const between = failures > 0 ? round(used / failures, 1) : null;
    return {
      modelId: row.model_id,
      maker: row.maker,
      model: row.model,
      vehicleType: row.vehicle_type,
      powertrain: row.powertrain,
      meter: row.meter,
      vehicles: Number(row.vehicles),
      distanceKm: byKm ? round(used, 1) : null,
      engineHours: byKm ? null : round(used, 1),
      failures,
      kmBetweenFailures: byKm ? between : null,
      hoursBetweenFailures: byKm ? null : between,
    };
  });
}

export const mkbfReport: ReportDefinition<typeof PeriodQuery, typeof MkbfRow> = {
  name: "mkbf",
  summary:
    "Mean km (engine hours for machinery) between failures per model: use in the period / critical and major defects opened in it",
  query: PeriodQuery,
  row: MkbfRow,
  run: findMkbf,
};
