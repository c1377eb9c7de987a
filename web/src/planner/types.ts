/** The planner API's shapes, from the server's own schemas (type-only imports). */
import type { Static } from "typebox";
import type {
  PlannerRun as PlannerRunSchema,
  PlannerScenario as PlannerScenarioSchema,
  PlannerTimetable as PlannerTimetableSchema,
  RunComparison as RunComparisonSchema,
} from "../../../src/modules/planner/schemas.js";
import type { PlanResult } from "../../../src/planner/index.js";

export type PlannerTimetable = Static<typeof PlannerTimetableSchema>;
export type PlannerScenario = Static<typeof PlannerScenarioSchema>;
export type PlannerRun = Static<typeof PlannerRunSchema>;
export type RunComparison = Static<typeof RunComparisonSchema>;
/** GET /planner/runs/{id}/result: the plan without its per-trip lists. */
export type PlanResultView = Omit<PlanResult, "trips" | "tripEnergy">;
