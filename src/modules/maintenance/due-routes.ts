/**
 * What is due, for a fleet, a depot's calendar and one vehicle. The computation is
 * due.ts (one set-based query); these routes filter it by the actor's scope.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { SCHEDULE_KINDS } from "../../db/maintenance-schema.js";
import { todayIso } from "../../db/scope.js";
import { invalid } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, IsoDate, Uuid, withErrors } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { getDepot } from "../depots/depots.js";
import { getVehicle } from "../fleet/vehicles.js";
import { MaintenanceRecord, vehicleRecords } from "./completions.js";
import {
  DUE_STATUSES,
  computeDue,
  dueRowsSql,
  presentDue,
  type DueRow,
  type DueStatus,
} from "./due.js";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const LocalName = Type.Object({ en: Type.String(), ru: Type.String() });

export const DueItemSchema = Type.Object(
  {
    vehicleId: Uuid,
    organisationId: Uuid,
    depotId: Nullable(Uuid),
    fleetNumber: Type.String(),
    programmeKey: Type.String(),
    programmeName: LocalName,
    taskKey: Type.String(),
    taskName: LocalName,
    schedule: Type.Enum([...SCHEDULE_KINDS]),
    safetyCritical: Type.Boolean(),
    competencies: Type.Array(Type.String()),
    recordedBy: Nullable(
      Type.Literal("shift_check", {
        description:
          "shift_check: done by the shift's pre-shift check or pre-trip control (the daily service, ЕО); never overdue",
      }),
    ),
    status: Type.Enum([...DUE_STATUSES]),
    dueDate: Nullable(IsoDate),
    dueKm: Nullable(Type.Number()),
    dueHours: Nullable(Type.Number()),
    currentKm: Nullable(Type.Number()),
    currentHours: Nullable(Type.Number()),
    remainingKm: Nullable(Type.Number({ description: "Negative when overdue" })),
    remainingHours: Nullable(Type.Number()),
    remainingDays: Nullable(Type.Integer()),
    forecastDate: Nullable(
      Type.String({
        format: "date",
        description:
          "The earliest of the due date and the date average daily use reaches a due meter",
      }),
    ),
    lastCompletedOn: Nullable(IsoDate),
    avgDailyKm: Nullable(Type.Number({ description: "Over the last 28 days" })),
    avgDailyHours: Nullable(Type.Number()),
  },
  { $id: "MaintenanceDueItem" },
);

const STATUS_FILTERS = ["overdue", "due", "due_soon", "ok", "attention", "all"] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];
const STATUSES_OF: Record<StatusFilter, DueStatus[] | undefined> = {
  overdue: ["overdue"],
  due: ["due"],
  due_soon: ["due_soon"],
  ok: ["ok"],
  attention: ["overdue", "due", "due_soon"],
  all: undefined,
};

const DueQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    depotId: Type.Optional(Uuid),
    vehicleId: Type.Optional(Uuid),
    status: Type.Enum([...STATUS_FILTERS], {
      default: "attention",
      description: "attention = overdue, due (within tolerance) and due soon",
    }),
    safetyCritical: Type.Optional(
      Type.Boolean({ description: "true: only safety-critical tasks (those that hold a vehicle)" }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  },
  { additionalProperties: false },
);
const CalendarQuery = Type.Object(
  { depotId: Uuid, from: IsoDate, to: IsoDate },
  { additionalProperties: false },
);
const CalendarDay = Type.Object({ date: IsoDate, items: Type.Array(DueItemSchema) });
const MaintenanceCalendar = Type.Object(
  { depotId: Uuid, from: IsoDate, to: IsoDate, days: Type.Array(CalendarDay) },
  { $id: "MaintenanceCalendar" },
);
const VehicleMaintenance = Type.Object(
  {
    vehicleId: Uuid,
    today: IsoDate,
    due: Type.Array(DueItemSchema),
    history: Type.Array(MaintenanceRecord, { description: "Newest first" }),
  },
  { $id: "VehicleMaintenance" },
);

/** The longest calendar asked for at once. */
const MAX_CALENDAR_DAYS = 366;

export async function listDue(db: Database, actor: Actor, query: Static<typeof DueQuery>) {
  const statuses = STATUSES_OF[query.status];
  return computeDue(db, {
    scope: await actor.scope(),
    today: todayIso(),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.depotId ? { depotId: query.depotId } : {}),
    ...(query.vehicleId ? { vehicleIds: [query.vehicleId] } : {}),
    ...(statuses ? { statuses } : {}),
    ...(query.safetyCritical ? { safetyCriticalOnly: true } : {}),
    limit: query.limit,
  });
}

/**
 * A depot's maintenance calendar: each due item on its forecast date, or on its due date
 * when the forecast falls outside the range.
 */
async function depotCalendar(
  db: Database,
  actor: Actor,
  query: Static<typeof CalendarQuery>,
): Promise<Static<typeof MaintenanceCalendar>> {
  await getDepot(db, actor, query.depotId);
  if (query.to < query.from)
    throw invalid("to", { key: "maintenance.toBeforeFrom", params: { from: query.from } });
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 + 1;
  if (days > MAX_CALENDAR_DAYS)
    throw invalid("to", {
      key: "maintenance.calendarDays",
      params: { days: MAX_CALENDAR_DAYS },
    });
  const inRange = (column: string) =>
    sql`${sql.ref(column)} between ${query.from}::date and ${query.to}::date`;
  const { rows } = await sql<DueRow & { day: string }>`
    select d.*,
      case when ${inRange("d.forecast_date")} then d.forecast_date else d.due_date end as day
    from (${dueRowsSql({ scope: await actor.scope(), today: todayIso(), depotId: query.depotId })}) d
    where ${inRange("d.forecast_date")} or ${inRange("d.due_date")}
    order by day, d.fleet_number, d.programme_key, d.task_key`.execute(db);
  const byDay = new Map<string, ReturnType<typeof presentDue>[]>();
  for (const row of rows) {
    const items = byDay.get(row.day) ?? [];
    items.push(presentDue(row));
    byDay.set(row.day, items);
  }
  return {
    depotId: query.depotId,
    from: query.from,
    to: query.to,
    days: [...byDay].map(([date, items]) => ({ date, items })),
  };
}

async function vehicleMaintenance(db: Database, actor: Actor, vehicleId: string) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  const today = todayIso();
  const [due, history] = await Promise.all([
    computeDue(db, {
      scope: await actor.scope(),
      today,
      vehicleIds: [vehicle.id],
      shiftChecks: true,
    }),
    vehicleRecords(db, vehicle.id),
  ]);
  return { vehicleId: vehicle.id, today, due, history };
}

export const dueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["maintenance"];
  app.get(
    "/maintenance/due",
    {
      schema: {
        operationId: "listDueMaintenance",
        tags,
        summary:
          "What maintenance is due, overdue first, then by forecast date (km, engine hours or days, whichever comes first)",
        querystring: DueQuery,
        response: withErrors({ 200: Type.Array(DueItemSchema) }),
      },
    },
    (request) => listDue(db, actorOf(request), request.query),
  );
  app.get(
    "/maintenance/calendar",
    {
      schema: {
        operationId: "getMaintenanceCalendar",
        tags,
        summary: "A depot's maintenance calendar: due tasks per day by forecast or due date",
        querystring: CalendarQuery,
        response: withErrors({ 200: MaintenanceCalendar }),
      },
    },
    (request) => depotCalendar(db, actorOf(request), request.query),
  );
  app.get(
    "/vehicles/:id/maintenance",
    {
      schema: {
        operationId: "getVehicleMaintenance",
        tags,
        summary: "A vehicle's maintenance: what is due and what was done (newest first)",
        params: IdParams,
        response: withErrors({ 200: VehicleMaintenance }),
      },
    },
    (request) => vehicleMaintenance(db, actorOf(request), request.params.id),
  );
};
