/**
 * The depot the server benchmarks measure: buses of the demo model "City 12 CNG" at the
 * demo operator Sochi Autotrans, added straight into a prepared database (one statement
 * for all the buses) before the server starts. Not a benchmark: inspections.ts and
 * board.ts share it.
 */
import { sql } from "kysely";
import type { Database } from "../../src/db/database.js";

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
