/**
 * Computes plans in a worker thread: reading the feed and runPlan are CPU-bound and take
 * seconds to minutes on a large city, so they stay off the server's event loop. The thread
 * lives across jobs (its modules loaded and its code compiled once, job-runner.ts keeps it
 * warm); it takes one job per message and ends each with exactly one message: the result or
 * the problem, after any number of progress messages.
 */
import { parentPort } from "node:worker_threads";
import {
  isPlannerInputError,
  prepareGtfsPlanInput,
  runPlan,
  type PlanProgress,
} from "../../planner/index.js";
import { overallFraction, type PlanJob, type WorkerMessage } from "./plan-job.js";

const port = parentPort;
if (!port) throw new Error("plan-worker must run as a worker thread");

/** Storage paths mean nothing to the person who uploaded the file: show its name instead. */
const displayFile = (job: PlanJob, file: string): string =>
  file.startsWith(job.gtfsPath) ? job.timetableName + file.slice(job.gtfsPath.length) : file;

/** Progress of one job: every phase change, and otherwise at most ten messages a second. */
function progressReporter(): (progress: PlanProgress) => void {
  let lastPostAt = 0;
  let lastPhase = "";
  let fraction = 0;
  return (progress) => {
    fraction = Math.max(fraction, overallFraction(progress));
    const now = Date.now();
    if (progress.phase === lastPhase && now - lastPostAt < 100) return;
    lastPhase = progress.phase;
    lastPostAt = now;
    const message: WorkerMessage = { kind: "progress", progress: { ...progress, fraction } };
    port!.postMessage(message);
  };
}

async function computePlan(job: PlanJob): Promise<WorkerMessage> {
  const report = progressReporter();
  try {
    const input = await prepareGtfsPlanInput({
      gtfsPath: job.gtfsPath,
      date: job.date,
      scenario:
        job.scenarioText === null
          ? null
          : { text: job.scenarioText, fileName: job.scenarioFileName },
      stopElevations: job.stopElevations,
      onProgress: report,
    });
    const result = runPlan(input, { onProgress: report, sensitivity: job.sensitivity });
    result.timetable.source = job.timetableName;
    return { kind: "done", result };
  } catch (error) {
    return isPlannerInputError(error)
      ? {
          kind: "input-error",
          problem: {
            file: displayFile(job, error.file),
            line: error.line,
            field: error.field,
            message: error.problem,
            messageRu: error.problemRu,
          },
        }
      : {
          kind: "crashed",
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
  }
}

// One job at a time: the runner sends the next only after this one's last message.
port.on("message", (job: PlanJob) => {
  void computePlan(job).then((message) => port.postMessage(message));
});
