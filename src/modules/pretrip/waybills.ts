/**
 * Waybills (путевые листы, Mintrans order No. 390 of 28 Sep 2022): issued before a
 * vehicle goes out, for a vehicle, a driver and a shift, only when the release gate lets
 * the vehicle go; it carries the pre-trip technical control (date, time, odometer, the
 * controller's surname and initials) and the driver's pre-trip medical admission. Closed at
 * return: the odometer (stored as a meter reading), the post-trip technical control and,
 * when recorded, the post-trip medical examination.
 *
 * The electronic waybill's data are given as JSON organised by the titles of the Federal
 * Tax Service format (order ЕД-7-26/116@ of 17 Feb 2023); see waybillTitles below for what
 * was verified and what was not. Signing and the exchange through an operator of
 * electronic transport documents are outside fleethub.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import { todayAt } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { AppError, conflict, invalid, notFound } from "../../errors.js";
import type { AppDeps } from "../../server/context.js";
import { IsoDate, Timestamp, Uuid } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getDepot } from "../depots/depots.js";
import { assertReadingFits } from "../fleet/meter-readings.js";
import { getVehicle } from "../fleet/vehicles.js";
import { enqueueForChain } from "../records/chain.js";
import { gateContext, patternOf, requestedShift } from "../release/routes.js";
import { CONTROLLER_COMPETENCY, signatureProblem } from "../../core/pretrip.js";
import { RELEASE_REASON_RU } from "../../core/release-reasons.js";
import { requireCompetencies } from "../training/competence.js";
import { dayBounds } from "./pretrip.js";

export const CreateWaybill = Type.Object(
  {
    vehicleId: Uuid,
    shiftStart: Type.Optional(
      Type.String({ format: "date-time", description: "Any moment of the shift (default: now)" }),
    ),
    shift: Type.Optional(Type.Enum(["current", "next"])),
  },
  { additionalProperties: false },
);
export const CloseWaybill = Type.Object(
  {
    returnOdometerKm: Type.Number({ minimum: 0, maximum: 9_999_999 }),
    postTripPassed: Type.Boolean({
      description: "The post-trip technical control found the vehicle in order",
    }),
    signature: Type.String({
      minLength: 3,
      maxLength: 120,
      description: "The controller's surname and initials",
    }),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

const Person = Type.Object({ id: Type.Union([Uuid, Type.Null()]), name: Type.String() });
export const Waybill = Type.Object(
  {
    id: Uuid,
    number: Type.Integer(),
    status: Type.Enum(["open", "closed"]),
    organisation: Type.Object({ id: Uuid, name: Type.String() }),
    depot: Type.Union([
      Type.Object({
        id: Uuid,
        name: Type.String(),
        timeZone: Type.String({
          description: "The depot's IANA time zone: the form's dates and times are the depot's",
        }),
      }),
      Type.Null(),
    ]),
    vehicle: Type.Object({
      id: Uuid,
      fleetNumber: Type.String(),
      registrationPlate: Type.Union([Type.String(), Type.Null()]),
      model: Type.String(),
      vin: Type.Union([Type.String(), Type.Null()]),
    }),
    driver: Type.Object({
      id: Uuid,
      name: Type.String(),
      licenceNumber: Type.Union([Type.String(), Type.Null()]),
    }),
    shiftStart: Timestamp,
    shiftEnd: Timestamp,
    validFrom: IsoDate,
    issuedAt: Timestamp,
    issuedBy: Person,
    preTripControl: Type.Object({
      id: Uuid,
      at: Timestamp,
      odometerKm: Type.Number(),
      passed: Type.Boolean(),
      controller: Person,
      signature: Type.String(),
    }),
    preTripMedical: Type.Object({
      id: Uuid,
      at: Timestamp,
      admitted: Type.Boolean(),
      medicalWorker: Person,
    }),
    return: Type.Union([
      Type.Object({
        at: Timestamp,
        odometerKm: Type.Number(),
        distanceKm: Type.Number(),
        meterReadingId: Type.Union([Uuid, Type.Null()]),
        postTripControlPassed: Type.Boolean(),
        postTripSignature: Type.Union([Type.String(), Type.Null()]),
        postTripNotes: Type.Union([Type.String(), Type.Null()]),
        postTripMedical: Type.Union([
          Type.Object({ at: Timestamp, fit: Type.Boolean(), medicalWorker: Person }),
          Type.Null(),
        ]),
      }),
      Type.Null(),
    ]),
  },
  { $id: "Waybill" },
);
export type WaybillView = Static<typeof Waybill>;

function selectWaybills(db: Database) {
  return db
    .selectFrom("waybills as w")
    .innerJoin("organisations as o", "o.id", "w.organisation_id")
    .leftJoin("depots as dp", "dp.id", "w.depot_id")
    .innerJoin("vehicles as v", "v.id", "w.vehicle_id")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .innerJoin("users as d", "d.id", "w.driver_user_id")
    .innerJoin("technical_controls as t", "t.id", "w.technical_control_id")
    .innerJoin("users as c", "c.id", "t.controller_user_id")
    .innerJoin("medical_admissions as a", "a.id", "w.medical_admission_id")
    .leftJoin("medical_admissions as pa", "pa.id", "w.post_trip_admission_id")
    .select([
      "w.id",
      "w.number",
      "w.status",
      "w.organisation_id",
      "o.name as organisation_name",
      "w.depot_id",
      "dp.name as depot_name",
      "dp.time_zone as depot_time_zone",
      "w.vehicle_id",
      "v.fleet_number",
      "v.registration_plate",
      "v.vin",
      sql<string>`m.maker || ' ' || m.model`.as("model"),
      "w.driver_user_id",
      "d.name as driver_name",
      // The driver's licence in force on the shift's day, for the printed form.
      sql<string | null>`(select x.number from compliance_documents x
        where x.driver_user_id = w.driver_user_id and x.kind = 'driving_licence'
        order by x.expires_on desc limit 1)`.as("licence_number"),
      "w.shift_start",
      "w.shift_end",
      "w.issued_at",
      "w.issued_by",
      "w.issued_by_name",
      "t.id as control_id",
      "t.controlled_at",
      "t.odometer_km",
      "t.passed",
      "t.controller_user_id",
      "c.name as controller_name",
      "t.signature",
      "a.id as admission_id",
      "a.examined_at",
      "a.admitted",
      "a.by_user_id as medic_id",
      "a.by_name as medic_name",
      "w.returned_at",
      "w.return_odometer_km",
      "w.return_meter_reading_id",
      "w.post_trip_control_passed",
      "w.post_trip_signature",
      "w.post_trip_notes",
      "pa.examined_at as post_examined_at",
      "pa.admitted as post_fit",
      "pa.by_user_id as post_medic_id",
      "pa.by_name as post_medic_name",
    ]);
}
type WaybillRow = Awaited<ReturnType<ReturnType<typeof selectWaybills>["executeTakeFirstOrThrow"]>>;

function presentWaybill(row: WaybillRow): WaybillView {
  const departure = Number(row.odometer_km);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    depot:
      row.depot_id && row.depot_name && row.depot_time_zone
        ? { id: row.depot_id, name: row.depot_name, timeZone: row.depot_time_zone }
        : null,
    vehicle: {
      id: row.vehicle_id,
      fleetNumber: row.fleet_number,
      registrationPlate: row.registration_plate,
      model: row.model,
      vin: row.vin,
    },
    driver: { id: row.driver_user_id, name: row.driver_name, licenceNumber: row.licence_number },
    shiftStart: row.shift_start.toISOString(),
    shiftEnd: row.shift_end.toISOString(),
    // The day the waybill is for is the depot's date of the shift's start (order No. 390):
    // Vladivostok's 05:00 shift begins at 19:00 UTC the day before.
    validFrom: todayAt(row.depot_time_zone, row.shift_start),
    issuedAt: row.issued_at.toISOString(),
    issuedBy: { id: row.issued_by, name: row.issued_by_name },
    preTripControl: {
      id: row.control_id,
      at: row.controlled_at.toISOString(),
      odometerKm: departure,
      passed: row.passed,
      controller: { id: row.controller_user_id, name: row.controller_name },
      signature: row.signature,
    },
    preTripMedical: {
      id: row.admission_id,
      at: row.examined_at.toISOString(),
      admitted: row.admitted,
      medicalWorker: { id: row.medic_id, name: row.medic_name },
    },
    return:
      row.returned_at && row.return_odometer_km !== null
        ? {
            at: row.returned_at.toISOString(),
            odometerKm: Number(row.return_odometer_km),
            distanceKm: Math.round((Number(row.return_odometer_km) - departure) * 10) / 10,
            meterReadingId: row.return_meter_reading_id,
            postTripControlPassed: row.post_trip_control_passed ?? false,
            postTripSignature: row.post_trip_signature,
            postTripNotes: row.post_trip_notes,
            postTripMedical:
              row.post_examined_at && row.post_medic_id && row.post_medic_name
                ? {
                    at: row.post_examined_at.toISOString(),
                    fit: row.post_fit ?? false,
                    medicalWorker: { id: row.post_medic_id, name: row.post_medic_name },
                  }
                : null,
          }
        : null,
  };
}

async function vehicleOrInvalid(db: Database, actor: Actor, id: string) {
  try {
    return await getVehicle(db, actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw invalid("vehicleId", { key: "pretrip.noVehicle" });
    throw error;
  }
}

/**
 * Issues a waybill when the gate lets the vehicle go for the shift, from the shift's
 * newest passed control and its driver's newest admission. A held vehicle gets none; nor
 * a vehicle without a controller's control (an operator on the walkaround policy).
 */
export async function issueWaybill(
  deps: AppDeps,
  actor: Actor,
  input: Static<typeof CreateWaybill>,
) {
  const { db } = deps;
  const vehicle = await vehicleOrInvalid(db, actor, input.vehicleId);
  requirePermission(actor, "waybills.write");
  const pattern = await patternOf(db, vehicle.depot_id);
  const shift = requestedShift(pattern, input);
  if (shift.end.getTime() <= Date.now())
    throw invalid("shiftStart", {
      key: "waybill.shiftEnded",
      params: { end: shift.end.toISOString() },
    });
  // The gate, and the shift's newest control with its driver's newest admission: independent
  // reads, at once (on PostgreSQL on separate connections).
  const [[decision], basis] = await Promise.all([
    deps.releaseGate.decideMany(gateContext(deps, pattern, shift), [vehicle]),
    db
      .selectFrom("technical_controls as t")
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom("medical_admissions as a")
            .select(["a.id", "a.admitted"])
            .whereRef("a.driver_user_id", "=", "t.driver_user_id")
            .where("a.stage", "=", "pre_trip")
            .where("a.shift_start", ">=", shift.start)
            .where("a.shift_start", "<", shift.end)
            .orderBy("a.examined_at", "desc")
            .limit(1)
            .as("m"),
        (join) => join.onTrue(),
      )
      .select(["t.id", "t.passed", "t.driver_user_id", "m.id as admission_id", "m.admitted"])
      .where("t.vehicle_id", "=", vehicle.id)
      .where("t.shift_start", ">=", shift.start)
      .where("t.shift_start", "<", shift.end)
      .orderBy("t.controlled_at", "desc")
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!decision?.releasable)
    throw conflict("vehicleId", {
      key: "waybill.vehicleHeld",
      params: {
        reasons: {
          en: (decision?.reasons ?? []).map((r) => r.message).join("; "),
          ru: (decision?.reasons ?? []).map((r) => RELEASE_REASON_RU[r.code]).join("; "),
        },
      },
    });
  const control = basis;
  if (!control?.passed || !control.driver_user_id)
    throw conflict("vehicleId", { key: "waybill.noControlDriver" });
  const driverId = control.driver_user_id;
  const admissionId = control.admission_id;
  if (!admissionId || !control.admitted)
    throw conflict("vehicleId", { key: "waybill.noAdmission" });
  const id = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("waybills")
      .select("number")
      .where("vehicle_id", "=", vehicle.id)
      .where("shift_start", "=", shift.start)
      .executeTakeFirst();
    if (existing)
      throw conflict("vehicleId", {
        key: "waybill.alreadyIssued",
        params: { number: existing.number },
      });
    // Numbered per organisation; the unique index settles two issued at once (one gets 409).
    const row = await trx
      .insertInto("waybills")
      .values({
        organisation_id: vehicle.organisation_id,
        number: sql<number>`(select coalesce(max(number), 0) + 1 from waybills where organisation_id = ${vehicle.organisation_id})`,
        vehicle_id: vehicle.id,
        driver_user_id: driverId,
        depot_id: vehicle.depot_id,
        shift_start: shift.start,
        shift_end: shift.end,
        technical_control_id: control.id,
        medical_admission_id: admissionId,
        issued_at: new Date(),
        issued_by: actor.userId,
        issued_by_name: actor.userName ?? actor.label,
      })
      .returning(["id", "number"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "issue",
      entity: "waybill",
      entityId: row.id,
      organisationId: vehicle.organisation_id,
      details: {
        number: row.number,
        vehicleId: vehicle.id,
        driverUserId: driverId,
        shiftStart: shift.start.toISOString(),
        technicalControlId: control.id,
        medicalAdmissionId: admissionId,
      },
    });
    return row.id;
  });
  return getWaybill(db, actor, id);
}

export async function getWaybill(db: Database, actor: Actor, id: string) {
  const scope = await actor.scope();
  const row = await selectWaybills(db)
    .where("w.id", "=", id)
    .where(scope.where("w.organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("waybill");
  return presentWaybill(row);
}

/** A depot's waybills for the shifts of a local day. */
export async function listWaybills(
  db: Database,
  actor: Actor,
  depotId: string,
  date: string | undefined,
) {
  const depot = await getDepot(db, actor, depotId);
  const bounds = dayBounds(depot, date);
  const rows = await selectWaybills(db)
    .where("w.depot_id", "=", depotId)
    .where("w.shift_start", ">=", bounds.start)
    .where("w.shift_start", "<", bounds.end)
    .orderBy("w.number")
    .execute();
  return rows.map(presentWaybill);
}

/**
 * Closes a waybill at return: the controller records the odometer (it becomes the
 * vehicle's meter reading, refused if it runs backwards) and the post-trip technical
 * control; a post-trip medical examination of the driver for the shift, if recorded, is
 * attached.
 */
export async function closeWaybill(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: Static<typeof CloseWaybill>,
) {
  const { db } = deps;
  const waybill = await getWaybill(db, actor, id);
  requirePermission(actor, "pretrip.control");
  if (waybill.status === "closed") throw conflict("id", { key: "waybill.alreadyClosed" });
  const signature = input.signature.trim();
  const badSignature = signatureProblem(signature);
  if (badSignature) throw invalid("signature", { key: "pretrip.signature" });
  if (input.returnOdometerKm < waybill.preTripControl.odometerKm)
    throw invalid("returnOdometerKm", {
      key: "waybill.returnBelowDeparture",
      params: { value: input.returnOdometerKm, departure: waybill.preTripControl.odometerKm },
    });
  const notes = input.notes?.trim() || null;
  if (!input.postTripPassed && !notes) throw invalid("notes", { key: "pretrip.sayWhatFound" });
  const vehicle = await getVehicle(db, actor, waybill.vehicle.id);
  const returnedAt = new Date();
  await assertReadingFits(
    db,
    vehicle,
    { meter: "odometer_km", value: input.returnOdometerKm, readAt: returnedAt, confirm: true },
    deps.config.meterDailyLimits,
    "returnOdometerKm",
  );
  await requireCompetencies(
    db,
    actor.userId,
    [CONTROLLER_COMPETENCY],
    todayAt(waybill.depot?.timeZone),
    {
      en: "record a post-trip technical control",
      ru: "записать послерейсовый технический контроль",
    },
  );
  const postTrip = await db
    .selectFrom("medical_admissions")
    .select("id")
    .where("driver_user_id", "=", waybill.driver.id)
    .where("stage", "=", "post_trip")
    .where("shift_start", "=", new Date(waybill.shiftStart))
    .orderBy("examined_at", "desc")
    .limit(1)
    .executeTakeFirst();
  await db.transaction().execute(async (trx) => {
    const reading = await trx
      .insertInto("meter_readings")
      .values({
        organisation_id: vehicle.organisation_id,
        vehicle_id: vehicle.id,
        meter: "odometer_km",
        value: input.returnOdometerKm,
        read_at: returnedAt,
        source: "manual",
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueForChain(trx, [{ kind: "meter_reading", row: reading }]);
    const closed = await trx
      .updateTable("waybills")
      .set({
        status: "closed",
        returned_at: returnedAt,
        return_odometer_km: input.returnOdometerKm,
        return_meter_reading_id: reading.id,
        post_trip_control_passed: input.postTripPassed,
        post_trip_controlled_at: returnedAt,
        post_trip_controller_id: actor.userId,
        post_trip_signature: signature,
        post_trip_notes: notes,
        post_trip_admission_id: postTrip?.id ?? null,
        closed_by: actor.userId,
      })
      .where("id", "=", id)
      .where("status", "=", "open")
      .returning("id")
      .executeTakeFirst();
    if (!closed) throw conflict("id", { key: "waybill.closedMeanwhile" });
    await recordAudit(trx, actor, {
      action: "close",
      entity: "waybill",
      entityId: id,
      organisationId: vehicle.organisation_id,
      details: { ...input, meterReadingId: reading.id },
    });
  });
  return getWaybill(db, actor, id);
}
