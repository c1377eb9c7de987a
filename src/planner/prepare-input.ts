import { PlannerInputError } from "./errors.js";
import { timetableFromTrips, type PlanInput } from "./plan.js";
import type { ProgressReporter } from "./progress.js";
import { parseScenario } from "./scenario/validate.js";
import { loadSimbaScenario } from "./simba/read-simba.js";

/** A scenario file's text and the name to use in error messages. */
export interface ScenarioSource {
  text: string;
  fileName: string;
}

/**
 * Reads a GTFS feed for one date and a scenario, and builds the blocks (feed block_id or
 * minimum-fleet scheduling with the scenario's layover and deadhead settings).
 * Throws PlannerInputError for bad input, before any result exists.
 */
export async function prepareGtfsPlanInput(opts: {
  gtfsPath: string;
  date: string;
  scenario: ScenarioSource | null;
  onProgress?: ProgressReporter;
}): Promise<PlanInput & { stopTimesStats: { bytes: number; rows: number; ms: number } }> {
  // Validate the scenario first: it is cheap, and its errors should not wait for a large feed.
  const scenario = parseScenario(
    opts.scenario?.text ?? null,
    opts.scenario?.fileName ?? "scenario",
  );
  // Loaded here, not at the top: a SimBA plan needs neither the GTFS reader nor its zip
  // library (≈0.1–0.15 s CPU of a ~0.6 s `fleethub plan --simba`).
  const { readGtfsDay } = await import("./gtfs/read-gtfs.js");
  const day = await readGtfsDay(opts.gtfsPath, opts.date, opts.onProgress);
  opts.onProgress?.({ phase: "building blocks", done: 0, total: null });
  return {
    timetable: timetableFromTrips(day, scenario),
    scenario,
    stopTimesStats: {
      bytes: day.stats.stopTimesBytes,
      rows: day.stats.stopTimesRows,
      ms: day.stats.stopTimesMs,
    },
  };
}

/**
 * Reads a SimBA scenario (.cfg and the files it names, relative to the cfg), optionally with a
 * planner scenario file whose values override what SimBA's files give.
 */
export async function prepareSimbaPlanInput(opts: {
  cfgPath: string;
  scenario: ScenarioSource | null;
}): Promise<PlanInput> {
  const simba = await loadSimbaScenario(opts.cfgPath);
  const scenario =
    opts.scenario === null
      ? simba.scenario
      : parseScenario(opts.scenario.text, opts.scenario.fileName, simba.scenario);
  return { timetable: simba.timetable, scenario };
}

export { PlannerInputError };
