/**
 * The pre-trip rule of the release gate (issue #11). For a vehicle whose operator chose
 * the Russian policy, the vehicle goes out only with, for the shift:
 * - a qualified controller's pre-trip technical control, passed (Mintrans order No. 9 of
 *   15 Jan 2021: no technically faulty vehicle is released to the line);
 * - the driver's pre-trip medical admission (the driver the control names; before there
 *   is a control, the driver of the shift's walkaround);
 * - the newest document of each kind of the vehicle and of that driver in date on the
 *   shift's day (compulsory insurance, diagnostic card, tachograph, CNG cylinders;
 *   licence, tachograph card, periodic medical certificate).
 * None of these reasons can be overridden. A document never entered does not hold the
 * vehicle (the compliance calendar shows what is on record); only one that has expired.
 * Vehicles on the walkaround policy cost one query of the policies table.
 */
import { sql } from "kysely";
import { DOCUMENT_KIND_DEFINITIONS, type DocumentKind } from "../../core/pretrip.js";
import { anyOf } from "../../db/scope.js";
import { jsonRows } from "../../db/json-rows.js";
import {
  latestChecks,
  readOncePerDecision,
  type GateContext,
  type GateVehicle,
  type ReleaseReason,
  type ReleaseRule,
} from "../release/gate.js";

function push(map: Map<string, ReleaseReason[]>, vehicleId: string, reason: ReleaseReason) {
  const list = map.get(vehicleId) ?? [];
  list.push(reason);
  map.set(vehicleId, list);
}

interface ExpiredRow {
  holder_id: string;
  kind: DocumentKind;
  expires_on: string;
}

const expiredWords = (rows: ExpiredRow[], language: "en" | "ru") =>
  rows
    .map((row) => `${DOCUMENT_KIND_DEFINITIONS[row.kind].name[language]} (${row.expires_on})`)
    .join("; ");

/** The vehicles (of `ids`) whose operators chose the Russian policy. */
async function onRussianPolicy(context: GateContext, vehicles: GateVehicle[]) {
  const organisations = [...new Set(vehicles.map((v) => v.organisation_id))];
  const rows = await context.db
    .selectFrom("release_policies")
    .select("organisation_id")
    .where(anyOf("organisation_id", organisations))
    .where("policy", "=", "ru_pretrip")
    .execute();
  const russian = new Set(rows.map((r) => r.organisation_id));
  return vehicles.filter((v) => russian.has(v.organisation_id));
}

/**
 * The vehicles of `all` on the Russian policy, each one's newest control of the shift, and
 * the driver whose admission and documents its release depends on (the driver the control
 * names; before there is a control, the driver of the shift's walkaround). Read once per
 * decision: the rule and the board's remembered rows (release/board-memo.ts) both ask.
 */
export const pretripDrivers = readOncePerDecision(async (context, all) => {
  const controlOf = new Map<
    string,
    { vehicle_id: string; id: string; passed: boolean; driver_user_id: string | null }
  >();
  const driverOf = new Map<string, string>();
  if (!all.length) return { vehicles: [] as GateVehicle[], controlOf, driverOf };
  const vehicles = await onRussianPolicy(context, [...all]);
  if (!vehicles.length) return { vehicles, controlOf, driverOf };
  const ids = vehicles.map((v) => v.id);
  // The shift's newest control and newest walkaround of each vehicle: independent reads
  // (the walkaround read is shared with the check rule).
  const [controls, checks] = await Promise.all([
    jsonRows(
      context.db,
      context.db
        .selectFrom("technical_controls")
        .distinctOn("vehicle_id")
        .select(["vehicle_id", "id", "passed", "driver_user_id"])
        .where(anyOf("vehicle_id", ids))
        .where("shift_start", ">=", context.shiftStart)
        .where("shift_start", "<", context.shiftEnd)
        .orderBy("vehicle_id")
        .orderBy("controlled_at", "desc"),
    ),
    latestChecks(context, all),
  ]);
  for (const control of controls) controlOf.set(control.vehicle_id, control);
  for (const id of ids) {
    const driver = controlOf.get(id)?.driver_user_id ?? checks.get(id)?.driverUserId ?? null;
    if (driver) driverOf.set(id, driver);
  }
  return { vehicles, controlOf, driverOf };
});

export const pretripReleaseRule: ReleaseRule = {
  name: "pre-trip control",
  async evaluate(context: GateContext, all: GateVehicle[]) {
    const reasons = new Map<string, ReleaseReason[]>();
    if (!all.length) return reasons;
    const day = context.day;
    const { vehicles, controlOf, driverOf } = await pretripDrivers(context, all);
    if (!vehicles.length) return reasons;
    const ids = vehicles.map((v) => v.id);
    const vehicleDocs = await expiredDocuments(context, "vehicle_id", ids, day);
    const drivers = [...new Set(driverOf.values())];
    const [admissions, driverDocs] = await Promise.all([
      drivers.length
        ? jsonRows(
            context.db,
            context.db
              .selectFrom("medical_admissions")
              .distinctOn("driver_user_id")
              .select(["driver_user_id", "admitted", "by_name"])
              .where(anyOf("driver_user_id", drivers))
              .where("stage", "=", "pre_trip")
              .where("shift_start", ">=", context.shiftStart)
              .where("shift_start", "<", context.shiftEnd)
              .orderBy("driver_user_id")
              .orderBy("examined_at", "desc"),
          )
        : Promise.resolve([]),
      expiredDocuments(context, "driver_user_id", drivers, day),
    ]);
    const admissionOf = new Map(admissions.map((a) => [a.driver_user_id, a]));
    for (const vehicle of vehicles) {
      const control = controlOf.get(vehicle.id);
      if (!control)
        push(reasons, vehicle.id, {
          code: "PRETRIP_CONTROL_MISSING",
          message: "no pre-trip technical control by a controller for this shift",
          overridable: false,
        });
      else if (!control.passed)
        push(reasons, vehicle.id, {
          code: "PRETRIP_CONTROL_FAILED",
          message: "the controller found the vehicle unfit to go out at the pre-trip control",
          overridable: false,
          params: { controlId: control.id },
        });
      const driver = driverOf.get(vehicle.id);
      if (driver) {
        const admission = admissionOf.get(driver);
        if (!admission)
          push(reasons, vehicle.id, {
            code: "MEDICAL_ADMISSION_MISSING",
            message: "the driver has no pre-trip medical admission for this shift",
            overridable: false,
            params: { driverUserId: driver },
          });
        else if (!admission.admitted)
          push(reasons, vehicle.id, {
            code: "DRIVER_NOT_ADMITTED",
            message: `the medical worker ${admission.by_name} did not admit the driver`,
            overridable: false,
            params: { driverUserId: driver, byName: admission.by_name },
          });
        const expired = driverDocs.get(driver);
        if (expired)
          push(reasons, vehicle.id, {
            code: "DRIVER_DOCUMENT_EXPIRED",
            message: `the driver's document expired: ${expiredWords(expired, "en")}`,
            overridable: false,
            params: {
              driverUserId: driver,
              documentsEn: expiredWords(expired, "en"),
              documentsRu: expiredWords(expired, "ru"),
            },
          });
      }
      const expired = vehicleDocs.get(vehicle.id);
      if (expired)
        push(reasons, vehicle.id, {
          code: "VEHICLE_DOCUMENT_EXPIRED",
          message: `the vehicle's document expired: ${expiredWords(expired, "en")}`,
          overridable: false,
          params: {
            documentsEn: expiredWords(expired, "en"),
            documentsRu: expiredWords(expired, "ru"),
          },
        });
    }
    return reasons;
  },
};

/** Per holder, the kinds whose newest document expired before `day`. */
async function expiredDocuments(
  context: GateContext,
  column: "vehicle_id" | "driver_user_id",
  holders: readonly string[],
  day: string,
): Promise<Map<string, ExpiredRow[]>> {
  const byHolder = new Map<string, ExpiredRow[]>();
  if (!holders.length) return byHolder;
  const rows = await context.db
    .selectFrom("compliance_documents")
    .select([
      sql<string>`${sql.ref(column)}`.as("holder_id"),
      "kind",
      sql<string>`max(expires_on)`.as("expires_on"),
    ])
    .where(anyOf(column, holders))
    .groupBy([column, "kind"])
    .having(sql`max(expires_on)`, "<", day)
    .orderBy("kind")
    .execute();
  for (const row of rows) {
    const list = byHolder.get(row.holder_id) ?? [];
    list.push(row);
    byHolder.set(row.holder_id, list);
  }
  return byHolder;
}
