/**
 * Plan jobs: one worker thread at a time (a plan is CPU-bound and the server shares its
 * cores), the run's status and progress kept in planner_runs so any request can read them.
 * A result is stored only when the plan finished; a failed input stores its problem.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../../db/database.js";
import { summariseResult } from "./compare-runs.js";
import type { PlanJob, WorkerMessage } from "./plan-job.js";
import type { PlannerRunErrorJson } from "./tables.js";

/** Under Vitest the sources run directly: the worker then loads its TypeScript through tsx. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(
  RUNNING_FROM_SOURCE ? "./plan-worker.ts" : "./plan-worker.js",
  import.meta.url,
);
/** Progress is written at most this often; the worker reports far more often. */
const PROGRESS_WRITE_MS = 400;

const INTERNAL_PROBLEM: PlannerRunErrorJson = {
  file: null,
  line: null,
  field: null,
  message: "the plan could not be computed (internal error); the server log has the details",
};

export class PlanJobRunner {
  private readonly queue: string[] = [];
  private active: { runId: string; worker: Worker } | null = null;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly db: Database,
    private readonly plannerDir: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * After a restart: runs that were computing are lost (marked failed), runs that were
   * waiting are queued again.
   */
  async recover(): Promise<void> {
    await this.db
      .updateTable("planner_runs")
      .set({
        status: "failed",
        finished_at: new Date(),
        error: JSON.stringify({
          ...INTERNAL_PROBLEM,
          message: "interrupted by a server restart; run it again",
        }),
      })
      .where("status", "=", "running")
      .execute();
    const waiting = await this.db
      .selectFrom("planner_runs")
      .select("id")
      .where("status", "=", "queued")
      .orderBy("created_at")
      .execute();
    for (const run of waiting) this.enqueue(run.id);
  }

  enqueue(runId: string): void {
    if (this.closed) return;
    this.queue.push(runId);
    void this.next();
  }

  /** Stops a queued or running job (the run row is deleted by the caller). */
  async cancel(runId: string): Promise<void> {
    const index = this.queue.indexOf(runId);
    if (index >= 0) this.queue.splice(index, 1);
    if (this.active?.runId === runId) await this.active.worker.terminate();
  }

  /** Resolves when no job is queued or running (tests, shutdown). */
  whenIdle(): Promise<void> {
    if (!this.active && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    const active = this.active;
    if (active) {
      await active.worker.terminate();
      await this.finish(active.runId, {
        kind: "input-error",
        problem: { ...INTERNAL_PROBLEM, message: "interrupted: the server stopped; run it again" },
      }).catch((error: unknown) =>
        this.log.error({ err: error, runId: active.runId }, "planner run not marked interrupted"),
      );
    }
  }

  private async next(): Promise<void> {
    if (this.active || this.closed) return;
    const runId = this.queue.shift();
    if (runId === undefined) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    try {
      await this.start(runId);
    } catch (error) {
      this.log.error({ err: error, runId }, "planner job could not start");
      this.active = null;
      await this.finish(runId, { kind: "crashed", message: String(error) }).catch(
        (finishError: unknown) =>
          this.log.error({ err: finishError, runId }, "planner run not marked crashed"),
      );
      void this.next();
    }
  }

  private async start(runId: string): Promise<void> {
    const run = await this.db
      .selectFrom("planner_runs as r")
      .leftJoin("planner_timetables as t", "t.id", "r.timetable_id")
      .select([
        "r.service_date",
        "r.scenario_text",
        "r.scenario_name",
        "r.sensitivity",
        "r.status",
        "t.storage_key",
        "t.file_name",
      ])
      .where("r.id", "=", runId)
      .executeTakeFirst();
    if (!run || run.status !== "queued") return void this.next(); // deleted meanwhile
    if (!run.storage_key || !run.file_name) {
      await this.finish(runId, {
        kind: "input-error",
        problem: {
          ...INTERNAL_PROBLEM,
          message: "the timetable was deleted before the run started",
        },
      });
      return void this.next();
    }
    const job: PlanJob = {
      gtfsPath: path.join(this.plannerDir, run.storage_key),
      timetableName: run.file_name,
      date: run.service_date,
      scenarioText: run.scenario_text,
      scenarioFileName: `${run.scenario_name}.json`,
      sensitivity: run.sensitivity,
    };
    const startedAt = new Date();
    await this.db
      .updateTable("planner_runs")
      .set({
        status: "running",
        started_at: startedAt,
        progress: JSON.stringify({ phase: "starting", done: 0, total: null, fraction: 0 }),
      })
      .where("id", "=", runId)
      .execute();
    const worker = RUNNING_FROM_SOURCE
      ? // Node 20 does not apply an --import loader to a worker's entry: load it through tsx's API.
        new Worker(
          `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(WORKER_URL.href)}))`,
          { eval: true, workerData: job },
        )
      : new Worker(WORKER_URL, { workerData: job });
    this.active = { runId, worker };

    let lastWrite = 0;
    let writes: Promise<unknown> = Promise.resolve();
    let outcome: WorkerMessage | null = null;
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "progress") {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_WRITE_MS) return;
        lastWrite = now;
        writes = writes.then(() =>
          this.db
            .updateTable("planner_runs")
            .set({ progress: JSON.stringify(message.progress) })
            .where("id", "=", runId)
            .where("status", "=", "running")
            .execute()
            .catch((error: unknown) => this.log.warn({ err: error, runId }, "planner progress")),
        );
      } else {
        outcome = message;
      }
    });
    worker.on("error", (error) => {
      outcome ??= { kind: "crashed", message: error.stack ?? error.message };
    });
    worker.once("exit", () => {
      void writes
        .then(async () => {
          if (this.closed) return;
          await this.finish(
            runId,
            outcome ?? { kind: "crashed", message: "the worker stopped without a result" },
            startedAt,
          );
        })
        .catch((error: unknown) => this.log.error({ err: error, runId }, "planner job"))
        .finally(() => {
          if (this.active?.runId === runId) this.active = null;
          void this.next();
        });
    });
  }

  /** Records the end of a run in one update: the result and its summary, or the problem. */
  private async finish(runId: string, outcome: WorkerMessage, startedAt?: Date): Promise<void> {
    const finishedAt = new Date();
    const durationMs = startedAt ? finishedAt.getTime() - startedAt.getTime() : null;
    if (outcome.kind === "done") {
      await this.db
        .updateTable("planner_runs")
        .set({
          status: "succeeded",
          finished_at: finishedAt,
          duration_ms: durationMs,
          progress: JSON.stringify({ phase: "done", done: 1, total: 1, fraction: 1 }),
          summary: JSON.stringify(summariseResult(outcome.result)),
          result: JSON.stringify(outcome.result),
          error: null,
        })
        .where("id", "=", runId)
        .execute();
      return;
    }
    if (outcome.kind === "crashed")
      this.log.error({ runId, detail: outcome.message }, "planner job crashed");
    await this.db
      .updateTable("planner_runs")
      .set({
        status: "failed",
        finished_at: finishedAt,
        duration_ms: durationMs,
        error: JSON.stringify(outcome.kind === "input-error" ? outcome.problem : INTERNAL_PROBLEM),
        result: null,
        summary: null,
      })
      .where("id", "=", runId)
      .execute();
  }
}
