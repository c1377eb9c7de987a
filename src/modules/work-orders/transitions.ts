/**
 * Moves a work order through its life as core/work-order-states.ts defines it (the same
 * definition the web UI offers its buttons from). Every status change is conditional on
 * the status it was read in, so of concurrent attempts exactly one wins. Completing resets the schedule of each maintenance task done and certifies the repair
 * of the order's defect, in the same transaction.
 */
import type { Static } from "typebox";
import type { DailyLimits } from "../../core/meter-readings.js";
import type { Meter } from "../../core/fleet.js";
import { todayAt } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { isDefectResolved } from "../../core/defect-states.js";
import {
  STEP_RULES,
  describeRefusal,
  refuseStep,
  type TransitionTarget,
  type WorkOrderStatus,
} from "../../core/work-order-states.js";
import { todayIso } from "../../db/scope.js";
import { conflict, invalid, localized } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { assertReadingFits } from "../fleet/meter-readings.js";
import { getVehicle } from "../fleet/vehicles.js";
import { recordDefectEvent } from "../inspections/defects.js";
import { enqueueForChain } from "../records/chain.js";
import { recordTaskCompletion } from "../maintenance/records.js";
import { competencyList, missingCompetencies } from "../training/competence.js";
import { effectiveMaintenanceTask } from "./maintenance-tasks.js";
import type { Transition } from "./schemas.js";
import {
  findWorkOrder,
  loadWorkOrder,
  orderFacts,
  signOffCompetencies,
  openedOn,
  type WorkOrderRow,
} from "./work-orders.js";

/** A completion time this far ahead of the server's clock is still "now" (clock skew). */
const CLOCK_SKEW_MS = 5 * 60_000;

const VERB: Record<TransitionTarget, string> = {
  scheduled: "schedule",
  in_progress: "start",
  completed: "complete",
  verified: "verify",
  cancelled: "cancel",
};

/** The same steps as a Russian infinitive ("вы не можете закрыть заказ-наряд 42"). */
const VERB_RU: Record<TransitionTarget, string> = {
  scheduled: "запланировать",
  in_progress: "начать",
  completed: "закрыть",
  verified: "проверить и принять",
  cancelled: "отменить",
};

/**
 * Refuses a step the state machine does not allow this person, in its words: 409 for a
 * step the order's status or its defect does not allow, 403 for who is asking (naming
 * each missing competency).
 */
async function assertStep(
  db: Database,
  actor: Actor,
  order: WorkOrderRow,
  to: TransitionTarget,
): Promise<void> {
  const facts = await orderFacts(db, order);
  const missing =
    STEP_RULES[to].signOff && actor.userId
      ? await missingCompetencies(
          db,
          actor.userId,
          await signOffCompetencies(db, order),
          todayAt(order.depot_time_zone),
        )
      : [];
  const refusal = refuseStep(facts, to, {
    userId: actor.userId,
    permissions: actor.permissions,
    missingCompetencies: missing,
  });
  if (!refusal) return;
  switch (refusal.code) {
    case "NOT_ALLOWED_FROM":
    case "DEFECT_UNRESOLVED":
      throw conflict(refusal.field, describeRefusal(refusal, facts));
    case "NOT_CERTIFIED":
      throw localized(
        "FORBIDDEN",
        {
          key: "competence.missingWorkOrder",
          params: {
            verb: { en: VERB[to], ru: VERB_RU[to] },
            number: facts.number,
            competencies: await competencyList(db, refusal.missing),
          },
        },
        "competencies",
        refusal.missing.map((key) => ({ field: "competencies", message: key })),
      );
    default:
      throw localized(
        "FORBIDDEN",
        { ...describeRefusal(refusal, facts), fieldless: true },
        refusal.field,
      );
  }
}

export async function transitionWorkOrder(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof Transition>,
  limits: DailyLimits,
) {
  const order = await findWorkOrder(db, actor, id);
  requirePermission(actor, "workorders.write");
  await assertStep(db, actor, order, input.to);
  switch (input.to) {
    case "scheduled":
      await schedule(db, actor, order, input.scheduledFor);
      break;
    case "in_progress":
      await move(db, actor, order, "in_progress", { started_at: new Date() }, {});
      break;
    case "cancelled": {
      const reason = input.reason?.trim();
      if (!reason) throw invalid("reason", { key: "workOrder.cancelReason" });
      await move(
        db,
        actor,
        order,
        "cancelled",
        { cancelled_at: new Date(), cancel_reason: reason },
        { reason },
      );
      break;
    }
    case "completed":
      await complete(db, actor, order, input, limits);
      break;
    case "verified":
      await move(
        db,
        actor,
        order,
        "verified",
        { verified_at: new Date(), verified_by: actor.userId },
        {},
      );
      break;
  }
  return loadWorkOrder(db, actor, id);
}

async function schedule(
  db: Database,
  actor: Actor,
  order: WorkOrderRow,
  scheduledFor: string | undefined,
) {
  if (!scheduledFor) throw invalid("scheduledFor", { key: "workOrder.scheduleDate" });
  if (scheduledFor < openedOn(order))
    throw invalid("scheduledFor", {
      key: "workOrder.beforeOpenedOn",
      params: { opened: openedOn(order) },
    });
  await move(db, actor, order, "scheduled", { scheduled_for: scheduledFor }, { scheduledFor });
}

type Change = Partial<{
  started_at: Date;
  cancelled_at: Date;
  cancel_reason: string;
  scheduled_for: string;
  verified_at: Date;
  verified_by: string | null;
}>;

/** One status change, guarded by the status it was read in, with its audit entry. */
async function move(
  db: Database,
  actor: Actor,
  order: WorkOrderRow,
  to: WorkOrderStatus,
  change: Change,
  details: Record<string, unknown>,
) {
  await db.transaction().execute(async (trx) => {
    await guardedUpdate(trx, order, to, change);
    await recordAudit(trx, actor, {
      action: to === "cancelled" ? "cancel" : "transition",
      entity: "work_order",
      entityId: order.id,
      organisationId: order.organisation_id,
      details: { from: order.status, to, ...details },
    });
  });
}

async function guardedUpdate(
  trx: Database,
  order: WorkOrderRow,
  to: WorkOrderStatus,
  change: Change &
    Partial<{
      completed_at: Date;
      completed_by: string | null;
      completion_km: number | null;
      completion_hours: number | null;
      completion_note: string | null;
    }>,
) {
  const updated = await trx
    .updateTable("work_orders")
    .set({ ...change, status: to, updated_at: new Date() })
    .where("id", "=", order.id)
    .where("status", "=", order.status)
    .executeTakeFirst();
  if (!Number(updated.numUpdatedRows))
    throw conflict("status", {
      key: "workOrder.changedMeanwhile",
      params: { number: Number(order.number) },
    });
}

/** The newest valid reading of a meter at or before a moment. */
async function readingAt(db: Database, vehicleId: string, meter: Meter, at: Date) {
  const row = await db
    .selectFrom("meter_readings")
    .select("value")
    .where("vehicle_id", "=", vehicleId)
    .where("meter", "=", meter)
    .where("voided_at", "is", null)
    .where("unconfirmed_at", "is", null)
    .where("read_at", "<=", at)
    .orderBy("read_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.value) : null;
}

async function complete(
  db: Database,
  actor: Actor,
  order: WorkOrderRow,
  input: Static<typeof Transition>,
  limits: DailyLimits,
) {
  const tasks = await db
    .selectFrom("work_order_tasks")
    .selectAll()
    .where("work_order_id", "=", order.id)
    .orderBy("position")
    .execute();
  const notDone = tasks.filter((t) => t.required && !t.done_at);
  if (notDone.length)
    throw localized(
      "CONFLICT",
      {
        key: "workOrder.notDoneYet",
        params: { tasks: notDone.map((t) => t.description).join("; ") },
      },
      "tasks",
      notDone.map((t) => ({ field: "tasks", message: t.description })),
    );

  const now = Date.now();
  const completedAt = input.completedAt ? new Date(input.completedAt) : new Date(now);
  if (completedAt.getTime() > now + CLOCK_SKEW_MS)
    throw invalid("completedAt", { key: "common.inFuture" });
  if (completedAt < order.opened_at)
    throw invalid("completedAt", {
      key: "workOrder.beforeOpenedOn",
      params: { opened: order.opened_at.toISOString() },
    });
  const vehicle = await getVehicle(db, actor, order.vehicle_id);
  const given: { meter: Meter; value: number; field: string }[] = [];
  if (input.meterKm !== undefined)
    given.push({ meter: "odometer_km", value: input.meterKm, field: "meterKm" });
  if (input.meterHours !== undefined)
    given.push({ meter: "engine_hours", value: input.meterHours, field: "meterHours" });
  for (const reading of given)
    await assertReadingFits(
      db,
      vehicle,
      {
        meter: reading.meter,
        value: reading.value,
        readAt: completedAt,
        confirm: input.confirmMeterJump,
      },
      limits,
      reading.field,
    );

  // Each maintenance task done resets its schedule, as the vehicle's organisation plans it.
  const completedOn = todayIso(completedAt);
  const meterKm = input.meterKm ?? (await readingAt(db, vehicle.id, "odometer_km", completedAt));
  const meterHours =
    input.meterHours ?? (await readingAt(db, vehicle.id, "engine_hours", completedAt));
  const maintenance: {
    task: (typeof tasks)[number];
    planned: NonNullable<Awaited<ReturnType<typeof effectiveMaintenanceTask>>>;
  }[] = [];
  for (const task of tasks) {
    if (!task.programme_key || !task.task_key || !task.done_at) continue;
    const planned = await effectiveMaintenanceTask(
      db,
      order.organisation_id,
      task.programme_key,
      task.task_key,
    );
    if (!planned)
      throw conflict("tasks", {
        key: "workOrder.taskLeftProgramme",
        params: { task: task.description, programme: task.programme_key },
      });
    if (planned.interval_km !== null && meterKm === null)
      throw invalid("meterKm", { key: "workOrder.needsKm", params: { task: task.description } });
    if (planned.interval_hours !== null && meterHours === null)
      throw invalid("meterHours", {
        key: "workOrder.needsHours",
        params: { task: task.description },
      });
    maintenance.push({ task, planned });
  }
  const defect = order.defect_id
    ? await db
        .selectFrom("defects")
        .select(["id", "organisation_id", "status"])
        .where("id", "=", order.defect_id)
        .executeTakeFirstOrThrow()
    : null;
  const note = input.note?.trim() || null;

  await db.transaction().execute(async (trx) => {
    await guardedUpdate(trx, order, "completed", {
      completed_at: completedAt,
      completed_by: actor.userId,
      completion_km: input.meterKm ?? null,
      completion_hours: input.meterHours ?? null,
      completion_note: note,
    });
    // A task added while this was being checked must be done too.
    const added = await trx
      .selectFrom("work_order_tasks")
      .select("description")
      .where("work_order_id", "=", order.id)
      .where("required", "=", true)
      .where("done_at", "is", null)
      .execute();
    if (added.length)
      throw conflict("tasks", {
        key: "workOrder.notDoneYet",
        params: { tasks: added.map((t) => t.description).join("; ") },
      });
    for (const reading of given) {
      const stored = await trx
        .insertInto("meter_readings")
        .values({
          organisation_id: order.organisation_id,
          vehicle_id: order.vehicle_id,
          meter: reading.meter,
          value: reading.value,
          read_at: completedAt,
          source: "manual",
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await enqueueForChain(trx, [{ kind: "meter_reading", row: stored }]);
    }
    for (const { task, planned } of maintenance) {
      await recordTaskCompletion(trx, {
        organisationId: order.organisation_id,
        vehicleId: order.vehicle_id,
        programmeKey: planned.programme_key,
        taskKey: planned.key,
        task: planned,
        completedOn,
        meterKm,
        meterHours,
        workOrderId: order.id,
        note: note ?? `work order ${Number(order.number)}: ${task.description}`,
        userId: actor.userId,
      });
    }
    if (defect && !isDefectResolved(defect.status)) {
      const outcome = input.defectOutcome ?? "repaired";
      await recordDefectEvent(
        trx,
        actor,
        defect,
        outcome,
        note ??
          `${outcome === "repaired" ? "repaired" : "no repair needed"} under work order ${Number(order.number)}: ${tasks.map((t) => t.description).join("; ")}`,
        { status: outcome, resolved_at: completedAt },
      );
    }
    await recordAudit(trx, actor, {
      action: "complete",
      entity: "work_order",
      entityId: order.id,
      organisationId: order.organisation_id,
      details: {
        number: Number(order.number),
        completedAt: completedAt.toISOString(),
        meterKm: input.meterKm ?? null,
        meterHours: input.meterHours ?? null,
        maintenanceTasks: maintenance.map((m) => `${m.planned.programme_key}/${m.planned.key}`),
        defectId: order.defect_id,
        note,
      },
    });
  });
}
