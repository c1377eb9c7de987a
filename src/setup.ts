import { migrateToLatest, type Database } from "./db/database.js";
import { syncBuiltInTemplates } from "./modules/inspections/templates.js";

/** Brings a database up to date: the schema, then the built-in checklists. */
export async function prepareDatabase(db: Database): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await syncBuiltInTemplates(db);
  return applied;
}
