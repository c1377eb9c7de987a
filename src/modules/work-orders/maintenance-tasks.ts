/**
 * The maintenance task a work order does, as the vehicle's organisation plans it: the
 * organisation's own programme with that key when it has one (its edited intervals
 * replace the built-in ones), else the built-in programme (DOMAIN.md §3).
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";

export async function effectiveMaintenanceTask(
  db: Database,
  organisationId: string,
  programmeKey: string,
  taskKey: string,
) {
  const programme = await db
    .selectFrom("maintenance_programmes")
    .select(["id", "organisation_id"])
    .where("key", "=", programmeKey)
    .where((eb) =>
      eb.or([eb("organisation_id", "is", null), eb("organisation_id", "=", organisationId)]),
    )
    .orderBy(sql`organisation_id is null`)
    .limit(1)
    .executeTakeFirst();
  if (!programme) return undefined;
  const task = await db
    .selectFrom("maintenance_tasks")
    .selectAll()
    .where("programme_id", "=", programme.id)
    .where("key", "=", taskKey)
    .executeTakeFirst();
  return task ? { ...task, programme_key: programmeKey } : undefined;
}
