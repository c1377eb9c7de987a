/**
 * The planner API under /api/v1/planner: timetables (GTFS uploads), scenarios, runs (jobs
 * with progress, results, the HTML report) and the comparison of two runs. Every route
 * needs "planner.use" and sees only the actor's organisations.
 */
import path from "node:path";
import multipart from "@fastify/multipart";
import { Type } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { localized } from "../../errors.js";
import { defaultScenario, renderHtmlReport } from "../../planner/index.js";
import { PLANNER_REPORT_CSP } from "../../server/security-headers.js";
import { actorOf } from "../../server/context.js";
import { LocaleQuery, requestLocale } from "../../server/export-format.js";
import { MULTIPART_OVERHEAD_BYTES } from "../../server/request-limits.js";
import { uploadProblem } from "../../server/uploaded-file.js";
import {
  IdParams,
  OkResponse,
  fileResponse,
  multipartFileBody,
  withErrors,
} from "../../server/schemas.js";
import { requirePermission } from "../auth/actor.js";
import { PlanJobRunner } from "./job-runner.js";
import {
  compareRuns,
  createRun,
  deleteRun,
  getRun,
  getRunResult,
  listRuns,
  presentRun,
  resultForCharts,
} from "./runs.js";
import {
  CompareQuery,
  CreateRun,
  CreateScenario,
  DefaultScenario,
  ListRunsQuery,
  PlannerRun,
  PlannerScenario,
  PlannerTimetable,
  PlanResultSchema,
  RunComparison,
  ScenarioValidation,
  UpdateScenario,
  UploadTimetableQuery,
  ValidateScenario,
} from "./schemas.js";
import {
  createScenario,
  deleteScenario,
  getScenario,
  listScenarios,
  presentScenario,
  scenarioProblem,
  updateScenario,
} from "./scenarios.js";
import {
  deleteTimetable,
  getTimetable,
  listTimetables,
  presentTimetable,
  uploadTimetable,
} from "./timetables.js";

export const plannerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db, config } = app.deps;
  const plannerDir = path.join(config.dataDir, "planner");
  const runner = new PlanJobRunner(db, plannerDir, app.log);
  app.deps.plannerJobs = runner;
  // Joins the job queue after listening, not at ready: start-up compiles the routes while the
  // database is still starting. A run submitted before that joins it too.
  app.addHook("onListen", async () => {
    await runner.start();
  });
  app.addHook("onClose", () => runner.close());
  const maxFeedBytes = config.gtfsUploadMaxBytes;
  await app.register(multipart, { limits: { fileSize: maxFeedBytes, files: 1, fields: 2 } });
  const tags = ["planner"];

  // Timetables.
  app.get(
    "/planner/timetables",
    {
      schema: {
        operationId: "listTimetables",
        tags,
        summary: "Uploaded GTFS feeds I may see",
        response: withErrors({ 200: Type.Array(PlannerTimetable) }),
      },
    },
    async (request) => (await listTimetables(db, actorOf(request))).map(presentTimetable),
  );
  app.post(
    "/planner/timetables",
    {
      // Refused by Content-Length before reading; the upload rate limit applies.
      config: { uploadMaxBytes: maxFeedBytes + MULTIPART_OVERHEAD_BYTES },
      schema: {
        operationId: "uploadTimetable",
        tags,
        summary: `Upload a GTFS feed (multipart field "feed": a zip, up to ${maxFeedBytes / 1024 / 1024} MB)`,
        querystring: UploadTimetableQuery,
        body: multipartFileBody("feed", "A GTFS feed as a zip file"),
        response: withErrors({ 201: PlannerTimetable, 413: { $ref: "Error" } }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requirePermission(actor, "planner.use");
      if (!request.isMultipart())
        throw localized(
          "UNSUPPORTED_MEDIA_TYPE",
          { key: "planner.sendMultipart", params: { part: "feed" } },
          "body",
        );
      const file = await request.file().catch((error: unknown) => {
        throw uploadProblem(error, "feed", maxFeedBytes);
      });
      const row = await uploadTimetable(db, actor, plannerDir, file, request.query, {
        maxZipBytes: maxFeedBytes,
        maxFileBytes: config.gtfsMaxFileBytes,
        maxFeedBytes: config.gtfsMaxFeedBytes,
      });
      return reply.status(201).send(presentTimetable(row));
    },
  );
  app.get(
    "/planner/timetables/:id",
    {
      schema: {
        operationId: "getTimetable",
        summary: "One uploaded GTFS feed with its summary",
        tags,
        params: IdParams,
        response: withErrors({ 200: PlannerTimetable }),
      },
    },
    async (request) =>
      presentTimetable(await getTimetable(db, actorOf(request), request.params.id)),
  );
  app.delete(
    "/planner/timetables/:id",
    {
      schema: {
        operationId: "deleteTimetable",
        tags,
        summary: "Delete a feed (its runs keep their results)",
        params: IdParams,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await deleteTimetable(db, actorOf(request), plannerDir, request.params.id);
      return { ok: true };
    },
  );

  // Scenarios.
  app.get(
    "/planner/scenarios",
    {
      schema: {
        operationId: "listScenarios",
        tags,
        summary: "Saved scenarios I may see",
        response: withErrors({ 200: Type.Array(PlannerScenario) }),
      },
    },
    async (request) => (await listScenarios(db, actorOf(request))).map(presentScenario),
  );
  app.get(
    "/planner/scenarios/default",
    {
      schema: {
        operationId: "getDefaultScenario",
        tags,
        summary: "The default scenario every saved scenario is merged over",
        response: withErrors({ 200: DefaultScenario }),
      },
    },
    (request) => {
      requirePermission(actorOf(request), "planner.use");
      return { text: `${JSON.stringify(defaultScenario(), null, 2)}\n` };
    },
  );
  app.post(
    "/planner/scenarios/validate",
    {
      schema: {
        operationId: "validateScenario",
        tags,
        summary: "Check scenario text without saving it",
        body: ValidateScenario,
        response: withErrors({ 200: ScenarioValidation }),
      },
    },
    (request) => {
      requirePermission(actorOf(request), "planner.use");
      const problem = scenarioProblem(request.body.text, "scenario");
      return {
        ok: problem === null,
        problem: problem && {
          file: problem.file,
          line: problem.line,
          field: problem.field,
          message: requestLocale(request) === "ru" ? problem.problemRu : problem.problem,
        },
      };
    },
  );
  app.post(
    "/planner/scenarios",
    {
      schema: {
        operationId: "createScenario",
        tags,
        summary: "Save a scenario (checked by the planner's validator)",
        body: CreateScenario,
        response: withErrors({ 201: PlannerScenario }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentScenario(await createScenario(db, actorOf(request), request.body))),
  );
  app.get(
    "/planner/scenarios/:id",
    {
      schema: {
        operationId: "getScenario",
        summary: "One saved scenario",
        tags,
        params: IdParams,
        response: withErrors({ 200: PlannerScenario }),
      },
    },
    async (request) => presentScenario(await getScenario(db, actorOf(request), request.params.id)),
  );
  app.put(
    "/planner/scenarios/:id",
    {
      schema: {
        operationId: "updateScenario",
        summary: "Change a saved scenario's name or text (checked by the planner's validator)",
        tags,
        params: IdParams,
        body: UpdateScenario,
        response: withErrors({ 200: PlannerScenario }),
      },
    },
    async (request) =>
      presentScenario(await updateScenario(db, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    "/planner/scenarios/:id",
    {
      schema: {
        operationId: "deleteScenario",
        summary: "Delete a saved scenario",
        tags,
        params: IdParams,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await deleteScenario(db, actorOf(request), request.params.id);
      return { ok: true };
    },
  );

  // Runs.
  app.get(
    "/planner/runs",
    {
      schema: {
        operationId: "listPlanRuns",
        tags,
        summary: "Plan runs I may see, newest first",
        querystring: ListRunsQuery,
        response: withErrors({ 200: Type.Array(PlannerRun) }),
      },
    },
    async (request) =>
      (await listRuns(db, actorOf(request), request.query.timetableId)).map((run) =>
        presentRun(run, requestLocale(request)),
      ),
  );
  app.post(
    "/planner/runs",
    {
      schema: {
        operationId: "startPlanRun",
        tags,
        summary:
          "Start a plan of a timetable on a date with a scenario (or the defaults); poll the run for progress",
        body: CreateRun,
        response: withErrors({ 202: PlannerRun }),
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          presentRun(
            await createRun(db, actorOf(request), runner, request.body),
            requestLocale(request),
          ),
        ),
  );
  app.get(
    "/planner/runs/:id",
    {
      schema: {
        operationId: "getPlanRun",
        tags,
        summary: "A run: status, progress, the input problem or a summary per technology",
        params: IdParams,
        response: withErrors({ 200: PlannerRun }),
      },
    },
    async (request) =>
      presentRun(await getRun(db, actorOf(request), request.params.id), requestLocale(request)),
  );
  app.get(
    "/planner/runs/:id/result",
    {
      schema: {
        operationId: "getPlanRunResult",
        tags,
        summary: "A finished run's result (SoC traces, station power, options, sensitivity)",
        params: IdParams,
        response: withErrors({ 200: PlanResultSchema }),
      },
    },
    async (request) => resultForCharts(await getRunResult(db, actorOf(request), request.params.id)),
  );
  app.get(
    "/planner/runs/:id/report",
    {
      schema: {
        operationId: "getPlanRunReport",
        tags,
        summary:
          "A finished run's self-contained HTML report, in the caller's language (English or Russian)",
        params: IdParams,
        querystring: Type.Object({ locale: LocaleQuery }, { additionalProperties: false }),
        response: withErrors({
          200: fileResponse("An HTML page with inline CSS and SVG charts", ["text/html"]),
        }),
      },
      // Inline CSS and SVG, no scripts: a policy that lets it load nothing else.
      helmet: { contentSecurityPolicy: { useDefaults: false, directives: PLANNER_REPORT_CSP } },
    },
    async (request, reply) => {
      const result = await getRunResult(db, actorOf(request), request.params.id);
      return reply
        .type("text/html; charset=utf-8")
        .send(renderHtmlReport(result, requestLocale(request)));
    },
  );
  app.delete(
    "/planner/runs/:id",
    {
      schema: {
        operationId: "deletePlanRun",
        tags,
        summary: "Delete a run (a queued or running one is stopped)",
        params: IdParams,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await deleteRun(db, actorOf(request), runner, request.params.id);
      return { ok: true };
    },
  );
  app.get(
    "/planner/compare",
    {
      schema: {
        operationId: "comparePlanRuns",
        tags,
        summary:
          "Two finished runs side by side: per technology option, fleet, energy, TCO, CO₂ and feasible blocks, and b − a",
        querystring: CompareQuery,
        response: withErrors({ 200: RunComparison }),
      },
    },
    async (request) => {
      const { a, b, options } = await compareRuns(
        db,
        actorOf(request),
        request.query.a,
        request.query.b,
      );
      const locale = requestLocale(request);
      return { a: presentRun(a, locale), b: presentRun(b, locale), options };
    },
  );
};
