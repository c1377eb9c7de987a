import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * A depot's shift pattern (core/shifts.ts): its time zone and the local times its shifts
 * start. Empty starts mean one shift a day from midnight. A manager's release covers the
 * shift it was given for, found by the range of that shift.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table depots add column time_zone text not null default 'UTC';
    alter table depots add column shift_starts text[] not null default '{}'
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table depots drop column shift_starts;
    alter table depots drop column time_zone
  `,
  );
}
