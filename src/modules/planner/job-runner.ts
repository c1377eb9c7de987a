/**
 * Plan jobs, shared by every fleethub process on one database. A run is a row in
 * planner_runs; pg-boss (its own schema `pgboss`, on the application's connection) hands
 * each job to exactly one process (SELECT … FOR UPDATE SKIP LOCKED), and each process
 * computes one plan at a time in a worker thread (a plan is CPU-bound and the server
 * shares its cores).
 *
 * Exactly once, whatever the queue delivers: a process starts a run only by moving it from
 * "queued" to "running" in one UPDATE, so a job delivered twice (sent twice, or re-sent by a
 * process starting up) is started once; the others find it taken and do nothing.
 *
 * Surviving a crash: a running run holds a lease (`lease_expires_at`, database time) that its
 * process renews while the worker computes. pg-boss 10 has no heartbeat (its expiry cannot tell
 * a long plan from a dead process), so the lease decides: every process sweeps for runs whose
 * lease ran out and queues them again, or after MAX_ATTEMPTS starts fails them with a reason.
 * A process never touches a run whose lease is alive, and writes its result only while it
 * still holds the run (`attempts` is the fencing token), so a process that lost its lease
 * cannot overwrite the next attempt.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import type { FastifyBaseLogger } from "fastify";
import { sql } from "kysely";
import PgBoss from "pg-boss";
import type { Database } from "../../db/database.js";
import { jobQueueDb, JOB_QUEUE_SCHEMA } from "../../db/job-queue.js";
import { summariseResult } from "./compare-runs.js";
import type { PlanJob, WorkerMessage } from "./plan-job.js";
import type { PlannerRunErrorJson } from "./tables.js";
import { timetableChunks } from "./timetables.js";

/** Under Vitest the sources run directly: the worker then loads its TypeScript through tsx. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(
  RUNNING_FROM_SOURCE ? "./plan-worker.ts" : "./plan-worker.js",
  import.meta.url,
);
/** Progress is written at most this often; the worker reports far more often. */
const PROGRESS_WRITE_MS = 400;
/** How long a run stays its process's without a renewal; renewed every third of it. */
export const LEASE_SECONDS = 15;
const LEASE_RENEW_MS = (LEASE_SECONDS * 1000) / 3;
/** How often each process looks for runs whose lease ran out. */
const SWEEP_MS = 5_000;
/**
 * Starts of one run before it is failed: a run whose process died is taken up once more; a
 * second death is more likely the run's own doing (memory) than bad luck, so it stops there.
 */
export const MAX_ATTEMPTS = 2;
const QUEUE = "planner-run";
/**
 * Plans one worker thread computes before it is replaced: a thread kept across jobs starts
 * the next plan with its modules loaded and its code compiled (a fresh thread per job cost
 * most of an API job's time on a small feed, bench/planner/api-plan-job.ts); replacing it
 * now and then returns whatever a plan left on its heap.
 */
const JOBS_PER_WORKER = 25;

const INTERNAL_PROBLEM: PlannerRunErrorJson = {
  file: null,
  line: null,
  field: null,
  message: "the plan could not be computed (internal error); the server log has the details",
  messageRu: "план не удалось рассчитать (внутренняя ошибка); подробности в журнале сервера",
};

interface ActiveRun {
  runId: string;
  attempt: number;
  worker: Worker;
  /** Set when the run must end without a result of this process (deleted, lease lost, shutdown). */
  abandoned: "cancelled" | "lease lost" | "shutdown" | null;
}

export class PlanJobRunner {
  private starting: Promise<PgBoss> | null = null;
  private active: ActiveRun | null = null;
  private workerId: string | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** The worker thread waiting for the next plan, and how many it has computed. */
  private idle: { worker: Worker; jobs: number } | null = null;
  /** Worker threads started since this runner was made (tests: the thread is reused). */
  threadsStarted = 0;

  constructor(
    private readonly db: Database,
    private readonly plannerDir: string,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * Joins the queue (once): installs pg-boss's schema if needed, takes jobs, sweeps for dead
   * leases, and queues again every run waiting without a job (one whose process died between
   * storing the run and sending its job): a duplicate job is harmless.
   */
  start(): Promise<PgBoss> {
    // A failed start (the database unreachable for a moment) is tried again by the next
    // caller instead of failing every later run.
    this.starting ??= this.join().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async join(): Promise<PgBoss> {
    const boss = new PgBoss({
      db: jobQueueDb(this.db),
      schema: JOB_QUEUE_SCHEMA,
      // Jobs whose handler is still running are never expired by pg-boss (the lease decides).
      expireInHours: 23,
      retryLimit: 0,
    });
    boss.on("error", (error: unknown) => this.log.error({ err: error }, "planner job queue"));
    await boss.start().catch(async (error: unknown) => {
      // Two processes installing pg-boss's schema at once: the loser's CREATE SCHEMA fails
      // with a unique violation that pg-boss 10 does not take for its "already exists"
      // race. The winner has committed by the time the loser fails (both waited on the
      // same advisory lock or raced the catalogue); a second start finds it installed.
      this.log.warn({ err: error }, "planner job queue: starting again");
      await boss.start();
    });
    try {
      return await this.takeJobs(boss);
    } catch (error) {
      // Stopped, so a later start does not leave two of them polling.
      await boss.stop({ graceful: false, close: false, wait: true }).catch(() => undefined);
      throw error;
    }
  }

  private async takeJobs(boss: PgBoss): Promise<PgBoss> {
    // Two processes starting at once may both create the queue: the second one's finds it,
    // or fails (a unique violation, or a deadlock between the two creations) and looks again
    // once the other has committed.
    for (let attempt = 1; !(await boss.getQueue(QUEUE)); attempt++) {
      try {
        await boss.createQueue(QUEUE);
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
    this.workerId = await boss.work<{ runId: string }>(
      QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 1 },
      async ([job]) => {
        if (job) await this.runJob(job.data.runId);
      },
    );
    const waiting = await this.db
      .selectFrom("planner_runs")
      .select("id")
      .where("status", "=", "queued")
      .orderBy("created_at")
      .execute();
    for (const run of waiting) await boss.send(QUEUE, { runId: run.id });
    this.sweepTimer = setInterval(() => {
      this.sweep(boss).catch((error: unknown) =>
        this.log.error({ err: error }, "planner lease sweep"),
      );
    }, SWEEP_MS);
    this.sweepTimer.unref();
    await this.sweep(boss);
    return boss;
  }

  /** Sends a stored run to whichever process is free first. */
  async enqueue(runId: string): Promise<void> {
    if (this.closed) return;
    const boss = await this.start();
    await boss.send(QUEUE, { runId }, { id: runId });
    if (this.workerId) boss.notifyWorker(this.workerId);
  }

  /**
   * Runs whose process stopped renewing their lease: queued again, or failed with the reason
   * after MAX_ATTEMPTS starts. One UPDATE, so two processes sweeping at once take each run once.
   */
  private async sweep(boss: PgBoss): Promise<void> {
    if (this.closed) return;
    const gaveUp: PlannerRunErrorJson = {
      ...INTERNAL_PROBLEM,
      message: `the server computing this plan stopped ${MAX_ATTEMPTS} times before it finished; run it again`,
      messageRu: `сервер, рассчитывавший этот план, останавливался ${MAX_ATTEMPTS} раза, не закончив расчёт; запустите его снова`,
    };
    const expired = await this.db
      .updateTable("planner_runs")
      .set((eb) => ({
        status: eb
          .case()
          .when("attempts", ">=", MAX_ATTEMPTS)
          .then(sql<"failed">`'failed'`)
          .else(sql<"queued">`'queued'`)
          .end(),
        finished_at: eb
          .case()
          .when("attempts", ">=", MAX_ATTEMPTS)
          .then(sql<Date>`now()`)
          .end(),
        error: eb
          .case()
          .when("attempts", ">=", MAX_ATTEMPTS)
          .then(sql<string>`${JSON.stringify(gaveUp)}::jsonb`)
          .end(),
        lease_expires_at: null,
      }))
      .where("status", "=", "running")
      .where("lease_expires_at", "<", sql<Date>`now()`)
      .returning(["id", "status", "attempts"])
      .execute();
    for (const run of expired) {
      this.log.warn(
        { runId: run.id, attempts: run.attempts, now: run.status },
        "planner run's process stopped renewing its lease",
      );
      if (run.status === "queued") await boss.send(QUEUE, { runId: run.id });
    }
  }

  /** Stops a run computing in this process (another process notices the deleted row itself). */
  async cancel(runId: string): Promise<void> {
    const active = this.active;
    if (active?.runId !== runId) return;
    active.abandoned = "cancelled";
    await active.worker.terminate();
  }

  /** Resolves when no run of this database is queued or running (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    for (;;) {
      const busy = await this.db
        .selectFrom("planner_runs")
        .select("id")
        .where("status", "in", ["queued", "running"])
        .limit(1)
        .executeTakeFirst();
      if (!busy) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Shutdown: a run computing here goes back to the queue (for another process, or this one
   * after its restart) instead of failing; then pg-boss stops.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    const idle = this.idle;
    this.idle = null;
    if (idle) await idle.worker.terminate();
    const active = this.active;
    if (active) {
      active.abandoned = "shutdown";
      await active.worker.terminate();
    }
    if (!this.starting) return;
    const boss = await this.starting.catch(() => null);
    if (!boss) return;
    // wait: resolves once pg-boss has stopped polling and failed nothing of ours (the handler
    // above has returned, its run back in the queue).
    await boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
  }

  /** Claims the run (queued → running, atomically) and computes it; else leaves it alone. */
  private async runJob(runId: string): Promise<void> {
    if (this.closed) return;
    const claimed = await this.db
      .updateTable("planner_runs")
      .set((eb) => ({
        status: "running",
        started_at: sql<Date>`now()`,
        lease_expires_at: sql<Date>`now() + make_interval(secs => ${LEASE_SECONDS})`,
        attempts: eb("attempts", "+", 1),
        progress: JSON.stringify({ phase: "starting", done: 0, total: null, fraction: 0 }),
      }))
      .where("id", "=", runId)
      .where("status", "=", "queued")
      .returning([
        "timetable_id",
        "service_date",
        "scenario_text",
        "scenario_name",
        "stop_elevations_name",
        "stop_elevations_text",
        "sensitivity",
        "attempts",
        "started_at",
      ])
      .executeTakeFirst();
    if (!claimed) {
      this.log.debug({ runId }, "planner run already taken or deleted");
      return;
    }
    const attempt = claimed.attempts;
    const scratch = path.join(os.tmpdir(), `fleethub-plan-${runId}-${attempt}-${randomUUID()}.zip`);
    try {
      const timetable = claimed.timetable_id
        ? await this.db
            .selectFrom("planner_timetables")
            .select(["id", "file_name", "storage_key"])
            .where("id", "=", claimed.timetable_id)
            .executeTakeFirst()
        : undefined;
      if (!timetable) {
        await this.finish(runId, attempt, {
          kind: "input-error",
          problem: {
            ...INTERNAL_PROBLEM,
            message: "the timetable was deleted before the run started",
            messageRu: "расписание удалено до начала расчёта",
          },
        });
        return;
      }
      const gtfsPath = await this.materialiseFeed(timetable, scratch);
      if (!gtfsPath) {
        await this.finish(runId, attempt, {
          kind: "input-error",
          problem: {
            ...INTERNAL_PROBLEM,
            message: "the timetable's feed is missing from storage",
            messageRu: "файла фида этого расписания нет в хранилище",
          },
        });
        return;
      }
      const outcome = await this.compute(runId, attempt, {
        gtfsPath,
        timetableName: timetable.file_name,
        date: claimed.service_date,
        scenarioText: claimed.scenario_text,
        scenarioFileName: `${claimed.scenario_name}.json`,
        stopElevations:
          claimed.stop_elevations_text === null || claimed.stop_elevations_name === null
            ? null
            : { text: claimed.stop_elevations_text, fileName: claimed.stop_elevations_name },
        sensitivity: claimed.sensitivity,
      });
      if (outcome === "shutdown") await this.release(runId, attempt);
      else if (outcome !== "cancelled" && outcome !== "lease lost")
        await this.finish(runId, attempt, outcome, claimed.started_at ?? undefined);
    } catch (error) {
      this.log.error({ err: error, runId }, "planner job");
      await this.finish(runId, attempt, { kind: "crashed", message: String(error) }).catch(
        (finishError: unknown) => this.log.error({ err: finishError, runId }, "planner job"),
      );
    } finally {
      await fsp.rm(scratch, { force: true });
    }
  }

  /**
   * Runs `use` with a timetable's feed as a file (a scratch copy removed afterwards), for
   * checks at submission; null when the feed is missing from storage.
   */
  async withFeedFile<T>(
    timetable: { id: string; storage_key: string },
    use: (gtfsPath: string) => Promise<T>,
  ): Promise<T | null> {
    const scratch = path.join(os.tmpdir(), `fleethub-check-${timetable.id}-${randomUUID()}.zip`);
    try {
      const gtfsPath = await this.materialiseFeed(timetable, scratch);
      return gtfsPath === null ? null : await use(gtfsPath);
    } finally {
      await fsp.rm(scratch, { force: true });
    }
  }

  /**
   * The feed as a file for the worker: written from its stored chunks, or, for a feed
   * uploaded before migration 0013, the file on this process's disk. Null: neither.
   */
  private async materialiseFeed(
    timetable: { id: string; storage_key: string },
    scratch: string,
  ): Promise<string | null> {
    let wrote = false;
    const chunks = timetableChunks(this.db, timetable.id);
    await pipeline(
      Readable.from(
        (async function* () {
          for await (const chunk of chunks) {
            wrote = true;
            yield chunk;
          }
        })(),
      ),
      fs.createWriteStream(scratch),
    );
    if (wrote) return scratch;
    const legacy = path.join(this.plannerDir, timetable.storage_key);
    return fs.existsSync(legacy) ? legacy : null;
  }

  /** The warm worker thread if there is one, else a new one. */
  private takeWorker(): { worker: Worker; jobs: number } {
    const idle = this.idle;
    this.idle = null;
    if (idle) {
      idle.worker.ref();
      return idle;
    }
    this.threadsStarted++;
    const worker = RUNNING_FROM_SOURCE
      ? // Node 20 does not apply an --import loader to a worker's entry: load it through tsx's API.
        new Worker(
          `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(WORKER_URL.href)}))`,
          { eval: true },
        )
      : new Worker(WORKER_URL);
    // An error of the thread itself (not of a plan, which it answers) ends it: see compute.
    worker.on("error", (error) => this.log.error({ err: error }, "planner worker thread"));
    // A thread that dies while idle is not handed out.
    worker.once("exit", () => {
      if (this.idle?.worker === worker) this.idle = null;
    });
    return { worker, jobs: 0 };
  }

  /** Keeps a worker that finished its plan for the next one (it does not hold the process open). */
  private keepWorker(held: { worker: Worker; jobs: number }): void {
    if (this.closed || this.idle || held.jobs >= JOBS_PER_WORKER) {
      void held.worker.terminate();
      return;
    }
    held.worker.unref();
    this.idle = held;
  }

  /** Runs the plan on a worker, renewing the lease; resolves with its outcome or why it was abandoned. */
  private compute(
    runId: string,
    attempt: number,
    job: PlanJob,
  ): Promise<WorkerMessage | NonNullable<ActiveRun["abandoned"]>> {
    const held = this.takeWorker();
    const worker = held.worker;
    held.jobs++;
    const active: ActiveRun = { runId, attempt, worker, abandoned: null };
    this.active = active;
    if (this.closed) {
      active.abandoned = "shutdown";
      void worker.terminate();
    }

    let lastWrite = 0;
    let writes: Promise<unknown> = Promise.resolve();
    const renewal = setInterval(() => {
      writes = writes.then(async () => {
        try {
          const renewed = await this.db
            .updateTable("planner_runs")
            .set({
              lease_expires_at: sql<Date>`now() + make_interval(secs => ${LEASE_SECONDS})`,
            })
            .where("id", "=", runId)
            .where("status", "=", "running")
            .where("attempts", "=", attempt)
            .executeTakeFirst();
          if (renewed.numUpdatedRows === 0n && !active.abandoned) {
            // Deleted, or taken by another process after this one stalled past its lease.
            active.abandoned = "lease lost";
            this.log.warn({ runId }, "planner run deleted or taken over; stopping its worker");
            await worker.terminate();
          }
        } catch (error) {
          this.log.warn({ err: error, runId }, "planner lease renewal");
        }
      });
    }, LEASE_RENEW_MS);

    return new Promise((resolve) => {
      let outcome: WorkerMessage | null = null;
      let crash: string | null = null;
      const onMessage = (message: WorkerMessage) => {
        if (message.kind !== "progress") {
          outcome = message;
          settle(true);
          return;
        }
        const now = Date.now();
        if (now - lastWrite < PROGRESS_WRITE_MS) return;
        lastWrite = now;
        writes = writes.then(() =>
          this.db
            .updateTable("planner_runs")
            .set({ progress: JSON.stringify(message.progress) })
            .where("id", "=", runId)
            .where("status", "=", "running")
            .where("attempts", "=", attempt)
            .execute()
            .catch((error: unknown) => this.log.warn({ err: error, runId }, "planner progress")),
        );
      };
      const onError = (error: Error) => {
        crash ??= error.stack ?? error.message;
      };
      const onExit = () => settle(false);
      let settled = false;
      const settle = (answered: boolean) => {
        if (settled) return;
        settled = true;
        clearInterval(renewal);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        // A thread that answered and was not stopped serves the next plan.
        if (answered && !active.abandoned) this.keepWorker(held);
        else if (answered) void worker.terminate();
        void writes.finally(() => {
          if (this.active === active) this.active = null;
          resolve(
            active.abandoned ??
              outcome ?? {
                kind: "crashed",
                message: crash ?? "the worker stopped without a result",
              },
          );
        });
      };
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(job);
    });
  }

  /** A run interrupted by this process's shutdown goes back to the queue, its start undone. */
  private async release(runId: string, attempt: number): Promise<void> {
    await this.db
      .updateTable("planner_runs")
      .set((eb) => ({
        status: "queued",
        lease_expires_at: null,
        started_at: null,
        progress: null,
        attempts: eb("attempts", "-", 1),
      }))
      .where("id", "=", runId)
      .where("status", "=", "running")
      .where("attempts", "=", attempt)
      .execute();
    this.log.info({ runId }, "planner run put back in the queue: the server is stopping");
  }

  /**
   * Records the end of a run in one update: the result and its summary, or the problem;
   * only while this process still holds the run.
   */
  private async finish(
    runId: string,
    attempt: number,
    outcome: WorkerMessage,
    startedAt?: Date,
  ): Promise<void> {
    const finishedAt = new Date();
    const durationMs = startedAt ? finishedAt.getTime() - startedAt.getTime() : null;
    const holding = this.db
      .updateTable("planner_runs")
      .where("id", "=", runId)
      .where("status", "=", "running")
      .where("attempts", "=", attempt);
    if (outcome.kind === "done") {
      await holding
        .set({
          status: "succeeded",
          finished_at: finishedAt,
          duration_ms: durationMs,
          lease_expires_at: null,
          progress: JSON.stringify({ phase: "done", done: 1, total: 1, fraction: 1 }),
          summary: JSON.stringify(summariseResult(outcome.result)),
          result: JSON.stringify(outcome.result),
          error: null,
        })
        .execute();
      return;
    }
    if (outcome.kind === "crashed")
      this.log.error({ runId, detail: outcome.message }, "planner job crashed");
    await holding
      .set({
        status: "failed",
        finished_at: finishedAt,
        duration_ms: durationMs,
        lease_expires_at: null,
        error: JSON.stringify(outcome.kind === "input-error" ? outcome.problem : INTERNAL_PROBLEM),
        result: null,
        summary: null,
      })
      .execute();
  }
}
