import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001_foundation.js";
import * as m0002 from "./0002_fleet_inspections.js";

/**
 * Every migration, in order. A migration that has landed on main is never edited:
 * add a new file and list it here.
 */
const MIGRATIONS: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_fleet_inspections": m0002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
