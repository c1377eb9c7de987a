/**
 * The depot the server benchmarks measure: buses of the demo model "City 12 CNG" at the
 * demo operator Sochi Autotrans, added straight into a prepared database (one statement
 * for all the buses) before the server starts. Not a benchmark: inspections.ts and
 * board.ts share it.
 */
import { sql } from "kysely";
import type { Database } from "../../src/db/database.js";
import { Scope, todayIso } from "../../src/db/scope.js";
import { computeDue } from "../../src/modules/maintenance/due.js";

export interface BenchDepot {
  organisationId: string;
  depotId: string;
  vehicleIds: string[];
}

export async function addBenchDepot(
  db: Database,
  options: { vehicles: number; vinPrefix: string; timeZone?: string; shiftStarts?: string[] },
): Promise<BenchDepot> {
  const sochi = await db
    .selectFrom("organisations")
    .select("id")
    .where("name", "=", "Sochi Autotrans")
    .executeTakeFirstOrThrow();
  const model = await db
    .selectFrom("vehicle_models")
    .select("id")
    .where("model", "=", "City 12 CNG")
    .executeTakeFirstOrThrow();
  const depot = await db
    .insertInto("depots")
    .values({
      organisation_id: sochi.id,
      name: "Bench depot",
      ...(options.timeZone ? { time_zone: options.timeZone } : {}),
      ...(options.shiftStarts ? { shift_starts: options.shiftStarts } : {}),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const vehicles = await sql<{ id: string }>`
    insert into vehicles (organisation_id, depot_id, model_id, vin, fleet_number, registration_plate)
    select ${sochi.id}, ${depot.id}, ${model.id}, ${options.vinPrefix} || lpad(g::text, 9, '0'), 'B' || g, 'Б' || g
    from generate_series(1, ${options.vehicles}::int) g returning id`.execute(db);
  return {
    organisationId: sochi.id,
    depotId: depot.id,
    vehicleIds: vehicles.rows.map((row) => row.id),
  };
}

/**
 * A service history like a working depot's, so the maintenance rule has real work to do:
 * 30 daily odometer readings per bus (44,000 → 49,800 km, 200 km a day, the last
 * yesterday) and one completion of every task of the programmes that fit the model. Most
 * buses were serviced yesterday at 49,800 km (nothing due); `overdue` buses from index
 * `overdueFrom` last had everything done 400 days ago, a whole interval and 5,000 km before their
 * current reading, so their safety-critical tasks are overdue and hold them.
 */
export async function addServiceHistory(
  db: Database,
  depot: BenchDepot,
  options: { overdue: number; overdueFrom: number },
): Promise<{ tasks: number; records: number; readings: number }> {
  const readings = await sql`
    insert into meter_readings (organisation_id, vehicle_id, meter, value, read_at, source)
    select ${depot.organisationId}, v.id, 'odometer_km', 44000 + 200 * d,
      now() - make_interval(days => 30 - d), 'manual'
    from unnest(${depot.vehicleIds}::uuid[]) v(id), generate_series(0, 29) d`.execute(db);
  // The tasks that apply to the model, and each meter interval: for a bus with no
  // completion, a task's due point is its interval counted from 0 km.
  const tasks = await computeDue(db, {
    scope: Scope.all(),
    today: todayIso(),
    vehicleIds: depot.vehicleIds.slice(0, 1),
  });
  const day = (daysAgo: number) => todayIso(new Date(Date.now() - daysAgo * 86_400_000));
  const rows = depot.vehicleIds.flatMap((vehicleId, index) =>
    tasks.map((task) => {
      const late = index >= options.overdueFrom && index < options.overdueFrom + options.overdue;
      const km = late ? 49_800 - (task.dueKm ?? 0) - 5_000 : 49_800;
      const on = late ? day(400) : day(1);
      return {
        organisation_id: depot.organisationId,
        vehicle_id: vehicleId,
        programme_key: task.programmeKey,
        task_key: task.taskKey,
        completed_on: on,
        meter_km: Math.max(0, km),
        meter_hours: null,
        basis_date: on,
        basis_km: Math.max(0, km),
        basis_hours: null,
        note: "Bench service book",
      };
    }),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto("maintenance_records")
      .values(rows.slice(i, i + 1000))
      .execute();
  return {
    tasks: tasks.length,
    records: rows.length,
    readings: Number(readings.numAffectedRows ?? 0),
  };
}
