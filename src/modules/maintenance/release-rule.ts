/**
 * The maintenance rule of the release gate (issue #4): a vehicle with an overdue
 * safety-critical maintenance task (ТО-1, ТО-2, the CNG cylinder or high-voltage
 * inspection…) does not go out, and no manager's override releases it; recording the
 * work releases it. One query for all the vehicles asked about.
 *
 * It holds a vehicle for a task whose schedule fleethub knows, i.e. one completion of it
 * is recorded. A task never recorded counts from the in-service date and 0 km, so on the
 * day a fleet comes into fleethub every bus with more than 10,000 km shows ТО-1 overdue:
 * what-is-due lists it (prompting someone to record the last service), but grounding the
 * whole fleet for missing paperwork would not make it safer.
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";
import { jsonRows } from "../../db/json-rows.js";
import { Scope, anyOf } from "../../db/scope.js";
import type { GateContext, GateVehicle, ReleaseReason, ReleaseRule } from "../release/gate.js";
import { dueRowsSql, withDueSettings, type DueRow } from "./due.js";

/** Up to this many vehicles the rule's query runs without the due settings' transaction. */
const SMALL_SET = 20;

const whole = (value: number) => Math.round(value).toLocaleString("en-US");

/** How far past its due point a task is, on each dimension it has reached. */
export function overdueBy(
  row: Pick<
    DueRow,
    "current_km" | "due_km" | "current_hours" | "due_hours" | "remaining_days" | "due_date"
  >,
): string {
  const parts: string[] = [];
  if (row.current_km !== null && row.due_km !== null && row.current_km >= row.due_km)
    parts.push(
      `${whole(row.current_km - row.due_km)} km past its due point of ${whole(row.due_km)} km`,
    );
  if (row.current_hours !== null && row.due_hours !== null && row.current_hours >= row.due_hours)
    parts.push(
      `${whole(row.current_hours - row.due_hours)} h past its due point of ${whole(row.due_hours)} h`,
    );
  if (row.remaining_days !== null && row.remaining_days === 0)
    parts.push(`due today (${row.due_date ?? ""})`);
  else if (row.remaining_days !== null && row.remaining_days < 0)
    parts.push(
      `${-row.remaining_days} ${row.remaining_days === -1 ? "day" : "days"} past its due date of ${row.due_date ?? ""}`,
    );
  return parts.join(" and ");
}

/**
 * The overdue safety-critical tasks (with a completion on record) of `vehicleIds` on `day`:
 * the due query of due.ts, the one definition of what is overdue.
 */
async function overdueRows(db: Database, day: string, vehicleIds: string[]): Promise<DueRow[]> {
  // The vehicles come from the caller's scope already; the day is the shift's own.
  // A few vehicles (one release decision) plan far below PostgreSQL's JIT threshold, so
  // they skip the settings transaction and its round trips; a depot board does not.
  const run = <T>(work: (db: Database) => Promise<T>) =>
    vehicleIds.length <= SMALL_SET ? work(db) : withDueSettings(db, work);
  const { rows } = await run((db) =>
    sql<DueRow>`
      select * from (${dueRowsSql({
        scope: Scope.all(),
        today: day,
        vehicleIds,
        statuses: ["overdue"],
        safetyCriticalOnly: true,
      })}) d
      where d.last_completed_on is not null
      order by d.vehicle_id, d.programme_key, d.task_key`.execute(db),
  );
  return rows;
}

/** The rule's reason for a vehicle with overdue tasks (none without). */
function overdueReason(overdue: DueRow[]): ReleaseReason {
  return {
    code: "MAINTENANCE_OVERDUE",
    message: `safety-critical maintenance overdue: ${overdue
      .map((row) => `${row.task_name_en} (${overdueBy(row)})`)
      .join("; ")}`,
    overridable: false,
    // The tasks' names in both languages, so the UI can word the reason itself.
    params: {
      tasksEn: overdue.map((row) => row.task_name_en).join("; "),
      tasksRu: overdue.map((row) => row.task_name_ru).join("; "),
    },
  };
}

export const maintenanceReleaseRule: ReleaseRule = {
  name: "safety-critical maintenance",
  async evaluate(context: GateContext, vehicles: GateVehicle[]) {
    const reasons = new Map<string, ReleaseReason[]>();
    if (!vehicles.length) return reasons;
    const rows = await overdueRows(
      context.db,
      context.day,
      vehicles.map((v) => v.id),
    );
    const byVehicle = new Map<string, DueRow[]>();
    for (const row of rows)
      byVehicle.set(row.vehicle_id, [...(byVehicle.get(row.vehicle_id) ?? []), row]);
    for (const [vehicleId, overdue] of byVehicle) reasons.set(vehicleId, [overdueReason(overdue)]);
    return reasons;
  },
};

/** The nil vehicle id: a version that every vehicle's answer depends on (migration 0019). */
export const EVERY_VEHICLE = "00000000-0000-0000-0000-000000000000";
/** Past this many vehicles in memory the cache starts again (a network of 100,000 fits). */
const CACHE_LIMIT = 200_000;

interface Remembered {
  day: string;
  /** The vehicle's input version and every vehicle's, as read before computing. */
  version: number;
  everyVersion: number;
  overdue: DueRow[];
}

/**
 * The same rule, remembering each vehicle's overdue tasks per day between reads, for one
 * database (one app). Before using what it remembers it reads the versions that triggers
 * stamp in every transaction that writes an input of the due query (migration 0019): a
 * vehicle whose version or the every-vehicle version moved, or a new day, is computed
 * again by the query above, alone with the others that moved. The versions are read
 * before computing, so an answer is never stored under a version newer than its data.
 */
export function cachedMaintenanceReleaseRule(): ReleaseRule {
  const remembered = new Map<string, Remembered>();
  return {
    name: maintenanceReleaseRule.name,
    async evaluate(context: GateContext, vehicles: GateVehicle[]) {
      const reasons = new Map<string, ReleaseReason[]>();
      if (!vehicles.length) return reasons;
      const day = context.day;
      const ids = vehicles.map((v) => v.id);
      const versionRows = await jsonRows(
        context.db,
        context.db
          .selectFrom("maintenance_input_versions")
          .select(["vehicle_id", "version"])
          .where(anyOf("vehicle_id", [...ids, EVERY_VEHICLE])),
      );
      const versions = new Map(versionRows.map((r) => [r.vehicle_id, Number(r.version)]));
      const everyVersion = versions.get(EVERY_VEHICLE) ?? 0;
      const stale = ids.filter((id) => {
        const known = remembered.get(id);
        return (
          !known ||
          known.day !== day ||
          known.everyVersion !== everyVersion ||
          known.version !== (versions.get(id) ?? 0)
        );
      });
      if (stale.length) {
        const rows = await overdueRows(context.db, day, stale);
        const byVehicle = new Map<string, DueRow[]>(stale.map((id) => [id, []]));
        for (const row of rows) byVehicle.get(row.vehicle_id)?.push(row);
        if (remembered.size + stale.length > CACHE_LIMIT) remembered.clear();
        for (const [id, overdue] of byVehicle)
          remembered.set(id, { day, version: versions.get(id) ?? 0, everyVersion, overdue });
      }
      for (const id of ids) {
        const overdue = remembered.get(id)?.overdue ?? [];
        if (overdue.length) reasons.set(id, [overdueReason(overdue)]);
      }
      return reasons;
    },
  };
}
