import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * The note a technician writes when completing a work order ("what was done") was kept
 * only in the audit log (and, for a defect's order, in the defect's "repaired" event),
 * so the order itself could not show it. It is stored on the order from now on; orders
 * completed before this take their note from the audit entry of their completion.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table work_orders add column completion_note text;
    update work_orders w set completion_note = a.details ->> 'note'
      from audit_log a
      where a.entity = 'work_order' and a.action = 'complete' and a.entity_id = w.id::text
        and w.completed_at is not null and a.details ->> 'note' is not null
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `alter table work_orders drop column completion_note`);
}
