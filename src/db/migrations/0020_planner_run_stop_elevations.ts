import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Stop elevations for a planner run (issue #9, gradient): the CSV (`stop_id,elevation_m`) a
 * run was asked with and its file name, kept with the run as its scenario text is, so that
 * the job plans what was asked even if it runs later or again. Null for every existing run:
 * planned flat, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table planner_runs add column stop_elevations_name text;
    alter table planner_runs add column stop_elevations_text text;
    alter table planner_runs add constraint planner_runs_stop_elevations_pair
      check ((stop_elevations_name is null) = (stop_elevations_text is null))
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table planner_runs drop constraint planner_runs_stop_elevations_pair;
    alter table planner_runs drop column stop_elevations_text;
    alter table planner_runs drop column stop_elevations_name
  `,
  );
}
