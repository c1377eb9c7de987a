import { sql, type Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * What the maintenance release rule reads, versioned (issue #11: the depot board of 1,000
 * vehicles under 50 ms). The rule keeps each vehicle's overdue safety-critical tasks in
 * memory and computes them again only for a vehicle whose version moved since; the
 * definition of what is overdue stays the one query of maintenance/due.ts.
 *
 * A trigger on every table that query reads stamps a new version inside the writing
 * transaction, so the stamp commits with the write and never for a rolled-back one, and no
 * path (API, CLI, import, an administrator's SQL) can change an input without it:
 * - vehicles, meter_readings, maintenance_records: the vehicles the changed rows name (both
 *   the old and the new vehicle of an update);
 * - maintenance_programmes, maintenance_tasks, vehicle_models, and a truncate of any of the
 *   six: the nil vehicle id, meaning every vehicle.
 * Versions come from one sequence, so a number is never given twice: a version stamped by
 * a transaction that rolled back is never seen again.
 */
const ALL = "00000000-0000-0000-0000-000000000000";

const FUNCTION = `create function fleethub_maintenance_inputs_changed() returns trigger
  language plpgsql as $$
  begin
    if tg_argv[0] = 'all' or tg_op = 'TRUNCATE' then
      insert into maintenance_input_versions (vehicle_id, version)
        values ('${ALL}', nextval('maintenance_input_version_seq'))
        on conflict (vehicle_id) do update set version = excluded.version;
    elsif tg_op = 'UPDATE' then
      execute format('insert into maintenance_input_versions (vehicle_id, version)
        select k, nextval(''maintenance_input_version_seq'') from (
          select %1$I as k from changed union select %1$I from changed_old order by 1) c
        on conflict (vehicle_id) do update set version = excluded.version', tg_argv[0]);
    else
      execute format('insert into maintenance_input_versions (vehicle_id, version)
        select k, nextval(''maintenance_input_version_seq'') from (
          select distinct %1$I as k from changed order by 1) c
        on conflict (vehicle_id) do update set version = excluded.version', tg_argv[0]);
    end if;
    return null;
  end $$`;

/** The tables whose rows name a vehicle, and the column that names it. */
const PER_VEHICLE: [string, string][] = [
  ["vehicles", "id"],
  ["meter_readings", "vehicle_id"],
  ["maintenance_records", "vehicle_id"],
];
const EVERY_VEHICLE = ["maintenance_programmes", "maintenance_tasks", "vehicle_models"];

const triggers = () => [
  ...PER_VEHICLE.flatMap(([table, column]) => [
    `create trigger ${table}_mi_insert after insert on ${table}
       referencing new table as changed
       for each statement execute function fleethub_maintenance_inputs_changed('${column}')`,
    `create trigger ${table}_mi_update after update on ${table}
       referencing old table as changed_old new table as changed
       for each statement execute function fleethub_maintenance_inputs_changed('${column}')`,
    `create trigger ${table}_mi_delete after delete on ${table}
       referencing old table as changed
       for each statement execute function fleethub_maintenance_inputs_changed('${column}')`,
    `create trigger ${table}_mi_truncate after truncate on ${table}
       for each statement execute function fleethub_maintenance_inputs_changed('all')`,
  ]),
  ...EVERY_VEHICLE.map(
    (table) => `create trigger ${table}_mi_change
       after insert or update or delete or truncate on ${table}
       for each statement execute function fleethub_maintenance_inputs_changed('all')`,
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create sequence maintenance_input_version_seq;
    create table maintenance_input_versions (
      vehicle_id uuid primary key,
      version bigint not null
    )
    `,
  );
  // A function's body holds semicolons, which runStatements would split on.
  await sql.raw(FUNCTION).execute(db);
  for (const statement of triggers()) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table] of PER_VEHICLE)
    for (const event of ["insert", "update", "delete", "truncate"])
      await sql.raw(`drop trigger ${table}_mi_${event} on ${table}`).execute(db);
  for (const table of EVERY_VEHICLE)
    await sql.raw(`drop trigger ${table}_mi_change on ${table}`).execute(db);
  await runStatements(
    db,
    `
    drop function fleethub_maintenance_inputs_changed();
    drop table maintenance_input_versions;
    drop sequence maintenance_input_version_seq
    `,
  );
}
