/**
 * Transition planner: from a real timetable, which blocks battery buses can run, what charging
 * that needs, and what diesel, CNG and battery-electric fleets cost and emit.
 *
 * Typical use (CLI, API route, tests):
 *   const input = await prepareGtfsPlanInput({ gtfsPath, date, scenario: { text, fileName } });
 *   const result = runPlan(input, { onProgress });   // pure, JSON-serialisable
 *   await writePlanOutputs(result, outDir);          // plan.json, CSVs, report.html
 * Bad input throws PlannerInputError with file, line, field and message.
 */
export {
  PlannerInputError,
  isPlannerInputError,
  type PlannerProblem,
  type PlannerLocale,
} from "./errors.js";
export {
  runPlan,
  timetableFromTrips,
  fleetForBlocks,
  type PlanInput,
  type PlanOptions,
} from "./plan.js";
export {
  prepareGtfsPlanInput,
  prepareSimbaPlanInput,
  type ScenarioSource,
} from "./prepare-input.js";
export type * from "./plan-types.js";
export type { PlanProgress, ProgressReporter } from "./progress.js";
export type {
  Scenario,
  VehicleType,
  BatteryVehicleType,
  CombustionVehicleType,
  ConsumptionModel,
  Technology,
} from "./scenario/types.js";
export type { Timetable, TimetableTrip, Block, BlockLeg, BlockMethod } from "./timetable.js";
export { defaultScenario } from "./scenario/defaults.js";
export {
  parseScenario,
  parseScenarioWithLines,
  validateScenarioObject,
} from "./scenario/validate.js";
export { checkFeedReferences } from "./gtfs/feed-references.js";
export type { RouteGradientInput } from "./gtfs/route-gradients.js";
export { readGtfsDay } from "./gtfs/read-gtfs.js";
export { parseStopElevations, type StopElevations } from "./gtfs/stop-elevations.js";
export { loadSimbaScenario } from "./simba/read-simba.js";
export { writePlanOutputs, resultCsvFiles } from "./report/write-outputs.js";
export { renderHtmlReport } from "./report/html-report.js";
