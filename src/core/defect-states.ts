/**
 * The DVIR chain of a defect (49 CFR 396.11/396.13, DOMAIN.md §1): the driver reports, a
 * certified mechanic certifies "repaired" or "no repair needed", and the next driver
 * reviews that before the vehicle's next shift. Defined once, used by the defects API,
 * the work-order completion and the web UI.
 *
 * The rules that close the holes a safety defect could slip through:
 * - "no repair needed" is a certification like "repaired": a person certified for every
 *   competency the defect's category needs, never an API token;
 * - a defect with an open work order is certified by completing that order, the one path
 *   with tasks, parts and a second person's verification; the defects API refuses it;
 * - the review is a driver's, and never by the person who certified the repair.
 */
import type { Permission } from "./roles.js";
import type { LocalText } from "./server-text.js";

export const DEFECT_STATUSES = ["open", "in_repair", "repaired", "no_repair_needed"] as const;
export type DefectStatus = (typeof DEFECT_STATUSES)[number];

export const DEFECT_STEPS = ["start", "repaired", "no_repair_needed", "review"] as const;
export type DefectStep = (typeof DEFECT_STEPS)[number];

export function isDefectResolved(status: DefectStatus): boolean {
  return status === "repaired" || status === "no_repair_needed";
}

/** Which statuses each step may start from; the update is made conditional on them. */
export const DEFECT_STEP_FROM: Readonly<Record<DefectStep, readonly DefectStatus[]>> = {
  start: ["open"],
  repaired: ["open", "in_repair"],
  no_repair_needed: ["open", "in_repair"],
  review: ["repaired", "no_repair_needed"],
};

export interface DefectFacts {
  status: DefectStatus;
  reviewed: boolean;
  /** The number of the defect's open work order, if it has one. */
  openWorkOrderNumber: number | null;
  /** Who certified the repair (or "no repair needed"), once certified. */
  certifiedBy: string | null;
}

export interface DefectPersonFacts {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
  /** Competencies of the defect's category the person holds no valid certificate for today. */
  missingCompetencies: readonly string[];
}

export type DefectRefusal =
  | { code: "NO_PERMISSION"; field: "action"; permission: Permission }
  | { code: "NOT_A_PERSON"; field: "action" }
  | { code: "ALREADY_RESOLVED"; field: "action"; status: DefectStatus }
  | { code: "ALREADY_STARTED"; field: "action" }
  | { code: "UNDER_WORK_ORDER"; field: "action"; workOrderNumber: number }
  | { code: "NOT_CERTIFIED"; field: "competencies"; missing: readonly string[] }
  | { code: "NOT_RESOLVED"; field: "id" }
  | { code: "ALREADY_REVIEWED"; field: "id" }
  | { code: "OWN_REPAIR"; field: "id" };

const STEP_PERMISSION: Readonly<Record<DefectStep, Permission>> = {
  start: "defects.repair",
  repaired: "defects.repair",
  no_repair_needed: "defects.repair",
  review: "defects.review",
};

/** Why `person` may not take `step` on the defect, or null when they may. */
export function refuseDefectStep(
  defect: DefectFacts,
  step: DefectStep,
  person: DefectPersonFacts,
): DefectRefusal | null {
  const permission = STEP_PERMISSION[step];
  if (step === "review") {
    if (!person.permissions.has(permission))
      return { code: "NO_PERMISSION", field: "action", permission };
    if (person.userId === null) return { code: "NOT_A_PERSON", field: "action" };
    if (!isDefectResolved(defect.status)) return { code: "NOT_RESOLVED", field: "id" };
    if (defect.reviewed) return { code: "ALREADY_REVIEWED", field: "id" };
    if (defect.certifiedBy !== null && defect.certifiedBy === person.userId)
      return { code: "OWN_REPAIR", field: "id" };
    return null;
  }
  if (!person.permissions.has(permission))
    return { code: "NO_PERMISSION", field: "action", permission };
  if (isDefectResolved(defect.status))
    return { code: "ALREADY_RESOLVED", field: "action", status: defect.status };
  if (step === "start") {
    return defect.status === "in_repair" ? { code: "ALREADY_STARTED", field: "action" } : null;
  }
  if (person.userId === null) return { code: "NOT_A_PERSON", field: "action" };
  if (defect.openWorkOrderNumber !== null)
    return {
      code: "UNDER_WORK_ORDER",
      field: "action",
      workOrderNumber: defect.openWorkOrderNumber,
    };
  if (person.missingCompetencies.length)
    return { code: "NOT_CERTIFIED", field: "competencies", missing: person.missingCompetencies };
  return null;
}

/** The words of a refusal for the API's message, in the caller's language (server-text.ts). */
export function describeDefectRefusal(refusal: DefectRefusal): LocalText {
  switch (refusal.code) {
    case "NO_PERMISSION":
      return refusal.permission === "defects.review"
        ? { key: "defectStep.onlyDriverReviews" }
        : { key: "common.needsPermission", params: { permission: refusal.permission } };
    case "NOT_A_PERSON":
      return { key: "defectStep.notAPerson" };
    case "ALREADY_RESOLVED":
      return { key: "workOrder.defectAlready", params: { defectStatus: refusal.status } };
    case "ALREADY_STARTED":
      return { key: "defectStep.alreadyStarted" };
    case "UNDER_WORK_ORDER":
      return { key: "defectStep.underWorkOrder", params: { number: refusal.workOrderNumber } };
    case "NOT_CERTIFIED":
      return { key: "common.notCertified", params: { competencies: refusal.missing.join(", ") } };
    case "NOT_RESOLVED":
      return { key: "defectStep.notResolved" };
    case "ALREADY_REVIEWED":
      return { key: "defectStep.alreadyReviewed" };
    case "OWN_REPAIR":
      return { key: "defectStep.ownRepair" };
  }
}
