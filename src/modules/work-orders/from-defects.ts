/**
 * Work orders that follow defects: each defect an inspection opens gets its repair
 * order (Atlas CMMS #56, DOMAIN.md §3: "a work order created from each failed inspection
 * item"), unless the organisation turned that off. While the order is open, completing it
 * is the only way to certify the defect (core/defect-states.ts).
 */
import { sql, type RawBuilder } from "kysely";
import { DEFAULT_DEFECT_COMPETENCIES } from "../../core/competencies.js";
import type { AuditEvent } from "../../core/audit-events.js";
import type { Text } from "../../core/server-text.js";
import type { Severity } from "../../core/inspection-templates.js";
import type { WorkOrderPriority } from "../../db/maintenance-schema.js";
import type { Actor } from "../auth/actor.js";

/** A defect an inspection is opening, with the checklist item it failed. */
export interface OpenedDefect {
  id: string;
  organisation_id: string;
  vehicle_id: string;
  category: string;
  severity: Severity;
  description: string;
  /** The description in Russian (the item's Russian wording, the driver's words). */
  description_ru: string | null;
  opened_at: Date;
  /** The order's title: the item named as a fault, or "Failed check: <item>". */
  orderTitle: Text;
  /** The competencies the failed item names; null: those of the defect's category. */
  competencies: readonly string[] | null;
}

/** How urgent a defect's repair is, by the defect's severity. */
export const PRIORITY_BY_SEVERITY: Record<Severity, WorkOrderPriority> = {
  critical: "urgent",
  major: "high",
  minor: "normal",
};

/** The name of the CTE the work orders are stored by; the tasks and audit rows read it. */
export const STORED_WORK_ORDERS = "stored_work_orders";

/**
 * The bodies of three data-modifying CTEs that store the defects' work orders, their
 * repair tasks and audit entries in the same statement as the inspection (see
 * inspections.ts, storeInspection): one round trip still, and only when defects open.
 * The organisation's maintenance_settings.work_orders_from_defects (true when it has no
 * row) decides inside the statement. Each order is blocking when its defect is critical;
 * its task needs the competencies of the failed checklist item, or of the defect's
 * category when the item names none.
 */
export function defectWorkOrderStatements(
  defects: readonly OpenedDefect[],
  actor: Actor,
): {
  orders: RawBuilder<{ id: string }>;
  tasks: RawBuilder<Record<string, unknown>>;
  audit: RawBuilder<Record<string, unknown>>;
} {
  const orderRows = sql.join(
    defects.map(
      (d) =>
        sql`(${d.organisation_id}::uuid, ${d.vehicle_id}::uuid, ${d.id}::uuid, ${d.orderTitle.en}::text, ${d.orderTitle.ru}::text, ${d.description}::text, ${d.description_ru}::text, ${PRIORITY_BY_SEVERITY[d.severity]}::text, ${d.severity === "critical"}::boolean, ${d.opened_at}::timestamptz, ${actor.userId}::uuid)`,
    ),
  );
  const categories = sql.join(
    defects.map(
      (d) =>
        sql`(${d.id}::uuid, ${d.category}::text, ${d.competencies?.length ? [...d.competencies] : null}::text[])`,
    ),
  );
  const stored = sql.table(STORED_WORK_ORDERS);
  const orders = sql<{ id: string }>`(
    insert into work_orders (organisation_id, vehicle_id, source, defect_id, title, title_ru, description, description_ru, priority, blocking, opened_at, created_by)
    select n.organisation_id, n.vehicle_id, 'defect', n.defect_id, n.title, n.title_ru, n.description, n.description_ru, n.priority, n.blocking, n.opened_at, n.created_by
    from (values ${orderRows}) as n (organisation_id, vehicle_id, defect_id, title, title_ru, description, description_ru, priority, blocking, opened_at, created_by)
    where coalesce(
      (select s.work_orders_from_defects from maintenance_settings s where s.organisation_id = n.organisation_id),
      true
    )
    returning id, organisation_id, defect_id, description, description_ru, number
  )`;
  const tasks = sql<Record<string, unknown>>`(
    insert into work_order_tasks (organisation_id, work_order_id, description, description_ru, competency_keys, required, position)
    select o.organisation_id, o.id, 'Repair: ' || o.description, 'Ремонт: ' || o.description_ru,
      coalesce(d.item_competencies, c.competency_keys, ${[...DEFAULT_DEFECT_COMPETENCIES]}::text[]), true, 0
    from ${stored} o
    join (values ${categories}) as d (defect_id, category, item_competencies) on d.defect_id = o.defect_id
    left join defect_category_competencies c on c.category = d.category
  )`;
  // Written as SQL with the orders; the pair is one of core/audit-events.ts's.
  const created: AuditEvent = { entity: "work_order", action: "create" };
  const audit = sql<Record<string, unknown>>`(
    insert into audit_log (actor_user_id, actor_token_id, actor_label, organisation_id, action, entity, entity_id, details)
    select ${actor.userId}::uuid, ${actor.tokenId}::uuid, ${actor.label}, o.organisation_id, ${created.action}::text, ${created.entity}::text, o.id,
      jsonb_build_object('source', 'defect', 'defectId', o.defect_id, 'number', o.number)
    from ${stored} o
  )`;
  return { orders, tasks, audit };
}
