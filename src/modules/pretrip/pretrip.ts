/**
 * Pre-trip control (issue #11): an organisation's release policy, documents with expiry,
 * the controller's technical control and the medical worker's admission of a driver.
 *
 * Who may record what:
 * - a technical control: a person with `pretrip.control` (the technical controller)
 *   holding a certificate, valid today, for the controller's competency (qualification
 *   rules of Mintrans order No. 282 of 31 Jul 2020), for a vehicle they can see (their
 *   operator's, or one their hub serves under an agreement in force);
 * - an admission: a person with `medical.admit` (the medical worker) holding a valid
 *   certificate for pre-trip medical examinations, for a driver of an operator they see;
 * - both for a shift under way or to come, never for one that has ended.
 * Only the decision, its time and who made it are kept for the release and the waybill;
 * medical details are optional, stored apart and read only by medical workers, each read
 * audited (Federal law No. 152-FZ, art. 10: health data are a special category).
 */
import { sql } from "kysely";
import { DateTime } from "luxon";
import type { Static } from "typebox";
import { addDays, daysBetween } from "../../core/calendar-dates.js";
import {
  CONTROLLER_COMPETENCY,
  DEFAULT_RELEASE_POLICY,
  DOCUMENT_KIND_DEFINITIONS,
  EXPIRING_WITHIN_DAYS,
  MEDICAL_COMPETENCY,
  documentDatesProblem,
  documentState,
  signatureProblem,
  type ReleasePolicy,
} from "../../core/pretrip.js";
import { localDayAt, type Shift, shiftAt, type ShiftPattern, todayAt } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { anyOf } from "../../db/scope.js";
import { AppError, forbidden, invalid, notFound } from "../../errors.js";
import type { AppDeps } from "../../server/context.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getDepot } from "../depots/depots.js";
import { assertReadingFits } from "../fleet/meter-readings.js";
import { getVehicle, type VehicleRow } from "../fleet/vehicles.js";
import { assertOrganisationInScope } from "../maintenance/organisation.js";
import { requestedShift } from "../release/routes.js";
import { requireCompetencies } from "../training/competence.js";
import type {
  ComplianceDocument,
  CreateDocument,
  CreateMedicalAdmission,
  CreateTechnicalControl,
  MedicalAdmission,
  TechnicalControl,
} from "./schemas.js";

// ---------------------------------------------------------------- release policy

export async function releasePolicyOf(db: Database, organisationId: string) {
  const row = await db
    .selectFrom("release_policies")
    .select("policy")
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return { organisationId, policy: row?.policy ?? DEFAULT_RELEASE_POLICY };
}

export async function getReleasePolicy(db: Database, actor: Actor, organisationId?: string) {
  const id = organisationId ?? actor.organisation.id;
  await assertOrganisationInScope(db, await actor.scope(), id);
  return releasePolicyOf(db, id);
}

export async function putReleasePolicy(
  db: Database,
  actor: Actor,
  input: { organisationId: string; policy: ReleasePolicy },
) {
  const organisation = await assertOrganisationInScope(
    db,
    await actor.scope(),
    input.organisationId,
  );
  requirePermission(actor, "release.policy");
  if (organisation.kind !== "operator")
    throw invalid("organisationId", { key: "pretrip.onlyOperator" });
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("release_policies")
      .values({ organisation_id: input.organisationId, policy: input.policy })
      .onConflict((oc) =>
        oc
          .column("organisation_id")
          .doUpdateSet({ policy: input.policy, updated_at: sql<Date>`now()` }),
      )
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "release_policy",
      entityId: input.organisationId,
      organisationId: input.organisationId,
      details: { policy: input.policy },
    });
  });
  return releasePolicyOf(db, input.organisationId);
}

// ---------------------------------------------------------------- who and what

/** A vehicle the actor can see, or a 400 naming the field (a body that names another's vehicle). */
async function vehicleOf(db: Database, actor: Actor, id: string, field: string) {
  try {
    return await getVehicle(db, actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw invalid(field, { key: "pretrip.noVehicle" });
    throw error;
  }
}

/** A person holding the driver role in `organisationId`, or a 400 naming the field. */
export async function driverIn(
  db: Database,
  organisationId: string,
  userId: string,
  field: string,
): Promise<{ id: string; name: string }> {
  const row = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.name"])
    .where("m.organisation_id", "=", organisationId)
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "driver")
    .where("u.disabled", "=", false)
    .executeTakeFirst();
  if (!row) throw invalid(field, { key: "pretrip.noDriverOfOperator" });
  return row;
}

/** The shift asked for at a depot, refused when it has already ended. */
function openShift(
  pattern: ShiftPattern,
  query: { shiftStart?: string; shift?: "current" | "next" },
) {
  const shift = requestedShift(pattern, query);
  const now = Date.now();
  if (shift.end.getTime() <= now)
    throw invalid("shiftStart", {
      key: "pretrip.shiftEnded",
      params: { end: shift.end.toISOString() },
    });
  // Made between the vehicle's return and its next departure (Mintrans order No. 9): not
  // for a shift beyond the next one.
  const next = shiftAt(pattern, new Date(shiftAt(pattern, new Date(now)).end.getTime()));
  if (shift.start.getTime() > next.start.getTime())
    throw invalid("shiftStart", { key: "pretrip.beyondNextShift" });
  return shift;
}

async function patternOfDepot(db: Database, depotId: string | null): Promise<ShiftPattern> {
  const depot = depotId
    ? await db
        .selectFrom("depots")
        .select(["time_zone", "shift_starts"])
        .where("id", "=", depotId)
        .executeTakeFirst()
    : undefined;
  return { timeZone: depot?.time_zone ?? "UTC", starts: depot?.shift_starts ?? [] };
}

function cleanText(value: string | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

// ---------------------------------------------------------------- documents

function selectDocuments(db: Database) {
  return db
    .selectFrom("compliance_documents as c")
    .leftJoin("vehicles as v", "v.id", "c.vehicle_id")
    .leftJoin("users as u", "u.id", "c.driver_user_id")
    .select([
      "c.id",
      "c.organisation_id",
      "c.vehicle_id",
      "v.fleet_number",
      "v.registration_plate",
      "c.driver_user_id",
      "u.name as driver_name",
      "c.kind",
      "c.number",
      "c.issued_on",
      "c.expires_on",
      // The newest document of its kind for its holder is the one that counts.
      sql<boolean>`c.expires_on = max(c.expires_on) over (partition by c.vehicle_id, c.driver_user_id, c.kind)`.as(
        "current",
      ),
    ]);
}
type DocumentRow = Awaited<
  ReturnType<ReturnType<typeof selectDocuments>["executeTakeFirstOrThrow"]>
>;

function presentDocument(
  row: DocumentRow,
  today: string,
  soon: string,
): Static<typeof ComplianceDocument> {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    vehicleId: row.vehicle_id,
    fleetNumber: row.fleet_number,
    registrationPlate: row.registration_plate,
    driverUserId: row.driver_user_id,
    driverName: row.driver_name,
    kind: row.kind,
    kindName: DOCUMENT_KIND_DEFINITIONS[row.kind].name,
    number: row.number,
    issuedOn: row.issued_on,
    expiresOn: row.expires_on,
    state: documentState(row.expires_on, today, soon),
    daysLeft: daysBetween(today, row.expires_on),
    current: row.current,
  };
}

export async function createDocument(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateDocument>,
) {
  const holder = DOCUMENT_KIND_DEFINITIONS[input.kind].holder;
  if (input.vehicleId && input.driverUserId)
    throw invalid("driverUserId", { key: "pretrip.documentHolder" });
  let organisationId: string;
  let vehicle: VehicleRow | null = null;
  if (holder === "vehicle") {
    if (!input.vehicleId)
      throw invalid("vehicleId", {
        key: "pretrip.requiredForDocument",
        params: { kind: input.kind },
      });
    vehicle = await vehicleOf(db, actor, input.vehicleId, "vehicleId");
    organisationId = vehicle.organisation_id;
  } else {
    if (!input.driverUserId)
      throw invalid("driverUserId", {
        key: "pretrip.requiredForDocument",
        params: { kind: input.kind },
      });
    organisationId = await driverOrganisation(db, actor, input.driverUserId);
  }
  requirePermission(actor, "documents.write");
  const number = input.number.trim();
  if (!number) throw invalid("number", { key: "pretrip.empty" });
  const problem = documentDatesProblem(
    input.kind,
    input.issuedOn,
    input.expiresOn,
    vehicle
      ? {
          vehicleType: vehicle.vehicle_type,
          inServiceDate: vehicle.in_service_date,
          cngCylinderType: vehicle.cng_cylinder_type,
        }
      : null,
  );
  if (problem) throw invalid(problem.field, problem.problem);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("compliance_documents")
      .values({
        organisation_id: organisationId,
        vehicle_id: vehicle?.id ?? null,
        driver_user_id: vehicle ? null : (input.driverUserId ?? null),
        kind: input.kind,
        number,
        issued_on: input.issuedOn,
        expires_on: input.expiresOn,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "compliance_document",
      entityId: row.id,
      organisationId,
      details: { ...input, number },
    });
    return row.id;
  });
  // A driver's document belongs to no depot: its status is counted on UTC's date.
  const today = todayAt(vehicle?.depot_time_zone);
  const row = await selectDocuments(db)
    .where("c.organisation_id", "=", organisationId)
    .where(
      vehicle ? "c.vehicle_id" : "c.driver_user_id",
      "=",
      vehicle ? vehicle.id : (input.driverUserId ?? ""),
    )
    .where("c.kind", "=", input.kind)
    .execute();
  const created = row.find((r) => r.id === id);
  if (!created) throw new Error("the document just stored was not found");
  return presentDocument(created, today, addDays(today, EXPIRING_WITHIN_DAYS));
}

/** The operator a driver drives for, among the organisations the actor sees (400 otherwise). */
async function driverOrganisation(db: Database, actor: Actor, userId: string): Promise<string> {
  const scope = await actor.scope();
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select("m.organisation_id")
    .where("m.user_id", "=", userId)
    .where("m.role", "=", "driver")
    .where("o.kind", "=", "operator")
    .where(scope.where("m.organisation_id"))
    .orderBy("m.organisation_id")
    .execute();
  const first = rows[0];
  if (!first) throw invalid("driverUserId", { key: "pretrip.noDriver" });
  return first.organisation_id;
}

/**
 * A depot's compliance calendar: the documents of its vehicles and of its operator's
 * drivers that have expired, and those that expire within `withinDays`, soonest first.
 * Only the newest document of each kind counts (an older policy replaced by a new one is
 * not "expired").
 */
export async function complianceCalendar(
  db: Database,
  actor: Actor,
  query: { depotId: string; withinDays: number },
) {
  if (!actor.permissions.has("board.read") && !actor.permissions.has("documents.write"))
    requirePermission(actor, "documents.write");
  const depot = await getDepot(db, actor, query.depotId);
  // The depot's own date, as the release gate judges documents on (core/shifts.ts).
  const today = localDayAt(depot.time_zone, new Date());
  const until = addDays(today, query.withinDays);
  const soon = addDays(today, Math.min(query.withinDays, EXPIRING_WITHIN_DAYS));
  const rows = await db
    .selectFrom(
      selectDocuments(db)
        .where("c.organisation_id", "=", depot.organisation_id)
        .where((eb) =>
          eb.or([eb("v.depot_id", "=", query.depotId), eb("c.driver_user_id", "is not", null)]),
        )
        .as("d"),
    )
    .selectAll()
    .where("d.current", "=", true)
    .where("d.expires_on", "<=", until)
    .orderBy("d.expires_on")
    .orderBy("d.kind")
    .execute();
  return {
    depotId: query.depotId,
    today,
    until,
    documents: rows.map((row) => presentDocument(row, today, soon)),
  };
}

/** Every document of one vehicle, newest first. */
export async function vehicleDocuments(db: Database, actor: Actor, vehicleId: string) {
  const vehicle = await getVehicle(db, actor, vehicleId);
  const today = todayAt(vehicle.depot_time_zone);
  const rows = await selectDocuments(db)
    .where("c.vehicle_id", "=", vehicleId)
    .orderBy("c.kind")
    .orderBy("c.expires_on", "desc")
    .execute();
  return rows.map((row) => presentDocument(row, today, addDays(today, EXPIRING_WITHIN_DAYS)));
}

// ---------------------------------------------------------------- technical control

function selectControls(db: Database) {
  return db
    .selectFrom("technical_controls as t")
    .innerJoin("vehicles as v", "v.id", "t.vehicle_id")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .innerJoin("users as c", "c.id", "t.controller_user_id")
    .leftJoin("users as d", "d.id", "t.driver_user_id")
    .select([
      "t.id",
      "t.organisation_id",
      "t.vehicle_id",
      "v.fleet_number",
      "v.registration_plate",
      sql<string>`m.maker || ' ' || m.model`.as("model"),
      "t.depot_id",
      "t.shift_start",
      "t.shift_end",
      "t.driver_user_id",
      "d.name as driver_name",
      "t.passed",
      "t.controlled_at",
      "t.odometer_km",
      "t.notes",
      "t.controller_user_id",
      "c.name as controller_name",
      "t.controller_organisation_id",
      "t.signature",
      "t.inspection_id",
    ]);
}
type ControlRow = Awaited<ReturnType<ReturnType<typeof selectControls>["executeTakeFirstOrThrow"]>>;

export const presentControl = (row: ControlRow): Static<typeof TechnicalControl> => ({
  id: row.id,
  organisationId: row.organisation_id,
  vehicleId: row.vehicle_id,
  fleetNumber: row.fleet_number,
  registrationPlate: row.registration_plate,
  model: row.model,
  depotId: row.depot_id,
  shiftStart: row.shift_start.toISOString(),
  shiftEnd: row.shift_end.toISOString(),
  driverUserId: row.driver_user_id,
  driverName: row.driver_name,
  passed: row.passed,
  controlledAt: row.controlled_at.toISOString(),
  odometerKm: Number(row.odometer_km),
  notes: row.notes,
  controllerUserId: row.controller_user_id,
  controllerName: row.controller_name,
  controllerOrganisationId: row.controller_organisation_id,
  signature: row.signature,
  inspectionId: row.inspection_id,
});

export async function createTechnicalControl(
  deps: AppDeps,
  actor: Actor,
  input: Static<typeof CreateTechnicalControl>,
) {
  const { db } = deps;
  // Another organisation's vehicle is unknown to everyone, whatever their role.
  const vehicle = await vehicleOf(db, actor, input.vehicleId, "vehicleId");
  requirePermission(actor, "pretrip.control");
  const pattern = await patternOfDepot(db, vehicle.depot_id);
  const shift = openShift(pattern, input);
  const signature = input.signature.trim();
  const badSignature = signatureProblem(signature);
  if (badSignature) throw invalid("signature", { key: "pretrip.signature" });
  const driver = await driverIn(db, vehicle.organisation_id, input.driverUserId, "driverUserId");
  if (input.inspectionId) {
    const check = await db
      .selectFrom("inspections")
      .select(["id", "submitted_at"])
      .where("id", "=", input.inspectionId)
      .where("vehicle_id", "=", vehicle.id)
      .executeTakeFirst();
    if (!check) throw invalid("inspectionId", { key: "pretrip.notCheckOfVehicle" });
    const windowStart = shift.start.getTime() - deps.config.inspectionWindowHours * 3_600_000;
    if (check.submitted_at.getTime() < windowStart)
      throw invalid("inspectionId", {
        key: "pretrip.checkBeforeWindow",
        params: { made: check.submitted_at.toISOString() },
      });
  }
  // The odometer the controller reads may not run backwards against the vehicle's counted
  // readings (a fast jump is the controller's own reading, so it counts).
  await assertReadingFits(
    db,
    vehicle,
    { meter: "odometer_km", value: input.odometerKm, readAt: new Date(), confirm: true },
    deps.config.meterDailyLimits,
    "odometerKm",
  );
  // The qualification must be in date where and when the control is made.
  await requireCompetencies(db, actor.userId, [CONTROLLER_COMPETENCY], todayAt(pattern.timeZone), {
    en: "record a pre-trip technical control (qualification under Mintrans order No. 282 of 2020)",
    ru: "записать предрейсовый технический контроль (квалификация по приказу Минтранса № 282 от 2020 г.)",
  });
  const notes = cleanText(input.notes);
  if (!input.passed && !notes) throw invalid("notes", { key: "pretrip.sayWhatFound" });
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("technical_controls")
      .values({
        organisation_id: vehicle.organisation_id,
        vehicle_id: vehicle.id,
        depot_id: vehicle.depot_id,
        shift_start: shift.start,
        shift_end: shift.end,
        driver_user_id: driver.id,
        passed: input.passed,
        controlled_at: new Date(),
        odometer_km: input.odometerKm,
        notes,
        controller_user_id: actor.userId ?? "",
        controller_organisation_id: actor.organisation.id,
        signature,
        inspection_id: input.inspectionId ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "technical_control",
      entityId: row.id,
      organisationId: vehicle.organisation_id,
      details: { ...input, shiftStart: shift.start.toISOString() },
    });
    return row.id;
  });
  return presentControl(await selectControls(db).where("t.id", "=", id).executeTakeFirstOrThrow());
}

/**
 * What a day's list covers at a depot: the shifts starting on a local date, or without a
 * date the shift under way and the next (after midnight the shift under way began the
 * day before, and its records belong on today's screen).
 */
export function dayBounds(
  depot: { time_zone: string; shift_starts: string[] },
  date: string | undefined,
) {
  if (!date) {
    const pattern = { timeZone: depot.time_zone, starts: depot.shift_starts };
    const current = shiftAt(pattern, new Date());
    return {
      day: DateTime.fromJSDate(current.start, { zone: depot.time_zone }).toISODate() ?? "",
      start: current.start,
      end: shiftAt(pattern, current.end).end,
    };
  }
  const start = DateTime.fromISO(date, { zone: depot.time_zone }).startOf("day");
  if (!start.isValid) throw invalid("date", { key: "pretrip.notDate" });
  return {
    day: start.toISODate() ?? "",
    start: start.toJSDate(),
    end: start.plus({ days: 1 }).toJSDate(),
  };
}

/**
 * The journal of pre-trip controls of a depot for one local day (the shifts starting that
 * day), in the order they were made. Order No. 9 asks for a journal: the vehicle (model,
 * registration plate), the date and time of the control, the odometer, the result and the
 * controller's surname, initials and signature; fleethub adds the driver and the shift.
 */
export async function controlJournal(
  db: Database,
  actor: Actor,
  depotId: string,
  date: string | undefined,
) {
  if (!actor.permissions.has("pretrip.control")) requirePermission(actor, "board.read");
  const depot = await getDepot(db, actor, depotId);
  const bounds = dayBounds(depot, date);
  const rows = await selectControls(db)
    .where("t.depot_id", "=", depotId)
    .where("t.shift_start", ">=", bounds.start)
    .where("t.shift_start", "<", bounds.end)
    .orderBy("t.controlled_at")
    .execute();
  return {
    depotId,
    depotName: depot.name,
    organisationName: depot.organisation_name,
    timeZone: depot.time_zone,
    date: bounds.day,
    controls: rows.map(presentControl),
  };
}

// ---------------------------------------------------------------- medical admission

function selectAdmissions(db: Database) {
  return db
    .selectFrom("medical_admissions as a")
    .innerJoin("users as d", "d.id", "a.driver_user_id")
    .select([
      "a.id",
      "a.organisation_id",
      "a.driver_user_id",
      "d.name as driver_name",
      "a.depot_id",
      "a.stage",
      "a.shift_start",
      "a.shift_end",
      "a.admitted",
      "a.examined_at",
      "a.by_user_id",
      "a.by_name",
      "a.by_organisation_id",
      sql<boolean>`exists (select 1 from medical_admission_details x where x.admission_id = a.id)`.as(
        "has_details",
      ),
    ]);
}
type AdmissionRow = Awaited<
  ReturnType<ReturnType<typeof selectAdmissions>["executeTakeFirstOrThrow"]>
>;

export const presentAdmission = (row: AdmissionRow): Static<typeof MedicalAdmission> => ({
  id: row.id,
  organisationId: row.organisation_id,
  driverUserId: row.driver_user_id,
  driverName: row.driver_name,
  depotId: row.depot_id,
  stage: row.stage,
  shiftStart: row.shift_start.toISOString(),
  shiftEnd: row.shift_end.toISOString(),
  admitted: row.admitted,
  examinedAt: row.examined_at.toISOString(),
  byUserId: row.by_user_id,
  byName: row.by_name,
  byOrganisationId: row.by_organisation_id,
  hasDetails: row.has_details,
});

export async function createMedicalAdmission(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateMedicalAdmission>,
) {
  let depot;
  try {
    depot = await getDepot(db, actor, input.depotId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw invalid("depotId", { key: "pretrip.noDepot" });
    throw error;
  }
  requirePermission(actor, "medical.admit");
  const driver = await driverIn(db, depot.organisation_id, input.driverUserId, "driverUserId");
  const shift = openShift({ timeZone: depot.time_zone, starts: depot.shift_starts }, input);
  await requireCompetencies(db, actor.userId, [MEDICAL_COMPETENCY], todayAt(depot.time_zone), {
    en: "admit a driver to a trip (pre-trip medical examination)",
    ru: "допустить водителя к рейсу (предрейсовый медицинский осмотр)",
  });
  if (!actor.userId) throw forbidden({ key: "pretrip.medicalSignedIn" });
  const details = cleanText(input.details);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("medical_admissions")
      .values({
        organisation_id: depot.organisation_id,
        driver_user_id: driver.id,
        depot_id: depot.id,
        stage: input.stage ?? "pre_trip",
        shift_start: shift.start,
        shift_end: shift.end,
        admitted: input.admitted,
        examined_at: new Date(),
        by_user_id: actor.userId ?? "",
        by_name: actor.userName ?? actor.label,
        by_organisation_id: actor.organisation.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (details)
      await trx
        .insertInto("medical_admission_details")
        .values({ admission_id: row.id, organisation_id: depot.organisation_id, details })
        .execute();
    // The audit keeps the decision, never the details.
    await recordAudit(trx, actor, {
      action: "create",
      entity: "medical_admission",
      entityId: row.id,
      organisationId: depot.organisation_id,
      details: {
        driverUserId: driver.id,
        depotId: depot.id,
        stage: input.stage ?? "pre_trip",
        shiftStart: shift.start.toISOString(),
        admitted: input.admitted,
        withDetails: details !== null,
      },
    });
    return row.id;
  });
  return presentAdmission(
    await selectAdmissions(db).where("a.id", "=", id).executeTakeFirstOrThrow(),
  );
}

/** A depot's admissions for one local day (the shifts starting that day), newest first. */
export async function listAdmissions(
  db: Database,
  actor: Actor,
  depotId: string,
  date: string | undefined,
) {
  if (!actor.permissions.has("medical.admit") && !actor.permissions.has("pretrip.control"))
    requirePermission(actor, "board.read");
  const depot = await getDepot(db, actor, depotId);
  const bounds = dayBounds(depot, date);
  const rows = await selectAdmissions(db)
    .where("a.depot_id", "=", depotId)
    .where("a.shift_start", ">=", bounds.start)
    .where("a.shift_start", "<", bounds.end)
    .orderBy("a.examined_at", "desc")
    .execute();
  return rows.map(presentAdmission);
}

/** The drivers of a depot's operator, for the medical worker's list. */
export async function depotDrivers(db: Database, actor: Actor, depotId: string) {
  if (!actor.permissions.has("medical.admit") && !actor.permissions.has("pretrip.control"))
    requirePermission(actor, "board.read");
  const depot = await getDepot(db, actor, depotId);
  return db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["u.id", "u.name"])
    .where("m.organisation_id", "=", depot.organisation_id)
    .where("m.role", "=", "driver")
    .where("u.disabled", "=", false)
    .orderBy("u.name")
    .execute();
}

/** The medical details of an admission: medical workers only, and every read is audited. */
export async function admissionDetails(db: Database, actor: Actor, admissionId: string) {
  const scope = await actor.scope();
  const admission = await db
    .selectFrom("medical_admissions")
    .select(["id", "organisation_id"])
    .where("id", "=", admissionId)
    .where(scope.where("organisation_id"))
    .executeTakeFirst();
  if (!admission) throw notFound("medical admission");
  requirePermission(actor, "medical.admit");
  const row = await db
    .selectFrom("medical_admission_details")
    .select("details")
    .where("admission_id", "=", admissionId)
    .executeTakeFirst();
  await recordAudit(db, actor, {
    action: "read",
    entity: "medical_admission_details",
    entityId: admissionId,
    organisationId: admission.organisation_id,
    details: { found: row !== undefined },
  });
  return { admissionId, details: row?.details ?? null };
}

/** Admissions' newest pre-trip decision per driver within a shift (for the gate and the waybill). */
export async function latestAdmissions(
  db: Database,
  driverIds: readonly string[],
  shift: Pick<Shift, "start" | "end">,
) {
  if (!driverIds.length) return new Map<string, { id: string; admitted: boolean }>();
  const rows = await db
    .selectFrom("medical_admissions")
    .select(["id", "driver_user_id", "admitted", "examined_at"])
    .where(anyOf("driver_user_id", driverIds))
    .where("stage", "=", "pre_trip")
    .where("shift_start", ">=", shift.start)
    .where("shift_start", "<", shift.end)
    .orderBy("examined_at", "desc")
    .execute();
  const byDriver = new Map<string, { id: string; admitted: boolean }>();
  for (const row of rows)
    if (!byDriver.has(row.driver_user_id))
      byDriver.set(row.driver_user_id, { id: row.id, admitted: row.admitted });
  return byDriver;
}
