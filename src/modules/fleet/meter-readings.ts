import { sql, type Selectable } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { METERS, type Meter, type VehicleType } from "../../core/fleet.js";
import {
  checkReading,
  type DailyLimits,
  type ReadingPoint,
  type ReadingProblem,
} from "../../core/meter-readings.js";
import type { Database } from "../../db/database.js";
import type { MeterReadingTable } from "../../db/schema.js";
import { conflict, invalid, localized, notFound } from "../../errors.js";
import { renderText } from "../../core/server-text.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { enqueueForChain } from "../records/chain.js";
import { getVehicle } from "./vehicles.js";

export const READING_STATUSES = ["counted", "unconfirmed", "voided"] as const;

export const MeterReading = Type.Object(
  {
    id: Uuid,
    vehicleId: Uuid,
    meter: Type.Enum([...METERS]),
    value: Type.Number(),
    readAt: Timestamp,
    source: Type.Enum(["inspection", "manual", "import"]),
    inspectionId: Type.Union([Uuid, Type.Null()]),
    status: Type.Enum([...READING_STATUSES], {
      description:
        "counted: it counts for what is due; unconfirmed: it did not fit the vehicle's other readings and counts for nothing until a dispatcher or mechanic confirms it (or voids it); voided: it was wrong",
    }),
    unconfirmedReason: Type.Union([Type.String(), Type.Null()], {
      description: "Why it waited (or waits) for confirmation",
    }),
    confirmedAt: Type.Union([Timestamp, Type.Null()]),
    voided: Type.Boolean(),
    voidReason: Type.Union([Type.String(), Type.Null()]),
    voidedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: "MeterReading" },
);
/** A reading waiting for confirmation, as the depot board flags it. */
export const UnconfirmedReading = Type.Object({
  id: Uuid,
  meter: Type.Enum([...METERS]),
  value: Type.Number(),
  readAt: Timestamp,
  reason: Type.String(),
});
type TUnconfirmedReading = Static<typeof UnconfirmedReading>;
const CreateReading = Type.Object(
  {
    meter: Type.Enum([...METERS]),
    value: Type.Number({ minimum: 0, maximum: 100_000_000 }),
    readAt: Type.Optional(Timestamp),
    confirm: Type.Optional(
      Type.Boolean({ description: "Store an implausible jump that has been checked" }),
    ),
  },
  { additionalProperties: false },
);
const VoidReading = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);
const ConfirmReading = Type.Object({}, { additionalProperties: false });
const ReadingParams = Type.Object({ id: Uuid, readingId: Uuid }, { additionalProperties: false });
const ListReadingsQuery = Type.Object(
  {
    meter: Type.Optional(Type.Enum([...METERS])),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  },
  { additionalProperties: false },
);

export const presentReading = (
  row: Selectable<MeterReadingTable>,
): Static<typeof MeterReading> => ({
  id: row.id,
  vehicleId: row.vehicle_id,
  meter: row.meter,
  value: Number(row.value),
  readAt: row.read_at.toISOString(),
  source: row.source,
  inspectionId: row.inspection_id,
  status: row.voided_at ? "voided" : row.unconfirmed_at ? "unconfirmed" : "counted",
  unconfirmedReason: row.unconfirmed_reason,
  confirmedAt: row.confirmed_at?.toISOString() ?? null,
  voided: row.voided_at !== null,
  voidReason: row.void_reason,
  voidedAt: row.voided_at?.toISOString() ?? null,
});

/**
 * The counted readings just before and just after a moment. A reading waiting for
 * confirmation is no baseline: a typo must not make the next correct reading look wrong.
 */
async function neighbours(db: Database, vehicleId: string, meter: Meter, at: Date) {
  // One round trip for both sides: the newest reading at or before `at`, the oldest after.
  const { rows } = await sql<{ side: "earlier" | "later"; value: number; read_at: Date }>`
    (select 'earlier' as side, value, read_at from meter_readings
      where vehicle_id = ${vehicleId} and meter = ${meter} and voided_at is null
        and unconfirmed_at is null and read_at <= ${at}
      order by read_at desc limit 1)
    union all
    (select 'later' as side, value, read_at from meter_readings
      where vehicle_id = ${vehicleId} and meter = ${meter} and voided_at is null
        and unconfirmed_at is null and read_at > ${at}
      order by read_at asc limit 1)`.execute(db);
  const point = (side: "earlier" | "later"): ReadingPoint | undefined => {
    const row = rows.find((r) => r.side === side);
    return row ? { value: Number(row.value), readAt: new Date(row.read_at) } : undefined;
  };
  return { earlier: point("earlier"), later: point("later") };
}

/** What is wrong with a reading against the vehicle's counted readings (nothing: it fits). */
export async function readingProblems(
  db: Database,
  vehicle: { id: string; vehicle_type: VehicleType },
  reading: { meter: Meter; value: number; readAt: Date },
  limits: DailyLimits,
): Promise<ReadingProblem[]> {
  const around = await neighbours(db, vehicle.id, reading.meter, reading.readAt);
  return checkReading({
    meter: reading.meter,
    value: reading.value,
    readAt: reading.readAt,
    vehicleType: vehicle.vehicle_type,
    ...around,
    limits,
  });
}

/**
 * Checks a reading entered on its own (by hand, or completing a work order) against the
 * vehicle's history; refuses one that goes backwards and asks for confirmation of an
 * implausible jump. `field` names the input in messages. An inspection's reading is
 * never refused: see `waitingReason` in core/meter-readings.ts.
 */
export async function assertReadingFits(
  db: Database,
  vehicle: { id: string; vehicle_type: VehicleType },
  reading: { meter: Meter; value: number; readAt: Date; confirm?: boolean | undefined },
  limits: DailyLimits,
  field = "value",
): Promise<void> {
  const problems = await readingProblems(db, vehicle, reading, limits);
  const hard = problems.find((p) => p.code !== "IMPLAUSIBLE_JUMP");
  if (hard) throw invalid(field, hard.text);
  const jump = problems.find((p) => p.code === "IMPLAUSIBLE_JUMP");
  if (jump && !reading.confirm) throw localized("CONFIRMATION_REQUIRED", jump.text, field);
}

export async function listReadings(
  db: Database,
  actor: Actor,
  vehicleId: string,
  query: Static<typeof ListReadingsQuery>,
) {
  await getVehicle(db, actor, vehicleId);
  let q = db
    .selectFrom("meter_readings")
    .selectAll()
    .where("vehicle_id", "=", vehicleId)
    .orderBy("read_at", "desc")
    .limit(query.limit);
  if (query.meter) q = q.where("meter", "=", query.meter);
  return (await q.execute()).map(presentReading);
}

/**
 * The readings waiting for confirmation of many vehicles, oldest first, in one query
 * (a depot board of a thousand vehicles asks once; a small partial index holds them).
 */
export async function unconfirmedReadingsOf(
  db: Database,
  vehicleIds: string[],
): Promise<Map<string, TUnconfirmedReading[]>> {
  const byVehicle = new Map<string, TUnconfirmedReading[]>();
  if (!vehicleIds.length) return byVehicle;
  const rows = await db
    .selectFrom("meter_readings")
    .select(["id", "vehicle_id", "meter", "value", "read_at", "unconfirmed_reason"])
    .where(sql<boolean>`vehicle_id = any(${vehicleIds}::uuid[])`)
    .where("unconfirmed_at", "is not", null)
    .where("voided_at", "is", null)
    .orderBy("vehicle_id")
    .orderBy("read_at")
    .execute();
  for (const row of rows) {
    const list = byVehicle.get(row.vehicle_id) ?? [];
    list.push({
      id: row.id,
      meter: row.meter,
      value: Number(row.value),
      readAt: row.read_at.toISOString(),
      reason: row.unconfirmed_reason ?? "",
    });
    byVehicle.set(row.vehicle_id, list);
  }
  return byVehicle;
}

async function addReading(
  db: Database,
  actor: Actor,
  vehicleId: string,
  input: Static<typeof CreateReading>,
  limits: DailyLimits,
) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  requirePermission(actor, "meters.write");
  const readAt = input.readAt ? new Date(input.readAt) : new Date();
  if (readAt.getTime() > Date.now() + 5 * 60_000)
    throw invalid("readAt", { key: "common.inFuture" });
  await assertReadingFits(db, vehicle, { ...input, readAt }, limits);
  const row = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("meter_readings")
      .values({
        organisation_id: vehicle.organisation_id,
        vehicle_id: vehicleId,
        meter: input.meter,
        value: input.value,
        read_at: readAt,
        source: "manual",
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueForChain(trx, [{ kind: "meter_reading", row: created }]);
    await recordAudit(trx, actor, {
      action: "create",
      entity: "meter_reading",
      entityId: created.id,
      organisationId: vehicle.organisation_id,
      details: { vehicleId, ...input },
    });
    return created;
  });
  return presentReading(row);
}

/** One reading of a vehicle the actor was allowed to see, else 404. */
async function findReading(db: Database, vehicleId: string, readingId: string) {
  const reading = await db
    .selectFrom("meter_readings")
    .selectAll()
    .where("id", "=", readingId)
    .where("vehicle_id", "=", vehicleId)
    .executeTakeFirst();
  if (!reading) throw notFound("meter reading");
  return reading;
}

/** A wrong reading is voided with a reason, never deleted: it stays in the trail. */
async function voidReading(
  db: Database,
  actor: Actor,
  vehicleId: string,
  readingId: string,
  reason: string,
) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  requirePermission(actor, "meters.write");
  const reading = await findReading(db, vehicleId, readingId);
  if (reading.voided_at) throw invalid("readingId", { key: "reading.alreadyVoided" });
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("meter_readings")
      .set({ voided_at: new Date(), voided_by: actor.userId, void_reason: reason })
      .where("id", "=", readingId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueForChain(trx, [{ kind: "meter_reading", row: updated }]);
    await recordAudit(trx, actor, {
      action: "void",
      entity: "meter_reading",
      entityId: readingId,
      organisationId: vehicle.organisation_id,
      details: { reason, value: Number(reading.value) },
    });
    return updated;
  });
  return presentReading(row);
}

/**
 * A dispatcher or mechanic has checked a reading that waited (looked at the odometer in
 * the cab, asked the driver): from now on it counts. Confirming vouches for a fast jump;
 * it cannot make a value that contradicts another counted reading true, so such a one
 * is refused until one of the two is voided.
 */
async function confirmReading(
  db: Database,
  actor: Actor,
  vehicleId: string,
  readingId: string,
  limits: DailyLimits,
) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  requirePermission(actor, "meters.confirm");
  const reading = await findReading(db, vehicleId, readingId);
  if (reading.voided_at) throw invalid("readingId", { key: "reading.voided" });
  if (!reading.unconfirmed_at) throw invalid("readingId", { key: "reading.notWaiting" });
  const value = Number(reading.value);
  const problems = await readingProblems(
    db,
    vehicle,
    { meter: reading.meter, value, readAt: reading.read_at },
    limits,
  );
  const contradiction = problems.find((p) => p.code !== "IMPLAUSIBLE_JUMP");
  if (contradiction)
    throw invalid("readingId", {
      key: "reading.contradicts",
      params: {
        problem: {
          en: contradiction.message.replace(/^value: /, ""),
          ru: renderText(contradiction.text, "ru"),
        },
      },
    });
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("meter_readings")
      .set({ unconfirmed_at: null, confirmed_at: new Date(), confirmed_by: actor.userId })
      .where("id", "=", readingId)
      .where("unconfirmed_at", "is not", null)
      .where("voided_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw conflict("readingId", { key: "reading.changedMeanwhile" });
    await enqueueForChain(trx, [{ kind: "meter_reading", row: updated }]);
    await recordAudit(trx, actor, {
      action: "confirm",
      entity: "meter_reading",
      entityId: readingId,
      organisationId: vehicle.organisation_id,
      details: { value, meter: reading.meter, reason: reading.unconfirmed_reason },
    });
    return updated;
  });
  return presentReading(row);
}

export const meterReadingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db, config } = app.deps;
  const tags = ["fleet"];
  app.get(
    "/vehicles/:id/meter-readings",
    {
      schema: {
        operationId: "listMeterReadings",
        tags,
        summary:
          "A vehicle's meter readings, newest first (voided ones and those waiting for confirmation marked)",
        params: IdParams,
        querystring: ListReadingsQuery,
        response: withErrors({ 200: Type.Array(MeterReading) }),
      },
    },
    (request) => listReadings(db, actorOf(request), request.params.id, request.query),
  );
  app.post(
    "/vehicles/:id/meter-readings",
    {
      schema: {
        operationId: "recordMeterReading",
        tags,
        summary: "Record a meter reading; an implausible jump needs confirm: true",
        params: IdParams,
        body: CreateReading,
        response: withErrors({ 201: MeterReading }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addReading(
            db,
            actorOf(request),
            request.params.id,
            request.body,
            config.meterDailyLimits,
          ),
        ),
  );
  app.post(
    "/vehicles/:id/meter-readings/:readingId/void",
    {
      schema: {
        operationId: "voidMeterReading",
        tags,
        summary: "Void a wrong reading, with a reason",
        params: ReadingParams,
        body: VoidReading,
        response: withErrors({ 200: MeterReading }),
      },
    },
    (request) =>
      voidReading(
        db,
        actorOf(request),
        request.params.id,
        request.params.readingId,
        request.body.reason,
      ),
  );
  app.post(
    "/vehicles/:id/meter-readings/:readingId/confirm",
    {
      schema: {
        operationId: "confirmMeterReading",
        tags,
        summary:
          "Dispatcher or mechanic: confirm a reading that waits (it did not fit the others), so it counts",
        params: ReadingParams,
        body: ConfirmReading,
        response: withErrors({ 200: MeterReading }),
      },
    },
    (request) =>
      confirmReading(
        db,
        actorOf(request),
        request.params.id,
        request.params.readingId,
        config.meterDailyLimits,
      ),
  );
};
