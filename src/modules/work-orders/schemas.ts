/** Request and response schemas of work orders, their tasks, labour, parts and transitions. */
import { TRANSITION_TARGETS } from "../../core/work-order-states.js";
import { Type, type Static } from "typebox";
import { SEVERITIES } from "../../core/inspection-templates.js";
import {
  WORK_ORDER_PRIORITIES,
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATUSES,
} from "../../db/maintenance-schema.js";
import { IsoDate, Timestamp, Uuid } from "../../server/schemas.js";
import { PhotoLink } from "../inspections/evidence.js";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Title = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 4000 });
const CompetencyKeys = Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
  maxItems: 20,
  uniqueItems: true,
});
const Key = Type.String({ minLength: 1, maxLength: 60 });

export const WorkOrderSummary = Type.Object(
  {
    id: Uuid,
    number: Type.Integer(),
    organisationId: Uuid,
    vehicleId: Uuid,
    fleetNumber: Type.String(),
    registrationPlate: Nullable(Type.String()),
    depotId: Nullable(Uuid),
    depotName: Nullable(Type.String()),
    source: Type.Enum([...WORK_ORDER_SOURCES]),
    defectId: Nullable(Uuid),
    programmeKey: Nullable(Type.String()),
    taskKey: Nullable(Type.String()),
    title: Type.String(),
    priority: Type.Enum([...WORK_ORDER_PRIORITIES]),
    blocking: Type.Boolean({ description: "The vehicle may not go out while this order is open" }),
    status: Type.Enum([...WORK_ORDER_STATUSES]),
    scheduledFor: Nullable(IsoDate),
    assignedOrganisationId: Nullable(Uuid),
    assigneeUserId: Nullable(Uuid),
    assigneeName: Nullable(Type.String()),
    openedAt: Timestamp,
    startedAt: Nullable(Timestamp),
    completedAt: Nullable(Timestamp),
    verifiedAt: Nullable(Timestamp),
    cancelledAt: Nullable(Timestamp),
    downtimeHours: Type.Number({
      description:
        "Hours the vehicle has been held by this order: opened until completed (or cancelled), or until now while it is open; 0 when it does not block",
    }),
  },
  { $id: "WorkOrderSummary" },
);

export const WorkOrderTask = Type.Object({
  id: Uuid,
  description: Type.String(),
  programmeKey: Nullable(Type.String()),
  taskKey: Nullable(Type.String()),
  competencies: Type.Array(Type.String()),
  required: Type.Boolean(),
  done: Type.Boolean(),
  doneAt: Nullable(Timestamp),
  doneByName: Nullable(Type.String()),
});
export const WorkOrderLabour = Type.Object({
  id: Uuid,
  userId: Uuid,
  userName: Type.String(),
  workDate: IsoDate,
  hours: Type.Number(),
  note: Nullable(Type.String()),
  createdAt: Timestamp,
});
export const WorkOrderPartLine = Type.Object({
  id: Uuid,
  partId: Uuid,
  partNumber: Type.String(),
  partName: Type.String(),
  unit: Type.String(),
  quantity: Type.Number(),
  unitCost: Nullable(Type.Number()),
  cost: Nullable(Type.Number()),
  stockId: Uuid,
  location: Type.String(),
  byName: Nullable(Type.String()),
  at: Timestamp,
});
export const SignOff = Type.Object(
  {
    canComplete: Type.Boolean(),
    canVerify: Type.Boolean(),
    missingCompetencies: Type.Array(Type.String()),
  },
  {
    description:
      "Whether YOU may complete or verify this order: the workorders.signoff permission and a valid certificate for every competency it needs",
  },
);

/** The defect an order repairs, as the technician needs it: what the driver saw, and photos. */
export const WorkOrderDefect = Type.Object({
  id: Uuid,
  description: Type.String(),
  severity: Type.Enum([...SEVERITIES]),
  openedAt: Timestamp,
  photos: Type.Array(PhotoLink),
});

export const WorkOrder = Type.Object(
  {
    ...WorkOrderSummary.properties,
    allowedTransitions: Type.Array(Type.Enum([...TRANSITION_TARGETS]), {
      description:
        "The steps YOU may take from the order's status now (core/work-order-states.ts): the UI offers only these",
    }),
    description: Nullable(Type.String()),
    defect: Nullable(WorkOrderDefect),
    createdByName: Nullable(Type.String()),
    completedBy: Nullable(Uuid),
    completedByName: Nullable(Type.String()),
    completionKm: Nullable(Type.Number()),
    completionHours: Nullable(Type.Number()),
    completionNote: Nullable(
      Type.String({ description: "What the technician wrote on completing: what was done" }),
    ),
    verifiedBy: Nullable(Uuid),
    verifiedByName: Nullable(Type.String()),
    cancelReason: Nullable(Type.String()),
    tasks: Type.Array(WorkOrderTask),
    labour: Type.Array(WorkOrderLabour),
    parts: Type.Array(WorkOrderPartLine),
    totalHours: Type.Number(),
    partsCost: Type.Number(),
    requiredCompetencies: Type.Array(Type.String()),
    signOff: SignOff,
  },
  { $id: "WorkOrder" },
);
export type TWorkOrder = Static<typeof WorkOrder>;

export const ListWorkOrdersQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...WORK_ORDER_STATUSES, "open"])),
    vehicleId: Type.Optional(Uuid),
    depotId: Type.Optional(Uuid),
    organisationId: Type.Optional(Uuid),
    source: Type.Optional(Type.Enum([...WORK_ORDER_SOURCES])),
    assigneeUserId: Type.Optional(Uuid),
    blocking: Type.Optional(
      Type.Boolean({ description: "true: only orders that hold their vehicle off the road" }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 200 }),
  },
  { additionalProperties: false },
);

export const TaskInput = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 1000 }),
    competencies: Type.Optional(CompetencyKeys),
    required: Type.Optional(Type.Boolean({ default: true })),
  },
  { additionalProperties: false },
);
export const MaintenanceTaskInput = Type.Object(
  { programmeKey: Key, taskKey: Key },
  {
    additionalProperties: false,
    description:
      "A task of the vehicle's maintenance programme; its name and competencies are copied",
  },
);
export const AddTask = Type.Object(
  {
    description: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    competencies: Type.Optional(CompetencyKeys),
    required: Type.Optional(Type.Boolean()),
    programmeKey: Type.Optional(Key),
    taskKey: Type.Optional(Key),
  },
  {
    additionalProperties: false,
    description: "Either a description (with competencies), or a programmeKey and taskKey",
  },
);

export const CreateWorkOrder = Type.Object(
  {
    vehicleId: Uuid,
    title: Title,
    description: Type.Optional(Description),
    priority: Type.Optional(Type.Enum([...WORK_ORDER_PRIORITIES])),
    blocking: Type.Optional(Type.Boolean()),
    scheduledFor: Type.Optional(IsoDate),
    defectId: Type.Optional(Uuid),
    tasks: Type.Optional(Type.Array(TaskInput, { maxItems: 100 })),
    maintenanceTasks: Type.Optional(Type.Array(MaintenanceTaskInput, { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export const UpdateWorkOrder = Type.Object(
  {
    title: Type.Optional(Title),
    description: Type.Optional(Nullable(Description)),
    priority: Type.Optional(Type.Enum([...WORK_ORDER_PRIORITIES])),
    blocking: Type.Optional(Type.Boolean()),
    scheduledFor: Type.Optional(Nullable(IsoDate)),
    assigneeUserId: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AddLabour = Type.Object(
  {
    userId: Uuid,
    workDate: IsoDate,
    hours: Type.Number({ exclusiveMinimum: 0, maximum: 24 }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const AddPart = Type.Object(
  {
    partId: Uuid,
    quantity: Type.Number({ exclusiveMinimum: 0, maximum: 100_000 }),
    depotId: Type.Optional(
      Type.String({
        format: "uuid",
        description:
          "Take from this depot of the operator instead of the vehicle's own (not for hub stores)",
      }),
    ),
  },
  { additionalProperties: false },
);

export { TRANSITION_TARGETS };
export const Transition = Type.Object(
  {
    to: Type.Enum([...TRANSITION_TARGETS]),
    scheduledFor: Type.Optional(IsoDate),
    completedAt: Type.Optional(Timestamp),
    meterKm: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000_000 })),
    meterHours: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
    confirmMeterJump: Type.Optional(
      Type.Boolean({
        description: "Store a meter value that jumps implausibly far, after checking it",
      }),
    ),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    defectOutcome: Type.Optional(
      Type.Enum(["repaired", "no_repair_needed"], {
        description:
          "For a defect's order: what completing it certifies (default repaired). No repair needed is a certification like any other",
      }),
    ),
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type TTransition = Static<typeof Transition>;

export const FromDueRequest = Type.Object(
  { organisationId: Uuid },
  { additionalProperties: false },
);
export const FromDueResponse = Type.Object({ created: Type.Integer() });

export const TaskParams = Type.Object({ id: Uuid, taskId: Uuid }, { additionalProperties: false });
export const LabourParams = Type.Object(
  { id: Uuid, labourId: Uuid },
  { additionalProperties: false },
);
export const PartLineParams = Type.Object(
  { id: Uuid, lineId: Uuid },
  { additionalProperties: false },
);
