/**
 * The depot board's rows remembered between reads (issue #11: the board of 1,000 vehicles
 * under 50 ms on the embedded database). A row is what the board shows of a vehicle beyond
 * its own columns: the release gate's decision, its unconfirmed meter readings and the
 * flags of its newest check. A dispatcher's board is read again and again while little
 * changes, and on PGlite every row of the dozen reads behind a decision costs time.
 *
 * A remembered row is used only while every version it was computed under still stands:
 * the versions that triggers stamp in the transaction of every write to what the gate and
 * the board read (migration 0022: per vehicle, per organisation for its drivers'
 * admissions and documents, and for every vehicle; migration 0019 for maintenance), and
 * the shift with its check window, which also fixes the day documents and maintenance are
 * judged on. Nothing else in a decision moves with the clock: a check's submitted time is
 * never later than when the server received it (inspections.ts), so no stored check
 * enters the window later by the clock alone.
 *
 * The versions are read with the vehicles, before anything is computed, so a row is never
 * stored under a version newer than the data it was computed from; a write that lands in
 * between is seen at the next read. Only the board and its counts use this: releasing a
 * vehicle, a manager's override and issuing a waybill decide afresh.
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";
import { jsonRows } from "../../db/json-rows.js";
import { unconfirmedReadingsOf } from "../fleet/meter-readings.js";
import { flagsOfLatestChecks, type TInspectionFlag } from "../inspections/proof.js";
import type { GateContext, GateVehicle, ReleaseDecision, ReleaseGate } from "./gate.js";

/** The nil id: a version every vehicle's row depends on (migrations 0019 and 0022). */
const EVERY_VEHICLE = "00000000-0000-0000-0000-000000000000";
/** Past this many rows in memory the memo starts again (1,000 vehicles × 2 shifts × 100 days). */
const MEMO_LIMIT = 200_000;

/** A board vehicle with the versions of its own inputs, read with it (boardVersions). */
export interface VersionedVehicle extends GateVehicle {
  release_version: number | null;
  maintenance_version: number | null;
}

export interface RememberedRow {
  decision: ReleaseDecision;
  unconfirmedReadings: {
    id: string;
    meter: string;
    value: number;
    readAt: string;
    reason: string;
  }[];
  checkFlags: TInspectionFlag[];
}

interface Remembered {
  versions: string;
  row: RememberedRow;
}

/** The columns a board's vehicle read adds for its versions (`v` the vehicles alias). */
export const versionColumns = {
  release: sql<number | null>`(select r.version from release_input_versions r where r.key = v.id)`,
  maintenance: sql<
    number | null
  >`(select mv.version from maintenance_input_versions mv where mv.vehicle_id = v.id)`,
};

const memos = new WeakMap<ReleaseGate, Map<string, Remembered>>();

/**
 * Each vehicle's board row for the context's shift, in the order given: remembered where
 * nothing it depends on moved, computed (together, in one decision) for the rest.
 */
export async function boardRows<V extends VersionedVehicle>(
  gate: ReleaseGate,
  db: Database,
  context: GateContext,
  vehicles: readonly V[],
): Promise<{ vehicle: V; row: RememberedRow }[]> {
  if (!vehicles.length) return [];
  const memo = memos.get(gate) ?? new Map<string, Remembered>();
  memos.set(gate, memo);
  const shared = await sharedVersions(db, [...new Set(vehicles.map((v) => v.organisation_id))]);
  const shift = [
    context.shiftStart.toISOString(),
    context.shiftEnd.toISOString(),
    context.checksFrom.toISOString(),
    context.inspectionWindowHours,
  ].join("|");
  const keyOf = (vehicle: VersionedVehicle) => `${vehicle.id}|${shift}`;
  const versionsOf = (vehicle: VersionedVehicle) =>
    [
      vehicle.status,
      vehicle.organisation_id,
      vehicle.release_version,
      vehicle.maintenance_version,
      shared.get(`r:${EVERY_VEHICLE}`),
      shared.get(`m:${EVERY_VEHICLE}`),
      shared.get(`r:${vehicle.organisation_id}`),
    ].join("|");
  const stale = vehicles.filter(
    (vehicle) => memo.get(keyOf(vehicle))?.versions !== versionsOf(vehicle),
  );
  if (stale.length) {
    const gateVehicles: GateVehicle[] = stale.map((v) => ({
      id: v.id,
      organisation_id: v.organisation_id,
      status: v.status,
    }));
    const [decisions, unconfirmed, flags] = await Promise.all([
      gate.decideMany(context, gateVehicles),
      unconfirmedReadingsOf(
        db,
        stale.map((v) => v.id),
      ),
      flagsOfLatestChecks(context, gateVehicles),
    ]);
    if (memo.size + stale.length > MEMO_LIMIT) memo.clear();
    stale.forEach((vehicle, index) => {
      const decision = decisions[index];
      if (!decision) return;
      memo.set(keyOf(vehicle), {
        versions: versionsOf(vehicle),
        row: {
          decision,
          unconfirmedReadings: unconfirmed.get(vehicle.id) ?? [],
          checkFlags: flags.get(vehicle.id) ?? [],
        },
      });
    });
  }
  return vehicles.map((vehicle) => {
    const known = memo.get(keyOf(vehicle));
    if (!known) throw new Error(`no board row for vehicle ${vehicle.id}`);
    return { vehicle, row: known.row };
  });
}

/** The every-vehicle versions and the organisations' (their drivers' admissions and documents). */
async function sharedVersions(db: Database, organisations: string[]) {
  const rows = await jsonRows(
    db,
    db
      .selectFrom("release_input_versions")
      .select([sql<string>`'r:' || key`.as("key"), "version"])
      .where(sql<boolean>`key = any(${[EVERY_VEHICLE, ...organisations]}::uuid[])`)
      .unionAll(
        db
          .selectFrom("maintenance_input_versions")
          .select([sql<string>`'m:' || vehicle_id`.as("key"), "version"])
          .where("vehicle_id", "=", EVERY_VEHICLE),
      ),
  );
  return new Map(rows.map((row) => [row.key, Number(row.version)]));
}
