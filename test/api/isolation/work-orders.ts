/**
 * Work-order tenant-isolation cases: the order B's failed CNG check opened, with a task,
 * an hour of labour and a part from B's depot added through B's own API calls.
 */
import type { IsolationFeature } from "./cases.js";

export const workOrderIsolation: IsolationFeature = async ({
  n,
  clientB,
  vehicleB,
  depotB,
  defectIdB,
}) => {
  const fail = (what: string, body: string) => new Error(`${what} of B: ${body}`);
  const listed = await clientB.get(`/api/v1/work-orders?vehicleId=${vehicleB.id}`);
  const order = listed
    .json<{ id: string; defectId: string | null }[]>()
    .find((o) => o.defectId === defectIdB);
  if (!order) throw fail("defect's work order", listed.body);
  const withTask = await clientB.post(`/api/v1/work-orders/${order.id}/tasks`, {
    description: "Replace the cylinder valve seal",
    competencies: ["cng_fuel_system"],
  });
  if (withTask.statusCode !== 201) throw fail("task", withTask.body);
  const withLabour = await clientB.post(`/api/v1/work-orders/${order.id}/labour`, {
    userId: n.managerB.id,
    workDate: new Date().toISOString().slice(0, 10),
    hours: 1,
  });
  if (withLabour.statusCode !== 201) throw fail("labour", withLabour.body);
  const part = (
    await clientB.post("/api/v1/parts", {
      organisationId: n.operatorB.id,
      partNumber: `B-SEAL-${Date.now()}`,
      name: "Valve seal",
    })
  ).json<{ id: string }>();
  await clientB.post("/api/v1/stock/movements", {
    organisationId: n.operatorB.id,
    depotId: depotB.id,
    partId: part.id,
    delta: 2,
    reason: "receipt",
  });
  const withPart = await clientB.post(`/api/v1/work-orders/${order.id}/parts`, {
    partId: part.id,
    quantity: 1,
  });
  if (withPart.statusCode !== 201) throw fail("part line", withPart.body);
  const detail = withPart.json<{
    tasks: { id: string }[];
    labour: { id: string }[];
    parts: { id: string }[];
  }>();
  const taskId = detail.tasks[0]?.id ?? "";
  const labourId = detail.labour[0]?.id ?? "";
  const lineId = detail.parts[0]?.id ?? "";
  const ids = { id: order.id };
  return {
    secretIds: [order.id, taskId, labourId, lineId, part.id],
    byPath: {
      "/api/v1/work-orders/{id}": { ids, bodies: { patch: { title: "Taken over" } } },
      "/api/v1/work-orders/{id}/tasks": { ids, bodies: { post: { description: "Planted" } } },
      "/api/v1/work-orders/{id}/tasks/{taskId}/done": { ids: { ...ids, taskId }, bodies: {} },
      "/api/v1/work-orders/{id}/labour": {
        ids,
        bodies: { post: { userId: n.managerA.id, workDate: "2026-01-01", hours: 1 } },
      },
      "/api/v1/work-orders/{id}/labour/{labourId}": { ids: { ...ids, labourId }, bodies: {} },
      "/api/v1/work-orders/{id}/parts": { ids, bodies: { post: { partId: part.id, quantity: 1 } } },
      "/api/v1/work-orders/{id}/parts/{lineId}": { ids: { ...ids, lineId }, bodies: {} },
      "/api/v1/work-orders/{id}/transitions": {
        ids,
        bodies: { post: { to: "cancelled", reason: "taken over" } },
      },
    },
    creates: {
      "/api/v1/work-orders": {
        body: { vehicleId: vehicleB.id, title: "Planted" },
        status: 400,
        message: /vehicleId: no such vehicle/,
      },
      "/api/v1/work-orders/from-due": {
        body: { organisationId: n.operatorB.id },
        status: 400,
        message: /organisationId: no such organisation/,
      },
    },
    listQueries: { "/api/v1/work-orders": `?organisationId=${n.operatorB.id}` },
    ownedTables: [
      { table: "work_orders", column: "organisation_id" },
      { table: "work_order_tasks", column: "organisation_id" },
      { table: "work_order_labour", column: "organisation_id" },
      { table: "work_order_parts", column: "organisation_id" },
    ],
  };
};
