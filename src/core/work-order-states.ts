/**
 * The life of a work order, defined once for the server and the web UI:
 * requested → scheduled → in progress → completed → verified, or cancelled with a reason
 * while it is open. Work that cannot wait (a critical defect) may start without being
 * scheduled first.
 *
 * Who may make each step is part of the definition, so the UI offers only what the
 * server will accept:
 * - completing and verifying are sign-offs: the person needs `workorders.signoff` and a
 *   valid certificate for every competency the order's work names (its tasks' and, for a
 *   defect's order, the defect category's — DOMAIN.md §3: sign-off only by a technician
 *   certified for that work);
 * - verifying is by a second person, never the one who completed (the four-eyes check);
 * - an API token signs nothing off: a sign-off is a person's;
 * - a blocking order whose defect is still unresolved is never cancelled: cancelling it
 *   would leave a critical fault with no work planned (the defect itself stays open and
 *   holds the vehicle whatever happens to its order).
 */
import type { Permission } from "./roles.js";
import type { LocalText } from "./server-text.js";

export const WORK_ORDER_STATUSES = [
  "requested",
  "scheduled",
  "in_progress",
  "completed",
  "verified",
  "cancelled",
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

/** The statuses in which work is still to be done (and a blocking order holds the vehicle). */
export const OPEN_WORK_ORDER_STATUSES = ["requested", "scheduled", "in_progress"] as const;

export const TRANSITION_TARGETS = [
  "scheduled",
  "in_progress",
  "completed",
  "verified",
  "cancelled",
] as const;
export type TransitionTarget = (typeof TRANSITION_TARGETS)[number];

/** Where an order may go from each status. */
export const NEXT_STATUSES: Readonly<Record<WorkOrderStatus, readonly TransitionTarget[]>> = {
  requested: ["scheduled", "in_progress", "cancelled"],
  scheduled: ["in_progress", "cancelled"],
  in_progress: ["completed", "cancelled"],
  completed: ["verified"],
  verified: [],
  cancelled: [],
};

export function isOpenStatus(status: WorkOrderStatus): boolean {
  return (OPEN_WORK_ORDER_STATUSES as readonly string[]).includes(status);
}

/** What each step asks of the person making it. */
export interface StepRule {
  permission: Permission;
  /** A sign-off: certificates for every competency the work names, and a person, not a token. */
  signOff: boolean;
  /** Someone other than the person who completed the order. */
  secondPerson: boolean;
  /** A written reason is required. */
  reason: boolean;
}

export const STEP_RULES: Readonly<Record<TransitionTarget, StepRule>> = {
  scheduled: { permission: "workorders.write", signOff: false, secondPerson: false, reason: false },
  in_progress: {
    permission: "workorders.write",
    signOff: false,
    secondPerson: false,
    reason: false,
  },
  completed: {
    permission: "workorders.signoff",
    signOff: true,
    secondPerson: false,
    reason: false,
  },
  verified: { permission: "workorders.signoff", signOff: true, secondPerson: true, reason: false },
  cancelled: { permission: "workorders.write", signOff: false, secondPerson: false, reason: true },
};

/** What is known about the order when a step is asked for. */
export interface OrderFacts {
  number: number;
  status: WorkOrderStatus;
  blocking: boolean;
  /** The order repairs a defect that is still open or in repair. */
  defectUnresolved: boolean;
  completedBy: string | null;
}

/** What is known about the person asking. */
export interface PersonFacts {
  /** Null for an API token. */
  userId: string | null;
  permissions: ReadonlySet<Permission>;
  /** Competencies the work names that the person holds no valid certificate for today. */
  missingCompetencies: readonly string[];
}

export type StepRefusal =
  | { code: "NOT_ALLOWED_FROM"; field: "to"; from: WorkOrderStatus; to: TransitionTarget }
  | { code: "NO_PERMISSION"; field: "to"; permission: Permission }
  | { code: "NOT_A_PERSON"; field: "to" }
  | { code: "NOT_CERTIFIED"; field: "competencies"; missing: readonly string[] }
  | { code: "OWN_WORK"; field: "to" }
  | { code: "DEFECT_UNRESOLVED"; field: "to" };

/**
 * Why `person` may not move `order` to `to`, or null when they may. The order of the
 * checks is what a person should hear first: a step the status does not allow, then
 * permission, then certification (an uncertified person hears that, not a task list).
 */
export function refuseStep(
  order: OrderFacts,
  to: TransitionTarget,
  person: PersonFacts,
): StepRefusal | null {
  if (!NEXT_STATUSES[order.status].includes(to))
    return { code: "NOT_ALLOWED_FROM", field: "to", from: order.status, to };
  const rule = STEP_RULES[to];
  if (!person.permissions.has(rule.permission))
    return { code: "NO_PERMISSION", field: "to", permission: rule.permission };
  if (rule.signOff && person.userId === null) return { code: "NOT_A_PERSON", field: "to" };
  if (rule.secondPerson && person.userId === order.completedBy)
    return { code: "OWN_WORK", field: "to" };
  if (rule.signOff && person.missingCompetencies.length)
    return { code: "NOT_CERTIFIED", field: "competencies", missing: person.missingCompetencies };
  if (to === "cancelled" && order.blocking && order.defectUnresolved)
    return { code: "DEFECT_UNRESOLVED", field: "to" };
  return null;
}

/** The steps `person` may take from the order's status now (for the UI's buttons). */
export function allowedSteps(order: OrderFacts, person: PersonFacts): TransitionTarget[] {
  return NEXT_STATUSES[order.status].filter((to) => refuseStep(order, to, person) === null);
}

/** The words of a refusal for the API's message, in the caller's language (server-text.ts). */
export function describeRefusal(refusal: StepRefusal, order: OrderFacts): LocalText {
  const number = order.number;
  switch (refusal.code) {
    case "NOT_ALLOWED_FROM":
      return {
        key: "workOrderStep.notAllowedFrom",
        params: { number, orderStatus: refusal.from, toStatus: refusal.to },
      };
    case "NO_PERMISSION":
      return { key: "common.needsPermission", params: { permission: refusal.permission } };
    case "NOT_A_PERSON":
      return { key: "workOrderStep.notAPerson" };
    case "OWN_WORK":
      return { key: "workOrderStep.ownWork", params: { number } };
    case "NOT_CERTIFIED":
      return { key: "common.notCertified", params: { competencies: refusal.missing.join(", ") } };
    case "DEFECT_UNRESOLVED":
      return { key: "workOrderStep.defectUnresolved", params: { number } };
  }
}
