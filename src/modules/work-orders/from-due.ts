/**
 * Work orders that open by themselves when maintenance comes due (issue #4: "from a
 * maintenance task coming due (automatically, configurable)"): one order per overdue or
 * due-soon task of a vehicle that has no open order for it yet. A safety-critical task
 * that is overdue blocks the vehicle until it is done.
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";
import { OPEN_WORK_ORDER_STATUSES, type WorkOrderPriority } from "../../db/maintenance-schema.js";
import { Scope, anyOf } from "../../db/scope.js";
import { invalid } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { computeDue, type DueItem } from "../maintenance/due.js";

/** Orders stored per statement, so a network's first sweep stays a handful of round trips. */
const CHUNK = 500;

const priorityOf = (item: DueItem): WorkOrderPriority =>
  item.status === "overdue" ? (item.safetyCritical ? "urgent" : "high") : "normal";

/** "Due on 2026-05-01 or at 120000 km, whichever comes first". */
function dueDescription(item: DueItem): string {
  const points = [
    ...(item.dueDate ? [`on ${item.dueDate}`] : []),
    ...(item.dueKm !== null ? [`at ${item.dueKm} km`] : []),
    ...(item.dueHours !== null ? [`at ${item.dueHours} engine hours`] : []),
  ];
  const when = points.length > 1 ? `${points.join(" or ")}, whichever comes first` : points[0];
  const label = item.status === "overdue" ? "Overdue" : item.status === "due" ? "Due" : "Due soon";
  return `${label}: ${item.programmeName.en}, due ${when ?? "now"}`;
}

const RU_NUMBER = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });
const RU_DATE = new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC" });

/** The same in Russian: «Просрочено: ТО-1, срок — 01.05.2026 или 120 000 км, что наступит раньше». */
function dueDescriptionRu(item: DueItem): string {
  const points = [
    ...(item.dueDate ? [RU_DATE.format(new Date(`${item.dueDate}T00:00:00Z`))] : []),
    ...(item.dueKm !== null ? [`${RU_NUMBER.format(item.dueKm)} км`] : []),
    ...(item.dueHours !== null ? [`${RU_NUMBER.format(item.dueHours)} моточасов`] : []),
  ];
  const when =
    points.length > 1 ? `${points.join(" или ")}, что наступит раньше` : (points[0] ?? "сейчас");
  const label =
    item.status === "overdue" ? "Просрочено" : item.status === "due" ? "Пора" : "Скоро срок";
  return `${label}: ${item.programmeName.ru}, срок — ${when}`;
}

/** The operators (of `organisationIds`, or all) whose settings let due tasks open orders. */
async function operatorsOpeningOrders(
  db: Database,
  organisationIds: readonly string[] | undefined,
  evenIfTurnedOff: boolean,
): Promise<Scope> {
  if (organisationIds && !organisationIds.length) return Scope.of([]);
  if (!organisationIds && evenIfTurnedOff) return Scope.all();
  if (!organisationIds) {
    // The whole network: one array parameter for the whole network is wasteful when
    // nobody turned the orders off.
    const off = await db
      .selectFrom("maintenance_settings")
      .select("organisation_id")
      .where("work_orders_from_due_tasks", "=", false)
      .executeTakeFirst();
    if (!off) return Scope.all();
  }
  let q = db
    .selectFrom("organisations as o")
    .leftJoin("maintenance_settings as s", "s.organisation_id", "o.id")
    .select("o.id")
    .where("o.kind", "=", "operator");
  if (organisationIds) q = q.where(anyOf("o.id", organisationIds));
  if (!evenIfTurnedOff) q = q.where(sql<boolean>`coalesce(s.work_orders_from_due_tasks, true)`);
  return Scope.of((await q.execute()).map((row) => row.id));
}

/**
 * Opens one work order (source "maintenance", one task copying the maintenance task) for
 * each overdue or due-soon task with no open order, for the operators among
 * `organisationIds` (all when left out) whose maintenance_settings.work_orders_from_due_tasks
 * is on (the default). Safe to run again and concurrently: the unique index
 * work_orders_open_task_idx lets only one open order exist per vehicle and task.
 * Returns how many orders were opened.
 */
export async function createDueWorkOrders(
  db: Database,
  today: string,
  organisationIds?: readonly string[],
  options: { actor?: Actor | null; evenIfTurnedOff?: boolean } = {},
): Promise<number> {
  const scope = await operatorsOpeningOrders(db, organisationIds, options.evenIfTurnedOff ?? false);
  const due = await computeDue(db, { scope, today, statuses: ["overdue", "due", "due_soon"] });
  if (!due.length) return 0;
  // A task already on an open order (also one opened by hand) needs no second order.
  const onOpenOrders = await db
    .selectFrom("work_order_tasks as t")
    .innerJoin("work_orders as w", "w.id", "t.work_order_id")
    .select(["w.vehicle_id", "t.programme_key", "t.task_key"])
    .where("w.status", "in", [...OPEN_WORK_ORDER_STATUSES])
    .where("t.task_key", "is not", null)
    .where(anyOf("w.vehicle_id", [...new Set(due.map((d) => d.vehicleId))]))
    .execute();
  const key = (vehicleId: string, programmeKey: string | null, taskKey: string | null) =>
    `${vehicleId}/${programmeKey ?? ""}/${taskKey ?? ""}`;
  const taken = new Set(onOpenOrders.map((r) => key(r.vehicle_id, r.programme_key, r.task_key)));
  const wanted = due.filter((d) => !taken.has(key(d.vehicleId, d.programmeKey, d.taskKey)));

  let created = 0;
  for (let start = 0; start < wanted.length; start += CHUNK) {
    const chunk = wanted.slice(start, start + CHUNK);
    await db.transaction().execute(async (trx) => {
      const orders = await trx
        .insertInto("work_orders")
        .values(
          chunk.map((item) => ({
            organisation_id: item.organisationId,
            vehicle_id: item.vehicleId,
            source: "maintenance" as const,
            programme_key: item.programmeKey,
            task_key: item.taskKey,
            title: item.taskName.en,
            title_ru: item.taskName.ru,
            description: dueDescription(item),
            description_ru: dueDescriptionRu(item),
            priority: priorityOf(item),
            blocking: item.safetyCritical && item.status === "overdue",
            created_by: options.actor?.userId ?? null,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .returning(["id", "number", "organisation_id", "vehicle_id", "programme_key", "task_key"])
        .execute();
      if (!orders.length) return;
      created += orders.length;
      const byKey = new Map(
        chunk.map((item) => [key(item.vehicleId, item.programmeKey, item.taskKey), item]),
      );
      await trx
        .insertInto("work_order_tasks")
        .values(
          orders.map((order) => {
            const item = byKey.get(key(order.vehicle_id, order.programme_key, order.task_key));
            return {
              organisation_id: order.organisation_id,
              work_order_id: order.id,
              programme_key: order.programme_key,
              task_key: order.task_key,
              description: item?.taskName.en ?? order.task_key ?? "",
              description_ru: item?.taskName.ru ?? null,
              competency_keys: item?.competencies ?? [],
              required: true,
              position: 0,
            };
          }),
        )
        .execute();
      const numbers = new Map<string, number[]>();
      for (const order of orders)
        numbers.set(order.organisation_id, [
          ...(numbers.get(order.organisation_id) ?? []),
          Number(order.number),
        ]);
      for (const [organisationId, list] of numbers) {
        await recordAudit(trx, options.actor ?? null, {
          action: "create_from_due",
          entity: "work_order",
          entityId: null,
          organisationId,
          details: { today, count: list.length, numbers: list },
        });
      }
    });
  }
  return created;
}

/**
 * A maintenance planner asks for the orders now, for one operator. Asked for by hand,
 * it opens them even when the operator turned the automatic opening off.
 */
export async function createDueWorkOrdersFor(
  db: Database,
  actor: Actor,
  organisationId: string,
  today: string,
): Promise<number> {
  requirePermission(actor, "maintenance.plan");
  const scope = await actor.scope();
  const organisation = scope.includes(organisationId)
    ? await db
        .selectFrom("organisations")
        .select("kind")
        .where("id", "=", organisationId)
        .executeTakeFirst()
    : undefined;
  if (!organisation)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (organisation.kind !== "operator")
    throw invalid("organisationId", { key: "workOrder.onlyOperatorMaintains" });
  return createDueWorkOrders(db, today, [organisationId], { actor, evenIfTurnedOff: true });
}
