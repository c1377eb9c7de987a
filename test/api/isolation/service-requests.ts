/**
 * Hub service's tenant-isolation cases: B's take-over request to the hub serving B
 * (not A's hub), for a work order of B's.
 */
import type { IsolationFeature } from "./cases.js";

export const serviceRequestIsolation: IsolationFeature = async ({ t, n, clientB, vehicleB }) => {
  const order = await t.db
    .insertInto("work_orders")
    .values({
      organisation_id: n.operatorB.id,
      vehicle_id: vehicleB.id,
      source: "manual",
      title: "CNG leak at the cylinder valve",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const response = await clientB.post("/api/v1/service-requests", {
    organisationId: n.operatorB.id,
    kind: "take_over",
    workOrderId: order.id,
    description: "No CNG-certified mechanic available",
  });
  if (response.statusCode !== 201) throw new Error(`service request of B: ${response.body}`);
  const request = response.json<{ id: string }>();
  const ids = { id: request.id };
  return {
    secretIds: [order.id, request.id],
    byPath: {
      "/api/v1/service-requests/{id}": { ids, bodies: {} },
      "/api/v1/service-requests/{id}/accept": {
        ids,
        bodies: { post: { assigneeUserId: n.hubManager.id } },
      },
      "/api/v1/service-requests/{id}/decline": { ids, bodies: { post: { reason: "taken over" } } },
      "/api/v1/service-requests/{id}/resolve": { ids, bodies: { post: { note: "taken over" } } },
      "/api/v1/service-requests/{id}/cancel": { ids, bodies: { post: { reason: "taken over" } } },
    },
    creates: {
      "/api/v1/service-requests": {
        body: {
          organisationId: n.operatorB.id,
          kind: "take_over",
          workOrderId: order.id,
          description: "Planted",
        },
        status: 400,
        message: /organisationId: no such organisation/,
      },
    },
    ownedTables: [
      { table: "service_requests", column: "operator_id" },
      { table: "work_orders", column: "organisation_id" },
    ],
  };
};
