import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001_foundation.js";
import * as m0002 from "./0002_fleet_inspections.js";
import * as m0003 from "./0003_planner.js";
import * as m0004 from "./0004_maintenance.js";
import * as m0005 from "./0005_maintenance_due_indexes.js";
import * as m0006 from "./0006_unconfirmed_readings.js";
import * as m0007 from "./0007_depot_shifts.js";
import * as m0008 from "./0008_work_order_note.js";
import * as m0009 from "./0009_restore_edited_migrations.js";
import * as m0010 from "./0010_access_lifecycle.js";
import * as m0011 from "./0011_chain_gate_records.js";
import * as m0012 from "./0012_login_failures.js";
import * as m0013 from "./0013_shared_storage_and_job_leases.js";
import * as m0014 from "./0014_inspection_evidence.js";
import * as m0015 from "./0015_principal_notifications.js";
import * as m0016 from "./0016_pretrip_control.js";
import * as m0017 from "./0017_programme_makers_tolerance.js";
import * as m0018 from "./0018_shift_service_cylinder_type.js";
import * as m0019 from "./0019_maintenance_input_versions.js";
import * as m0020 from "./0020_planner_run_stop_elevations.js";
import * as m0021 from "./0021_russian_built_texts.js";
import * as m0022 from "./0022_release_input_versions.js";

/**
 * Every migration, in order. A migration that has landed on main is never edited:
 * add a new file and list it here.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_fleet_inspections": m0002,
  "0003_planner": m0003,
  "0004_maintenance": m0004,
  "0005_maintenance_due_indexes": m0005,
  "0006_unconfirmed_readings": m0006,
  "0007_depot_shifts": m0007,
  "0008_work_order_note": m0008,
  "0009_restore_edited_migrations": m0009,
  "0010_access_lifecycle": m0010,
  "0011_chain_gate_records": m0011,
  "0012_login_failures": m0012,
  "0013_shared_storage_and_job_leases": m0013,
  "0014_inspection_evidence": m0014,
  "0015_principal_notifications": m0015,
  "0016_pretrip_control": m0016,
  "0017_programme_makers_tolerance": m0017,
  "0018_shift_service_cylinder_type": m0018,
  "0019_maintenance_input_versions": m0019,
  "0020_planner_run_stop_elevations": m0020,
  "0021_russian_built_texts": m0021,
  "0022_release_input_versions": m0022,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
