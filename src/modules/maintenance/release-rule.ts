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
import { Scope, todayIso } from "../../db/scope.js";
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

export const maintenanceReleaseRule: ReleaseRule = {
  name: "safety-critical maintenance",
  async evaluate(context: GateContext, vehicles: GateVehicle[]) {
    const reasons = new Map<string, ReleaseReason[]>();
    if (!vehicles.length) return reasons;
    // The vehicles come from the caller's scope already; the day is the shift's own.
    // A few vehicles (one release decision) plan far below PostgreSQL's JIT threshold, so
    // they skip the settings transaction and its round trips; a depot board does not.
    const run = <T>(work: (db: typeof context.db) => Promise<T>) =>
      vehicles.length <= SMALL_SET ? work(context.db) : withDueSettings(context.db, work);
    const { rows } = await run((db) =>
      sql<DueRow>`
        select * from (${dueRowsSql({
          scope: Scope.all(),
          today: todayIso(context.shiftStart),
          vehicleIds: vehicles.map((v) => v.id),
          statuses: ["overdue"],
          safetyCriticalOnly: true,
        })}) d
        where d.last_completed_on is not null
        order by d.vehicle_id, d.programme_key, d.task_key`.execute(db),
    );
    const byVehicle = new Map<string, DueRow[]>();
    for (const row of rows)
      byVehicle.set(row.vehicle_id, [...(byVehicle.get(row.vehicle_id) ?? []), row]);
    for (const [vehicleId, overdue] of byVehicle) {
      reasons.set(vehicleId, [
        {
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
        },
      ]);
    }
    return reasons;
  },
};
