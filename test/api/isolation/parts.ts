/**
 * Parts and stock tenant-isolation cases: B's own part, received into stock at B's
 * depot, through B's own API calls.
 */
import type { IsolationFeature } from "./cases.js";

export const partIsolation: IsolationFeature = async ({ n, clientB, depotB }) => {
  const partNumber = `B-SECRET-${Date.now()}`;
  const created = await clientB.post("/api/v1/parts", {
    organisationId: n.operatorB.id,
    partNumber,
    name: "B's brake pad set",
    unitCost: 55,
  });
  if (created.statusCode !== 201) throw new Error(`part of B: ${created.body}`);
  const part = created.json<{ id: string }>();
  const received = await clientB.post("/api/v1/stock/movements", {
    organisationId: n.operatorB.id,
    depotId: depotB.id,
    partId: part.id,
    delta: 10,
    reason: "receipt",
  });
  if (received.statusCode !== 201) throw new Error(`stock of B: ${received.body}`);
  const { stock, movement } = received.json<{ stock: { id: string }; movement: { id: string } }>();
  return {
    secretIds: [part.id, partNumber, stock.id, movement.id],
    byPath: {
      "/api/v1/parts/{id}": { ids: { id: part.id }, bodies: { patch: { name: "Taken over" } } },
    },
    creates: {
      "/api/v1/parts": {
        body: { organisationId: n.operatorB.id, partNumber: "PLANTED", name: "Planted" },
        status: 400,
        message: /organisationId: no such organisation/,
      },
      "/api/v1/stock/movements": {
        body: {
          organisationId: n.operatorB.id,
          depotId: depotB.id,
          partId: part.id,
          delta: 1,
          reason: "receipt",
        },
        status: 400,
        message: /organisationId: no such organisation/,
      },
    },
    listQueries: {
      "/api/v1/stock": `?organisationId=${n.operatorB.id}`,
      "/api/v1/stock/movements": `?stockId=${stock.id}`,
      "/api/v1/parts": `?organisationId=${n.operatorB.id}`,
    },
    ownedTables: [
      { table: "parts", column: "organisation_id" },
      { table: "stock", column: "organisation_id" },
      { table: "stock_movements", column: "organisation_id" },
    ],
  };
};
