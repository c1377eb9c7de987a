/**
 * Work orders: the repair of a defect, a maintenance task coming due, or work opened by
 * hand. An order has tasks (each naming the competencies its sign-off needs), labour and
 * parts; a blocking order holds its vehicle until it is completed (downtime).
 */
import { sql, type Selectable } from "kysely";
import { isDefectResolved } from "../../core/defect-states.js";
import { allowedSteps, type OrderFacts } from "../../core/work-order-states.js";
import type { Static } from "typebox";
import { todayAt } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import {
  OPEN_WORK_ORDER_STATUSES,
  WORK_ORDER_PRIORITIES,
  type WorkOrderStatus,
  type WorkOrderTable,
} from "../../db/maintenance-schema.js";
import { todayIso } from "../../db/scope.js";
import { AppError, conflict, invalid, notFound } from "../../errors.js";
import { storedText, type Text, type TextLocale } from "../../core/server-text.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getVehicle } from "../fleet/vehicles.js";
import { storeName } from "../parts/stock.js";
import { photosOfDefects } from "../inspections/evidence.js";
import { defectCompetencies, missingCompetencies } from "../training/competence.js";
import { refuseShiftCheckTask } from "../maintenance/completions.js";
import { effectiveMaintenanceTask } from "./maintenance-tasks.js";
import type {
  CreateWorkOrder,
  ListWorkOrdersQuery,
  MaintenanceTaskInput,
  TWorkOrder,
  TaskInput,
  UpdateWorkOrder,
  WorkOrderSummary,
} from "./schemas.js";

const HOUR_MS = 3_600_000;

export const isOpen = (status: WorkOrderStatus): boolean =>
  (OPEN_WORK_ORDER_STATUSES as readonly string[]).includes(status);

export function selectWorkOrders(db: Database) {
  return db
    .selectFrom("work_orders as w")
    .innerJoin("vehicles as v", "v.id", "w.vehicle_id")
    .leftJoin("depots as d", "d.id", "v.depot_id")
    .leftJoin("users as a", "a.id", "w.assignee_user_id")
    .selectAll("w")
    .select([
      "v.fleet_number",
      "v.registration_plate",
      "v.depot_id",
      "d.name as depot_name",
      // Its depot's zone: sign-offs judge certificates on the date there (core/shifts.ts).
      "d.time_zone as depot_time_zone",
      "a.name as assignee_name",
    ]);
}
type SummaryRow = Selectable<WorkOrderTable> & {
  fleet_number: string;
  registration_plate: string | null;
  depot_id: string | null;
  depot_name: string | null;
  depot_time_zone: string | null;
  assignee_name: string | null;
};

/**
 * Hours a blocking order has held its vehicle: from opening until it was completed or
 * cancelled, or until `now` while it is still open. A non-blocking order holds nothing.
 */
export function downtimeHours(
  row: Pick<Selectable<WorkOrderTable>, "blocking" | "opened_at" | "completed_at" | "cancelled_at">,
  now: Date,
): number {
  if (!row.blocking) return 0;
  const end = row.completed_at ?? row.cancelled_at ?? now;
  return Math.max(0, Math.round(((end.getTime() - row.opened_at.getTime()) / HOUR_MS) * 100) / 100);
}

export const presentSummary = (
  row: SummaryRow,
  now: Date,
  locale: TextLocale,
): Static<typeof WorkOrderSummary> => ({
  id: row.id,
  number: Number(row.number),
  organisationId: row.organisation_id,
  vehicleId: row.vehicle_id,
  fleetNumber: row.fleet_number,
  registrationPlate: row.registration_plate,
  depotId: row.depot_id,
  depotName: row.depot_name,
  source: row.source,
  defectId: row.defect_id,
  programmeKey: row.programme_key,
  taskKey: row.task_key,
  title: storedText(row.title, row.title_ru, locale),
  priority: row.priority,
  blocking: row.blocking,
  status: row.status,
  scheduledFor: row.scheduled_for,
  assignedOrganisationId: row.assigned_organisation_id,
  assigneeUserId: row.assignee_user_id,
  assigneeName: row.assignee_name,
  openedAt: row.opened_at.toISOString(),
  startedAt: row.started_at?.toISOString() ?? null,
  completedAt: row.completed_at?.toISOString() ?? null,
  verifiedAt: row.verified_at?.toISOString() ?? null,
  cancelledAt: row.cancelled_at?.toISOString() ?? null,
  downtimeHours: downtimeHours(row, now),
});

const isOpenSql = sql<boolean>`w.status = any(${[...OPEN_WORK_ORDER_STATUSES]}::text[])`;
/** 1 for low up to 4 for urgent: the position in WORK_ORDER_PRIORITIES, lowest first. */
const priorityRankSql = sql<number>`array_position(${[...WORK_ORDER_PRIORITIES]}::text[], w.priority)`;

/**
 * The work to do first on top: open orders before closed ones; among the open, those
 * holding their vehicle off the road (blocking), then by priority, then the oldest, so an
 * urgent repair never sinks under newer routine work. Closed orders follow, the most
 * recently closed first. The number breaks ties, so the order is the same on every read.
 */
function orderUrgentFirst(q: ReturnType<typeof selectWorkOrders>) {
  return q
    .orderBy(sql`case when ${isOpenSql} then 0 else 1 end`)
    .orderBy(sql`case when ${isOpenSql} and w.blocking then 0 else 1 end`)
    .orderBy(sql`case when ${isOpenSql} then ${priorityRankSql} end desc nulls last`)
    .orderBy(sql`case when ${isOpenSql} then w.opened_at end asc nulls last`)
    .orderBy(sql`coalesce(w.completed_at, w.cancelled_at) desc nulls last`)
    .orderBy("w.number", "asc");
}

type WorkOrderFilters = Omit<Static<typeof ListWorkOrdersQuery>, "limit">;

/** The orders a list shows, by its filters, in the actor's scope (unordered, unlimited). */
async function filteredWorkOrders(db: Database, actor: Actor, query: WorkOrderFilters) {
  const scope = await actor.scope();
  let q = selectWorkOrders(db).where(scope.where("w.organisation_id"));
  if (query.status === "open") q = q.where("w.status", "in", [...OPEN_WORK_ORDER_STATUSES]);
  else if (query.status) q = q.where("w.status", "=", query.status);
  if (query.vehicleId) q = q.where("w.vehicle_id", "=", query.vehicleId);
  if (query.depotId) q = q.where("v.depot_id", "=", query.depotId);
  if (query.organisationId) q = q.where("w.organisation_id", "=", query.organisationId);
  if (query.source) q = q.where("w.source", "=", query.source);
  if (query.assigneeUserId) q = q.where("w.assignee_user_id", "=", query.assigneeUserId);
  if (query.blocking !== undefined) q = q.where("w.blocking", "=", query.blocking);
  return q;
}

export async function listWorkOrders(
  db: Database,
  actor: Actor,
  query: Static<typeof ListWorkOrdersQuery>,
) {
  const q = orderUrgentFirst(await filteredWorkOrders(db, actor, query)).limit(query.limit);
  const now = new Date();
  return (await q.execute()).map((row) => presentSummary(row, now, actor.locale));
}

/** How many orders the list with these filters holds (the home page's figure). */
export async function countWorkOrders(db: Database, actor: Actor, query: WorkOrderFilters) {
  const row = await db
    .selectFrom((await filteredWorkOrders(db, actor, query)).as("x"))
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The order's row when the actor may see it, else 404. */
export async function findWorkOrder(db: Database, actor: Actor, id: string) {
  const scope = await actor.scope();
  const row = await selectWorkOrders(db)
    .where("w.id", "=", id)
    .where(scope.where("w.organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("work order");
  return row;
}
export type WorkOrderRow = Awaited<ReturnType<typeof findWorkOrder>>;

/** The competencies signing the order off needs: those of all its tasks. */
export async function requiredCompetenciesOf(db: Database, workOrderId: string) {
  const tasks = await db
    .selectFrom("work_order_tasks")
    .select("competency_keys")
    .where("work_order_id", "=", workOrderId)
    .execute();
  return [...new Set(tasks.flatMap((t) => t.competency_keys))].sort();
}

/**
 * The competencies signing off the order needs: every task's and, for a defect's order,
 * those of the defect's checklist item (or category), so no edit of the task list lowers the bar.
 */
export async function signOffCompetencies(db: Database, order: WorkOrderRow): Promise<string[]> {
  const fromTasks = await requiredCompetenciesOf(db, order.id);
  if (!order.defect_id) return fromTasks;
  const defect = await db
    .selectFrom("defects")
    .select(["id", "category"])
    .where("id", "=", order.defect_id)
    .executeTakeFirstOrThrow();
  // The defect's checklist item's competencies (its category's for an item naming none).
  const fromDefect = await defectCompetencies(db, defect);
  return [...new Set([...fromTasks, ...fromDefect])].sort();
}

/** What the state machine (core/work-order-states.ts) needs to know about the order. */
export async function orderFacts(db: Database, order: WorkOrderRow): Promise<OrderFacts> {
  const defect = order.defect_id
    ? await db
        .selectFrom("defects")
        .select("status")
        .where("id", "=", order.defect_id)
        .executeTakeFirst()
    : undefined;
  return {
    number: Number(order.number),
    status: order.status,
    blocking: order.blocking,
    defectUnresolved: defect !== undefined && !isDefectResolved(defect.status),
    completedBy: order.completed_by,
  };
}

/** The defect an order repairs, with the driver's photos; null for other orders. */
async function defectOf(
  db: Database,
  row: WorkOrderRow,
  locale: TextLocale,
): Promise<TWorkOrder["defect"]> {
  if (!row.defect_id) return null;
  const defect = await db
    .selectFrom("defects")
    .select([
      "id",
      "inspection_id",
      "item_key",
      "description",
      "description_ru",
      "severity",
      "opened_at",
    ])
    .where("id", "=", row.defect_id)
    .where("organisation_id", "=", row.organisation_id)
    .executeTakeFirst();
  if (!defect) return null;
  return {
    id: defect.id,
    description: storedText(defect.description, defect.description_ru, locale),
    severity: defect.severity,
    openedAt: defect.opened_at.toISOString(),
    photos: (await photosOfDefects(db, [defect])).get(defect.id) ?? [],
  };
}

async function namesOf(db: Database, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await db
    .selectFrom("users")
    .select(["id", "name"])
    .where("id", "in", wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** One work order with its tasks, labour, parts and what the actor may sign off. */
export async function loadWorkOrder(db: Database, actor: Actor, id: string): Promise<TWorkOrder> {
  const row = await findWorkOrder(db, actor, id);
  const [people, defect, tasks, labour, parts] = await Promise.all([
    namesOf(db, [row.created_by, row.completed_by, row.verified_by]),
    defectOf(db, row, actor.locale),
    db
      .selectFrom("work_order_tasks as t")
      .leftJoin("users as u", "u.id", "t.done_by")
      .selectAll("t")
      .select("u.name as done_by_name")
      .where("t.work_order_id", "=", id)
      .orderBy("t.position")
      .orderBy("t.description")
      .execute(),
    db
      .selectFrom("work_order_labour as l")
      .innerJoin("users as u", "u.id", "l.user_id")
      .selectAll("l")
      .select("u.name as user_name")
      .where("l.work_order_id", "=", id)
      .orderBy("l.work_date")
      .orderBy("l.created_at")
      .execute(),
    db
      .selectFrom("work_order_parts as l")
      .innerJoin("parts as p", "p.id", "l.part_id")
      .innerJoin("stock as s", "s.id", "l.stock_id")
      .innerJoin("organisations as o", "o.id", "s.organisation_id")
      .leftJoin("depots as d", "d.id", "s.depot_id")
      .leftJoin("users as u", "u.id", "l.by_user_id")
      .selectAll("l")
      .select([
        "p.part_number",
        "p.name as part_name",
        "p.unit",
        "d.name as depot_name",
        "o.name as organisation_name",
        "u.name as by_name",
      ])
      .where("l.work_order_id", "=", id)
      .orderBy("l.at")
      .execute(),
  ]);
  const nameOf = (userId: string | null) => (userId ? (people.get(userId) ?? null) : null);
  const required = await signOffCompetencies(db, row);
  const missing = actor.userId
    ? await missingCompetencies(db, actor.userId, required, todayAt(row.depot_time_zone))
    : required;
  const mayCertify = actor.userId !== null && actor.permissions.has("workorders.signoff");
  const allowedTransitions = allowedSteps(await orderFacts(db, row), {
    userId: actor.userId,
    permissions: actor.permissions,
    missingCompetencies: missing,
  });
  const partLines = parts.map((line) => {
    const quantity = Number(line.quantity);
    const unitCost = line.unit_cost === null ? null : Number(line.unit_cost);
    return {
      id: line.id,
      partId: line.part_id,
      partNumber: line.part_number,
      partName: line.part_name,
      unit: line.unit,
      quantity,
      unitCost,
      cost: unitCost === null ? null : Math.round(unitCost * quantity * 100) / 100,
      stockId: line.stock_id,
      location: line.depot_name ?? storeName(line.organisation_name)[actor.locale],
      byName: line.by_name,
      at: line.at.toISOString(),
    };
  });
  const hours = labour.reduce((sum, l) => sum + Number(l.hours), 0);
  return {
    ...presentSummary(row, new Date(), actor.locale),
    description:
      row.description === null
        ? null
        : storedText(row.description, row.description_ru, actor.locale),
    defect,
    createdByName: nameOf(row.created_by),
    completedBy: row.completed_by,
    completedByName: nameOf(row.completed_by),
    completionKm: row.completion_km === null ? null : Number(row.completion_km),
    completionHours: row.completion_hours === null ? null : Number(row.completion_hours),
    completionNote: row.completion_note,
    verifiedBy: row.verified_by,
    verifiedByName: nameOf(row.verified_by),
    cancelReason: row.cancel_reason,
    tasks: tasks.map((t) => ({
      id: t.id,
      description: storedText(t.description, t.description_ru, actor.locale),
      programmeKey: t.programme_key,
      taskKey: t.task_key,
      competencies: t.competency_keys,
      required: t.required,
      done: t.done_at !== null,
      doneAt: t.done_at?.toISOString() ?? null,
      doneByName: t.done_by_name,
    })),
    labour: labour.map((l) => ({
      id: l.id,
      userId: l.user_id,
      userName: l.user_name,
      workDate: l.work_date,
      hours: Number(l.hours),
      note: l.note,
      createdAt: l.created_at.toISOString(),
    })),
    parts: partLines,
    totalHours: Math.round(hours * 100) / 100,
    partsCost: Math.round(partLines.reduce((sum, l) => sum + (l.cost ?? 0), 0) * 100) / 100,
    requiredCompetencies: required,
    allowedTransitions,
    signOff: {
      canComplete: mayCertify && missing.length === 0,
      canVerify: mayCertify && missing.length === 0 && row.completed_by !== actor.userId,
      missingCompetencies: missing,
    },
  };
}

/** Refuses unknown competency keys, naming the field. */
export async function assertKnownCompetencies(
  db: Database,
  keys: readonly string[],
  field: string,
) {
  if (!keys.length) return;
  const known = await db
    .selectFrom("competencies")
    .select("key")
    .where(sql<boolean>`key = any(${[...keys]}::text[])`)
    .execute();
  const unknown = keys.filter((key) => !known.some((k) => k.key === key));
  if (unknown.length)
    throw invalid(field, { key: "common.noSuchCompetency", params: { keys: unknown.join(", ") } });
}

export interface NewTask {
  programme_key: string | null;
  task_key: string | null;
  description: string;
  /** The Russian name of a programme's task; null for a person's own words. */
  description_ru: string | null;
  competency_keys: string[];
  required: boolean;
}

/** A hand-written task, its competencies checked. */
export async function manualTask(
  db: Database,
  input: Static<typeof TaskInput>,
  field: string,
): Promise<NewTask> {
  const description = input.description.trim();
  if (!description) throw invalid(`${field}.description`, { key: "common.blank" });
  const competencies = input.competencies ?? [];
  await assertKnownCompetencies(db, competencies, `${field}.competencies`);
  return {
    programme_key: null,
    task_key: null,
    description,
    description_ru: null,
    competency_keys: competencies,
    required: input.required ?? true,
  };
}

/** A task of the vehicle's maintenance programme, its name and competencies copied. */
export async function maintenanceTask(
  db: Database,
  organisationId: string,
  input: Static<typeof MaintenanceTaskInput>,
  field: string,
): Promise<NewTask> {
  const task = await effectiveMaintenanceTask(
    db,
    organisationId,
    input.programmeKey,
    input.taskKey,
  );
  if (!task)
    throw invalid(field, {
      key: "workOrder.noTaskInProgramme",
      params: { task: input.taskKey, programme: input.programmeKey },
    });
  refuseShiftCheckTask(field, task);
  return {
    programme_key: input.programmeKey,
    task_key: input.taskKey,
    description: task.name_en,
    description_ru: task.name_ru,
    competency_keys: task.competency_keys,
    required: true,
  };
}

/** Stores tasks after the order's existing ones, inside the caller's transaction. */
export async function insertTasks(
  trx: Database,
  order: { id: string; organisation_id: string },
  tasks: NewTask[],
) {
  if (!tasks.length) return;
  const last = await trx
    .selectFrom("work_order_tasks")
    .select(sql<number>`coalesce(max(position), -1)`.as("position"))
    .where("work_order_id", "=", order.id)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("work_order_tasks")
    .values(
      tasks.map((task, index) => ({
        ...task,
        organisation_id: order.organisation_id,
        work_order_id: order.id,
        position: Number(last.position) + 1 + index,
      })),
    )
    .execute();
}

/**
 * Inside a write's transaction: locks the order and refuses unless it is still open, so
 * nothing is added to an order that was completed meanwhile.
 */
export async function lockOpenOrder(trx: Database, id: string, doing: Text) {
  const row = await trx
    .selectFrom("work_orders")
    .selectAll()
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  assertOpen(row, doing);
  return row;
}

export function assertOpen(row: { number: number; status: WorkOrderStatus }, doing: Text) {
  if (!isOpen(row.status))
    throw conflict("status", {
      key: "workOrder.notOpen",
      params: { number: Number(row.number), orderStatus: row.status, doing },
    });
}

/** The earliest date work on the order can have happened: the day it was opened (UTC). */
export const openedOn = (row: { opened_at: Date }) => todayIso(row.opened_at);

/**
 * A person who may work on the order: one the actor can see, and a member of the order's
 * organisation or of the hub it is assigned to. `field` names the input in messages.
 */
export async function assertWorker(
  db: Database,
  actor: Actor,
  order: { organisation_id: string; assigned_organisation_id: string | null },
  userId: string,
  field: string,
) {
  const scope = await actor.scope();
  const organisations = [order.organisation_id, order.assigned_organisation_id].filter(
    (id): id is string => id !== null,
  );
  const person = await db
    .selectFrom("users as u")
    .select(["u.id", "u.name", "u.disabled"])
    .where("u.id", "=", userId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("memberships as m")
          .select("m.user_id")
          .whereRef("m.user_id", "=", "u.id")
          .where(scope.where("m.organisation_id")),
      ),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("memberships as m")
          .select("m.user_id")
          .whereRef("m.user_id", "=", "u.id")
          .where("m.organisation_id", "in", organisations),
      ),
    )
    .executeTakeFirst();
  if (!person)
    throw invalid(
      field,
      order.assigned_organisation_id
        ? { key: "workOrder.noPersonAssigned" }
        : { key: "workOrder.noPerson" },
    );
  if (person.disabled)
    throw invalid(field, { key: "common.accountDisabled", params: { name: person.name } });
  return person;
}

export async function createWorkOrder(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateWorkOrder>,
) {
  requirePermission(actor, "workorders.write");
  const vehicle = await getVehicle(db, actor, input.vehicleId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw invalid("vehicleId", { key: "validation.noSuch", params: { what: "vehicle" } });
    throw error;
  });
  const title = input.title.trim();
  if (!title) throw invalid("title", { key: "common.blank" });
  const today = todayIso();
  if (input.scheduledFor && input.scheduledFor < today)
    throw invalid("scheduledFor", { key: "common.inPast" });
  if (input.defectId) {
    const defect = await db
      .selectFrom("defects")
      .select(["vehicle_id", "status"])
      .where("id", "=", input.defectId)
      .where("organisation_id", "=", vehicle.organisation_id)
      .executeTakeFirst();
    if (!defect || defect.vehicle_id !== vehicle.id)
      throw invalid("defectId", { key: "workOrder.noDefectOfVehicle" });
    if (defect.status !== "open" && defect.status !== "in_repair")
      throw invalid("defectId", {
        key: "workOrder.defectAlready",
        params: { defectStatus: defect.status },
      });
  }
  const tasks: NewTask[] = [];
  for (const [index, task] of (input.tasks ?? []).entries())
    tasks.push(await manualTask(db, task, `tasks.${index}`));
  for (const [index, task] of (input.maintenanceTasks ?? []).entries()) {
    if (tasks.some((t) => t.programme_key === task.programmeKey && t.task_key === task.taskKey))
      throw invalid(`maintenanceTasks.${index}`, { key: "workOrder.sameTaskTwice" });
    tasks.push(
      await maintenanceTask(db, vehicle.organisation_id, task, `maintenanceTasks.${index}`),
    );
  }
  const maintenanceOnly = tasks.filter((t) => t.task_key !== null);
  const single =
    !input.defectId && tasks.length === 1 && maintenanceOnly.length === 1
      ? maintenanceOnly[0]
      : undefined;
  try {
    const id = await db.transaction().execute(async (trx) => {
      const order = await trx
        .insertInto("work_orders")
        .values({
          organisation_id: vehicle.organisation_id,
          vehicle_id: vehicle.id,
          source: input.defectId ? "defect" : single ? "maintenance" : "manual",
          defect_id: input.defectId ?? null,
          // One maintenance task: the order is that task's, so the due list knows it is open.
          programme_key: single?.programme_key ?? null,
          task_key: single?.task_key ?? null,
          title,
          description: input.description?.trim() || null,
          priority: input.priority ?? "normal",
          blocking: input.blocking ?? false,
          status: input.scheduledFor ? "scheduled" : "requested",
          scheduled_for: input.scheduledFor ?? null,
          created_by: actor.userId,
        })
        .returning(["id", "organisation_id", "number"])
        .executeTakeFirstOrThrow();
      await insertTasks(trx, order, tasks);
      await recordAudit(trx, actor, {
        action: "create",
        entity: "work_order",
        entityId: order.id,
        organisationId: order.organisation_id,
        details: { number: Number(order.number), ...input },
      });
      return order.id;
    });
    return await loadWorkOrder(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error))
      throw single
        ? conflict("maintenanceTasks.0", { key: "workOrder.taskHasOrder" })
        : conflict("defectId", { key: "workOrder.defectHasOrder" });
    throw error;
  }
}

export async function updateWorkOrder(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateWorkOrder>,
) {
  const row = await findWorkOrder(db, actor, id);
  requirePermission(actor, "workorders.write");
  assertOpen(row, { en: "it can be changed", ru: "изменить его можно" });
  const title = input.title?.trim();
  if (title === "") throw invalid("title", { key: "common.blank" });
  // A form sends back the title and description as it showed them (in Russian for a
  // Russian reader): only a changed text is a person's own words, stored as written.
  const titleChanged =
    title !== undefined && title !== storedText(row.title, row.title_ru, actor.locale);
  const description =
    input.description === undefined ? undefined : input.description?.trim() || null;
  const descriptionChanged =
    description !== undefined &&
    description !==
      (row.description === null
        ? null
        : storedText(row.description, row.description_ru, actor.locale));
  if (input.scheduledFor === null && row.status === "scheduled")
    throw invalid("scheduledFor", { key: "workOrder.scheduledNeedsDate" });
  if (input.scheduledFor && input.scheduledFor < openedOn(row))
    throw invalid("scheduledFor", { key: "workOrder.beforeOpened" });
  if (input.assigneeUserId)
    await assertWorker(db, actor, row, input.assigneeUserId, "assigneeUserId");
  if (input.blocking === false && row.blocking && (await orderFacts(db, row)).defectUnresolved)
    throw conflict("blocking", {
      key: "workOrder.staysBlocking",
      params: { number: Number(row.number) },
    });
  await db.transaction().execute(async (trx) => {
    await lockOpenOrder(trx, id, { en: "it can be changed", ru: "изменить его можно" });
    await trx
      .updateTable("work_orders")
      .set({
        ...(titleChanged && title !== undefined ? { title, title_ru: null } : {}),
        ...(descriptionChanged ? { description, description_ru: null } : {}),
        ...(input.priority ? { priority: input.priority } : {}),
        ...(input.blocking !== undefined ? { blocking: input.blocking } : {}),
        ...(input.scheduledFor !== undefined ? { scheduled_for: input.scheduledFor } : {}),
        ...(input.assigneeUserId !== undefined ? { assignee_user_id: input.assigneeUserId } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "work_order",
      entityId: id,
      organisationId: row.organisation_id,
      details: input,
    });
  });
  return loadWorkOrder(db, actor, id);
}
