/**
 * The safety path without holes. A bus with a fire-suppression fault may go out again
 * only after a person certified for fire safety signs off the repair and the next driver
 * reviews it. This file walks every route of the OpenAPI document that changes a defect,
 * a work order or a service request, as a mechanic whose fire-safety certificate has
 * expired (and then as an uncertified hub technician who took the order over), and
 * proves that none of them leaves the defect closed or the bus releasable. A route added
 * without an attempt here fails the test. Then it fires ten identical sign-offs at once
 * and expects exactly one to win.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeCertificate,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
  disableDefectWorkOrders,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";
import { dateIn, zoneApartFromUtc } from "../helpers/zones.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Decision {
  releasable: boolean;
  reasons: { code: string }[];
}
interface WorkOrder {
  id: string;
  number: number;
  status: string;
  blocking: boolean;
  tasks: { id: string }[];
  allowedTransitions: string[];
}

const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

/** A CNG bus whose driver reported the fire-suppression system faulty this morning. */
async function busWithFireDefect(options: { workOrders: boolean } = { workOrders: true }) {
  const n = await makeNetwork(t.db);
  if (!options.workOrders) await disableDefectWorkOrders(t.db, n.operatorA.id);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "cng" });
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const mechanicUser = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  // Certified for everything but fire safety, which expired yesterday.
  await makeCertificate(t.db, mechanicUser.id, n.operatorA.id, "fire_safety", {
    expiresOn: day(-1),
  });
  await makeCertificate(t.db, mechanicUser.id, n.operatorA.id, "general_service");
  const hubTechnicianUser = await makeUser(t.db, [[n.hub.id, "hub_technician"]]);
  const driver = await signIn(n.driverA.email);
  const form = await formFor(driver, vehicle.id);
  const sent = await submit(
    driver,
    inspectionBody(form, vehicle.id, { fail: ["fire_suppression"], meterValue: 20_000 }),
  );
  expect(sent.statusCode).toBe(201);
  const defectId = sent.json<{ defectsOpened: { id: string }[] }>().defectsOpened[0]?.id ?? "";
  return {
    n,
    vehicle,
    defectId,
    mechanicUser,
    hubTechnicianUser,
    driver,
    mechanic: await signIn(mechanicUser.email),
    manager: await signIn(n.managerA.email),
    hubManager: await signIn(n.hubManager.email),
    hubTechnician: await signIn(hubTechnicianUser.email),
  };
}

const releaseOf = async (client: Client, vehicleId: string) =>
  (await client.get(`/api/v1/vehicles/${vehicleId}/release`)).json<Decision>();

/** What the release gate reads about the defect and its order, to prove nothing moved. */
async function safetyRows(defectId: string) {
  const defect = await t.db
    .selectFrom("defects")
    .selectAll()
    .where("id", "=", defectId)
    .executeTakeFirstOrThrow();
  const events = await t.db
    .selectFrom("defect_events")
    .selectAll()
    .where("defect_id", "=", defectId)
    .orderBy("at")
    .execute();
  const orders = await t.db
    .selectFrom("work_orders")
    .select(["id", "status", "blocking", "defect_id", "completed_at", "cancelled_at"])
    .where("defect_id", "=", defectId)
    .orderBy("opened_at")
    .execute();
  return { defect, events, orders };
}

interface Ids {
  defectId: string;
  orderId: string;
  taskId: string;
  requestId: string;
  me: string;
  vehicleId: string;
  organisationId: string;
}
type Attempt = { method: "POST" | "PATCH" | "DELETE"; url: string; body?: object };

const NOTE = "Looked fine to me";
/**
 * Every route that changes a defect, a work order or a service request, with what a
 * person trying to get the bus out would send. Keyed by the OpenAPI path.
 */
const ATTEMPTS: Record<string, (ids: Ids) => Attempt[]> = {
  "post /api/v1/defects/{id}/repair": ({ defectId }) => [
    {
      method: "POST",
      url: `/api/v1/defects/${defectId}/repair`,
      body: { action: "repaired", note: NOTE },
    },
    {
      method: "POST",
      url: `/api/v1/defects/${defectId}/repair`,
      body: { action: "no_repair_needed", note: NOTE },
    },
  ],
  "post /api/v1/defects/{id}/review": ({ defectId }) => [
    { method: "POST", url: `/api/v1/defects/${defectId}/review`, body: { note: NOTE } },
  ],
  "post /api/v1/work-orders": ({ defectId, vehicleId }) => [
    {
      method: "POST",
      url: "/api/v1/work-orders",
      body: { vehicleId, defectId, title: "Second order for the same defect", blocking: false },
    },
  ],
  "post /api/v1/work-orders/from-due": ({ organisationId }) => [
    { method: "POST", url: "/api/v1/work-orders/from-due", body: { organisationId } },
  ],
  "patch /api/v1/work-orders/{id}": ({ orderId }) => [
    { method: "PATCH", url: `/api/v1/work-orders/${orderId}`, body: { blocking: false } },
  ],
  "post /api/v1/work-orders/{id}/tasks": ({ orderId }) => [
    {
      method: "POST",
      url: `/api/v1/work-orders/${orderId}/tasks`,
      body: { description: "Glance at the panel", competencies: [] },
    },
  ],
  "post /api/v1/work-orders/{id}/tasks/{taskId}/done": ({ orderId, taskId }) => [
    { method: "POST", url: `/api/v1/work-orders/${orderId}/tasks/${taskId}/done` },
  ],
  "post /api/v1/work-orders/{id}/labour": ({ orderId, me }) => [
    {
      method: "POST",
      url: `/api/v1/work-orders/${orderId}/labour`,
      body: { userId: me, workDate: day(), hours: 1 },
    },
  ],
  "delete /api/v1/work-orders/{id}/labour/{labourId}": ({ orderId }) => [
    { method: "DELETE", url: `/api/v1/work-orders/${orderId}/labour/${crypto.randomUUID()}` },
  ],
  "post /api/v1/work-orders/{id}/parts": ({ orderId }) => [
    {
      method: "POST",
      url: `/api/v1/work-orders/${orderId}/parts`,
      body: { partId: crypto.randomUUID(), quantity: 1 },
    },
  ],
  "delete /api/v1/work-orders/{id}/parts/{lineId}": ({ orderId }) => [
    { method: "DELETE", url: `/api/v1/work-orders/${orderId}/parts/${crypto.randomUUID()}` },
  ],
  "post /api/v1/work-orders/{id}/transitions": ({ orderId }) =>
    [
      { to: "completed", note: NOTE },
      { to: "completed", defectOutcome: "no_repair_needed", note: NOTE },
      { to: "verified" },
      { to: "cancelled", reason: "Not needed, the bus has to go out" },
    ].map((body) => ({ method: "POST", url: `/api/v1/work-orders/${orderId}/transitions`, body })),
  "post /api/v1/service-requests": ({ orderId }) => [
    {
      method: "POST",
      url: "/api/v1/service-requests",
      body: { kind: "take_over", workOrderId: orderId, description: "Please sign this off" },
    },
  ],
  "post /api/v1/service-requests/{id}/accept": ({ requestId, me }) => [
    {
      method: "POST",
      url: `/api/v1/service-requests/${requestId}/accept`,
      body: { assigneeUserId: me },
    },
  ],
  "post /api/v1/service-requests/{id}/decline": ({ requestId }) => [
    {
      method: "POST",
      url: `/api/v1/service-requests/${requestId}/decline`,
      body: { reason: "We are busy" },
    },
  ],
  "post /api/v1/service-requests/{id}/resolve": ({ requestId }) => [
    { method: "POST", url: `/api/v1/service-requests/${requestId}/resolve`, body: { note: NOTE } },
  ],
  "post /api/v1/service-requests/{id}/cancel": ({ requestId }) => [
    { method: "POST", url: `/api/v1/service-requests/${requestId}/cancel`, body: {} },
  ],
};

/** The routes of the OpenAPI document that write defects, work orders or service requests. */
async function safetyRoutes(): Promise<string[]> {
  const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    /^\/api\/v1\/(defects|work-orders|service-requests)/.test(path)
      ? Object.keys(methods)
          .filter((m) => m !== "get" && m !== "head")
          .map((m) => `${m} ${path}`)
      : [],
  );
}

async function walk(client: Client, ids: Ids) {
  for (const route of Object.keys(ATTEMPTS)) {
    for (const attempt of ATTEMPTS[route]?.(ids) ?? []) {
      const response = await client.request({
        method: attempt.method,
        url: attempt.url,
        ...(attempt.body ? { payload: attempt.body } : {}),
      });
      expect(response.statusCode, `${route} ${response.body}`).toBeLessThan(500);
    }
  }
}

describe("no route closes a fire defect without a fire-safety certificate", () => {
  it("has an attempt for every route that changes a defect, a work order or a service request", async () => {
    const missing = (await safetyRoutes()).filter((route) => !(route in ATTEMPTS));
    expect(missing).toEqual([]);
  });

  it("leaves the defect open and the bus held after the uncertified mechanic tries every route", async () => {
    const s = await busWithFireDefect();
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    expect(order?.blocking).toBe(true);
    const orderId = order?.id ?? "";
    expect(
      (await s.manager.post(`/api/v1/work-orders/${orderId}/transitions`, { to: "in_progress" }))
        .statusCode,
    ).toBe(200);
    const full = (await s.mechanic.get(`/api/v1/work-orders/${orderId}`)).json<WorkOrder>();
    // The UI is offered no sign-off and no cancellation for this person.
    expect(full.allowedTransitions).toEqual([]);
    const before = await safetyRows(s.defectId);

    await walk(s.mechanic, {
      vehicleId: s.vehicle.id,
      organisationId: s.n.operatorA.id,
      defectId: s.defectId,
      orderId,
      taskId: full.tasks[0]?.id ?? "",
      requestId: crypto.randomUUID(),
      me: s.mechanicUser.id,
    });

    const after = await safetyRows(s.defectId);
    expect(after.defect).toEqual(before.defect);
    expect(after.events).toEqual(before.events);
    expect(after.orders).toEqual(before.orders);
    const decision = await releaseOf(s.manager, s.vehicle.id);
    expect(decision.releasable).toBe(false);
    expect(decision.reasons.map((r) => r.code)).toContain("CRITICAL_DEFECT_OPEN");
    // Nor can a manager release it.
    const override = await s.manager.post(`/api/v1/vehicles/${s.vehicle.id}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "The bus is needed on route 5",
    });
    expect(override.statusCode).toBe(409);
  });

  it("leaves it so after the hub takes the order over with an uncertified technician", async () => {
    const s = await busWithFireDefect();
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const orderId = order?.id ?? "";
    const request = await s.mechanic.post("/api/v1/service-requests", {
      kind: "take_over",
      workOrderId: orderId,
      description: "Fire suppression panel shows a fault; we have nobody certified",
    });
    expect(request.statusCode).toBe(201);
    const requestId = request.json<{ id: string }>().id;
    expect(
      (
        await s.hubManager.post(`/api/v1/service-requests/${requestId}/accept`, {
          assigneeUserId: s.hubTechnicianUser.id,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await s.hubTechnician.post(`/api/v1/work-orders/${orderId}/transitions`, {
          to: "in_progress",
        })
      ).statusCode,
    ).toBe(200);
    const full = (await s.hubTechnician.get(`/api/v1/work-orders/${orderId}`)).json<WorkOrder>();
    const before = await safetyRows(s.defectId);

    await walk(s.hubTechnician, {
      vehicleId: s.vehicle.id,
      organisationId: s.n.operatorA.id,
      defectId: s.defectId,
      orderId,
      taskId: full.tasks[0]?.id ?? "",
      requestId,
      me: s.hubTechnicianUser.id,
    });

    const after = await safetyRows(s.defectId);
    expect(after.defect).toEqual(before.defect);
    expect(after.events).toEqual(before.events);
    expect(after.orders).toEqual(before.orders);
    expect((await releaseOf(s.manager, s.vehicle.id)).releasable).toBe(false);
  });

  it("refuses a mechanic's direct 'no repair needed' and his own review, storing nothing", async () => {
    const s = await busWithFireDefect({ workOrders: false });
    // The defect reads as a fault with the driver's words, not as the item's pass wording.
    const shown = (await s.mechanic.get(`/api/v1/defects/${s.defectId}`)).json<{
      fault: { en: string; ru: string } | null;
      driverComment: string | null;
    }>();
    expect(shown.fault?.en).toMatch(/suppression/i);
    expect(shown.fault?.en).not.toMatch(/ready, no fault shown/);
    expect(shown.driverComment).toBe("Seen at the depot before the shift");
    const before = await safetyRows(s.defectId);
    const refused = await s.mechanic.post(`/api/v1/defects/${s.defectId}/repair`, {
      action: "no_repair_needed",
      note: "looked fine to me",
    });
    expect(refused.statusCode).toBe(403);
    const error = refused.json<{ error: { field: string; message: string } }>().error;
    expect(error.field).toBe("competencies");
    expect(error.message).toContain("Fire detection and suppression (fire_safety)");
    // Certified now, he certifies; but he may not review his own certification.
    await makeCertificate(t.db, s.mechanicUser.id, s.n.operatorA.id, "fire_safety");
    expect(
      (
        await s.mechanic.post(`/api/v1/defects/${s.defectId}/repair`, {
          action: "repaired",
          note: "Replaced the detection loop sensor, panel shows ready",
        })
      ).statusCode,
    ).toBe(200);
    const ownReview = await s.mechanic.post(`/api/v1/defects/${s.defectId}/review`, {});
    expect(ownReview.statusCode).toBe(403);
    expect((await safetyRows(s.defectId)).events).toHaveLength(before.events.length + 1);
    expect((await s.driver.post(`/api/v1/defects/${s.defectId}/review`, {})).statusCode).toBe(200);
  });

  it("refuses cancelling a blocking order while its defect is open, naming the field", async () => {
    const s = await busWithFireDefect();
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const before = await safetyRows(s.defectId);
    const cancelled = await s.manager.post(`/api/v1/work-orders/${order?.id ?? ""}/transitions`, {
      to: "cancelled",
      reason: "Duplicate",
    });
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json<{ error: { field: string } }>().error.field).toBe("to");
    expect(await safetyRows(s.defectId)).toEqual(before);
  });
});

describe("a certificate is judged on the date at the bus's depot, not on UTC's", () => {
  /**
   * The bus's depot moved to a zone whose date is not UTC's now (test/helpers/zones.ts),
   * and two mechanics: one whose fire-safety certificate ran out yesterday there, one
   * whose certificate runs out today there. East of UTC the first is still in date by UTC's
   * calendar; west of it the second has already run out by it.
   */
  async function mechanicsAtADepotApartFromUtc(options: { workOrders: boolean }) {
    const z = zoneApartFromUtc();
    const s = await busWithFireDefect(options);
    await t.db
      .updateTable("depots")
      .set({ time_zone: z.zone })
      .where("id", "=", s.vehicle.depot_id)
      .execute();
    const mechanicWhoseCertificate = async (expiresOn: string) => {
      const user = await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
      await makeCertificate(t.db, user.id, s.n.operatorA.id, "fire_safety", { expiresOn });
      await makeCertificate(t.db, user.id, s.n.operatorA.id, "general_service");
      return signIn(user.email);
    };
    return {
      ...s,
      ranOutYesterday: await mechanicWhoseCertificate(z.yesterday),
      runsOutToday: await mechanicWhoseCertificate(z.today),
    };
  }

  it("certifying a defect's repair", async () => {
    const s = await mechanicsAtADepotApartFromUtc({ workOrders: false });
    const repair = (client: Client) =>
      client.post(`/api/v1/defects/${s.defectId}/repair`, {
        action: "repaired",
        note: "Detection loop sensor replaced",
      });
    const refused = await repair(s.ranOutYesterday);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { field: string } }>().error.field).toBe("competencies");
    expect((await safetyRows(s.defectId)).events).toEqual([]);
    expect((await repair(s.runsOutToday)).statusCode).toBe(200);
  });

  it("counts a certificate from its issue date once that date has begun anywhere", async () => {
    // A course that ends at 17:00 in Los Angeles is dated on UTC's next day; the newest
    // date on Earth (UTC+14, from Intl) is such a date from 10:00 UTC on.
    const s = await busWithFireDefect({ workOrders: false });
    const user = await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
    await makeCertificate(t.db, user.id, s.n.operatorA.id, "fire_safety", {
      issuedOn: dateIn("Pacific/Kiritimati"),
    });
    const mechanic = await signIn(user.email);
    const repaired = await mechanic.post(`/api/v1/defects/${s.defectId}/repair`, {
      action: "repaired",
      note: "Detection loop sensor replaced",
    });
    expect(repaired.statusCode).toBe(200);
  });

  it("ticking off a work order's task, and the sign-offs the order offers", async () => {
    const s = await mechanicsAtADepotApartFromUtc({ workOrders: true });
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const id = order?.id ?? "";
    expect(
      (await s.manager.post(`/api/v1/work-orders/${id}/transitions`, { to: "in_progress" }))
        .statusCode,
    ).toBe(200);
    const taskId = (await s.manager.get(`/api/v1/work-orders/${id}`)).json<WorkOrder>().tasks[0]
      ?.id;
    const tick = (client: Client) =>
      client.post(`/api/v1/work-orders/${id}/tasks/${taskId ?? ""}/done`);
    const refused = await tick(s.ranOutYesterday);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { field: string } }>().error.field).toBe("competencies");
    expect((await tick(s.runsOutToday)).statusCode).toBe(200);
    const offered = async (client: Client) =>
      (await client.get(`/api/v1/work-orders/${id}`)).json<WorkOrder>().allowedTransitions;
    expect(await offered(s.ranOutYesterday)).not.toContain("completed");
    expect(await offered(s.runsOutToday)).toContain("completed");
  });
});

describe("of ten identical sign-offs at once, exactly one wins", () => {
  const fireTen = (send: () => Promise<{ statusCode: number }>) =>
    Promise.all(Array.from({ length: 10 }, send)).then((responses) =>
      responses.map((r) => r.statusCode).sort(),
    );
  const ONE_WINS = [200, 409, 409, 409, 409, 409, 409, 409, 409, 409];

  it("certifies a defect once and reviews it once", async () => {
    const s = await busWithFireDefect({ workOrders: false });
    await makeCertificate(t.db, s.mechanicUser.id, s.n.operatorA.id, "fire_safety");
    expect(
      await fireTen(() =>
        s.mechanic.post(`/api/v1/defects/${s.defectId}/repair`, {
          action: "repaired",
          note: "Detection loop sensor replaced",
        }),
      ),
    ).toEqual(ONE_WINS);
    expect(await fireTen(() => s.driver.post(`/api/v1/defects/${s.defectId}/review`, {}))).toEqual(
      ONE_WINS,
    );
    const kinds = (await safetyRows(s.defectId)).events.map((e) => e.kind);
    expect(kinds).toEqual(["repaired", "reviewed"]);
  });

  it("moves a work order through each step once", async () => {
    const s = await busWithFireDefect();
    await makeCertificate(t.db, s.mechanicUser.id, s.n.operatorA.id, "fire_safety");
    const second = await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
    await makeCertificate(t.db, second.id, s.n.operatorA.id, "fire_safety");
    await makeCertificate(t.db, second.id, s.n.operatorA.id, "general_service");
    const verifier = await signIn(second.email);
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const id = order?.id ?? "";
    const move = (client: Client, body: object) =>
      client.post(`/api/v1/work-orders/${id}/transitions`, body);
    expect(await fireTen(() => move(s.manager, { to: "scheduled", scheduledFor: day() }))).toEqual(
      ONE_WINS,
    );
    expect(await fireTen(() => move(s.mechanic, { to: "in_progress" }))).toEqual(ONE_WINS);
    const full = (await s.mechanic.get(`/api/v1/work-orders/${id}`)).json<WorkOrder>();
    expect(
      await fireTen(() =>
        s.mechanic.post(`/api/v1/work-orders/${id}/tasks/${full.tasks[0]?.id ?? ""}/done`),
      ),
    ).toEqual(ONE_WINS);
    expect(
      await fireTen(() => move(s.mechanic, { to: "completed", note: "Loop sensor replaced" })),
    ).toEqual(ONE_WINS);
    // Nobody verifies their own work, and the repaired defect is not certified twice.
    const own = await move(s.mechanic, { to: "verified" });
    expect(own.statusCode).toBe(403);
    expect(own.json<{ error: { message: string } }>().error.message).toContain(
      "another certified person must verify it",
    );
    const again = await s.mechanic.post(`/api/v1/defects/${s.defectId}/repair`, {
      action: "repaired",
      note: "Loop sensor replaced",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { field: string; message: string } }>().error).toEqual(
      expect.objectContaining({
        field: "action",
        message: "action: the defect is already repaired",
      }),
    );
    expect(await fireTen(() => move(verifier, { to: "verified" }))).toEqual(ONE_WINS);
    const kinds = (await safetyRows(s.defectId)).events.map((e) => e.kind);
    expect(kinds).toEqual(["repaired"]);

    // Cancelling: a non-blocking order of its own, ten cancellations at once.
    const other = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "Replace a seat cover",
      tasks: [{ description: "Seat cover", competencies: [] }],
    });
    const otherId = other.json<{ id: string }>().id;
    expect(
      await fireTen(() =>
        s.manager.post(`/api/v1/work-orders/${otherId}/transitions`, {
          to: "cancelled",
          reason: "Cover arrived torn",
        }),
      ),
    ).toEqual(ONE_WINS);
  });
});
