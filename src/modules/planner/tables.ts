/**
 * Kysely table types of the planner (migration 0003_planner), listed in db/schema.ts's DB.
 */
import type { ColumnType, Generated } from "kysely";
import type { PlanResult } from "../../planner/index.js";
import type { RunSummary } from "./compare-runs.js";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A JSON column: read parsed, written as JSON text. */
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type PlannerRunStatus = "queued" | "running" | "succeeded" | "failed";

/** Where a plan stands while it runs. `total` is null when the phase's size is unknown. */
export interface PlannerProgressJson {
  phase: string;
  done: number;
  total: number | null;
  /** Rough share of the whole run done, 0–1. */
  fraction: number;
}

/** An input problem (PlannerInputError) or an interruption that ended a run. */
export interface PlannerRunErrorJson {
  file: string | null;
  line: number | null;
  field: string | null;
  /** The problem in English, as the planner and the CLI word it. */
  message: string;
  /**
   * The problem in Russian, shown to a Russian reader (runs stored before it existed have
   * none, and read in English).
   */
  messageRu?: string;
}

export interface PlannerTimetableTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  service_start: string | null;
  service_end: string | null;
  trip_count: number;
  route_count: number;
  stop_count: number;
  has_block_ids: boolean;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PlannerScenarioTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  source_text: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PlannerRunTable {
  id: Generated<string>;
  organisation_id: string;
  timetable_id: string | null;
  timetable_name: string;
  scenario_id: string | null;
  scenario_name: string;
  /** The scenario as it was when the run started (null: the defaults). */
  scenario_text: string | null;
  /** Stop elevations the run was asked with (file name and CSV text; null: planned flat). */
  stop_elevations_name: string | null;
  stop_elevations_text: string | null;
  service_date: string;
  sensitivity: boolean;
  status: Generated<PlannerRunStatus>;
  progress: NullableJson<PlannerProgressJson>;
  error: NullableJson<PlannerRunErrorJson>;
  summary: NullableJson<RunSummary>;
  result: NullableJson<PlanResult>;
  created_by: string | null;
  created_at: CreatedAt;
  started_at: Date | null;
  finished_at: Date | null;
  duration_ms: number | null;
  /** While running: until when the computing process holds it (renewed as it runs). */
  lease_expires_at: Date | null;
  /** How often the run was started (a run whose process died is started again once). */
  attempts: Generated<number>;
}

/** An uploaded feed in 1 MiB pieces, in order of seq. */
export interface PlannerTimetableChunkTable {
  timetable_id: string;
  seq: number;
  data: Uint8Array;
}

export interface PlannerTables {
  planner_timetables: PlannerTimetableTable;
  planner_scenarios: PlannerScenarioTable;
  planner_runs: PlannerRunTable;
  planner_timetable_chunks: PlannerTimetableChunkTable;
}
