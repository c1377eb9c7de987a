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
import type { Static } from "typebox";
import { UnconfirmedReading, unconfirmedReadingsOf } from "../fleet/meter-readings.js";
import { flagsOfLatestChecks, type TInspectionFlag } from "../inspections/proof.js";
// The nil id: a version every vehicle's row depends on (migrations 0019 and 0022).
import { EVERY_VEHICLE } from "../maintenance/release-rule.js";
import { pretripDrivers } from "../pretrip/release-rule.js";
import type { GateContext, GateVehicle, ReleaseDecision, ReleaseGate } from "./gate.js";

/** Past this many rows in memory the memo starts again (1,000 vehicles × 2 shifts × 100 days). */
const MEMO_LIMIT = 200_000;

/** A board vehicle with the versions of its own inputs, read with it (boardVehicles). */
export interface VersionedVehicle extends GateVehicle {
  release_version: number | null;
  maintenance_version: number | null;
  /** The newest check's submitted time, whatever the window (ISO text from JSON). */
  newest_check_at: string | null;
}

export interface RememberedRow {
  decision: ReleaseDecision;
  unconfirmedReadings: Static<typeof UnconfirmedReading>[];
  checkFlags: TInspectionFlag[];
}

interface Remembered {
  versions: string;
  /** The driver the decision depended on, and their version read before computing (null: not read). */
  driver: { id: string; version: number | null } | null;
  /** The clock of the decision it came from: checks dated after it were not counted. */
  computedAt: number;
  row: RememberedRow;
}

/** The columns a board's vehicle read adds for its versions (`v` the vehicles alias). */
const versionColumns = {
  release: sql<number | null>`(select r.version from release_input_versions r where r.key = v.id)`,
  maintenance: sql<
    number | null
  >`(select mv.version from maintenance_input_versions mv where mv.vehicle_id = v.id)`,
  newestCheck: sql<
    string | null
  >`(select max(i.submitted_at) from inspections i where i.vehicle_id = v.id)`,
};

const memos = new WeakMap<ReleaseGate, Map<string, Remembered>>();

/** The board's columns of a depot's vehicles with their versions, read afresh. */
function readBoardVehicles(db: Database, depotId: string) {
  // Only what the board shows and the gate reads, as one JSON value (db/json-rows.ts).
  return jsonRows(
    db,
    db
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
        // The versions its remembered row was computed under, read before anything is
        // computed.
        versionColumns.release.as("release_version"),
        versionColumns.maintenance.as("maintenance_version"),
        versionColumns.newestCheck.as("newest_check_at"),
      ])
      .where("v.depot_id", "=", depotId)
      .where("v.status", "!=", "retired")
      .orderBy("v.fleet_number"),
  );
}
export type BoardVehicle = Awaited<ReturnType<typeof readBoardVehicles>>[number];

const vehicleLists = new WeakMap<
  Database,
  Map<string, { fingerprint: string; vehicles: BoardVehicle[] }>
>();
/** Past this many depots in memory the lists start again. */
const LIST_LIMIT = 10_000;

/**
 * A depot's vehicles on the board (not retired, by fleet number) with their versions. A
 * thousand rows are the dearest read of a board whose rows are remembered, so the list is
 * remembered too, under a fingerprint of the depot's vehicles and their versions read first
 * (one value): any write to a vehicle's row stamps its version (0022), a model's every
 * vehicle's (0019), a vehicle that joins or leaves the depot changes the set, and the
 * vehicle's newest check is stamped with its version. An unchanged fingerprint is an
 * unchanged list.
 */
export async function boardVehicles(db: Database, depotId: string): Promise<BoardVehicle[]> {
  const lists =
    vehicleLists.get(db) ?? new Map<string, { fingerprint: string; vehicles: BoardVehicle[] }>();
  vehicleLists.set(db, lists);
  const { rows } = await sql<{ fingerprint: string | null }>`
    select md5(string_agg(v.id::text || ':' || coalesce(r.version, 0) || ':'
      || coalesce(mv.version, 0), ',' order by v.id)
      || ':' || coalesce((select version from maintenance_input_versions
        where vehicle_id = ${EVERY_VEHICLE}), 0)) as fingerprint
    from vehicles v
    left join release_input_versions r on r.key = v.id
    left join maintenance_input_versions mv on mv.vehicle_id = v.id
    where v.depot_id = ${depotId} and v.status <> 'retired'`.execute(db);
  const fingerprint = rows[0]?.fingerprint ?? "none";
  const known = lists.get(depotId);
  if (known?.fingerprint === fingerprint) return known.vehicles;
  const vehicles = await readBoardVehicles(db, depotId);
  if (lists.size >= LIST_LIMIT) lists.clear();
  lists.set(depotId, { fingerprint, vehicles });
  return vehicles;
}

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
  const shift = [
    context.shiftStart.toISOString(),
    context.shiftEnd.toISOString(),
    context.checksFrom.toISOString(),
    context.inspectionWindowHours,
  ].join("|");
  const keyOf = (vehicle: VersionedVehicle) => `${vehicle.id}|${shift}`;
  // The drivers the remembered rows depended on, whose versions are read now, with the
  // every-vehicle versions, before anything is computed.
  const drivers = new Set<string>();
  for (const vehicle of vehicles) {
    const driver = memo.get(keyOf(vehicle))?.driver;
    if (driver) drivers.add(driver.id);
  }
  const shared = await sharedVersions(db, [...drivers]);
  const versionsOf = (vehicle: VersionedVehicle) =>
    [
      vehicle.status,
      vehicle.organisation_id,
      vehicle.release_version,
      vehicle.maintenance_version,
      shared.get(`r:${EVERY_VEHICLE}`),
      shared.get(`m:${EVERY_VEHICLE}`),
    ].join("|");
  const driverVersion = (id: string) => (drivers.has(id) ? (shared.get(`r:${id}`) ?? 0) : null);
  const stands = (vehicle: VersionedVehicle) => {
    const known = memo.get(keyOf(vehicle));
    if (!known || known.versions !== versionsOf(vehicle)) return false;
    if (
      known.driver &&
      (known.driver.version === null || known.driver.version !== driverVersion(known.driver.id))
    )
      return false;
    // A check dated after the clock of its decision entered the window by the clock alone.
    return (
      vehicle.newest_check_at === null || Date.parse(vehicle.newest_check_at) <= known.computedAt
    );
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
    if (memo.size + stale.length > MEMO_LIMIT) memo.clear();
    stale.forEach((vehicle, index) => {
      const decision = decisions[index];
      if (!decision) return;
      const driver = pretrip.driverOf.get(vehicle.id);
      memo.set(keyOf(vehicle), {
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
    const known = memo.get(keyOf(vehicle));
    if (!known) throw new Error(`no board row for vehicle ${vehicle.id}`);
    return { vehicle, row: known.row };
  });
}

/** The every-vehicle versions, and the given drivers' (their admissions and documents). */
async function sharedVersions(db: Database, drivers: string[]) {
  const rows = await jsonRows(
    db,
    db
      .selectFrom("release_input_versions")
      .select([sql<string>`'r:' || key`.as("key"), "version"])
      .where(sql<boolean>`key = any(${[EVERY_VEHICLE, ...drivers]}::uuid[])`)
      .unionAll(
        db
          .selectFrom("maintenance_input_versions")
          .select([sql<string>`'m:' || vehicle_id`.as("key"), "version"])
          .where("vehicle_id", "=", EVERY_VEHICLE),
      ),
  );
  return new Map(rows.map((row) => [row.key, Number(row.version)]));
}
