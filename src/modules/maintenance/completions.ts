/**
 * Recording a maintenance task done outside fleethub (the last service before the
 * vehicle came into fleethub, or one done elsewhere), so its schedule starts from the
 * truth rather than from the in-service date. Work orders record their own completions
 * through the same recordTaskCompletion.
 */
import { sql, type Selectable } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Meter } from "../../core/fleet.js";
import { checkReading, type ReadingPoint } from "../../core/meter-readings.js";
import type { Database } from "../../db/database.js";
import type { MaintenanceRecordTable } from "../../db/maintenance-schema.js";
import { todayIso } from "../../db/scope.js";
import { conflict, invalid } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, IsoDate, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getVehicle, type VehicleRow } from "../fleet/vehicles.js";
import { appliesToModel, effectiveProgrammes } from "./programmes.js";
import { recordTaskCompletion } from "./records.js";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const MaintenanceRecord = Type.Object(
  {
    id: Uuid,
    vehicleId: Uuid,
    programmeKey: Type.String(),
    taskKey: Type.String(),
    completedOn: IsoDate,
    meterKm: Nullable(Type.Number()),
    meterHours: Nullable(Type.Number()),
    basisDate: Type.String({
      format: "date",
      description: "Where the next due point counts from (the plan point, for a fixed task)",
    }),
    basisKm: Nullable(Type.Number()),
    basisHours: Nullable(Type.Number()),
    workOrderId: Nullable(Uuid),
    note: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { $id: "MaintenanceRecord" },
);
const MeterValue = Type.Number({ minimum: 0, maximum: 100_000_000 });
const CreateRecord = Type.Object(
  {
    programmeKey: Type.String({ minLength: 1, maxLength: 60 }),
    taskKey: Type.String({ minLength: 1, maxLength: 60 }),
    completedOn: IsoDate,
    meterKm: Type.Optional(MeterValue),
    meterHours: Type.Optional(MeterValue),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  {
    additionalProperties: false,
    description:
      "The meter a task is due by is required (meterKm for a task due by km, meterHours by engine hours)",
  },
);

type RecordRow = Selectable<MaintenanceRecordTable>;
const num = (value: number | null) => (value === null ? null : Number(value));

export const presentRecord = (row: RecordRow): Static<typeof MaintenanceRecord> => ({
  id: row.id,
  vehicleId: row.vehicle_id,
  programmeKey: row.programme_key,
  taskKey: row.task_key,
  completedOn: row.completed_on,
  meterKm: num(row.meter_km),
  meterHours: num(row.meter_hours),
  basisDate: row.basis_date,
  basisKm: num(row.basis_km),
  basisHours: num(row.basis_hours),
  workOrderId: row.work_order_id,
  note: row.note,
  createdAt: row.created_at.toISOString(),
});

/** A vehicle's completion records, newest first. */
export async function vehicleRecords(db: Database, vehicleId: string) {
  const rows = await db
    .selectFrom("maintenance_records")
    .selectAll()
    .where("vehicle_id", "=", vehicleId)
    .orderBy("completed_on", "desc")
    .orderBy("created_at", "desc")
    .limit(1000)
    .execute();
  return rows.map(presentRecord);
}

/** The task of a programme in effect for this vehicle's organisation and model. */
export async function taskForVehicle(
  db: Database,
  vehicle: VehicleRow,
  programmeKey: string,
  taskKey: string,
) {
  const programme = await effectiveProgrammes(db, vehicle.organisation_id)
    .where("p.key", "=", programmeKey)
    .executeTakeFirst();
  if (!programme || !appliesToModel(programme, { ...vehicle, id: vehicle.model_id }))
    throw invalid("programmeKey", {
      key: "maintenance.noProgramme",
      params: { programme: programmeKey },
    });
  const task = await db
    .selectFrom("maintenance_tasks")
    .selectAll()
    .where("programme_id", "=", programme.id)
    .where("key", "=", taskKey)
    .executeTakeFirst();
  if (!task)
    throw invalid("taskKey", {
      key: "maintenance.noTask",
      params: { programme: programmeKey, task: taskKey },
    });
  refuseShiftCheckTask("taskKey", task);
  return task;
}

/**
 * A task whose record is the shift's check (the daily service, ЕО) is never entered as work
 * done, neither as a completion nor on a work order: refused naming `field`.
 */
export function refuseShiftCheckTask(
  field: string,
  task: { recorded_by: "shift_check" | null; name_en: string; name_ru: string },
): void {
  if (task.recorded_by === "shift_check")
    throw invalid(field, {
      key: "maintenance.recordedByShiftCheck",
      params: { task: { en: task.name_en, ru: task.name_ru } },
    });
}

/**
 * A meter value given for a day must fit the vehicle's readings: not below the latest
 * reading before that day, not above the first reading after it. Readings taken on the
 * day itself bound nothing, since the work may have been done before or after them, nor
 * do readings waiting for confirmation.
 */
async function assertMeterFitsDay(
  db: Database,
  vehicle: VehicleRow,
  meter: Meter,
  value: number,
  day: string,
  field: string,
) {
  const { rows } = await sql<{ side: "earlier" | "later"; value: number; read_at: Date }>`
    (select 'earlier' as side, value, read_at from meter_readings
      where vehicle_id = ${vehicle.id} and meter = ${meter} and voided_at is null
        and unconfirmed_at is null and read_at < (${day}::date::timestamp at time zone 'UTC')
      order by read_at desc limit 1)
    union all
    (select 'later' as side, value, read_at from meter_readings
      where vehicle_id = ${vehicle.id} and meter = ${meter} and voided_at is null
        and unconfirmed_at is null and read_at >= ((${day}::date + 1)::timestamp at time zone 'UTC')
      order by read_at asc limit 1)`.execute(db);
  const point = (side: "earlier" | "later"): ReadingPoint | undefined => {
    const row = rows.find((r) => r.side === side);
    return row ? { value: Number(row.value), readAt: new Date(row.read_at) } : undefined;
  };
  const problem = checkReading({
    meter,
    value,
    readAt: new Date(`${day}T12:00:00Z`),
    vehicleType: vehicle.vehicle_type,
    earlier: point("earlier"),
    later: point("later"),
  }).find((p) => p.code === "BELOW_EARLIER" || p.code === "ABOVE_LATER");
  if (problem) throw invalid(field, problem.text);
}

export async function recordCompletion(
  db: Database,
  actor: Actor,
  vehicleId: string,
  input: Static<typeof CreateRecord>,
  today: string = todayIso(),
) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  requirePermission(actor, "maintenance.plan");
  const task = await taskForVehicle(db, vehicle, input.programmeKey, input.taskKey);
  if (input.completedOn > today) throw invalid("completedOn", { key: "common.inFuture" });
  if (vehicle.in_service_date && input.completedOn < vehicle.in_service_date)
    throw invalid("completedOn", {
      key: "maintenance.beforeInService",
      params: { date: vehicle.in_service_date },
    });
  const last = await db
    .selectFrom("maintenance_records")
    .select("completed_on")
    .where("vehicle_id", "=", vehicleId)
    .where("programme_key", "=", input.programmeKey)
    .where("task_key", "=", input.taskKey)
    .orderBy("completed_on", "desc")
    .executeTakeFirst();
  if (last && last.completed_on === input.completedOn)
    throw conflict("completedOn", {
      key: "maintenance.alreadyDone",
      params: { date: last.completed_on },
    });
  if (last && last.completed_on > input.completedOn)
    throw invalid("completedOn", {
      key: "maintenance.beforeLast",
      params: { date: last.completed_on },
    });
  if (task.interval_km !== null && input.meterKm === undefined)
    throw invalid("meterKm", { key: "maintenance.needsKm" });
  if (task.interval_hours !== null && input.meterHours === undefined)
    throw invalid("meterHours", { key: "maintenance.needsHours" });
  if (input.meterKm !== undefined)
    await assertMeterFitsDay(
      db,
      vehicle,
      "odometer_km",
      input.meterKm,
      input.completedOn,
      "meterKm",
    );
  if (input.meterHours !== undefined)
    await assertMeterFitsDay(
      db,
      vehicle,
      "engine_hours",
      input.meterHours,
      input.completedOn,
      "meterHours",
    );
  const row = await db.transaction().execute(async (trx) => {
    const created = await recordTaskCompletion(trx, {
      organisationId: vehicle.organisation_id,
      vehicleId,
      programmeKey: input.programmeKey,
      taskKey: input.taskKey,
      task: {
        schedule: task.schedule,
        interval_km: num(task.interval_km),
        interval_hours: num(task.interval_hours),
        interval_days: task.interval_days,
      },
      completedOn: input.completedOn,
      meterKm: input.meterKm ?? null,
      meterHours: input.meterHours ?? null,
      workOrderId: null,
      note: input.note ?? null,
      userId: actor.userId,
    });
    await recordAudit(trx, actor, {
      action: "create",
      entity: "maintenance_record",
      entityId: created.id,
      organisationId: vehicle.organisation_id,
      details: { vehicleId, ...input },
    });
    return created;
  });
  return presentRecord(row);
}

export const completionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  app.post(
    "/vehicles/:id/maintenance-records",
    {
      schema: {
        operationId: "recordMaintenance",
        tags: ["maintenance"],
        summary:
          "Record a maintenance task done outside fleethub, so its schedule starts from the truth",
        params: IdParams,
        body: CreateRecord,
        response: withErrors({ 201: MaintenanceRecord }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordCompletion(db, actorOf(request), request.params.id, request.body)),
  );
};
