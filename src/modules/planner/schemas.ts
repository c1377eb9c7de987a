/** The planner API's shapes: one schema per input and output, $id'd for the OpenAPI document. */
import { Type } from "typebox";
import { IsoDate, Name, Timestamp, Uuid } from "../../server/schemas.js";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const PlannerTimetable = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    name: Type.String(),
    fileName: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String({ description: "SHA-256 of the uploaded zip, hex" }),
    serviceStart: Nullable(IsoDate),
    serviceEnd: Nullable(IsoDate),
    tripCount: Type.Integer(),
    routeCount: Type.Integer(),
    stopCount: Type.Integer(),
    hasBlockIds: Type.Boolean({
      description: "trips carry block_id; otherwise blocks are scheduled for the minimum fleet",
    }),
    createdAt: Timestamp,
  },
  { $id: "PlannerTimetable", description: "An uploaded GTFS feed" },
);

export const UploadTimetableQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    name: Type.Optional(Name),
  },
  { additionalProperties: false },
);

export const PlannerScenario = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    name: Type.String(),
    text: Type.String({ description: "The scenario JSON as saved (overrides of the defaults)" }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: "PlannerScenario", description: "A saved planner scenario" },
);

const ScenarioText = Type.String({
  maxLength: 1_000_000,
  description:
    "Scenario JSON text, merged over the defaults (see docs/planner.md). Errors name the line and field.",
});
const ScenarioObject = Type.Record(Type.String(), Type.Unknown(), {
  description: "The scenario as an object, instead of text",
});

export const CreateScenario = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    name: Name,
    text: Type.Optional(ScenarioText),
    scenario: Type.Optional(ScenarioObject),
  },
  { additionalProperties: false },
);
export const UpdateScenario = Type.Object(
  {
    name: Type.Optional(Name),
    text: Type.Optional(ScenarioText),
    scenario: Type.Optional(ScenarioObject),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const ValidateScenario = Type.Object(
  { text: ScenarioText },
  { additionalProperties: false },
);

const InputProblem = Type.Object(
  {
    file: Nullable(Type.String()),
    line: Nullable(Type.Integer()),
    field: Nullable(Type.String()),
    message: Type.String(),
  },
  { description: "Where an input is wrong: file, line, field, and the problem" },
);

export const ScenarioValidation = Type.Object(
  { ok: Type.Boolean(), problem: Nullable(InputProblem) },
  { $id: "PlannerScenarioValidation" },
);

export const DefaultScenario = Type.Object(
  { text: Type.String({ description: "The default scenario, as JSON text" }) },
  { $id: "PlannerDefaultScenario" },
);

const OptionFiguresFields = {
  fleet: Type.Integer(),
  extraBusesForSplits: Type.Integer(),
  unresolvedBlocks: Type.Integer(),
  electricityKwhPerYear: Type.Number(),
  dieselLitresPerYear: Type.Number(),
  gasM3PerYear: Type.Number(),
  co2TonnesPerYear: Type.Number(),
  tcoTotal: Type.Number({ description: "Present value over the horizon, in the run's currency" }),
  feasibleBlocks: Type.Integer({
    description: "Blocks run as they are (battery: feasible on every design day)",
  }),
};
const OptionFigures = Type.Object(OptionFiguresFields);

const RunSummarySchema = Type.Object(
  {
    scenarioName: Type.String(),
    currency: Type.String(),
    serviceDate: Type.String(),
    blockMethod: Type.String(),
    tripCount: Type.Integer(),
    blockCount: Type.Integer(),
    revenueDistanceKm: Type.Number(),
    options: Type.Array(
      Type.Object({
        id: Type.String(),
        label: Type.String(),
        technologies: Type.Array(Type.String()),
        ...OptionFiguresFields,
      }),
    ),
  },
  { description: "Per technology option: fleet, yearly energy and CO₂, TCO, feasible blocks" },
);

const runFields = {
  id: Uuid,
  organisationId: Uuid,
  timetableId: Nullable(Uuid),
  timetableName: Type.String(),
  scenarioId: Nullable(Uuid),
  scenarioName: Type.String(),
  serviceDate: IsoDate,
  stopElevationsFile: Nullable(
    Type.String({ description: "The stop-elevation file the run was asked with, or null (flat)" }),
  ),
  sensitivity: Type.Boolean(),
  status: Type.Enum(["queued", "running", "succeeded", "failed"]),
  progress: Nullable(
    Type.Object({
      phase: Type.String(),
      done: Type.Number(),
      total: Nullable(Type.Number()),
      fraction: Type.Number({ minimum: 0, maximum: 1 }),
    }),
  ),
  error: Nullable(InputProblem),
  summary: Nullable(RunSummarySchema),
  createdAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  durationMs: Nullable(Type.Integer()),
};
export const PlannerRun = Type.Object(runFields, {
  $id: "PlannerRun",
  description: "A plan computed as a job",
});

export const CreateRun = Type.Object(
  {
    timetableId: Uuid,
    scenarioId: Type.Optional(Nullable(Uuid)),
    date: IsoDate,
    sensitivity: Type.Optional(Type.Boolean({ default: true })),
    stopElevations: Type.Optional(
      Nullable(
        Type.Object(
          {
            fileName: Type.String({ minLength: 1, maxLength: 200 }),
            csv: Type.String({
              maxLength: 1_000_000,
              description:
                "CSV with the columns stop_id and elevation_m (docs/planner.md § Gradient)",
            }),
          },
          {
            additionalProperties: false,
            description:
              "Stop elevations so the plan accounts for gradient; null or absent: planned flat",
          },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export const ListRunsQuery = Type.Object(
  { timetableId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const PlanResultSchema = Type.Object(
  {
    schemaVersion: Type.Integer(),
    scenarioName: Type.String(),
    currency: Type.String(),
  },
  {
    $id: "PlannerPlanResult",
    additionalProperties: true,
    description:
      "The planner's PlanResult (src/planner/plan-types.ts) without the per-trip lists: timetable, designDays, vehicleTypes, blocks, electric (SoC traces, station power profiles, remedies), options, sensitivity",
  },
);

export const CompareQuery = Type.Object({ a: Uuid, b: Uuid }, { additionalProperties: false });

export const RunComparison = Type.Object(
  {
    a: Type.Object(runFields),
    b: Type.Object(runFields),
    options: Type.Array(
      Type.Object({
        id: Type.String(),
        label: Type.String(),
        a: Nullable(OptionFigures),
        b: Nullable(OptionFigures),
        difference: Nullable(OptionFigures),
      }),
      { description: "Per technology option: each run's figures and b − a" },
    ),
  },
  { $id: "PlannerRunComparison" },
);
