/**
 * Runs one plan in a worker thread: reading the feed and runPlan are CPU-bound and take
 * seconds to minutes on a large city, so they stay off the server's event loop. The
 * worker reports progress and ends with exactly one message: the result or the problem.
 */
import { parentPort, workerData } from "node:worker_threads";
import {
  isPlannerInputError,
  prepareGtfsPlanInput,
  runPlan,
  type PlanProgress,
} from "../../planner/index.js";
import { overallFraction, type PlanJob, type WorkerMessage } from "./plan-job.js";

const job = workerData as PlanJob;
const port = parentPort;
if (!port) throw new Error("plan-worker must run as a worker thread");

/** Storage paths mean nothing to the person who uploaded the file: show its name instead. */
const displayFile = (file: string): string =>
  file.startsWith(job.gtfsPath) ? job.timetableName + file.slice(job.gtfsPath.length) : file;

let lastPostAt = 0;
let lastPhase = "";
let fraction = 0;
function report(progress: PlanProgress): void {
  fraction = Math.max(fraction, overallFraction(progress));
  const now = Date.now();
  // Every phase change, and otherwise at most ten times a second.
  if (progress.phase === lastPhase && now - lastPostAt < 100) return;
  lastPhase = progress.phase;
  lastPostAt = now;
  const message: WorkerMessage = { kind: "progress", progress: { ...progress, fraction } };
  port!.postMessage(message);
}

try {
  const input = await prepareGtfsPlanInput({
    gtfsPath: job.gtfsPath,
    date: job.date,
    scenario:
      job.scenarioText === null ? null : { text: job.scenarioText, fileName: job.scenarioFileName },
    onProgress: report,
  });
  const result = runPlan(input, { onProgress: report, sensitivity: job.sensitivity });
  result.timetable.source = job.timetableName;
  const message: WorkerMessage = { kind: "done", result };
  port.postMessage(message);
} catch (error) {
  const message: WorkerMessage = isPlannerInputError(error)
    ? {
        kind: "input-error",
        problem: {
          file: displayFile(error.file),
          line: error.line,
          field: error.field,
          message: error.problem,
        },
      }
    : {
        kind: "crashed",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
  port.postMessage(message);
}
