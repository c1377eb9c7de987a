import { migrateToLatest, type Database } from "./db/database.js";
import { syncBuiltInTemplates } from "./modules/inspections/templates.js";
import { syncBuiltInMaintenance } from "./modules/maintenance/built-ins.js";

/** Brings a database up to date: the schema, then the built-in checklists, competencies and maintenance programmes. */
export async function prepareDatabase(db: Database): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await syncBuiltInTemplates(db);
  await syncBuiltInMaintenance(db);
  return applied;
}
