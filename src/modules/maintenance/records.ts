/**
 * Recording that a maintenance task was done on a vehicle, and where its schedule goes
 * next. The next due point is basis + interval (whichever of km, hours and days comes
 * first):
 * - floating: the basis is what was actually done (date and meters at completion);
 * - fixed: the basis stays on the plan's grid. Done early, the next due point is the
 *   planned one plus an interval; done late, it is the first planned point after the
 *   completion, so a late ТО-1 does not push every later one back (DOMAIN.md §3,
 *   LubeLogger #1093).
 */
import { addDays, daysBetween } from "../../core/calendar-dates.js";
import type { Database } from "../../db/database.js";
import type { ScheduleKind } from "../../db/maintenance-schema.js";

export interface TaskSchedule {
  schedule: ScheduleKind;
  interval_km: number | null;
  interval_hours: number | null;
  interval_days: number | null;
}

export interface Basis {
  basis_date: string;
  basis_km: number | null;
  basis_hours: number | null;
}

export interface Completion {
  completedOn: string;
  meterKm: number | null;
  meterHours: number | null;
}

/**
 * The plan point a completion satisfies: `due` when done early, else the last point on
 * the grid (due + k × interval) at or before the actual value.
 */
function onGrid(due: number, interval: number, actual: number): number {
  if (actual <= due) return due;
  return due + Math.floor((actual - due) / interval) * interval;
}

/**
 * The basis a completion sets. `previous` is the task's last basis on this vehicle
 * (null when it was never done, in which case both kinds start from the completion).
 */
export function nextBasis(
  task: TaskSchedule,
  previous: Basis | null,
  completion: Completion,
): Basis {
  const actual: Basis = {
    basis_date: completion.completedOn,
    basis_km: completion.meterKm,
    basis_hours: completion.meterHours,
  };
  if (task.schedule === "floating" || !previous) return actual;
  const km =
    task.interval_km !== null && previous.basis_km !== null && completion.meterKm !== null
      ? onGrid(previous.basis_km + task.interval_km, task.interval_km, completion.meterKm)
      : completion.meterKm;
  const hours =
    task.interval_hours !== null && previous.basis_hours !== null && completion.meterHours !== null
      ? onGrid(
          previous.basis_hours + task.interval_hours,
          task.interval_hours,
          completion.meterHours,
        )
      : completion.meterHours;
  const date =
    task.interval_days !== null
      ? // Days counted from the previous basis.
        addDays(
          previous.basis_date,
          onGrid(
            task.interval_days,
            task.interval_days,
            daysBetween(previous.basis_date, completion.completedOn),
          ),
        )
      : completion.completedOn;
  return { basis_date: date, basis_km: km, basis_hours: hours };
}

export interface RecordTaskInput extends Completion {
  organisationId: string;
  vehicleId: string;
  programmeKey: string;
  taskKey: string;
  task: TaskSchedule;
  workOrderId: string | null;
  note: string | null;
  userId: string | null;
}

/** Stores a completion with its basis, inside the caller's transaction. */
export async function recordTaskCompletion(db: Database, input: RecordTaskInput) {
  const previous = await db
    .selectFrom("maintenance_records")
    .select(["basis_date", "basis_km", "basis_hours"])
    .where("vehicle_id", "=", input.vehicleId)
    .where("programme_key", "=", input.programmeKey)
    .where("task_key", "=", input.taskKey)
    .orderBy("completed_on", "desc")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  const basis = nextBasis(input.task, previous ?? null, input);
  return db
    .insertInto("maintenance_records")
    .values({
      organisation_id: input.organisationId,
      vehicle_id: input.vehicleId,
      programme_key: input.programmeKey,
      task_key: input.taskKey,
      completed_on: input.completedOn,
      meter_km: input.meterKm,
      meter_hours: input.meterHours,
      ...basis,
      work_order_id: input.workOrderId,
      note: input.note,
      created_by: input.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
