/**
 * Hub service: an operator asks the hub serving it to take over a work order or send a
 * specialist; the hub works its queue; targets come from the service agreement and a
 * missed one is flagged to both sides.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeAgreement,
  makeModel,
  makeNetwork,
  makeOrganisation,
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
interface RequestJson {
  id: string;
  number: number;
  operatorId: string;
  hubId: string;
  kind: string;
  status: string;
  workOrderId: string | null;
  workOrderNumber: number | null;
  vehicleId: string | null;
  requestedAt: string;
  requestedByName: string | null;
  responseDueAt: string;
  resolutionDueAt: string;
  assigneeUserId: string | null;
  assigneeName: string | null;
  resolutionNote: string | null;
  declineReason: string | null;
  cancelReason: string | null;
  responseOverdue: boolean;
  resolutionOverdue: boolean;
}

const HOUR_MS = 3_600_000;

async function signIn(user: { email: string }): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.login(user.email, TEST_PASSWORD);
  if (response.statusCode !== 200) throw new Error(`login: ${response.body}`);
  return client;
}

/** A work order written straight to the database (the work-orders API is not under test). */
async function workOrder(
  organisationId: string,
  vehicleId: string,
  status: "requested" | "in_progress" | "completed" = "requested",
) {
  return t.db
    .insertInto("work_orders")
    .values({
      organisation_id: organisationId,
      vehicle_id: vehicleId,
      source: "manual",
      title: "High-voltage cable chafing at the rear axle",
      status,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The network of makeNetwork (hub serves A for maintenance, 8 h / 72 h), a technician, an order. */
async function setup() {
  const n = await makeNetwork(t.db);
  const technician = await makeUser(t.db, [[n.hub.id, "hub_technician"]]);
  const model = await makeModel(t.db, { powertrain: "battery_electric", batteryKwh: 350 });
  const vehicleA = await makeVehicle(t.db, n.operatorA.id, model.id);
  const vehicleB = await makeVehicle(t.db, n.operatorB.id, model.id);
  const order = await workOrder(n.operatorA.id, vehicleA.id);
  return {
    n,
    technician,
    vehicleA,
    vehicleB,
    order,
    managerA: await signIn(n.managerA),
    hub: await signIn(n.hubManager),
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

async function askTakeOver(s: Setup, orderId = s.order.id) {
  const response = await s.managerA.post("/api/v1/service-requests", {
    organisationId: s.n.operatorA.id,
    kind: "take_over",
    workOrderId: orderId,
    description: "No HV-certified mechanic on shift this week",
  });
  if (response.statusCode !== 201) throw new Error(`request: ${response.body}`);
  return response.json<RequestJson>();
}

const ids = (list: RequestJson[]) => list.map((r) => r.id);
const requestsOf = async (operatorId: string) =>
  t.db.selectFrom("service_requests").selectAll().where("operator_id", "=", operatorId).execute();

describe("hub service requests", () => {
  it("puts an operator's take-over into its hub's queue with the agreement's targets, and nowhere else", async () => {
    const s = await setup();
    // Another hub serving B (not A) has its own queue.
    const otherHub = await makeOrganisation(t.db, "hub", { parentId: s.n.maker.id });
    await makeAgreement(t.db, otherHub.id, s.n.operatorB.id);
    const otherHubManager = await signIn(await makeUser(t.db, [[otherHub.id, "hub_manager"]]));

    const request = await askTakeOver(s);
    expect(request).toMatchObject({
      operatorId: s.n.operatorA.id,
      hubId: s.n.hub.id,
      kind: "take_over",
      status: "open",
      workOrderId: s.order.id,
      workOrderNumber: Number(s.order.number),
      vehicleId: s.vehicleA.id,
      requestedByName: s.n.managerA.name,
      responseOverdue: false,
      resolutionOverdue: false,
    });
    const asked = Date.parse(request.requestedAt);
    // makeAgreement's targets: respond within 8 hours, resolve within 72.
    expect(Date.parse(request.responseDueAt) - asked).toBe(8 * HOUR_MS);
    expect(Date.parse(request.resolutionDueAt) - asked).toBe(72 * HOUR_MS);

    expect(ids((await s.hub.get("/api/v1/service-requests")).json<RequestJson[]>())).toContain(
      request.id,
    );
    expect(ids((await s.managerA.get("/api/v1/service-requests")).json<RequestJson[]>())).toEqual([
      request.id,
    ]);
    expect(
      ids((await otherHubManager.get("/api/v1/service-requests")).json<RequestJson[]>()),
    ).not.toContain(request.id);
    expect((await otherHubManager.get(`/api/v1/service-requests/${request.id}`)).statusCode).toBe(
      404,
    );
    const managerB = await signIn(s.n.managerB);
    expect((await managerB.get(`/api/v1/service-requests/${request.id}`)).statusCode).toBe(404);
    const admin = await signIn(s.n.admin);
    expect((await admin.get(`/api/v1/service-requests/${request.id}`)).statusCode).toBe(200);

    // One open request per work order.
    const again = await s.managerA.post("/api/v1/service-requests", {
      organisationId: s.n.operatorA.id,
      kind: "specialist",
      workOrderId: s.order.id,
      description: "Or send someone",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.message).toMatch(
      new RegExp(`already has an open service request \\(#${request.number}\\)`),
    );
    expect(await requestsOf(s.n.operatorA.id)).toHaveLength(1);
  });

  it("accepts with a hub technician, who is then assigned the operator's work order", async () => {
    const s = await setup();
    const request = await askTakeOver(s);

    const notTechnician = await s.hub.post(`/api/v1/service-requests/${request.id}/accept`, {
      assigneeUserId: s.n.hubManager.id,
    });
    expect(notTechnician.statusCode).toBe(400);
    expect(notTechnician.json<ErrorJson>().error).toMatchObject({
      field: "assigneeUserId",
      message: `assigneeUserId: must be a hub technician of ${s.n.hub.name}`,
    });
    const byOperator = await s.managerA.post(`/api/v1/service-requests/${request.id}/accept`, {
      assigneeUserId: s.technician.id,
    });
    expect(byOperator.statusCode).toBe(403);
    const untouched = await t.db
      .selectFrom("work_orders")
      .select(["assigned_organisation_id", "assignee_user_id"])
      .where("id", "=", s.order.id)
      .executeTakeFirstOrThrow();
    expect(untouched).toEqual({ assigned_organisation_id: null, assignee_user_id: null });

    const accepted = await s.hub.post(`/api/v1/service-requests/${request.id}/accept`, {
      assigneeUserId: s.technician.id,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<RequestJson>()).toMatchObject({
      status: "accepted",
      assigneeUserId: s.technician.id,
      assigneeName: s.technician.name,
    });
    const assigned = await t.db
      .selectFrom("work_orders")
      .select(["assigned_organisation_id", "assignee_user_id"])
      .where("id", "=", s.order.id)
      .executeTakeFirstOrThrow();
    expect(assigned).toEqual({
      assigned_organisation_id: s.n.hub.id,
      assignee_user_id: s.technician.id,
    });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["entity", "action"])
      .where("entity_id", "in", [request.id, s.order.id])
      .execute();
    expect(audit.map((a) => `${a.entity} ${a.action}`).sort()).toEqual([
      "service_request accept",
      "service_request create",
      "work_order assign",
    ]);

    // The technician sees the request and the operator's vehicle it concerns.
    const technician = await signIn(s.technician);
    expect((await technician.get(`/api/v1/service-requests/${request.id}`)).statusCode).toBe(200);
    expect((await technician.get(`/api/v1/vehicles/${s.vehicleA.id}`)).statusCode).toBe(200);

    const twice = await s.hub.post(`/api/v1/service-requests/${request.id}/accept`, {
      assigneeUserId: s.technician.id,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error.message).toMatch(
      /is accepted; only an open request can be accepted/,
    );
    const lateCancel = await s.managerA.post(`/api/v1/service-requests/${request.id}/cancel`, {
      reason: "found a mechanic after all",
    });
    expect(lateCancel.statusCode).toBe(409);

    const resolved = await s.hub.post(`/api/v1/service-requests/${request.id}/resolve`, {
      note: "Cable replaced and insulation tested",
    });
    expect(resolved.json<RequestJson>()).toMatchObject({
      status: "resolved",
      resolutionNote: "Cable replaced and insulation tested",
      resolutionOverdue: false,
    });
    expect(
      (
        await s.hub.post(`/api/v1/service-requests/${request.id}/resolve`, {
          note: "again",
        })
      ).statusCode,
    ).toBe(409);
  });

  it("does not accept a take-over whose work order was closed meanwhile, changing nothing", async () => {
    const s = await setup();
    const request = await askTakeOver(s);
    await t.db
      .updateTable("work_orders")
      .set({ status: "cancelled", cancel_reason: "scrapped" })
      .where("id", "=", s.order.id)
      .execute();
    const accepted = await s.hub.post(`/api/v1/service-requests/${request.id}/accept`, {
      assigneeUserId: s.technician.id,
    });
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json<ErrorJson>().error.message).toMatch(/is no longer open/);
    expect(
      (await s.hub.get(`/api/v1/service-requests/${request.id}`)).json<RequestJson>(),
    ).toMatchObject({ status: "open", assigneeUserId: null });
  });

  it("refuses a request no agreement in force covers, naming the operator, and stores nothing", async () => {
    const s = await setup();
    const lonely = await makeOrganisation(t.db, "operator");
    const lonelyManager = await signIn(await makeUser(t.db, [[lonely.id, "operator_manager"]]));
    const none = await lonelyManager.post("/api/v1/service-requests", {
      organisationId: lonely.id,
      kind: "specialist",
      description: "Gearbox noise on two buses",
    });
    expect(none.statusCode).toBe(400);
    expect(none.json<ErrorJson>().error).toMatchObject({
      field: "organisationId",
      message: `organisationId: no service agreement in force with a hub for specialist visits of ${lonely.name}`,
    });
    expect(await requestsOf(lonely.id)).toHaveLength(0);

    // A's agreement covers maintenance only; B's agreement with the hub ended in 2021.
    const specialist = await s.managerA.post("/api/v1/service-requests", {
      kind: "specialist",
      vehicleId: s.vehicleA.id,
      description: "Please look at the door system",
    });
    expect(specialist.json<ErrorJson>().error.message).toMatch(
      /no service agreement in force with a hub for specialist visits/,
    );
    const managerB = await signIn(s.n.managerB);
    const orderB = await workOrder(s.n.operatorB.id, s.vehicleB.id);
    const ended = await managerB.post("/api/v1/service-requests", {
      kind: "take_over",
      workOrderId: orderB.id,
      description: "Take it please",
    });
    expect(ended.json<ErrorJson>().error.message).toMatch(
      /no service agreement in force with a hub for maintenance/,
    );

    const completed = await workOrder(s.n.operatorA.id, s.vehicleA.id, "completed");
    const cases: [object, number, string, RegExp][] = [
      [{ workOrderId: undefined }, 400, "workOrderId", /is required/],
      [{ workOrderId: orderB.id }, 400, "workOrderId", /no such open work order/],
      [{ workOrderId: completed.id }, 400, "workOrderId", /no such open work order/],
      [{ vehicleId: s.vehicleB.id }, 400, "vehicleId", /is not the vehicle of work order/],
      [{ organisationId: s.n.operatorB.id }, 400, "organisationId", /no such organisation/],
      [{ description: "  " }, 400, "description", /./],
    ];
    for (const [change, status, field, message] of cases) {
      const response = await s.managerA.post("/api/v1/service-requests", {
        organisationId: s.n.operatorA.id,
        kind: "take_over",
        workOrderId: s.order.id,
        description: "Take it please",
        ...change,
      });
      expect(response.statusCode, field).toBe(status);
      expect(response.json<ErrorJson>().error.field, JSON.stringify(change)).toBe(field);
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    expect(await requestsOf(s.n.operatorA.id)).toHaveLength(0);
    expect(await requestsOf(s.n.operatorB.id)).toHaveLength(0);
    // A driver may not ask at all.
    const driver = await signIn(s.n.driverA);
    expect(
      (
        await driver.post("/api/v1/service-requests", {
          kind: "take_over",
          workOrderId: s.order.id,
          description: "Take it please",
        })
      ).statusCode,
    ).toBe(403);
  });

  it("asks which hub when several could serve, and uses the chosen agreement's targets", async () => {
    const s = await setup();
    const second = await makeOrganisation(t.db, "hub", { parentId: s.n.maker.id });
    await t.db
      .insertInto("service_agreements")
      .values({
        hub_id: second.id,
        operator_id: s.n.operatorA.id,
        valid_from: "2020-01-01",
        valid_to: null,
        region_ids: [],
        services: ["maintenance", "specialist_visit"],
        response_hours: 2,
        resolution_hours: 24,
      })
      .execute();
    // Only the second hub sends specialists: no need to name it.
    const specialist = await s.managerA.post("/api/v1/service-requests", {
      kind: "specialist",
      vehicleId: s.vehicleA.id,
      description: "Door system keeps faulting",
    });
    expect(specialist.statusCode).toBe(201);
    const sent = specialist.json<RequestJson>();
    expect(sent.hubId).toBe(second.id);
    expect(Date.parse(sent.responseDueAt) - Date.parse(sent.requestedAt)).toBe(2 * HOUR_MS);
    expect(Date.parse(sent.resolutionDueAt) - Date.parse(sent.requestedAt)).toBe(24 * HOUR_MS);

    const base = {
      kind: "take_over",
      workOrderId: s.order.id,
      description: "Take it please",
    };
    const ambiguous = await s.managerA.post("/api/v1/service-requests", base);
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json<ErrorJson>().error.field).toBe("hubId");
    expect(ambiguous.json<ErrorJson>().error.message).toMatch(/several hubs serve/);
    const stranger = await makeOrganisation(t.db, "hub", { parentId: s.n.maker.id });
    const wrongHub = await s.managerA.post("/api/v1/service-requests", {
      ...base,
      hubId: stranger.id,
    });
    expect(wrongHub.json<ErrorJson>().error.field).toBe("hubId");
    const chosen = await s.managerA.post("/api/v1/service-requests", {
      ...base,
      hubId: s.n.hub.id,
    });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json<RequestJson>().hubId).toBe(s.n.hub.id);
  });

  it("flags a missed response or resolution target to both the operator and the hub", async () => {
    const s = await setup();
    const late = await askTakeOver(s);
    const onTime = await askTakeOver(s, (await workOrder(s.n.operatorA.id, s.vehicleA.id)).id);
    // Asked ten hours ago: the 8-hour response target passed two hours ago.
    const asked = Date.now() - 10 * HOUR_MS;
    await t.db
      .updateTable("service_requests")
      .set({
        requested_at: new Date(asked),
        response_due_at: new Date(asked + 8 * HOUR_MS),
        resolution_due_at: new Date(asked + 72 * HOUR_MS),
      })
      .where("id", "=", late.id)
      .execute();
    for (const side of [s.managerA, s.hub]) {
      const seen = (await side.get(`/api/v1/service-requests/${late.id}`)).json<RequestJson>();
      expect(seen).toMatchObject({ responseOverdue: true, resolutionOverdue: false });
      const overdue = (await side.get("/api/v1/service-requests?overdue=true")).json<
        RequestJson[]
      >();
      expect(ids(overdue)).toContain(late.id);
      expect(ids(overdue)).not.toContain(onTime.id);
      const fine = (await side.get("/api/v1/service-requests?overdue=false")).json<RequestJson[]>();
      expect(ids(fine)).toContain(onTime.id);
      expect(ids(fine)).not.toContain(late.id);
    }
    // Accepted after the target: still a missed response.
    const accepted = (
      await s.hub.post(`/api/v1/service-requests/${late.id}/accept`, {
        assigneeUserId: s.technician.id,
      })
    ).json<RequestJson>();
    expect(accepted.responseOverdue).toBe(true);
    // The resolution target passes while the work goes on, and stays missed once resolved.
    await t.db
      .updateTable("service_requests")
      .set({ resolution_due_at: new Date(Date.now() - HOUR_MS) })
      .where("id", "=", late.id)
      .execute();
    expect(
      (await s.managerA.get(`/api/v1/service-requests/${late.id}`)).json<RequestJson>()
        .resolutionOverdue,
    ).toBe(true);
    const resolved = (
      await s.hub.post(`/api/v1/service-requests/${late.id}/resolve`, { note: "Done at last" })
    ).json<RequestJson>();
    expect(resolved).toMatchObject({
      status: "resolved",
      responseOverdue: true,
      resolutionOverdue: true,
    });
    // Answered in time: no flags.
    const inTime = (
      await s.hub.post(`/api/v1/service-requests/${onTime.id}/accept`, {
        assigneeUserId: s.technician.id,
      })
    ).json<RequestJson>();
    expect(inTime).toMatchObject({ responseOverdue: false, resolutionOverdue: false });
  });

  it("puts the earliest missed or nearest target on top of the hub's queue, closed requests last", async () => {
    const s = await setup();
    const ask = async () => askTakeOver(s, (await workOrder(s.n.operatorA.id, s.vehicleA.id)).id);
    const accept = async (request: RequestJson) =>
      expect(
        (
          await s.hub.post(`/api/v1/service-requests/${request.id}/accept`, {
            assigneeUserId: s.technician.id,
          })
        ).statusCode,
      ).toBe(200);
    /** Moves a request's targets (and when it was resolved) to hours from now. */
    const setHours = (
      request: RequestJson,
      hours: { response: number; resolution: number; resolved?: number },
    ) => {
      const at = (h: number | undefined) =>
        h === undefined ? undefined : new Date(Date.now() + h * HOUR_MS);
      return t.db
        .updateTable("service_requests")
        .set({
          response_due_at: at(hours.response),
          resolution_due_at: at(hours.resolution),
          resolved_at: at(hours.resolved),
        })
        .where("id", "=", request.id)
        .execute();
    };

    // Asked in this order, so neither the time of asking nor the number explains the queue.
    const answerDueLater = await ask();
    const resolvedEarlier = await ask();
    const answerMissed = await ask();
    const resolvedLater = await ask();
    const workDueSoon = await ask();
    const answerDueSoon = await ask();
    const workMissed = await ask();
    for (const accepted of [resolvedEarlier, resolvedLater, workDueSoon, workMissed])
      await accept(accepted);
    for (const done of [resolvedEarlier, resolvedLater]) {
      const resolved = await s.hub.post(`/api/v1/service-requests/${done.id}/resolve`, {
        note: "Cable replaced",
      });
      expect(resolved.statusCode).toBe(200);
    }

    // Not answered yet: the response target counts.
    await setHours(answerDueLater, { response: 6, resolution: 60 });
    await setHours(answerMissed, { response: -3, resolution: 60 });
    await setHours(answerDueSoon, { response: 1, resolution: 60 });
    // Accepted: the response is behind them (long past, on purpose); the resolution counts.
    await setHours(workMissed, { response: -20, resolution: -1 });
    await setHours(workDueSoon, { response: -10, resolution: 2 });
    // Closed: however late their targets were, they wait below the active ones.
    await setHours(resolvedEarlier, { response: -90, resolution: -80, resolved: -5 });
    await setHours(resolvedLater, { response: -90, resolution: -80, resolved: -1 });

    const queue = (await s.hub.get("/api/v1/service-requests")).json<RequestJson[]>();
    expect(ids(queue)).toEqual(
      ids([
        answerMissed, // 3 h past
        workMissed, // 1 h past
        answerDueSoon, // in 1 h
        workDueSoon, // in 2 h
        answerDueLater, // in 6 h
        resolvedLater, // closed 1 h ago
        resolvedEarlier, // closed 5 h ago
      ]),
    );
    // The active view and the operator see the same order.
    const active = (await s.hub.get("/api/v1/service-requests?status=active")).json<
      RequestJson[]
    >();
    expect(ids(active)).toEqual(ids(queue).slice(0, 5));
    expect(ids((await s.managerA.get("/api/v1/service-requests")).json<RequestJson[]>())).toEqual(
      ids(queue),
    );
  });

  it("lets the hub decline and the operator cancel open requests, each from the right side only", async () => {
    const s = await setup();
    const first = await askTakeOver(s);
    const declined = await s.hub.post(`/api/v1/service-requests/${first.id}/decline`, {
      reason: "No HV technician free before next month",
    });
    expect(declined.json<RequestJson>()).toMatchObject({
      status: "declined",
      declineReason: "No HV technician free before next month",
    });
    expect(
      (await s.managerA.post(`/api/v1/service-requests/${first.id}/cancel`, {})).statusCode,
    ).toBe(409);

    // A declined order can be asked about again.
    const second = await askTakeOver(s);
    expect(
      (
        await s.hub.post(`/api/v1/service-requests/${second.id}/cancel`, {
          reason: "not ours to cancel",
        })
      ).statusCode,
    ).toBe(403);
    const cancelled = await s.managerA.post(`/api/v1/service-requests/${second.id}/cancel`, {
      reason: "Our own mechanic got certified",
    });
    expect(cancelled.json<RequestJson>()).toMatchObject({
      status: "cancelled",
      cancelReason: "Our own mechanic got certified",
      resolutionNote: null,
    });
    const lateDecline = await s.hub.post(`/api/v1/service-requests/${second.id}/decline`, {
      reason: "too late",
    });
    expect(lateDecline.statusCode).toBe(409);
    expect(lateDecline.json<ErrorJson>().error.message).toMatch(
      /is cancelled; only an open request can be declined/,
    );
    const resolveOpen = await s.hub.post(
      `/api/v1/service-requests/${(await askTakeOver(s)).id}/resolve`,
      { note: "skipping acceptance" },
    );
    expect(resolveOpen.statusCode).toBe(409);
    expect(resolveOpen.json<ErrorJson>().error.message).toMatch(
      /only an accepted request can be resolved/,
    );
    const active = (await s.managerA.get("/api/v1/service-requests?status=active")).json<
      RequestJson[]
    >();
    expect(active.map((r) => r.status)).toEqual(["open"]);
  });
});

describe("hub service requests, for people whose accounts are in Russian", () => {
  it("refuses a second take-over of one order and resolving an unaccepted request in Russian, storing nothing", async () => {
    const s = await setup();
    const request = await askTakeOver(s);
    for (const user of [s.n.managerA, s.n.hubManager])
      await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", user.id).execute();
    const manager = await signIn(s.n.managerA);
    const hub = await signIn(s.n.hubManager);

    const again = await manager.post("/api/v1/service-requests", {
      organisationId: s.n.operatorA.id,
      kind: "take_over",
      workOrderId: s.order.id,
      description: "Ещё раз: нет механика с допуском к высокому напряжению",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error).toMatchObject({
      code: "CONFLICT",
      field: "workOrderId",
      message: `По заказ-наряду ${s.order.number} уже есть открытая заявка в сервисный центр (№ ${request.number}) (поле workOrderId)`,
    });
    expect((await requestsOf(s.n.operatorA.id)).map((r) => r.id)).toEqual([request.id]);

    // Resolving needs an accepted request; this one is still open.
    const early = await hub.post(`/api/v1/service-requests/${request.id}/resolve`, {
      note: "Кабель заменён",
    });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error.message).toBe(
      `Заявка № ${request.number} открыта; закрыть как выполненную можно только принятую заявку (поле status)`,
    );
    const [stored] = await requestsOf(s.n.operatorA.id);
    expect(stored).toMatchObject({ status: "open", resolution_note: null, resolved_at: null });
  });
});
