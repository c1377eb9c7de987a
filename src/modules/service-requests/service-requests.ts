/**
 * Hub service requests. An operator asks the hub that serves it to take over a work
 * order or to send a specialist; the agreement in force with that hub sets the response
 * and resolution targets. The hub sees the requests of every operator it serves in one
 * queue; a missed target is flagged to both sides.
 */
import { sql, type RawBuilder } from "kysely";
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { OPEN_WORK_ORDER_STATUSES } from "../../db/maintenance-schema.js";
import { todayIso } from "../../db/scope.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import type { CreateServiceRequest, ListServiceRequestsQuery, ServiceRequest } from "./schemas.js";

/** The agreement service a request of each kind needs (agreements.ts SERVICES). */
export const SERVICE_FOR_KIND = {
  take_over: "maintenance",
  specialist: "specialist_visit",
} as const;
const HOUR_MS = 3_600_000;

/**
 * The response target is missed when the hub answered (accepted or declined) after it,
 * or has not answered and the request was still open — or was withdrawn — past it.
 */
export const responseOverdue: RawBuilder<boolean> = sql<boolean>`(case
  when coalesce(sr.accepted_at, sr.declined_at) is not null
    then coalesce(sr.accepted_at, sr.declined_at) > sr.response_due_at
  when sr.status = 'open' then now() > sr.response_due_at
  when sr.status = 'cancelled' then sr.cancelled_at > sr.response_due_at
  else false end)`;

/** The resolution target is missed when resolved after it, or still unresolved past it. */
export const resolutionOverdue: RawBuilder<boolean> = sql<boolean>`(case
  when sr.resolved_at is not null then sr.resolved_at > sr.resolution_due_at
  when sr.status in ('open', 'accepted') then now() > sr.resolution_due_at
  else false end)`;

function selectRequests(db: Database) {
  return db
    .selectFrom("service_requests as sr")
    .innerJoin("organisations as op", "op.id", "sr.operator_id")
    .innerJoin("organisations as hub", "hub.id", "sr.hub_id")
    .leftJoin("work_orders as wo", "wo.id", "sr.work_order_id")
    .leftJoin("vehicles as v", "v.id", "sr.vehicle_id")
    .leftJoin("users as rb", "rb.id", "sr.requested_by")
    .leftJoin("users as asg", "asg.id", "sr.assignee_user_id")
    .selectAll("sr")
    .select([
      "op.name as operator_name",
      "op.region_id as operator_region_id",
      "hub.name as hub_name",
      "wo.number as work_order_number",
      "v.fleet_number as vehicle_fleet_number",
      "rb.name as requested_by_name",
      "asg.name as assignee_name",
      responseOverdue.as("response_overdue"),
      resolutionOverdue.as("resolution_overdue"),
    ]);
}
export type ServiceRequestRow = Awaited<
  ReturnType<ReturnType<typeof selectRequests>["executeTakeFirstOrThrow"]>
>;

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export const presentServiceRequest = (row: ServiceRequestRow): Static<typeof ServiceRequest> => ({
  id: row.id,
  number: Number(row.number),
  operatorId: row.operator_id,
  operatorName: row.operator_name,
  hubId: row.hub_id,
  hubName: row.hub_name,
  agreementId: row.agreement_id,
  kind: row.kind,
  workOrderId: row.work_order_id,
  workOrderNumber: row.work_order_number === null ? null : Number(row.work_order_number),
  vehicleId: row.vehicle_id,
  vehicleFleetNumber: row.vehicle_fleet_number,
  description: row.description,
  status: row.status,
  requestedAt: row.requested_at.toISOString(),
  requestedByName: row.requested_by_name,
  responseDueAt: row.response_due_at.toISOString(),
  resolutionDueAt: row.resolution_due_at.toISOString(),
  acceptedAt: iso(row.accepted_at),
  assigneeUserId: row.assignee_user_id,
  assigneeName: row.assignee_name,
  resolvedAt: iso(row.resolved_at),
  resolutionNote: row.resolution_note,
  declinedAt: iso(row.declined_at),
  declineReason: row.decline_reason,
  cancelledAt: iso(row.cancelled_at),
  cancelReason: row.cancel_reason,
  responseOverdue: Boolean(row.response_overdue),
  resolutionOverdue: Boolean(row.resolution_overdue),
});

/**
 * The requests I may see: the manufacturer all; a hub those addressed to it (the queue
 * of every operator it serves); an operator its own.
 */
async function visibleRequests(db: Database, actor: Actor) {
  const scope = await actor.scope();
  const query = selectRequests(db);
  if (scope.isWholeNetwork) return query;
  return query.where((eb) =>
    eb.or([
      eb("sr.hub_id", "=", actor.organisation.id),
      eb("sr.operator_id", "=", actor.organisation.id),
    ]),
  );
}

/**
 * The target an active request must meet next: the response while the hub has not
 * accepted it, then the resolution. Null once the request is closed.
 */
const nextTargetSql = sql<Date | null>`(case sr.status
  when 'open' then sr.response_due_at
  when 'accepted' then sr.resolution_due_at
  end)`;

/**
 * The queue in the order to work it: active requests by their next target, earliest
 * first, so a missed target (already past) is on top and then the nearest coming one;
 * closed requests after them, the most recently closed first. The number breaks ties.
 */
function orderByNextTarget(q: ReturnType<typeof selectRequests>) {
  return q
    .orderBy(sql`${nextTargetSql} asc nulls last`)
    .orderBy(sql`coalesce(sr.resolved_at, sr.declined_at, sr.cancelled_at) desc nulls last`)
    .orderBy("sr.number", "asc");
}

export async function listServiceRequests(
  db: Database,
  actor: Actor,
  query: Static<typeof ListServiceRequestsQuery>,
): Promise<ServiceRequestRow[]> {
  let q = orderByNextTarget(await visibleRequests(db, actor)).limit(query.limit);
  if (query.status === "active") q = q.where("sr.status", "in", ["open", "accepted"]);
  else if (query.status) q = q.where("sr.status", "=", query.status);
  if (query.kind) q = q.where("sr.kind", "=", query.kind);
  if (query.operatorId) q = q.where("sr.operator_id", "=", query.operatorId);
  if (query.regionId) q = q.where("op.region_id", "=", query.regionId);
  if (query.workOrderId) q = q.where("sr.work_order_id", "=", query.workOrderId);
  if (query.overdue !== undefined) {
    const overdue = sql<boolean>`(${responseOverdue} or ${resolutionOverdue})`;
    q = q.where(query.overdue ? overdue : sql<boolean>`not ${overdue}`);
  }
  return q.execute();
}

/** A request I may see, or 404. */
export async function getServiceRequest(
  db: Database,
  actor: Actor,
  id: string,
): Promise<ServiceRequestRow> {
  const row = await (await visibleRequests(db, actor)).where("sr.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("service request");
  return row;
}

/**
 * The agreement that covers a request: in force today between a hub and the operator,
 * with the service the kind needs. None: refused, naming the operator. Several hubs:
 * the request must name one.
 */
async function coveringAgreement(
  db: Database,
  operator: { id: string; name: string },
  kind: keyof typeof SERVICE_FOR_KIND,
  hubId: string | undefined,
) {
  const today = todayIso();
  const agreements = await db
    .selectFrom("service_agreements as a")
    .innerJoin("organisations as h", "h.id", "a.hub_id")
    .select(["a.id", "a.hub_id", "h.name as hub_name", "a.response_hours", "a.resolution_hours"])
    .where("a.operator_id", "=", operator.id)
    .where("a.valid_from", "<=", today)
    .where((eb) => eb.or([eb("a.valid_to", "is", null), eb("a.valid_to", ">=", today)]))
    .where(sql<boolean>`${SERVICE_FOR_KIND[kind]} = any(a.services)`)
    .orderBy("a.valid_from", "desc")
    .execute();
  if (!agreements.length) {
    throw invalid("organisationId", {
      key: "serviceRequest.noAgreement",
      params: { serviceKind: kind, operator: operator.name },
    });
  }
  if (hubId) {
    const chosen = agreements.find((a) => a.hub_id === hubId);
    if (!chosen) {
      throw invalid("hubId", {
        key: "serviceRequest.noAgreementWithHub",
        params: { serviceKind: kind, operator: operator.name },
      });
    }
    return chosen;
  }
  const hubs = [...new Map(agreements.map((a) => [a.hub_id, a.hub_name])).values()];
  if (hubs.length > 1) {
    throw invalid("hubId", {
      key: "serviceRequest.severalHubs",
      params: { operator: operator.name, hubs: hubs.join(", ") },
    });
  }
  return agreements[0] as (typeof agreements)[number];
}

export async function createServiceRequest(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateServiceRequest>,
): Promise<ServiceRequestRow> {
  const organisationId = input.organisationId ?? actor.organisation.id;
  const scope = await actor.scope();
  const operator = scope.includes(organisationId)
    ? await db
        .selectFrom("organisations")
        .select(["id", "name", "kind"])
        .where("id", "=", organisationId)
        .executeTakeFirst()
    : undefined;
  if (!operator)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (operator.kind !== "operator") {
    throw invalid("organisationId", { key: "serviceRequest.onlyOperator" });
  }
  requirePermission(actor, "service.request");
  let vehicleId = input.vehicleId ?? null;
  let workOrderNumber: number | null = null;
  if (input.workOrderId) {
    const order = await db
      .selectFrom("work_orders")
      .select(["id", "number", "vehicle_id"])
      .where("id", "=", input.workOrderId)
      .where("organisation_id", "=", operator.id)
      .where("status", "in", [...OPEN_WORK_ORDER_STATUSES])
      .executeTakeFirst();
    if (!order)
      throw invalid("workOrderId", {
        key: "serviceRequest.noOpenOrder",
        params: { operator: operator.name },
      });
    if (vehicleId && vehicleId !== order.vehicle_id) {
      throw invalid("vehicleId", {
        key: "serviceRequest.notOrderVehicle",
        params: { order: String(order.number) },
      });
    }
    vehicleId = order.vehicle_id;
    workOrderNumber = Number(order.number);
    const pending = await db
      .selectFrom("service_requests")
      .select("number")
      .where("work_order_id", "=", order.id)
      .where("status", "in", ["open", "accepted"])
      .executeTakeFirst();
    if (pending) {
      throw conflict("workOrderId", {
        key: "serviceRequest.orderHasRequest",
        params: { order: String(workOrderNumber), request: String(pending.number) },
      });
    }
  } else if (input.kind === "take_over") {
    throw invalid("workOrderId", { key: "serviceRequest.orderRequired" });
  }
  if (vehicleId && !input.workOrderId) {
    const vehicle = await db
      .selectFrom("vehicles")
      .select("id")
      .where("id", "=", vehicleId)
      .where("organisation_id", "=", operator.id)
      .executeTakeFirst();
    if (!vehicle)
      throw invalid("vehicleId", {
        key: "serviceRequest.noVehicle",
        params: { operator: operator.name },
      });
  }
  const description = input.description.trim();
  if (description.length < 3) throw invalid("description", { key: "serviceRequest.sayWhat" });
  const agreement = await coveringAgreement(db, operator, input.kind, input.hubId);
  const now = new Date();
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("service_requests")
        .values({
          operator_id: operator.id,
          hub_id: agreement.hub_id,
          agreement_id: agreement.id,
          kind: input.kind,
          work_order_id: input.workOrderId ?? null,
          vehicle_id: vehicleId,
          description,
          requested_at: now,
          requested_by: actor.userId,
          // The agreement's targets, counted in hours from the moment of asking.
          response_due_at: new Date(now.getTime() + agreement.response_hours * HOUR_MS),
          resolution_due_at: new Date(now.getTime() + agreement.resolution_hours * HOUR_MS),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "service_request",
        entityId: row.id,
        organisationId: operator.id,
        details: {
          kind: input.kind,
          hubId: agreement.hub_id,
          agreementId: agreement.id,
          workOrderId: input.workOrderId ?? null,
          vehicleId,
        },
      });
      return row.id;
    });
    return await getServiceRequest(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict("workOrderId", {
        key: "serviceRequest.orderHasRequestMeanwhile",
        params: { order: workOrderNumber === null ? "" : String(workOrderNumber) },
      });
    }
    throw error;
  }
}
