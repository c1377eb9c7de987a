import { sql, type Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * What the release gate and the depot board read, versioned (issue #11: the depot board
 * of 1,000 vehicles under 50 ms on the embedded database). The board remembers each
 * vehicle's row (the gate's decision, its unconfirmed readings and its check's flags) and
 * computes it again only when a version it was computed under moved; releasing a vehicle
 * and issuing a waybill never use what the board remembers, they decide afresh.
 *
 * As in 0019 (maintenance), a trigger on every table the rules read stamps a new version
 * inside the writing transaction, so a stamp commits with its write and never for a
 * rolled-back one, whatever the path (API, CLI, import, an administrator's SQL). The key
 * stamped is:
 * - the vehicle the changed rows name (both the old and the new one of an update):
 *   vehicles, inspections, inspection_flags, defects, work_orders, release_overrides,
 *   meter_readings, technical_controls, compliance_documents of a vehicle;
 * - the driver they name, for what is the driver's rather than the vehicle's: medical
 *   admissions and compliance_documents of a driver (the board remembers which driver each
 *   row depended on; a driver may drive for several operators, so not the organisation);
 * - the nil id, meaning every vehicle: release_policies, inspection_templates, a renamed
 *   user (the board names the manager who confirmed a flagged check), and a truncate of any
 *   of them.
 * Versions come from one sequence, so a number is never given twice.
 */
const ALL = "00000000-0000-0000-0000-000000000000";

const FUNCTION = `create function fleethub_release_inputs_changed() returns trigger
  language plpgsql as $$
  begin
    if tg_argv[0] = 'all' or tg_op = 'TRUNCATE' then
      insert into release_input_versions (key, version)
        values ('${ALL}', nextval('release_input_version_seq'))
        on conflict (key) do update set version = excluded.version;
    elsif tg_op = 'UPDATE' then
      execute format('insert into release_input_versions (key, version)
        select k, nextval(''release_input_version_seq'') from (
          select %1$I as k from changed union select %1$I from changed_old) c
        where k is not null order by k
        on conflict (key) do update set version = excluded.version', tg_argv[0]);
    else
      execute format('insert into release_input_versions (key, version)
        select k, nextval(''release_input_version_seq'') from (
          select distinct %1$I as k from changed) c
        where k is not null order by k
        on conflict (key) do update set version = excluded.version', tg_argv[0]);
    end if;
    return null;
  end $$`;

/** The tables whose rows name a vehicle or a driver: table, column, trigger name prefix. */
const KEYED: [string, string, string][] = [
  ["vehicles", "id", "vehicles_ri"],
  ["inspections", "vehicle_id", "inspections_ri"],
  ["inspection_flags", "vehicle_id", "inspection_flags_ri"],
  ["defects", "vehicle_id", "defects_ri"],
  ["work_orders", "vehicle_id", "work_orders_ri"],
  ["release_overrides", "vehicle_id", "release_overrides_ri"],
  ["meter_readings", "vehicle_id", "meter_readings_ri"],
  ["technical_controls", "vehicle_id", "technical_controls_ri"],
  ["compliance_documents", "vehicle_id", "compliance_documents_ri_vehicle"],
  ["compliance_documents", "driver_user_id", "compliance_documents_ri_driver"],
  ["medical_admissions", "driver_user_id", "medical_admissions_ri"],
];
const EVERY_VEHICLE = ["release_policies", "inspection_templates"];

const triggers = () => [
  ...KEYED.flatMap(([table, column, name]) => [
    `create trigger ${name}_insert after insert on ${table}
       referencing new table as changed
       for each statement execute function fleethub_release_inputs_changed('${column}')`,
    `create trigger ${name}_update after update on ${table}
       referencing old table as changed_old new table as changed
       for each statement execute function fleethub_release_inputs_changed('${column}')`,
    `create trigger ${name}_delete after delete on ${table}
       referencing old table as changed
       for each statement execute function fleethub_release_inputs_changed('${column}')`,
    `create trigger ${name}_truncate after truncate on ${table}
       for each statement execute function fleethub_release_inputs_changed('all')`,
  ]),
  ...EVERY_VEHICLE.map(
    (table) => `create trigger ${table}_ri_change
       after insert or update or delete or truncate on ${table}
       for each statement execute function fleethub_release_inputs_changed('all')`,
  ),
  `create trigger users_ri_rename after update of name on users
     for each statement execute function fleethub_release_inputs_changed('all')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create sequence release_input_version_seq;
    create table release_input_versions (
      key uuid primary key,
      version bigint not null
    )
    `,
  );
  // A function's body holds semicolons, which runStatements would split on.
  await sql.raw(FUNCTION).execute(db);
  for (const statement of triggers()) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, , name] of KEYED)
    for (const event of ["insert", "update", "delete", "truncate"])
      await sql.raw(`drop trigger ${name}_${event} on ${table}`).execute(db);
  for (const table of EVERY_VEHICLE)
    await sql.raw(`drop trigger ${table}_ri_change on ${table}`).execute(db);
  await sql.raw(`drop trigger users_ri_rename on users`).execute(db);
  await runStatements(
    db,
    `
    drop function fleethub_release_inputs_changed();
    drop table release_input_versions;
    drop sequence release_input_version_seq
    `,
  );
}
