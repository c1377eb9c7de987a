/**
 * The parts catalogue, stock per depot or hub store, and parts used on work orders:
 * taken from stock at once, never below zero, returned when not used.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
} from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}
interface Part {
  id: string;
  organisationId: string;
  networkCatalogue: boolean;
  partNumber: string;
  name: string;
  unit: string;
  unitCost: number | null;
}
interface StockLevel {
  id: string;
  depotId: string | null;
  location: string;
  partId: string;
  partName: string;
  quantity: number;
}
interface Movement {
  delta: number;
  reason: string;
  workOrderNumber: number | null;
  note: string | null;
}
interface WorkOrder {
  id: string;
  number: number;
  parts: {
    id: string;
    quantity: number;
    unitCost: number | null;
    cost: number | null;
    location: string;
  }[];
  partsCost: number;
}

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

async function setting() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db);
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const mechanicUser = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  return {
    n,
    depot,
    vehicle,
    manager: await signIn(n.managerA.email),
    mechanic: await signIn(mechanicUser.email),
    admin: await signIn(n.admin.email),
    hubManager: await signIn(n.hubManager.email),
    managerB: await signIn(n.managerB.email),
  };
}
type Setting = Awaited<ReturnType<typeof setting>>;

async function createPart(
  client: Client,
  organisationId: string,
  partNumber: string,
  unitCost = 12.5,
) {
  const response = await client.post("/api/v1/parts", {
    organisationId,
    partNumber,
    name: `Part ${partNumber}`,
    unit: "pcs",
    unitCost,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Part>();
}

async function receive(s: Setting, partId: string, delta: number, depotId = s.depot.id) {
  const response = await s.manager.post("/api/v1/stock/movements", {
    organisationId: s.n.operatorA.id,
    depotId,
    partId,
    delta,
    reason: "receipt",
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ stock: StockLevel; movement: Movement }>();
}

const stockOf = async (client: Client, partId: string) =>
  (await client.get(`/api/v1/stock?partId=${partId}`)).json<StockLevel[]>();

describe("the parts catalogue", () => {
  it("keeps each organisation's parts and shows everyone the manufacturer's catalogue", async () => {
    const s = await setting();
    const own = await createPart(s.manager, s.n.operatorA.id, "BP-100");
    expect(own).toMatchObject({ networkCatalogue: false, unitCost: 12.5, unit: "pcs" });
    const network = await createPart(s.admin, s.n.maker.id, "NET-1");
    expect(network.networkCatalogue).toBe(true);
    const foreign = await createPart(s.managerB, s.n.operatorB.id, "B-ONLY");

    const listed = (await s.manager.get("/api/v1/parts")).json<Part[]>().map((p) => p.id);
    expect(listed).toEqual(expect.arrayContaining([own.id, network.id]));
    expect(listed).not.toContain(foreign.id);
    const found = (await s.manager.get("/api/v1/parts?q=bp-1")).json<Part[]>();
    expect(found.map((p) => p.id)).toEqual([own.id]);

    const duplicate = await s.manager.post("/api/v1/parts", {
      organisationId: s.n.operatorA.id,
      partNumber: "BP-100",
      name: "Again",
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<ErrorJson>().error).toMatchObject({ field: "partNumber" });

    const renamed = await s.manager.patch(`/api/v1/parts/${own.id}`, {
      name: "Brake pad set",
      unitCost: 40,
    });
    expect(renamed.json<Part>()).toMatchObject({ name: "Brake pad set", unitCost: 40 });
    const second = await createPart(s.manager, s.n.operatorA.id, "BP-200");
    const clash = await s.manager.patch(`/api/v1/parts/${second.id}`, { partNumber: " BP-100 " });
    expect(clash.statusCode).toBe(409);
    expect(clash.json<ErrorJson>().error).toMatchObject({ field: "partNumber" });
    // The network catalogue is the manufacturer's to change; another tenant's part is unknown.
    expect((await s.manager.patch(`/api/v1/parts/${network.id}`, { name: "x" })).statusCode).toBe(
      403,
    );
    expect((await s.manager.patch(`/api/v1/parts/${foreign.id}`, { name: "x" })).statusCode).toBe(
      404,
    );
    // A mechanic uses parts but does not keep the catalogue.
    const byMechanic = await s.mechanic.post("/api/v1/parts", {
      organisationId: s.n.operatorA.id,
      partNumber: "M-1",
      name: "x",
    });
    expect(byMechanic.statusCode).toBe(403);
    const elsewhere = await s.manager.post("/api/v1/parts", {
      organisationId: s.n.operatorB.id,
      partNumber: "P-1",
      name: "x",
    });
    expect(elsewhere.json<ErrorJson>().error.message).toBe("organisationId: no such organisation");
  });
});

describe("stock", () => {
  it("receives and adjusts stock at a depot, never below zero, with a note for adjustments", async () => {
    const s = await setting();
    const part = await createPart(s.manager, s.n.operatorA.id, "FLT-1");
    const received = await receive(s, part.id, 5);
    expect(received.stock).toMatchObject({
      depotId: s.depot.id,
      location: s.depot.name,
      partName: "Part FLT-1",
      quantity: 5,
    });
    expect(received.movement).toMatchObject({ delta: 5, reason: "receipt" });
    const move = (body: object) =>
      s.manager.post("/api/v1/stock/movements", {
        organisationId: s.n.operatorA.id,
        depotId: s.depot.id,
        partId: part.id,
        ...body,
      });
    const cases: [object, number, string, RegExp][] = [
      [{ delta: -2, reason: "receipt" }, 400, "delta", /more than 0/],
      [{ delta: 0, reason: "receipt" }, 400, "delta", /more than 0/],
      [{ delta: -1, reason: "adjustment" }, 400, "note", /required/],
      [{ delta: -6, reason: "adjustment", note: "Counted" }, 409, "delta", /only 5 in stock at/],
      [{ depotId: undefined, delta: 1, reason: "receipt" }, 400, "depotId", /required/],
    ];
    for (const [body, status, field, message] of cases) {
      const response = await move(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json<ErrorJson>().error.field, JSON.stringify(body)).toBe(field);
      expect(response.json<ErrorJson>().error.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await stockOf(s.manager, part.id)).map((row) => row.quantity)).toEqual([5]);
    const adjusted = await move({ delta: -1, reason: "adjustment", note: "One damaged" });
    expect(adjusted.json<{ stock: StockLevel }>().stock.quantity).toBe(4);
    const movements = (
      await s.manager.get(`/api/v1/stock/movements?stockId=${received.stock.id}`)
    ).json<Movement[]>();
    expect(movements.map((m) => [m.reason, m.delta, m.note])).toEqual([
      ["adjustment", -1, "One damaged"],
      ["receipt", 5, null],
    ]);
    // A hub keeps its stock in its own store, without a depot.
    const hubPart = await createPart(s.hubManager, s.n.hub.id, "HUB-1");
    const hubReceipt = await s.hubManager.post("/api/v1/stock/movements", {
      organisationId: s.n.hub.id,
      partId: hubPart.id,
      delta: 3,
      reason: "receipt",
    });
    expect(hubReceipt.json<{ stock: StockLevel }>().stock).toMatchObject({
      depotId: null,
      location: `${s.n.hub.name}'s store`,
      quantity: 3,
    });
  });
});

describe("parts on a work order", () => {
  it("takes parts from the vehicle's depot, refuses what is not there, and puts returns back", async () => {
    const s = await setting();
    const part = await createPart(s.manager, s.n.operatorA.id, "PAD-1", 30);
    const absent = await createPart(s.manager, s.n.operatorA.id, "PAD-2");
    await receive(s, part.id, 4);
    const order = (
      await s.manager.post("/api/v1/work-orders", { vehicleId: s.vehicle.id, title: "Brakes" })
    ).json<WorkOrder>();
    const use = (body: object) => s.mechanic.post(`/api/v1/work-orders/${order.id}/parts`, body);

    const used = await use({ partId: part.id, quantity: 3 });
    expect(used.statusCode, used.body).toBe(201);
    expect(used.json<WorkOrder>()).toMatchObject({ partsCost: 90 });
    expect(used.json<WorkOrder>().parts[0]).toMatchObject({
      quantity: 3,
      unitCost: 30,
      cost: 90,
      location: s.depot.name,
    });
    expect((await stockOf(s.manager, part.id))[0]?.quantity).toBe(1);

    const movementsBefore = await t.db.selectFrom("stock_movements").selectAll().execute();
    const linesBefore = await t.db.selectFrom("work_order_parts").selectAll().execute();
    const tooMany = await use({ partId: part.id, quantity: 2 });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json<ErrorJson>().error).toMatchObject({ field: "quantity" });
    expect(tooMany.json<ErrorJson>().error.message).toBe(
      `quantity: only 1 in stock at ${s.depot.name}`,
    );
    const none = await use({ partId: absent.id, quantity: 1 });
    expect(none.statusCode).toBe(409);
    expect(none.json<ErrorJson>().error.message).toBe(`partId: not in stock at ${s.depot.name}`);
    const otherDepot = await makeDepot(t.db, s.n.operatorA.id);
    const elsewhere = await use({ partId: part.id, quantity: 1, depotId: otherDepot.id });
    expect(elsewhere.json<ErrorJson>().error.message).toBe(
      `partId: not in stock at ${otherDepot.name}`,
    );
    expect((await stockOf(s.manager, part.id))[0]?.quantity).toBe(1);
    expect(await t.db.selectFrom("stock_movements").selectAll().execute()).toEqual(movementsBefore);
    expect(await t.db.selectFrom("work_order_parts").selectAll().execute()).toEqual(linesBefore);

    const line = used.json<WorkOrder>().parts[0]?.id ?? "";
    const returned = await s.mechanic.delete(`/api/v1/work-orders/${order.id}/parts/${line}`);
    expect(returned.json<WorkOrder>()).toMatchObject({ parts: [], partsCost: 0 });
    const [stock] = await stockOf(s.manager, part.id);
    expect(stock?.quantity).toBe(4);
    const movements = (
      await s.manager.get(`/api/v1/stock/movements?stockId=${stock?.id ?? ""}`)
    ).json<Movement[]>();
    expect(movements.map((m) => [m.reason, m.delta, m.workOrderNumber])).toEqual([
      ["return", 3, order.number],
      ["use", -3, order.number],
      ["receipt", 4, null],
    ]);
    // Once the order is closed its parts stay as they are.
    await s.manager.post(`/api/v1/work-orders/${order.id}/transitions`, {
      to: "cancelled",
      reason: "Done elsewhere",
    });
    expect((await use({ partId: part.id, quantity: 1 })).statusCode).toBe(409);
  });

  it("takes parts from the hub's store when the hub took the order over", async () => {
    const s = await setting();
    const technicianUser = await makeUser(t.db, [[s.n.hub.id, "hub_technician"]]);
    const technician = await signIn(technicianUser.email);
    const network = await createPart(s.admin, s.n.maker.id, `NET-${Date.now()}`, 100);
    await s.hubManager.post("/api/v1/stock/movements", {
      organisationId: s.n.hub.id,
      partId: network.id,
      delta: 2,
      reason: "receipt",
    });
    const order = (
      await s.manager.post("/api/v1/work-orders", { vehicleId: s.vehicle.id, title: "HV check" })
    ).json<WorkOrder>();
    await t.db
      .updateTable("work_orders")
      .set({ assigned_organisation_id: s.n.hub.id })
      .where("id", "=", order.id)
      .execute();
    const used = await technician.post(`/api/v1/work-orders/${order.id}/parts`, {
      partId: network.id,
      quantity: 2,
    });
    expect(used.statusCode, used.body).toBe(201);
    expect(used.json<WorkOrder>().parts[0]?.location).toBe(`${s.n.hub.name}'s store`);
    const hubStock = (await s.hubManager.get(`/api/v1/stock?organisationId=${s.n.hub.id}`)).json<
      StockLevel[]
    >();
    expect(hubStock.find((row) => row.partId === network.id)?.quantity).toBe(0);
    // The hub technician may also log their own hours on it.
    const labour = await technician.post(`/api/v1/work-orders/${order.id}/labour`, {
      userId: technicianUser.id,
      workDate: new Date().toISOString().slice(0, 10),
      hours: 1.5,
    });
    expect(labour.statusCode, labour.body).toBe(201);
  });
});
