import { PlannerInputError } from "./errors.js";
import { timetableFromTrips, type PlanInput } from "./plan.js";
import type { ProgressReporter } from "./progress.js";
import { parseScenarioWithLines } from "./scenario/validate.js";
import { loadSimbaScenario } from "./simba/read-simba.js";
import { parseStopElevations } from "./gtfs/stop-elevations.js";
import type { RouteGradientInput } from "./gtfs/route-gradients.js";

/** A scenario file's text and the name to use in error messages. */
export interface ScenarioSource {
  text: string;
  fileName: string;
}

/**
 * Reads a GTFS feed and a scenario, and builds the blocks (feed block_id or minimum-fleet
 * scheduling with the scenario's layover and deadhead settings) of the chosen date and, for
 * the year from the service calendar, of one date of every other day type (see
 * docs/planner.md § A year from the service calendar). With `calendarYear: false` only the
 * date is read and yearly figures come from the design days' `daysPerYear`.
 * Throws PlannerInputError for bad input, before any result exists.
 */
export async function prepareGtfsPlanInput(opts: {
  gtfsPath: string;
  date: string;
  scenario: ScenarioSource | null;
  onProgress?: ProgressReporter;
  calendarYear?: boolean;
  /** A stop-elevation CSV (`stop_id,elevation_m`; docs/planner.md § Gradient), or null. */
  stopElevations?: ScenarioSource | null;
}): Promise<PlanInput & { stopTimesStats: { bytes: number; rows: number; ms: number } }> {
  // Validate the scenario first: it is cheap, and its errors should not wait for a large feed.
  const scenarioFile = opts.scenario?.fileName ?? "scenario";
  const { scenario, lineOf } = parseScenarioWithLines(opts.scenario?.text ?? null, scenarioFile);
  // The scenario's route gradients; their route ids are checked against routes.txt.
  const routeGradients: RouteGradientInput | null =
    scenario.routeGradients.length === 0
      ? null
      : { file: scenarioFile, entries: scenario.routeGradients, lineOf };
  // Elevations next, for the same reason; their stop ids are checked against stops.txt.
  const elevations =
    opts.stopElevations === undefined || opts.stopElevations === null
      ? null
      : parseStopElevations(opts.stopElevations.text, opts.stopElevations.fileName);
  // Loaded here, not at the top: a SimBA plan needs neither the GTFS reader nor its zip
  // library (≈0.1–0.15 s CPU of a ~0.6 s `fleethub plan --simba`).
  const { readGtfsDay, readGtfsYear } = await import("./gtfs/read-gtfs.js");
  if (opts.calendarYear === false) {
    const day = await readGtfsDay(
      opts.gtfsPath,
      opts.date,
      opts.onProgress,
      elevations,
      routeGradients,
    );
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
  const read = await readGtfsYear(
    opts.gtfsPath,
    opts.date,
    scenario.designDayByMonth,
    opts.onProgress,
    elevations,
    routeGradients,
  );
  opts.onProgress?.({ phase: "building blocks", done: 0, total: null });
  const day = read.main;
  const timetable = timetableFromTrips(
    { ...day, warnings: [...day.warnings, ...read.year.warnings] },
    scenario,
  );
  const others = [...read.others].map(([dayTypeId, other]) => ({
    dayTypeId,
    timetable: other === null ? null : timetableFromTrips(other, scenario),
  }));
  return {
    timetable,
    scenario,
    year: { service: read.year, mainDayTypeId: read.mainDayTypeId, others },
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
  if (opts.scenario === null) return { timetable: simba.timetable, scenario: simba.scenario };
  const { scenario, lineOf } = parseScenarioWithLines(
    opts.scenario.text,
    opts.scenario.fileName,
    simba.scenario,
  );
  // SimBA trips take their heights from the station data; a route gradient would be ignored.
  if (scenario.routeGradients.length > 0)
    throw new PlannerInputError(
      { file: opts.scenario.fileName, line: lineOf("routeGradients"), field: "routeGradients" },
      {
        en: "route gradients are for a GTFS feed; SimBA trips take their heights from the station data (all_stations.csv)",
        ru: "уклоны маршрутов задаются для фида GTFS; рейсы SimBA берут высоты из данных станций (all_stations.csv)",
      },
    );
  return { timetable: simba.timetable, scenario };
}

export { PlannerInputError };
