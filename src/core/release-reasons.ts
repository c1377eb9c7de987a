/**
 * Why a vehicle may not go out, and what the depot board shows. Defined once for the
 * server, the board and the driver's verdict on the phone.
 */
import type { Role } from "./roles.js";

export const RELEASE_REASON_CODES = [
  "VEHICLE_NOT_ACTIVE",
  "NO_PRE_SHIFT_INSPECTION",
  "CRITICAL_DEFECT_OPEN",
  // A defect whose item forbids operation (Government decree No. 837 of 27 May 2023), of
  // any severity; never overridable (issue #12).
  "OPERATION_FORBIDDEN_DEFECT",
  "MAJOR_DEFECT_OPEN",
  "MINOR_DEFECT_OPEN",
  "REPAIR_NOT_REVIEWED",
  "MAINTENANCE_OVERDUE",
  "WORK_ORDER_OPEN",
  "CHECK_FLAGGED",
  // Pre-trip control under the Russian policy (issue #11); none is overridable.
  "PRETRIP_CONTROL_MISSING",
  "PRETRIP_CONTROL_FAILED",
  "MEDICAL_ADMISSION_MISSING",
  "DRIVER_NOT_ADMITTED",
  "VEHICLE_DOCUMENT_EXPIRED",
  "DRIVER_DOCUMENT_EXPIRED",
] as const;
export type ReleaseReasonCode = (typeof RELEASE_REASON_CODES)[number];

/**
 * Why a vehicle may not go out, in Russian, as words within a sentence: the server names
 * reasons so in a refusal (a waybill refused for a held vehicle; English uses each reason's
 * own message), and the board, the vehicle page and the driver's verdict show the same
 * words capitalised (web/src/release/messages.ts).
 */
export const RELEASE_REASON_RU: Record<ReleaseReasonCode, string> = {
  VEHICLE_NOT_ACTIVE: "ТС не в работе",
  NO_PRE_SHIFT_INSPECTION: "нет предрейсового осмотра",
  CRITICAL_DEFECT_OPEN: "критическая неисправность",
  OPERATION_FORBIDDEN_DEFECT: "неисправность, при которой эксплуатация запрещена (ПП № 837)",
  MAJOR_DEFECT_OPEN: "существенная неисправность",
  MINOR_DEFECT_OPEN: "незначительная неисправность",
  REPAIR_NOT_REVIEWED: "ремонт ещё не проверен водителем",
  MAINTENANCE_OVERDUE: "просрочено ТО, важное для безопасности",
  WORK_ORDER_OPEN: "открыт заказ-наряд",
  CHECK_FLAGGED: "осмотр под сомнением: руководитель должен подтвердить, что он был",
  PRETRIP_CONTROL_MISSING: "нет предрейсового контроля технического состояния",
  PRETRIP_CONTROL_FAILED: "предрейсовый контроль технического состояния не пройден",
  MEDICAL_ADMISSION_MISSING: "водитель не прошёл предрейсовый медосмотр",
  DRIVER_NOT_ADMITTED: "водитель не допущен медицинским работником",
  VEHICLE_DOCUMENT_EXPIRED: "истёк срок документа ТС",
  DRIVER_DOCUMENT_EXPIRED: "истёк срок документа водителя",
};

/**
 * Who can clear each reason, so a dispatcher knows whom to call at 5 a.m. A defect is
 * cleared by a certified mechanic's repair; a major or minor one may instead be released
 * by a manager in writing; a repair by the next driver's review (or a manager's written
 * release); a missing check by the driver doing it.
 */
export const CLEARED_BY: Readonly<Record<ReleaseReasonCode, readonly Role[]>> = {
  VEHICLE_NOT_ACTIVE: ["operator_manager"],
  NO_PRE_SHIFT_INSPECTION: ["driver"],
  CRITICAL_DEFECT_OPEN: ["mechanic", "hub_technician"],
  OPERATION_FORBIDDEN_DEFECT: ["mechanic", "hub_technician"],
  MAJOR_DEFECT_OPEN: ["mechanic", "hub_technician", "operator_manager"],
  MINOR_DEFECT_OPEN: ["mechanic", "hub_technician", "operator_manager"],
  REPAIR_NOT_REVIEWED: ["driver", "operator_manager"],
  MAINTENANCE_OVERDUE: ["mechanic", "hub_technician"],
  WORK_ORDER_OPEN: ["mechanic", "hub_technician"],
  // A manager confirms the check was made, or the driver makes it again (issue #15).
  CHECK_FLAGGED: ["operator_manager", "driver"],
  PRETRIP_CONTROL_MISSING: ["technical_controller"],
  PRETRIP_CONTROL_FAILED: ["mechanic", "hub_technician", "technical_controller"],
  MEDICAL_ADMISSION_MISSING: ["medical_worker"],
  // Another driver, admitted, takes the vehicle out: the dispatcher reassigns it.
  DRIVER_NOT_ADMITTED: ["dispatcher", "technical_controller"],
  VEHICLE_DOCUMENT_EXPIRED: ["operator_manager", "technical_controller"],
  DRIVER_DOCUMENT_EXPIRED: ["operator_manager"],
};

export function clearedBy(code: string): readonly Role[] {
  return (CLEARED_BY as Record<string, readonly Role[]>)[code] ?? [];
}

/**
 * Reasons that only say a morning's check is still to be made: the driver's walkaround,
 * and under the Russian policy the controller's control and the driver's medical
 * examination (issue #11).
 */
const NOT_YET_CHECKED: ReadonlySet<string> = new Set([
  "NO_PRE_SHIFT_INSPECTION",
  "PRETRIP_CONTROL_MISSING",
  "MEDICAL_ADMISSION_MISSING",
]);

/** The four states of a vehicle on the depot board. */
export const BOARD_STATES = ["ready", "not_checked", "held", "released"] as const;
export type BoardState = (typeof BOARD_STATES)[number];

/**
 * A vehicle is *ready* when nothing holds it; *released* when a manager's written release
 * for this shift covers what holds it; *not checked* when the only thing missing is the
 * morning's checks (the normal state of a depot before them, not a fault);
 * otherwise *held*, by a defect, maintenance, an open work order or its status.
 */
export function boardState(decision: {
  releasable: boolean;
  reasons: readonly { code: string }[];
}): BoardState {
  if (decision.releasable) return decision.reasons.length ? "released" : "ready";
  if (decision.reasons.every((r) => NOT_YET_CHECKED.has(r.code))) return "not_checked";
  return "held";
}
