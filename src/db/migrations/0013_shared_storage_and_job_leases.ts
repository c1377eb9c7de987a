import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Several fleethub processes behind one address share one database and nothing else, so
 * what one process stores every other must be able to read:
 * - a photo's bytes are kept in the photos row (null: a photo stored on disk before this
 *   migration, read from the photo directory and copied in by `fleethub start`);
 * - an uploaded GTFS feed is kept in 1 MiB chunks (a feed may be 300 MB; no single value
 *   or query holds it whole), deleted with its timetable;
 * - a planner run being computed holds a lease that its process renews; a run whose lease
 *   ran out (its process died) is taken up again or failed with a reason by another
 *   process, and `attempts` counts how often it was started.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table photos add column data bytea;

    create table planner_timetable_chunks (
      timetable_id uuid not null references planner_timetables (id) on delete cascade,
      seq integer not null,
      data bytea not null,
      primary key (timetable_id, seq)
    );

    alter table planner_runs add column lease_expires_at timestamptz;
    alter table planner_runs add column attempts integer not null default 0;
    create index planner_runs_leases on planner_runs (lease_expires_at)
      where status = 'running'
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index planner_runs_leases;
    alter table planner_runs drop column attempts;
    alter table planner_runs drop column lease_expires_at;
    drop table planner_timetable_chunks;
    alter table photos drop column data
  `,
  );
}
