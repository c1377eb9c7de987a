/**
 * Plan runs: a date, a timetable and a scenario computed as a job. The run keeps the
 * scenario text it started with, so editing the scenario later does not change what a
 * stored result means.
 */
import type { Selectable } from "kysely";
import type { Static } from "typebox";
import type { TextLocale } from "../../core/server-text.js";
import type { Database } from "../../db/database.js";
import { conflict, invalid, notFound } from "../../errors.js";
import {
  checkFeedReferences,
  isPlannerInputError,
  parseScenarioWithLines,
  parseStopElevations,
  type PlanResult,
  type RouteGradientInput,
  type StopElevations,
} from "../../planner/index.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { compareSummaries } from "./compare-runs.js";
import type { PlanJobRunner } from "./job-runner.js";
import type { CreateRun, PlannerRun } from "./schemas.js";
import { inputProblemError } from "./input-problem.js";
import { getScenario, scenarioFileName } from "./scenarios.js";
import type { PlannerRunErrorJson, PlannerRunTable } from "./tables.js";
import { getTimetable } from "./timetables.js";

/** Every column but the (large) result. */
const RUN_COLUMNS = [
  "id",
  "organisation_id",
  "timetable_id",
  "timetable_name",
  "scenario_id",
  "scenario_name",
  "scenario_text",
  "stop_elevations_name",
  "service_date",
  "sensitivity",
  "status",
  "progress",
  "error",
  "summary",
  "created_by",
  "created_at",
  "started_at",
  "finished_at",
  "duration_ms",
] as const;
type RunRow = Omit<
  Selectable<PlannerRunTable>,
  "result" | "lease_expires_at" | "attempts" | "stop_elevations_text"
>;

/** The problem that ended a run, in the reader's language (English when no Russian was stored). */
function runError(
  error: PlannerRunErrorJson | null,
  locale: TextLocale,
): PlannerRunErrorJson | null {
  if (error === null) return null;
  const { messageRu, ...english } = error;
  return locale === "ru" && messageRu !== undefined ? { ...english, message: messageRu } : english;
}

export const presentRun = (row: RunRow, locale: TextLocale = "en"): Static<typeof PlannerRun> => ({
  id: row.id,
  organisationId: row.organisation_id,
  timetableId: row.timetable_id,
  timetableName: row.timetable_name,
  scenarioId: row.scenario_id,
  scenarioName: row.scenario_name,
  serviceDate: row.service_date,
  stopElevationsFile: row.stop_elevations_name,
  sensitivity: row.sensitivity,
  status: row.status,
  progress: row.progress,
  error: runError(row.error, locale),
  summary: row.summary,
  createdAt: row.created_at.toISOString(),
  startedAt: row.started_at?.toISOString() ?? null,
  finishedAt: row.finished_at?.toISOString() ?? null,
  durationMs: row.duration_ms,
});

/** The scenario name runs without a saved scenario carry. */
export const DEFAULT_SCENARIO_NAME = "default";

export async function createRun(
  db: Database,
  actor: Actor,
  runner: PlanJobRunner,
  input: Static<typeof CreateRun>,
) {
  const timetable = await getTimetable(db, actor, input.timetableId);
  const scenario = input.scenarioId ? await getScenario(db, actor, input.scenarioId) : null;
  if (scenario && scenario.organisation_id !== timetable.organisation_id)
    throw invalid("scenarioId", { key: "planner.otherOrganisation" });
  // The file is checked here, all or nothing (a bad one is a 400 naming its line and field).
  const elevations = input.stopElevations ?? null;
  let parsedElevations: StopElevations | null = null;
  if (elevations !== null) {
    try {
      parsedElevations = parseStopElevations(elevations.csv, elevations.fileName);
    } catch (error) {
      if (isPlannerInputError(error)) throw inputProblemError(error, "stopElevations.csv");
      throw error;
    }
  }
  // A saved scenario was checked when saved; its route gradients name routes of a feed.
  const scenarioFile = scenario ? scenarioFileName(scenario.name) : null;
  let routeGradients: RouteGradientInput | null = null;
  if (scenario && scenario.source_text !== null && scenarioFile !== null) {
    try {
      const parsed = parseScenarioWithLines(scenario.source_text, scenarioFile);
      if (parsed.scenario.routeGradients.length > 0)
        routeGradients = {
          file: scenarioFile,
          entries: parsed.scenario.routeGradients,
          lineOf: parsed.lineOf,
        };
    } catch (error) {
      // A scenario saved before a check existed: its problem fails the run, as before.
      if (!isPlannerInputError(error)) throw error;
    }
  }
  // The stop ids of the elevation file and the route ids of the route gradients are checked
  // against the feed's stops.txt and routes.txt now (only those small files are read), so a
  // stop or route the feed lacks is a 400 and no run is stored.
  if (parsedElevations !== null || routeGradients !== null) {
    const refs = { elevations: parsedElevations, routeGradients };
    try {
      await runner.withFeedFile(timetable, (gtfsPath) => checkFeedReferences(gtfsPath, refs));
    } catch (error) {
      if (!isPlannerInputError(error)) throw error;
      // Only problems of the user's files: one in the stored feed itself (a scratch copy's
      // path) is the run's to report, as before.
      if (error.file === elevations?.fileName) throw inputProblemError(error, "stopElevations.csv");
      if (error.file === scenarioFile) throw inputProblemError(error, "scenarioId");
    }
  }
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("planner_runs")
      .values({
        organisation_id: timetable.organisation_id,
        timetable_id: timetable.id,
        timetable_name: timetable.name,
        scenario_id: scenario?.id ?? null,
        scenario_name: scenario?.name ?? DEFAULT_SCENARIO_NAME,
        scenario_text: scenario?.source_text ?? null,
        stop_elevations_name: elevations?.fileName ?? null,
        stop_elevations_text: elevations?.csv ?? null,
        service_date: input.date,
        sensitivity: input.sensitivity ?? true,
        created_by: actor.userId,
      })
      .returning(RUN_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "planner_run",
      entityId: inserted.id,
      organisationId: timetable.organisation_id,
      details: { timetable: timetable.name, scenario: inserted.scenario_name, date: input.date },
    });
    return inserted;
  });
  await runner.enqueue(row.id);
  return row;
}

export async function listRuns(db: Database, actor: Actor, timetableId?: string) {
  requirePermission(actor, "planner.use");
  const scope = await actor.scope();
  let query = db
    .selectFrom("planner_runs")
    .select(RUN_COLUMNS)
    .where(scope.where("organisation_id"))
    .orderBy("created_at", "desc")
    .limit(200);
  if (timetableId) query = query.where("timetable_id", "=", timetableId);
  return query.execute();
}

export async function getRun(db: Database, actor: Actor, id: string, field = "run") {
  requirePermission(actor, "planner.use");
  const scope = await actor.scope();
  const row = await db
    .selectFrom("planner_runs")
    .select(RUN_COLUMNS)
    .where("id", "=", id)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound(field);
  return row;
}

const notFinished = (field: string) => conflict(field, { key: "planner.runNoResult" });

/**
 * The run's result for reading and charts. The per-trip lists (`trips`, `tripEnergy`) are
 * left out: they are the bulk of a large city's result and only the CSV export needs them.
 */
export async function getRunResult(db: Database, actor: Actor, id: string) {
  const run = await getRun(db, actor, id);
  if (run.status !== "succeeded") throw notFinished("id");
  const row = await db
    .selectFrom("planner_runs")
    .select("result")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  if (!row.result) throw notFinished("id");
  return row.result;
}

export function resultForCharts(result: PlanResult): Omit<PlanResult, "trips" | "tripEnergy"> {
  const rest: Partial<PlanResult> = { ...result };
  delete rest.trips;
  delete rest.tripEnergy;
  return rest as Omit<PlanResult, "trips" | "tripEnergy">;
}

export async function deleteRun(db: Database, actor: Actor, runner: PlanJobRunner, id: string) {
  const run = await getRun(db, actor, id);
  await runner.cancel(id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("planner_runs").where("id", "=", id).execute();
    await recordAudit(trx, actor, {
      action: "delete",
      entity: "planner_run",
      entityId: id,
      organisationId: run.organisation_id,
      details: { timetable: run.timetable_name, date: run.service_date, status: run.status },
    });
  });
}

export async function compareRuns(db: Database, actor: Actor, aId: string, bId: string) {
  const a = await getRun(db, actor, aId, "run a");
  const b = await getRun(db, actor, bId, "run b");
  if (!a.summary) throw notFinished("a");
  if (!b.summary) throw notFinished("b");
  return { a, b, options: compareSummaries(a.summary, b.summary) };
}
