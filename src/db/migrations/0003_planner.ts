import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * The transition planner's saved work: uploaded GTFS feeds, scenarios, and plan runs (jobs
 * with their progress and, once finished, their result or the input error).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table planner_timetables (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      name text not null,
      file_name text not null,
      size_bytes integer not null,
      sha256 text not null,
      storage_key text not null,
      service_start text,
      service_end text,
      trip_count integer not null,
      route_count integer not null,
      stop_count integer not null,
      has_block_ids boolean not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index planner_timetables_organisation on planner_timetables (organisation_id, created_at);

    create table planner_scenarios (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      name text not null,
      source_text text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, name)
    );

    create table planner_runs (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id),
      timetable_id uuid references planner_timetables (id) on delete set null,
      timetable_name text not null,
      scenario_id uuid references planner_scenarios (id) on delete set null,
      scenario_name text not null,
      scenario_text text,
      service_date text not null,
      sensitivity boolean not null,
      status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
      progress jsonb,
      error jsonb,
      summary jsonb,
      result jsonb,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz,
      duration_ms integer
    );
    create index planner_runs_organisation on planner_runs (organisation_id, created_at);
    create index planner_runs_unfinished on planner_runs (status) where status in ('queued', 'running')
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table planner_runs;
    drop table planner_scenarios;
    drop table planner_timetables
  `,
  );
}
