import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * What was added to 0002 and 0004 after they had landed (commits 04bdc45, 8930e76 and
 * 6a89b71), so that a database created before those commits gets it too. On a database
 * created from the edited files it all exists already, and nothing changes: both end with
 * the same schema (src/db/migrations/migrations.test.ts compares them).
 *
 * - record_chain_queue (04bdc45): records waiting to be linked into their chain. Before
 *   it, records were chained as they were written, so an older database has none waiting.
 * - service_requests.cancel_reason (8930e76): before it, a cancelled request kept the
 *   operator's reason in resolution_note (it is never resolved); those reasons move to
 *   their own column. Requests cancelled since already have resolution_note empty.
 * - work_orders_blocking_idx (6a89b71): each vehicle's blocking orders in opening order
 *   for the availability report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table if not exists record_chain_queue (
      id bigserial primary key,
      organisation_id uuid not null references organisations (id),
      record_kind text not null,
      record_id uuid not null,
      record_hash text not null,
      enqueued_at timestamptz not null default now()
    );
    alter table service_requests add column if not exists cancel_reason text;
    update service_requests set cancel_reason = resolution_note, resolution_note = null
      where status = 'cancelled' and cancel_reason is null and resolution_note is not null;
    create index if not exists work_orders_blocking_idx on work_orders (vehicle_id, opened_at) include (completed_at, cancelled_at, organisation_id) where blocking
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index work_orders_blocking_idx;
    alter table service_requests drop column cancel_reason;
    drop table record_chain_queue
  `,
  );
}
