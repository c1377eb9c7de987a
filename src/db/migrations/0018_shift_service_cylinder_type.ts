import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * The daily service done by the shift's check, and a gas vehicle's cylinder type
 * (issue #12):
 * - maintenance_tasks.recorded_by: 'shift_check' for a task whose record is the shift's
 *   pre-shift check or pre-trip technical control (the daily service, ЕО), not a
 *   completion entered by a mechanic; null, as every task so far, for the rest.
 * - vehicles.cng_cylinder_type: the type of a gas vehicle's CNG cylinders, КПГ-1 to КПГ-4
 *   (all-metal, metal liner hoop-wrapped, metal liner fully wrapped, all-composite), which
 *   sets how often they are requalified; null (unknown) for every existing vehicle.
 * Existing rows keep their behaviour: both default to null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table maintenance_tasks add column recorded_by text
      check (recorded_by in ('shift_check'));
    alter table vehicles add column cng_cylinder_type text
      check (cng_cylinder_type in ('cng1', 'cng2', 'cng3', 'cng4'))
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table vehicles drop column cng_cylinder_type;
    alter table maintenance_tasks drop column recorded_by
  `,
  );
}
