/**
 * What goes onto a work order while it is open: tasks (and ticking them off), hours of
 * labour, and parts taken from stock.
 */
import { sql } from "kysely";
import type { Static } from "typebox";
import { todayAt } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { partForStock, putIntoStock, stockLocation, takeFromStock } from "../parts/stock.js";
import { requireCompetencies } from "../training/competence.js";
import type { AddLabour, AddPart, AddTask } from "./schemas.js";
import {
  assertOpen,
  assertWorker,
  findWorkOrder,
  insertTasks,
  loadWorkOrder,
  lockOpenOrder,
  maintenanceTask,
  manualTask,
  openedOn,
  type NewTask,
} from "./work-orders.js";

/**
 * The most hours one person can work in a day, across all orders: there are 24 in a
 * day, so more is a typing error (the "absurd hours").
 */
export const MAX_HOURS_PER_DAY = 24;

export async function addTask(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof AddTask>,
) {
  const order = await findWorkOrder(db, actor, id);
  requirePermission(actor, "workorders.write");
  assertOpen(order, { en: "tasks can be added", ru: "добавлять работы можно" });
  let task: NewTask;
  if (input.programmeKey || input.taskKey) {
    if (!input.programmeKey)
      throw invalid("programmeKey", {
        key: "workOrder.requiredWith",
        params: { other: "taskKey" },
      });
    if (!input.taskKey)
      throw invalid("taskKey", {
        key: "workOrder.requiredWith",
        params: { other: "programmeKey" },
      });
    if (input.description || input.competencies)
      throw invalid("description", { key: "workOrder.taskBringsOwn" });
    task = await maintenanceTask(
      db,
      order.organisation_id,
      { programmeKey: input.programmeKey, taskKey: input.taskKey },
      "taskKey",
    );
    const existing = await db
      .selectFrom("work_order_tasks")
      .select("id")
      .where("work_order_id", "=", id)
      .where("programme_key", "=", input.programmeKey)
      .where("task_key", "=", input.taskKey)
      .executeTakeFirst();
    if (existing) throw conflict("taskKey", { key: "workOrder.hasTask" });
  } else {
    if (!input.description) throw invalid("description", { key: "validation.required" });
    task = await manualTask(
      db,
      {
        description: input.description,
        ...(input.competencies ? { competencies: input.competencies } : {}),
        ...(input.required !== undefined ? { required: input.required } : {}),
      },
      "task",
    );
  }
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, { en: "tasks can be added", ru: "добавлять работы можно" });
    await insertTasks(trx, order, [task]);
    await recordAudit(trx, actor, {
      action: "add_task",
      entity: "work_order",
      entityId: id,
      organisationId: order.organisation_id,
      details: { ...task },
    });
  });
  return loadWorkOrder(db, actor, id);
}

/** A technician ticks a task off; they must be certified for the task's competencies. */
export async function completeTask(db: Database, actor: Actor, id: string, taskId: string) {
  const order = await findWorkOrder(db, actor, id);
  const task = await db
    .selectFrom("work_order_tasks")
    .selectAll()
    .where("id", "=", taskId)
    .where("work_order_id", "=", id)
    .executeTakeFirst();
  if (!task) throw notFound("task");
  requirePermission(actor, "workorders.write");
  if (order.status !== "in_progress")
    throw conflict("status", {
      key: "workOrder.startFirst",
      params: { number: Number(order.number), orderStatus: order.status },
    });
  if (task.done_at)
    throw conflict("taskId", { key: "workOrder.taskDone", params: { task: task.description } });
  await requireCompetencies(
    db,
    actor.userId,
    task.competency_keys,
    todayAt(order.depot_time_zone),
    {
      en: `mark "${task.description}" done`,
      ru: `отметить выполненной работу «${task.description}»`,
    },
  );
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, { en: "tasks can be ticked off", ru: "отмечать работы можно" });
    const done = await trx
      .updateTable("work_order_tasks")
      .set({ done_at: new Date(), done_by: actor.userId })
      .where("id", "=", taskId)
      .where("done_at", "is", null)
      .executeTakeFirst();
    if (!Number(done.numUpdatedRows))
      throw conflict("taskId", { key: "workOrder.taskDone", params: { task: task.description } });
    await recordAudit(trx, actor, {
      action: "task_done",
      entity: "work_order",
      entityId: id,
      organisationId: order.organisation_id,
      details: { taskId, description: task.description },
    });
  });
  return loadWorkOrder(db, actor, id);
}

/**
 * Hours of work by one person on one day: more than 0 and at most 24, and at most 24 for
 * that person that day across all orders; not before the order was opened, not in the
 * future; by someone of the operator or the hub the order is assigned to.
 */
export async function addLabour(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof AddLabour>,
) {
  const order = await findWorkOrder(db, actor, id);
  requirePermission(actor, "workorders.write");
  assertOpen(order, { en: "labour can be recorded", ru: "записывать работу можно" });
  if (!(input.hours > 0)) throw invalid("hours", { key: "common.positive" });
  if (input.hours > MAX_HOURS_PER_DAY)
    throw invalid("hours", { key: "workOrder.hoursPerDay", params: { max: MAX_HOURS_PER_DAY } });
  if (input.workDate > todayIso()) throw invalid("workDate", { key: "common.inFuture" });
  if (input.workDate < openedOn(order))
    throw invalid("workDate", {
      key: "workOrder.beforeOpenedOn",
      params: { opened: openedOn(order) },
    });
  const person = await assertWorker(db, actor, order, input.userId, "userId");
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, { en: "labour can be recorded", ru: "записывать работу можно" });
    // One person's entries of a day are summed under a lock on that person, so two
    // entries made at once cannot both fit under the day's limit.
    await trx
      .selectFrom("users")
      .select("id")
      .where("id", "=", input.userId)
      .forNoKeyUpdate()
      .execute();
    const booked = await trx
      .selectFrom("work_order_labour")
      .select(sql<number>`coalesce(sum(hours), 0)`.as("hours"))
      .where("user_id", "=", input.userId)
      .where("work_date", "=", input.workDate)
      .executeTakeFirstOrThrow();
    const already = Number(booked.hours);
    if (already + input.hours > MAX_HOURS_PER_DAY)
      throw invalid("hours", {
        key: "workOrder.hoursAlready",
        params: { name: person.name, already, date: input.workDate, max: MAX_HOURS_PER_DAY },
      });
    const row = await trx
      .insertInto("work_order_labour")
      .values({
        organisation_id: order.organisation_id,
        work_order_id: id,
        user_id: input.userId,
        work_date: input.workDate,
        hours: input.hours,
        note: input.note?.trim() || null,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "add_labour",
      entity: "work_order",
      entityId: id,
      organisationId: order.organisation_id,
      details: { labourId: row.id, ...input },
    });
  });
  return loadWorkOrder(db, actor, id);
}

export async function removeLabour(db: Database, actor: Actor, id: string, labourId: string) {
  const order = await findWorkOrder(db, actor, id);
  const labour = await db
    .selectFrom("work_order_labour")
    .selectAll()
    .where("id", "=", labourId)
    .where("work_order_id", "=", id)
    .executeTakeFirst();
  if (!labour) throw notFound("labour entry");
  requirePermission(actor, "workorders.write");
  assertOpen(order, { en: "labour can be removed", ru: "удалять записи о работе можно" });
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, {
      en: "labour can be removed",
      ru: "удалять записи о работе можно",
    });
    await trx.deleteFrom("work_order_labour").where("id", "=", labourId).execute();
    await recordAudit(trx, actor, {
      action: "remove_labour",
      entity: "work_order",
      entityId: id,
      organisationId: order.organisation_id,
      details: {
        labourId,
        userId: labour.user_id,
        workDate: labour.work_date,
        hours: Number(labour.hours),
      },
    });
  });
  return loadWorkOrder(db, actor, id);
}

/**
 * Where an order's parts come from: the hub's own store when a hub took the order over,
 * else the vehicle's depot (or another depot of the operator, named by `depotId`).
 */
async function stockPlaceFor(
  db: Database,
  order: {
    organisation_id: string;
    assigned_organisation_id: string | null;
    depot_id: string | null;
  },
  depotId: string | undefined,
) {
  const holder = await db
    .selectFrom("organisations")
    .select(["id", "kind", "name"])
    .where("id", "=", order.assigned_organisation_id ?? order.organisation_id)
    .executeTakeFirstOrThrow();
  const depot = holder.kind === "operator" ? (depotId ?? order.depot_id) : depotId;
  if (holder.kind === "operator" && !depot)
    throw invalid("depotId", { key: "workOrder.noDepotForParts" });
  return stockLocation(db, holder, depot, "depotId");
}

/** Takes a part from stock onto the order, in one transaction: never below zero. */
export async function addPart(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof AddPart>,
) {
  const order = await findWorkOrder(db, actor, id);
  requirePermission(actor, "workorders.write");
  assertOpen(order, { en: "parts can be used", ru: "списывать запчасти можно" });
  const location = await stockPlaceFor(db, order, input.depotId);
  const part = await partForStock(db, actor, location.organisationId, input.partId);
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, { en: "parts can be used", ru: "списывать запчасти можно" });
    const { stockId } = await takeFromStock(trx, location, part.id, input.quantity, "use", {
      workOrderId: id,
      note: `work order ${Number(order.number)}`,
      userId: actor.userId,
    });
    const line = await trx
      .insertInto("work_order_parts")
      .values({
        organisation_id: order.organisation_id,
        work_order_id: id,
        part_id: part.id,
        stock_id: stockId,
        quantity: input.quantity,
        unit_cost: part.unit_cost,
        by_user_id: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "use_part",
      entity: "work_order",
      entityId: id,
      organisationId: order.organisation_id,
      details: { lineId: line.id, partId: part.id, quantity: input.quantity, stockId },
    });
  });
  return loadWorkOrder(db, actor, id);
}

/** A part taken but not used goes back into the stock it came from. */
export async function returnPart(db: Database, actor: Actor, id: string, lineId: string) {
  const order = await findWorkOrder(db, actor, id);
  const line = await db
    .selectFrom("work_order_parts as l")
    .innerJoin("stock as s", "s.id", "l.stock_id")
    .leftJoin("depots as d", "d.id", "s.depot_id")
    .innerJoin("organisations as o", "o.id", "s.organisation_id")
    .select([
      "l.id",
      "l.part_id",
      "l.quantity",
      "s.organisation_id as stock_organisation_id",
      "s.depot_id",
      "d.name as depot_name",
      "o.name as organisation_name",
    ])
    .where("l.id", "=", lineId)
    .where("l.work_order_id", "=", id)
    .executeTakeFirst();
  if (!line) throw notFound("part line");
  requirePermission(actor, "workorders.write");
  assertOpen(order, { en: "parts can be returned", ru: "возвращать запчасти можно" });
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, { en: "parts can be returned", ru: "возвращать запчасти можно" });
    const removed = await trx
      .deleteFrom("work_order_parts")
      .where("id", "=", lineId)
      .executeTakeFirst();
    if (!Number(removed.numDeletedRows)) throw notFound("part line");
    await putIntoStock(
      trx,
      {
        organisationId: line.stock_organisation_id,
        depotId: line.depot_id,
        name: line.depot_name ?? line.organisation_name,
      },
      line.part_id,
      Number(line.quantity),
      "return",
      {
        workOrderId: id,
        note: `returned from work order ${Number(order.number)}`,
        userId: actor.userId,
      },
    );
    await recordAudit(trx, actor, {
      action: "return_part",
      entity: "work_order",
      entityId: id,
      organisationId: order.organisation_id,
      details: { lineId, partId: line.part_id, quantity: Number(line.quantity) },
    });
  });
  return loadWorkOrder(db, actor, id);
}
