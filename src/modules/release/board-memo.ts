/**
 * The depot board's rows remembered between reads (issue #11: the board of 1,000 vehicles
 * under 50 ms on the embedded database). A row is what the board shows of a vehicle beyond
 * its own columns: the release gate's decision, its unconfirmed meter readings and the
 * flags of its newest check. A dispatcher's board is read again and again while little
 * changes, and on PGlite every row of the dozen reads behind a decision costs time.
 *
 * A remembered row is used only while every version it was computed under still stands:
 * the versions that triggers stamp in the transaction of every write to what the gate and
 * the board read (migration 0022: per vehicle, per driver for admissions and documents, and
 * for every vehicle; migration 0019 for maintenance), the version of the driver its
 * decision depended on (pre-trip policy), and the shift with its check window, which also
 * fixes the day documents and maintenance are judged on. A check counts once the clock
 * reaches its submitted time, which the receiving server never sets later than its own
 * clock; but another server's clock, an import or an administrator's SQL can, so a row
 * computed while the vehicle's newest check was dated after the decision's clock is
 * computed afresh at every read until one is computed after the clock passed it.
 *
 * Every version is read before anything is computed, so a row is never stored under a
 * version newer than the data it was computed from; a write that lands in between is seen
 * at the next read. A driver's version can be read beforehand only once the row that
 * depends on them is known, so a row whose driver was new to it is stored as unconfirmed
 * and computed once more at the next read. Only the board and its counts use this:
 * releasing a vehicle, a manager's override and issuing a waybill decide afresh.
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";
import { jsonRows } from "../../db/json-rows.js";
import { anyOf } from "../../db/scope.js";
import type { Static } from "typebox";
import { UnconfirmedReading, unconfirmedReadingsOf } from "../fleet/meter-readings.js";
import { flagsOfLatestChecks, type TInspectionFlag } from "../inspections/proof.js";
// The nil id: a version every vehicle's row depends on (migrations 0019 and 0022).
import { EVERY_VEHICLE } from "../maintenance/release-rule.js";
import { pretripDrivers } from "../pretrip/release-rule.js";
import type { GateContext, GateVehicle, ReleaseDecision, ReleaseGate } from "./gate.js";

/**
 * How much the memo keeps: past `rows` rows the shifts read least lately are dropped (20
 * depots of 1,000 buses, the shift under way and the next, with room), past `depots` lists
 * the depot read least lately. Tests lower them.
 */
export const boardMemoLimits = { rows: 50_000, shifts: 1_000, depots: 1_000 };

export interface RememberedRow {
  decision: ReleaseDecision;
  unconfirmedReadings: Static<typeof UnconfirmedReading>[];
  checkFlags: TInspectionFlag[];
}

interface Remembered {
  /** The vehicle's own versions and the every-vehicle ones it was computed under. */
  versions: string;
  /** The driver the decision depended on, and their version read before computing (null: not read). */
  driver: { id: string; version: number | null } | null;
  /** The clock of the decision it came from: checks dated after it were not counted. */
  computedAt: number;
  row: RememberedRow;
}

/** The board's columns of a depot's vehicles (all of them, or the ones named), read afresh. */
async function readBoardVehicles(db: Database, depotId: string, only: readonly string[] | null) {
  // Only what the board shows and the gate reads, as one JSON value (db/json-rows.ts).
  let query = db
    .selectFrom("vehicles as v")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .select([
      "v.id",
      "v.organisation_id",
      "v.registration_plate",
      "v.fleet_number",
      "v.status",
      "m.maker",
      "m.model",
      "m.powertrain",
      // The newest check's submitted time, whatever the window (see stands below).
      sql<
        string | null
      >`(select max(i.submitted_at) from inspections i where i.vehicle_id = v.id)`.as(
        "newest_check_at",
      ),
    ])
    .where("v.depot_id", "=", depotId)
    .where("v.status", "!=", "retired");
  if (only) query = query.where(anyOf("v.id", only));
  return (await jsonRows(db, query)).map((vehicle) => ({
    ...vehicle,
    newestCheckMs: vehicle.newest_check_at === null ? null : Date.parse(vehicle.newest_check_at),
  }));
}
export type BoardVehicle = Awaited<ReturnType<typeof readBoardVehicles>>[number];

/** A depot's vehicles as last read, each under the versions it was read at. */
interface DepotList {
  /** Vehicle id → "release version:maintenance version" (migrations 0022 and 0019). */
  versionOf: Map<string, string>;
  /** The every-vehicle maintenance version (a model renamed) the columns were read under. */
  every: number;
  vehicles: BoardVehicle[];
}

interface Memo {
  lists: Map<string, DepotList>;
  /** Shift key → vehicle id → row. */
  rows: Map<string, Map<string, Remembered>>;
  size: number;
}
const memos = new WeakMap<ReleaseGate, Memo>();

/** What one read tells: every version the board's rows and list stand on. */
interface Versions {
  /** The depot's vehicles by fleet number. */
  order: string[];
  /** Vehicle id → "release version:maintenance version". */
  vehicles: Map<string, string>;
  drivers: Map<string, number>;
  releaseAll: number;
  maintenanceAll: number;
}

/**
 * The versions of a depot's vehicles (by fleet number), of the given drivers and of every
 * vehicle, in one read: a thousand vehicles as one text value, which PGlite hands over far
 * quicker than a thousand rows.
 */
async function readVersions(db: Database, depotId: string, drivers: string[]): Promise<Versions> {
  const { rows } = await sql<{
    vehicles: string | null;
    drivers: string | null;
    release_all: number | null;
    maintenance_all: number | null;
  }>`
    select
      (select string_agg(v.id::text || ':' || coalesce(r.version, 0) || ':'
          || coalesce(mv.version, 0), ',' order by v.fleet_number)
        from vehicles v
        left join release_input_versions r on r.key = v.id
        left join maintenance_input_versions mv on mv.vehicle_id = v.id
        where v.depot_id = ${depotId} and v.status <> 'retired') as vehicles,
      (select string_agg(key::text || ':' || version, ',') from release_input_versions
        where key = any(string_to_array(${drivers.join(",")}, ',')::uuid[])) as drivers,
      (select version from release_input_versions where key = ${EVERY_VEHICLE}) as release_all,
      (select version from maintenance_input_versions
        where vehicle_id = ${EVERY_VEHICLE}) as maintenance_all`.execute(db);
  const row = rows[0];
  // A uuid's text is 36 characters: "<id>:<release>:<maintenance>".
  const order: string[] = [];
  const vehicles = new Map<string, string>();
  for (const item of row?.vehicles ? row.vehicles.split(",") : []) {
    const id = item.slice(0, 36);
    order.push(id);
    vehicles.set(id, item.slice(37));
  }
  const driverVersions = new Map<string, number>();
  for (const item of row?.drivers ? row.drivers.split(",") : [])
    driverVersions.set(item.slice(0, 36), Number(item.slice(37)));
  return {
    order,
    vehicles,
    drivers: driverVersions,
    releaseAll: Number(row?.release_all ?? 0),
    maintenanceAll: Number(row?.maintenance_all ?? 0),
  };
}

/**
 * The depot's vehicles for the board in fleet-number order: the columns of a vehicle whose
 * versions stand are remembered, the rest read again (any write to a vehicle's row stamps
 * its version (0022), a model's change every vehicle's maintenance version (0019), and a
 * new check its vehicle's version, which carries the newest check's time).
 */
async function depotVehicles(
  memo: Memo,
  db: Database,
  depotId: string,
  versions: Versions,
): Promise<BoardVehicle[]> {
  const known = memo.lists.get(depotId);
  const byId = new Map<string, BoardVehicle>();
  if (known && known.every === versions.maintenanceAll)
    for (const vehicle of known.vehicles)
      if (known.versionOf.get(vehicle.id) === versions.vehicles.get(vehicle.id))
        byId.set(vehicle.id, vehicle);
  const changed = versions.order.filter((id) => !byId.has(id));
  if (changed.length)
    for (const vehicle of await readBoardVehicles(db, depotId, byId.size ? changed : null))
      byId.set(vehicle.id, vehicle);
  const vehicles: BoardVehicle[] = [];
  for (const id of versions.order) {
    const vehicle = byId.get(id);
    // Gone between the two reads (moved out, retired, deleted): not on this board.
    if (vehicle) vehicles.push(vehicle);
  }
  // Last in the map's order: the depot read most lately.
  memo.lists.delete(depotId);
  const oldest = memo.lists.keys().next();
  if (!oldest.done && memo.lists.size >= boardMemoLimits.depots) memo.lists.delete(oldest.value);
  memo.lists.set(depotId, {
    versionOf: versions.vehicles,
    every: versions.maintenanceAll,
    vehicles,
  });
  return vehicles;
}

/**
 * Keeps `rows`, the board's own, as the shift read most lately (last in the map's order),
 * and makes room for `adding` more rows (and the shift count within its limit) from the
 * shifts read least lately; never from `rows`, which its answer is made of. Another board
 * may have dropped them while this one read: they are put back, so `memo.size` stays the
 * count of the rows kept.
 */
function makeRoom(memo: Memo, shift: string, rows: Map<string, Remembered>, adding: number) {
  const live = memo.rows.get(shift);
  if (live !== rows) memo.size += rows.size - (live?.size ?? 0);
  memo.rows.delete(shift);
  memo.rows.set(shift, rows);
  for (const [key, older] of memo.rows) {
    const full =
      memo.size + adding > boardMemoLimits.rows || memo.rows.size > boardMemoLimits.shifts;
    if (!full || key === shift) break;
    memo.rows.delete(key);
    memo.size -= older.size;
  }
}

/** A vehicle on the board with its row. */
export interface BoardEntry {
  vehicle: BoardVehicle;
  row: RememberedRow;
}

/**
 * Each of a depot's vehicles (not retired, by fleet number) with its board row for the
 * context's shift: remembered where nothing it depends on moved, computed (together, in
 * one decision) for the rest.
 */
export async function rememberedBoard(
  gate: ReleaseGate,
  db: Database,
  context: GateContext,
  depotId: string,
): Promise<BoardEntry[]> {
  const memo: Memo = memos.get(gate) ?? { lists: new Map(), rows: new Map(), size: 0 };
  memos.set(gate, memo);
  const shift = [
    context.shiftStart.toISOString(),
    context.shiftEnd.toISOString(),
    context.checksFrom.toISOString(),
    context.day,
    context.inspectionWindowHours,
  ].join("|");
  const rows = memo.rows.get(shift) ?? new Map<string, Remembered>();
  makeRoom(memo, shift, rows, 0);
  // The drivers the depot's remembered rows depended on, whose versions are read now with
  // every other version, before anything is computed.
  const drivers = new Set<string>();
  for (const vehicle of memo.lists.get(depotId)?.vehicles ?? []) {
    const driver = rows.get(vehicle.id)?.driver;
    if (driver) drivers.add(driver.id);
  }
  const versions = await readVersions(db, depotId, [...drivers]);
  const vehicles = await depotVehicles(memo, db, depotId, versions);
  const every = `|${versions.releaseAll}|${versions.maintenanceAll}`;
  const versionsOf = (vehicle: BoardVehicle) =>
    `${versions.vehicles.get(vehicle.id) ?? ""}${every}`;
  const driverVersion = (id: string) => (drivers.has(id) ? (versions.drivers.get(id) ?? 0) : null);
  const stands = (vehicle: BoardVehicle) => {
    const known = rows.get(vehicle.id);
    if (!known || known.versions !== versionsOf(vehicle)) return false;
    if (
      known.driver &&
      (known.driver.version === null || known.driver.version !== driverVersion(known.driver.id))
    )
      return false;
    // A check dated after the clock of its decision entered the window by the clock alone.
    return vehicle.newestCheckMs === null || vehicle.newestCheckMs <= known.computedAt;
  };
  const stale = vehicles.filter((vehicle) => !stands(vehicle));
  if (stale.length) {
    const gateVehicles: GateVehicle[] = stale.map((v) => ({
      id: v.id,
      organisation_id: v.organisation_id,
      status: v.status,
    }));
    const [decisions, unconfirmed, flags, pretrip] = await Promise.all([
      gate.decideMany(context, gateVehicles),
      unconfirmedReadingsOf(
        db,
        stale.map((v) => v.id),
      ),
      flagsOfLatestChecks(context, gateVehicles),
      // Remembered for this decision: the pre-trip rule has read it already.
      pretripDrivers(context, gateVehicles),
    ]);
    makeRoom(memo, shift, rows, stale.length);
    stale.forEach((vehicle, index) => {
      const decision = decisions[index];
      if (!decision) return;
      const driver = pretrip.driverOf.get(vehicle.id);
      if (!rows.has(vehicle.id)) memo.size += 1;
      rows.set(vehicle.id, {
        versions: versionsOf(vehicle),
        driver: driver ? { id: driver, version: driverVersion(driver) } : null,
        computedAt: context.now.getTime(),
        row: {
          decision,
          unconfirmedReadings: unconfirmed.get(vehicle.id) ?? [],
          checkFlags: flags.get(vehicle.id) ?? [],
        },
      });
    });
  }
  return vehicles.map((vehicle) => {
    const known = rows.get(vehicle.id);
    if (!known) throw new Error(`no board row for vehicle ${vehicle.id}`);
    return { vehicle, row: known.row };
  });
}
