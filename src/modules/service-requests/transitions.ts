/**
 * What happens to a service request: the hub accepts it with one of its technicians
 * (a take-over hands the work order to the hub and that technician), declines it, or
 * resolves it once accepted; the operator may cancel it while it is open. Each move is
 * allowed from one state only and says so otherwise (409).
 */
import type { Database } from "../../db/database.js";
import type { ServiceRequestStatus } from "../../db/maintenance-schema.js";
import { OPEN_WORK_ORDER_STATUSES } from "../../db/maintenance-schema.js";
import { conflict, forbidden, invalid } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { getServiceRequest, type ServiceRequestRow } from "./service-requests.js";

type Side = "hub" | "operator";
type Move = "accept" | "decline" | "resolve" | "cancel";

const FROM: Record<Move, ServiceRequestStatus> = {
  accept: "open",
  decline: "open",
  resolve: "accepted",
  cancel: "open",
};

/** Finds the request (404 if not mine to see) and checks side, permission and state. */
async function requestFor(
  db: Database,
  actor: Actor,
  id: string,
  move: Move,
  side: Side,
): Promise<ServiceRequestRow> {
  const request = await getServiceRequest(db, actor, id);
  requirePermission(actor, side === "hub" ? "service.handle" : "service.request");
  const party =
    side === "hub"
      ? { id: request.hub_id, name: request.hub_name }
      : { id: request.operator_id, name: request.operator_name };
  if (actor.organisation.id !== party.id) {
    throw forbidden({
      key: "serviceRequest.notParty",
      params: { organisation: party.name, requestMove: move, request: String(request.number) },
    });
  }
  assertState(request, move, request.status);
  return request;
}

function assertState(
  request: { number: number | string },
  move: Move,
  status: ServiceRequestStatus,
): void {
  if (status !== FROM[move]) {
    throw conflict("status", {
      key: "serviceRequest.wrongState",
      params: {
        request: String(request.number),
        requestStatus: status,
        requestFrom: FROM[move],
        requestMoved: move,
      },
    });
  }
}

/**
 * Applies a move in one transaction: the status changes only if it is still the one
 * checked (a concurrent move makes this one fail with 409), with its audit entry.
 */
async function applyMove(
  db: Database,
  actor: Actor,
  request: ServiceRequestRow,
  move: Move,
  change: Partial<{
    status: ServiceRequestStatus;
    accepted_at: Date;
    accepted_by: string | null;
    assignee_user_id: string;
    declined_at: Date;
    decline_reason: string;
    resolved_at: Date;
    resolution_note: string | null;
    cancelled_at: Date;
    cancel_reason: string | null;
  }>,
  details: Record<string, unknown>,
  alsoInTransaction?: (trx: Database) => Promise<void>,
): Promise<ServiceRequestRow> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("service_requests")
      .set({ ...change, updated_at: new Date() })
      .where("id", "=", request.id)
      .where("status", "=", FROM[move])
      .returning("status")
      .executeTakeFirst();
    if (!updated) {
      const now = await trx
        .selectFrom("service_requests")
        .select("status")
        .where("id", "=", request.id)
        .executeTakeFirstOrThrow();
      assertState(request, move, now.status);
    }
    if (alsoInTransaction) await alsoInTransaction(trx);
    await recordAudit(trx, actor, {
      action: move,
      entity: "service_request",
      entityId: request.id,
      organisationId: request.operator_id,
      details: { hubId: request.hub_id, ...details },
    });
  });
  return getServiceRequest(db, actor, request.id);
}

/**
 * The hub accepts, naming one of its technicians. For a take-over the work order is
 * assigned to the hub and that technician in the same transaction, so the hub's
 * technician can work it (the operator is in the hub's scope while the agreement holds).
 */
export async function acceptServiceRequest(
  db: Database,
  actor: Actor,
  id: string,
  assigneeUserId: string,
): Promise<ServiceRequestRow> {
  const request = await requestFor(db, actor, id, "accept", "hub");
  const technician = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("u.name")
    .where("m.user_id", "=", assigneeUserId)
    .where("m.organisation_id", "=", request.hub_id)
    .where("m.role", "=", "hub_technician")
    .where("u.disabled", "=", false)
    .executeTakeFirst();
  if (!technician) {
    throw invalid("assigneeUserId", {
      key: "serviceRequest.notTechnician",
      params: { organisation: request.hub_name },
    });
  }
  const now = new Date();
  return applyMove(
    db,
    actor,
    request,
    "accept",
    {
      status: "accepted",
      accepted_at: now,
      accepted_by: actor.userId,
      assignee_user_id: assigneeUserId,
    },
    { assigneeUserId, workOrderId: request.work_order_id },
    request.kind === "take_over" && request.work_order_id
      ? async (trx) => {
          const workOrderId = request.work_order_id as string;
          const assigned = await trx
            .updateTable("work_orders")
            .set({
              assigned_organisation_id: request.hub_id,
              assignee_user_id: assigneeUserId,
              updated_at: now,
            })
            .where("id", "=", workOrderId)
            .where("status", "in", [...OPEN_WORK_ORDER_STATUSES])
            .returning("number")
            .executeTakeFirst();
          if (!assigned) {
            throw conflict("workOrderId", {
              key: "serviceRequest.orderClosed",
              params: { order: String(request.work_order_number ?? "") },
            });
          }
          await recordAudit(trx, actor, {
            action: "assign",
            entity: "work_order",
            entityId: workOrderId,
            organisationId: request.operator_id,
            details: {
              assignedOrganisationId: request.hub_id,
              assigneeUserId,
              serviceRequestId: request.id,
            },
          });
        }
      : undefined,
  );
}

export async function declineServiceRequest(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
): Promise<ServiceRequestRow> {
  const request = await requestFor(db, actor, id, "decline", "hub");
  const text = reason.trim();
  if (text.length < 3) throw invalid("reason", { key: "serviceRequest.declineReason" });
  return applyMove(
    db,
    actor,
    request,
    "decline",
    { status: "declined", declined_at: new Date(), decline_reason: text },
    { reason: text },
  );
}

export async function resolveServiceRequest(
  db: Database,
  actor: Actor,
  id: string,
  note: string,
): Promise<ServiceRequestRow> {
  const request = await requestFor(db, actor, id, "resolve", "hub");
  const text = note.trim();
  if (text.length < 3) throw invalid("note", { key: "serviceRequest.resolveNote" });
  return applyMove(
    db,
    actor,
    request,
    "resolve",
    { status: "resolved", resolved_at: new Date(), resolution_note: text },
    { note: text },
  );
}

/** The operator withdraws a request the hub has not answered yet. */
export async function cancelServiceRequest(
  db: Database,
  actor: Actor,
  id: string,
  reason: string | undefined,
): Promise<ServiceRequestRow> {
  const request = await requestFor(db, actor, id, "cancel", "operator");
  const text = reason?.trim() || null;
  return applyMove(
    db,
    actor,
    request,
    "cancel",
    { status: "cancelled", cancelled_at: new Date(), cancel_reason: text },
    { reason: text },
  );
}
