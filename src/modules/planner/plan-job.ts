/** What the server hands a plan worker, what the worker sends back, and progress as a share. */
import type { PlanProgress, PlanResult } from "../../planner/index.js";
import type { PlannerProgressJson, PlannerRunErrorJson } from "./tables.js";

export interface PlanJob {
  gtfsPath: string;
  /** The uploaded file's name, used in place of the storage path in results and errors. */
  timetableName: string;
  date: string;
  scenarioText: string | null;
  scenarioFileName: string;
  /** The stop-elevation CSV the run was asked with (null: planned flat). */
  stopElevations: { text: string; fileName: string } | null;
  sensitivity: boolean;
}

export type WorkerMessage =
  | { kind: "progress"; progress: PlannerProgressJson }
  | { kind: "done"; result: PlanResult }
  | { kind: "input-error"; problem: PlannerRunErrorJson }
  | { kind: "crashed"; message: string };

/**
 * Share of the whole run done, from the planner's phases. The spans are rough (measured on
 * the Detroit and synthetic feeds: reading is about a quarter, the state-of-charge runs and
 * sensitivity the rest); they only have to grow monotonically for a progress bar.
 */
const PHASES: [prefix: string, from: number, to: number][] = [
  ["reading calendar", 0, 0.02],
  ["reading stop_times", 0.02, 0.2],
  ["reading shapes", 0.2, 0.24],
  ["building blocks", 0.24, 0.3],
  ["energy per trip", 0.3, 0.4],
  ["state of charge", 0.4, 0.7],
  ["sensitivity", 0.7, 0.99],
  ["done", 1, 1],
];

export function overallFraction(progress: PlanProgress): number {
  const span = PHASES.find(([prefix]) => progress.phase.startsWith(prefix));
  if (!span) return 0;
  const [, from, to] = span;
  const within =
    progress.total !== null && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return from + (to - from) * within;
}
