/**
 * Work orders: opened from defects, from maintenance coming due, or by hand; tasks,
 * labour and parts; certified sign-off and verification; downtime at the release gate.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "../../src/db/scope.js";
import { computeDue } from "../../src/modules/maintenance/due.js";
import { Scope } from "../../src/db/scope.js";
import { createDueWorkOrders } from "../../src/modules/work-orders/from-due.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeCertificate,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: {
    code: string;
    message: string;
    field?: string;
    details?: { field?: string; message: string }[];
  };
}
interface Task {
  id: string;
  description: string;
  competencies: string[];
  required: boolean;
  done: boolean;
  programmeKey: string | null;
  taskKey: string | null;
}
interface WorkOrder {
  id: string;
  number: number;
  vehicleId: string;
  source: string;
  defectId: string | null;
  title: string;
  priority: string;
  blocking: boolean;
  status: string;
  scheduledFor: string | null;
  assigneeUserId: string | null;
  openedAt: string;
  completedAt: string | null;
  completedByName: string | null;
  verifiedByName: string | null;
  cancelReason: string | null;
  downtimeHours: number;
  tasks: Task[];
  labour: { id: string; userId: string; hours: number; workDate: string }[];
  parts: { id: string; quantity: number; cost: number | null }[];
  totalHours: number;
  partsCost: number;
  requiredCompetencies: string[];
  signOff: { canComplete: boolean; canVerify: boolean; missingCompetencies: string[] };
}
interface Decision {
  releasable: boolean;
  reasons: {
    code: string;
    overridable: boolean;
    message: string;
    params?: Record<string, string | number>;
  }[];
}

const day = (offset: number) => todayIso(new Date(Date.now() + offset * 86_400_000));

/**
 * Operator A's depot with a diesel city bus (nothing due by km below 9,000 km), its
 * driver, two mechanics without certificates yet, and the manager.
 */
async function workshop() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "diesel" });
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const mechanicUser = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  const secondMechanicUser = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  const signIn = async (email: string) => {
    const client = new Client(t.app);
    expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  };
  const certify = (userId: string, ...keys: string[]) =>
    Promise.all(keys.map((key) => makeCertificate(t.db, userId, n.operatorA.id, key)));
  return {
    n,
    depot,
    model,
    vehicle,
    mechanicUser,
    secondMechanicUser,
    certify,
    driver: await signIn(n.driverA.email),
    mechanic: await signIn(mechanicUser.email),
    secondMechanic: await signIn(secondMechanicUser.email),
    manager: await signIn(n.managerA.email),
  };
}
type Workshop = Awaited<ReturnType<typeof workshop>>;

const release = async (client: Client, vehicleId: string) =>
  (
    await client.get(
      `/api/v1/vehicles/${vehicleId}/release?shiftStart=${new Date(Date.now() + 30 * 60_000).toISOString()}`,
    )
  ).json<Decision>();

const getOrder = async (client: Client, id: string) =>
  (await client.get(`/api/v1/work-orders/${id}`)).json<WorkOrder>();

const move = (client: Client, id: string, body: object) =>
  client.post(`/api/v1/work-orders/${id}/transitions`, body);

/** The driver's check of the bus failing `fail`, at `meterValue` km. */
async function inspect(s: Workshop, fail: string[], meterValue: number) {
  const form = await formFor(s.driver, s.vehicle.id);
  const response = await submit(s.driver, inspectionBody(form, s.vehicle.id, { fail, meterValue }));
  expect(response.statusCode).toBe(201);
  return response.json<{ defectsOpened: { id: string }[] }>();
}

/** A manual order on the bus with one required task needing `competencies`, in progress. */
async function orderInProgress(s: Workshop, competencies: string[] = ["brakes"]) {
  const created = await s.manager.post("/api/v1/work-orders", {
    vehicleId: s.vehicle.id,
    title: "Replace brake pads",
    blocking: true,
    tasks: [{ description: "Replace front pads", competencies }],
  });
  expect(created.statusCode).toBe(201);
  const order = created.json<WorkOrder>();
  expect((await move(s.mechanic, order.id, { to: "in_progress" })).statusCode).toBe(200);
  return order;
}

/** Everything a completion could store, to prove a refusal stored nothing. */
async function storedFor(orderId: string, vehicleId: string) {
  const [order, readings, records, events, audits] = await Promise.all([
    t.db.selectFrom("work_orders").selectAll().where("id", "=", orderId).execute(),
    t.db.selectFrom("meter_readings").selectAll().where("vehicle_id", "=", vehicleId).execute(),
    t.db
      .selectFrom("maintenance_records")
      .selectAll()
      .where("vehicle_id", "=", vehicleId)
      .execute(),
    t.db
      .selectFrom("defect_events as e")
      .innerJoin("defects as d", "d.id", "e.defect_id")
      .selectAll("e")
      .where("d.vehicle_id", "=", vehicleId)
      .execute(),
    t.db.selectFrom("audit_log").select("id").where("entity_id", "=", orderId).execute(),
  ]);
  const labour = await t.db
    .selectFrom("work_order_labour")
    .selectAll()
    .where("work_order_id", "=", orderId)
    .execute();
  return JSON.stringify({ order, readings, records, events, audits, labour });
}

describe("a defect's work order", () => {
  it("follows a failed brake check through certified repair, verification and the driver's review", async () => {
    const s = await workshop();
    const { defectsOpened } = await inspect(s, ["service_brakes"], 5_000);
    expect(defectsOpened).toHaveLength(1);
    const defectId = defectsOpened[0]?.id ?? "";

    // The inspection opened a blocking, urgent order with the repair task and its competency.
    const listed = (
      await s.mechanic.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}&status=open`)
    ).json<WorkOrder[]>();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      source: "defect",
      defectId,
      blocking: true,
      priority: "urgent",
      status: "requested",
    });
    const id = listed[0]?.id ?? "";
    const opened = await getOrder(s.mechanic, id);
    expect(opened.title).toMatch(/brake/i);
    expect(opened.tasks).toHaveLength(1);
    expect(opened.tasks[0]?.description).toMatch(/^Repair: /);
    expect(opened.tasks[0]?.competencies).toEqual(["brakes"]);
    expect(opened.requiredCompetencies).toEqual(["brakes"]);
    // The technician sees up front that they may not sign it off.
    expect(opened.signOff).toEqual({
      canComplete: false,
      canVerify: false,
      missingCompetencies: ["brakes"],
    });

    // The vehicle is held by the open order, and no override can release it.
    const held = await release(s.manager, s.vehicle.id);
    const reason = held.reasons.find((r) => r.code === "WORK_ORDER_OPEN");
    expect(reason).toMatchObject({ overridable: false });
    expect(reason?.message).toContain(`work order ${opened.number}`);
    expect(reason?.message).toContain(opened.title);
    expect(reason?.params).toEqual({
      number: opened.number,
      title: opened.title,
      titleRu:
        "Неисправна рабочая тормозная система: ход педали или набор давления воздуха не в норме",
      status: "requested",
    });
    expect(held.releasable).toBe(false);

    // Without a certificate for brakes the mechanic may start, but not sign anything off.
    expect((await move(s.mechanic, id, { to: "in_progress" })).statusCode).toBe(200);
    const taskId = opened.tasks[0]?.id ?? "";
    const refusedTask = await s.mechanic.post(`/api/v1/work-orders/${id}/tasks/${taskId}/done`);
    expect(refusedTask.statusCode).toBe(403);
    expect(refusedTask.json<ErrorJson>().error.message).toMatch(/brakes/);
    await s.certify(s.mechanicUser.id, "brakes");
    expect((await getOrder(s.mechanic, id)).signOff.canComplete).toBe(true);
    expect(
      (await s.mechanic.post(`/api/v1/work-orders/${id}/tasks/${taskId}/done`)).statusCode,
    ).toBe(200);

    const completed = await move(s.mechanic, id, {
      to: "completed",
      meterKm: 5_010,
      note: "Pads and discs replaced, brake test passed",
    });
    expect(completed.statusCode).toBe(200);
    expect(completed.json<WorkOrder>()).toMatchObject({
      status: "completed",
      completedByName: expect.any(String) as string,
    });
    // The defect is repaired, certified by the completer, with their note.
    const defect = (await s.mechanic.get(`/api/v1/defects/${defectId}`)).json<{
      status: string;
      events: { kind: string; note: string | null }[];
    }>();
    expect(defect.status).toBe("repaired");
    expect(defect.events.map((e) => [e.kind, e.note])).toEqual([
      ["repaired", "Pads and discs replaced, brake test passed"],
    ]);
    const queued = await t.db
      .selectFrom("record_chain_queue")
      .select("record_kind")
      .where("organisation_id", "=", s.n.operatorA.id)
      .where("record_kind", "=", "defect_event")
      .execute();
    const chained = await t.db
      .selectFrom("record_chain")
      .select("record_kind")
      .where("organisation_id", "=", s.n.operatorA.id)
      .where("record_kind", "=", "defect_event")
      .execute();
    expect(queued.length + chained.length).toBe(1);
    // The meter value at completion is stored as a manual reading.
    const readings = (await s.mechanic.get(`/api/v1/vehicles/${s.vehicle.id}/meter-readings`)).json<
      { value: number; source: string }[]
    >();
    expect(readings[0]).toMatchObject({ value: 5_010, source: "manual" });

    // No longer held by the order; the driver still has to review the repair.
    const afterRepair = await release(s.manager, s.vehicle.id);
    expect(afterRepair.reasons.map((r) => r.code)).toEqual(["REPAIR_NOT_REVIEWED"]);

    // Verification: not by the completer; not by someone uncertified; then by a second certified person.
    const byCompleter = await move(s.mechanic, id, { to: "verified" });
    expect(byCompleter.statusCode).toBe(403);
    expect(byCompleter.json<ErrorJson>().error.message).toMatch(/another certified person/);
    const uncertified = await move(s.secondMechanic, id, { to: "verified" });
    expect(uncertified.statusCode).toBe(403);
    expect(uncertified.json<ErrorJson>().error.message).toMatch(/brakes/);
    await s.certify(s.secondMechanicUser.id, "brakes");
    const verified = await move(s.secondMechanic, id, { to: "verified" });
    expect(verified.statusCode).toBe(200);
    expect(verified.json<WorkOrder>()).toMatchObject({
      status: "verified",
      verifiedByName: expect.any(String) as string,
    });

    // The driver reviews the repair before the next shift: the bus may go.
    expect((await s.driver.post(`/api/v1/defects/${defectId}/review`, {})).statusCode).toBe(200);
    expect(await release(s.manager, s.vehicle.id)).toMatchObject({
      releasable: true,
      reasons: [],
    });
    const final = await getOrder(s.manager, id);
    expect(final.downtimeHours).toBeGreaterThanOrEqual(0);
    expect(final.completedAt).not.toBeNull();
  });

  it("asks for the competencies of the failed checklist item and follows its severity", async () => {
    const s = await workshop();
    await inspect(s, ["heat_shields", "lights", "first_aid_kit"], 5_000);
    const orders = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const byTitle = (pattern: RegExp) => orders.find((o) => pattern.test(o.title));
    // Each order is titled by its fault, not by the item's pass wording.
    expect(byTitle(/^heat shield missing or loose/i)).toMatchObject({
      priority: "urgent",
      blocking: true,
    });
    expect(byTitle(/light not working/i)).toMatchObject({ priority: "high", blocking: false });
    expect(byTitle(/^first-aid kit missing/i)).toMatchObject({
      priority: "normal",
      blocking: false,
    });
    const fire = await getOrder(s.manager, byTitle(/heat shield/i)?.id ?? "");
    // A fire item needs fire safety and the specialist of the system it sits on (DOMAIN.md §2:
    // heat shields left off by incorrect repairs of the exhaust are how buses burn).
    expect(fire.requiredCompetencies).toEqual(["engine_fuel", "fire_safety"]);
    const lights = await getOrder(s.manager, byTitle(/light not working/i)?.id ?? "");
    expect(lights.requiredCompetencies).toEqual(["electrical_lv"]);
    const kit = await getOrder(s.manager, byTitle(/first-aid/i)?.id ?? "");
    expect(kit.requiredCompetencies).toEqual(["general_service"]);
  });

  it("opens no order when the operator turned it off", async () => {
    const s = await workshop();
    await t.db
      .insertInto("maintenance_settings")
      .values({ organisation_id: s.n.operatorA.id, work_orders_from_defects: false })
      .execute();
    const { defectsOpened } = await inspect(s, ["service_brakes"], 5_000);
    expect(defectsOpened).toHaveLength(1);
    expect(
      (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<WorkOrder[]>(),
    ).toEqual([]);
  });

  it("certifies a defect with an open order only by completing that order, where no repair needed is a certification too", async () => {
    const s = await workshop();
    await s.certify(s.mechanicUser.id, "electrical_lv");
    const { defectsOpened } = await inspect(s, ["lights"], 5_000);
    const defectId = defectsOpened[0]?.id ?? "";
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const direct = await s.mechanic.post(`/api/v1/defects/${defectId}/repair`, {
      action: "no_repair_needed",
      note: "Bulb was fine, the switch had been off",
    });
    expect(direct.statusCode).toBe(409);
    expect(direct.json<ErrorJson>().error.message).toContain(
      `work order ${order?.number ?? 0}; complete that order`,
    );
    expect((await getOrder(s.manager, order?.id ?? "")).status).toBe("requested");
    expect((await move(s.mechanic, order?.id ?? "", { to: "in_progress" })).statusCode).toBe(200);
    const [task] = (await getOrder(s.mechanic, order?.id ?? "")).tasks;
    await s.mechanic.post(`/api/v1/work-orders/${order?.id ?? ""}/tasks/${task?.id ?? ""}/done`);
    const completed = await move(s.mechanic, order?.id ?? "", {
      to: "completed",
      defectOutcome: "no_repair_needed",
      note: "Bulb was fine, the switch had been off",
    });
    expect(completed.statusCode).toBe(200);
    const defect = (await s.manager.get(`/api/v1/defects/${defectId}`)).json<{
      status: string;
      events: { kind: string; note: string }[];
    }>();
    expect(defect.status).toBe("no_repair_needed");
    expect(defect.events.at(-1)).toMatchObject({
      kind: "no_repair_needed",
      note: "Bulb was fine, the switch had been off",
    });
  });
});

describe("a maintenance work order", () => {
  it("opens for a task coming due, once, and completing it resets the task's schedule", async () => {
    const s = await workshop();
    // 9,500 km: TO-1 (every 10,000 km, due soon from 9,000) is due soon.
    await inspect(s, [], 9_500);
    const first = await s.manager.post("/api/v1/work-orders/from-due", {
      organisationId: s.n.operatorA.id,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json<{ created: number }>().created).toBeGreaterThanOrEqual(1);
    // Asking again opens nothing more: each task has its open order.
    expect(
      (
        await s.manager.post("/api/v1/work-orders/from-due", { organisationId: s.n.operatorA.id })
      ).json<{ created: number }>().created,
    ).toBe(0);
    expect(await createDueWorkOrders(t.db, todayIso(), [s.n.operatorA.id])).toBe(0);

    const orders = (
      await s.manager.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}&source=maintenance`)
    ).json<WorkOrder[]>();
    const toOne = orders.find((o) => o.title === "TO-1 service");
    expect(toOne).toMatchObject({ status: "requested", blocking: false, priority: "normal" });
    const order = await getOrder(s.mechanic, toOne?.id ?? "");
    expect(order.tasks).toHaveLength(1);
    expect(order.tasks[0]).toMatchObject({ programmeKey: "bus-to", taskKey: "to-1" });
    expect(order.requiredCompetencies).toEqual(["brakes", "general_service"]);

    await s.certify(s.mechanicUser.id, "brakes", "general_service");
    expect((await move(s.mechanic, order.id, { to: "in_progress" })).statusCode).toBe(200);
    await s.mechanic.post(`/api/v1/work-orders/${order.id}/tasks/${order.tasks[0]?.id ?? ""}/done`);
    const completed = await move(s.mechanic, order.id, { to: "completed", meterKm: 9_520 });
    expect(completed.statusCode, completed.body).toBe(200);

    const records = await t.db
      .selectFrom("maintenance_records")
      .selectAll()
      .where("vehicle_id", "=", s.vehicle.id)
      .execute();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      programme_key: "bus-to",
      task_key: "to-1",
      work_order_id: order.id,
      completed_on: todayIso(),
    });
    expect(Number(records[0]?.meter_km)).toBe(9_520);
    const due = await computeDue(t.db, {
      scope: Scope.all(),
      today: todayIso(),
      vehicleIds: [s.vehicle.id],
    });
    const next = due.find((d) => d.taskKey === "to-1");
    expect(next).toMatchObject({ status: "ok", dueKm: 19_520 });
  });

  it("copies a programme task's name and competencies into an order opened by hand", async () => {
    const s = await workshop();
    const created = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "Annual service",
      maintenanceTasks: [{ programmeKey: "bus-to", taskKey: "to-2" }],
      tasks: [{ description: "Wash the underbody", required: false }],
      scheduledFor: day(3),
    });
    expect(created.statusCode).toBe(201);
    const order = created.json<WorkOrder>();
    expect(order.status).toBe("scheduled");
    expect(order.tasks.map((task) => [task.description, task.competencies, task.required])).toEqual(
      [
        ["Wash the underbody", [], false],
        ["TO-2 service", ["general_service", "brakes", "steering"], true],
      ],
    );
    // An order of one maintenance task is that task's: the due list sees it open.
    const only = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "TO-1 now",
      maintenanceTasks: [{ programmeKey: "bus-to", taskKey: "to-1" }],
    });
    expect(only.statusCode).toBe(201);
    expect(only.json<WorkOrder>()).toMatchObject({ source: "maintenance" });
    const twice = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "TO-1 again",
      maintenanceTasks: [{ programmeKey: "bus-to", taskKey: "to-1" }],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error).toMatchObject({ field: "maintenanceTasks.0" });
    const unknown = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "Nonsense",
      maintenanceTasks: [{ programmeKey: "bus-to", taskKey: "to-9" }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorJson>().error).toMatchObject({ field: "maintenanceTasks.0" });
  });
});

describe("completing and verifying refuse bad sign-offs, storing nothing", () => {
  it("refuses completion while a required task is not done, naming it", async () => {
    const s = await workshop();
    await s.certify(s.mechanicUser.id, "brakes");
    const order = await orderInProgress(s);
    const before = await storedFor(order.id, s.vehicle.id);
    const refused = await move(s.mechanic, order.id, { to: "completed" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorJson>().error).toMatchObject({ field: "tasks" });
    expect(refused.json<ErrorJson>().error.message).toContain("Replace front pads");
    expect(await storedFor(order.id, s.vehicle.id)).toBe(before);
  });

  it("refuses completion without a certificate, or with an expired one, naming the competency", async () => {
    const s = await workshop();
    await s.certify(s.mechanicUser.id, "brakes");
    const order = await orderInProgress(s, ["brakes", "steering"]);
    // Ticking off needs both, so add the steering certificate for a moment… then expire it.
    const steering = await makeCertificate(t.db, s.mechanicUser.id, s.n.operatorA.id, "steering");
    await s.mechanic.post(`/api/v1/work-orders/${order.id}/tasks/${order.tasks[0]?.id ?? ""}/done`);
    await t.db
      .updateTable("certificates")
      .set({ issued_on: day(-400), expires_on: day(-1) })
      .where("id", "=", steering.id)
      .execute();
    const before = await storedFor(order.id, s.vehicle.id);
    const expired = await move(s.mechanic, order.id, { to: "completed", meterKm: 100 });
    expect(expired.statusCode).toBe(403);
    expect(expired.json<ErrorJson>().error).toMatchObject({ field: "competencies" });
    expect(expired.json<ErrorJson>().error.message).toMatch(/steering/);
    expect(expired.json<ErrorJson>().error.message).not.toMatch(/brakes/);
    // The second mechanic holds none at all.
    const none = await move(s.secondMechanic, order.id, { to: "completed" });
    expect(none.statusCode).toBe(403);
    expect(none.json<ErrorJson>().error.message).toMatch(
      /Brake systems \(brakes\), Steering and suspension \(steering\)/,
    );
    // A dispatcher may write orders but not sign them off.
    const dispatcherUser = await makeUser(t.db, [[s.n.operatorA.id, "dispatcher"]]);
    const dispatcher = new Client(t.app);
    await dispatcher.login(dispatcherUser.email, TEST_PASSWORD);
    expect((await move(dispatcher, order.id, { to: "completed" })).statusCode).toBe(403);
    expect(await storedFor(order.id, s.vehicle.id)).toBe(before);
    expect((await getOrder(s.mechanic, order.id)).signOff.missingCompetencies).toEqual([
      "steering",
    ]);
  });

  it("refuses a completion before the order was opened or in the future, and a meter value below the last reading", async () => {
    const s = await workshop();
    await inspect(s, [], 5_000);
    await s.certify(s.mechanicUser.id, "brakes");
    const order = await orderInProgress(s);
    await s.mechanic.post(`/api/v1/work-orders/${order.id}/tasks/${order.tasks[0]?.id ?? ""}/done`);
    const before = await storedFor(order.id, s.vehicle.id);
    const early = await move(s.mechanic, order.id, {
      to: "completed",
      completedAt: new Date(Date.parse(order.openedAt) - 3_600_000).toISOString(),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json<ErrorJson>().error).toMatchObject({ field: "completedAt" });
    expect(early.json<ErrorJson>().error.message).toMatch(/before the order was opened/);
    const future = await move(s.mechanic, order.id, {
      to: "completed",
      completedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.json<ErrorJson>().error).toMatchObject({ field: "completedAt" });
    const backwards = await move(s.mechanic, order.id, { to: "completed", meterKm: 4_900 });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorJson>().error).toMatchObject({ field: "meterKm" });
    expect(backwards.json<ErrorJson>().error.message).toMatch(/below the reading of 5000 km/);
    expect(await storedFor(order.id, s.vehicle.id)).toBe(before);
    // Right values complete it.
    expect((await move(s.mechanic, order.id, { to: "completed", meterKm: 5_050 })).statusCode).toBe(
      200,
    );
  });

  it("refuses moves that skip or reverse the order's life, naming both statuses", async () => {
    const s = await workshop();
    const created = (
      await s.manager.post("/api/v1/work-orders", { vehicleId: s.vehicle.id, title: "Check" })
    ).json<WorkOrder>();
    const skip = await move(s.manager, created.id, { to: "verified" });
    expect(skip.statusCode).toBe(409);
    expect(skip.json<ErrorJson>().error.message).toMatch(/is requested; it cannot go to verified/);
    const noDate = await move(s.manager, created.id, { to: "scheduled" });
    expect(noDate.json<ErrorJson>().error).toMatchObject({ field: "scheduledFor" });
    expect(
      (
        await move(s.manager, created.id, { to: "scheduled", scheduledFor: day(2) })
      ).json<WorkOrder>(),
    ).toMatchObject({ status: "scheduled", scheduledFor: day(2) });
    const noReason = await move(s.manager, created.id, { to: "cancelled" });
    expect(noReason.json<ErrorJson>().error).toMatchObject({ field: "reason" });
    const cancelled = await move(s.manager, created.id, { to: "cancelled", reason: "Sold" });
    expect(cancelled.json<WorkOrder>()).toMatchObject({
      status: "cancelled",
      cancelReason: "Sold",
    });
    const reopen = await move(s.manager, created.id, { to: "in_progress" });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json<ErrorJson>().error.message).toMatch(
      /is cancelled; it cannot go to in progress/,
    );
    const change = await s.manager.patch(`/api/v1/work-orders/${created.id}`, { title: "x" });
    expect(change.statusCode).toBe(409);
  });
});

describe("labour", () => {
  it("records hours per person and day, and refuses negative, absurd, future or early entries", async () => {
    const s = await workshop();
    const order = await orderInProgress(s);
    const labour = (body: object) =>
      s.mechanic.post(`/api/v1/work-orders/${order.id}/labour`, body);
    const ok = await labour({ userId: s.mechanicUser.id, workDate: todayIso(), hours: 2.5 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json<WorkOrder>()).toMatchObject({ totalHours: 2.5 });
    const before = await storedFor(order.id, s.vehicle.id);
    const cases: [object, string, RegExp][] = [
      [{ userId: s.mechanicUser.id, workDate: todayIso(), hours: -1 }, "hours", /> 0/],
      [{ userId: s.mechanicUser.id, workDate: todayIso(), hours: 0 }, "hours", /> 0/],
      [{ userId: s.mechanicUser.id, workDate: todayIso(), hours: 25 }, "hours", /24/],
      [
        { userId: s.mechanicUser.id, workDate: todayIso(), hours: 22 },
        "hours",
        /already has 2.5 h/,
      ],
      [{ userId: s.mechanicUser.id, workDate: day(1), hours: 1 }, "workDate", /future/],
      [
        { userId: s.mechanicUser.id, workDate: day(-2), hours: 1 },
        "workDate",
        /before the order was opened/,
      ],
      [{ userId: s.n.managerB.id, workDate: todayIso(), hours: 1 }, "userId", /no such person/],
    ];
    for (const [body, field, message] of cases) {
      const response = await labour(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<ErrorJson>().error.field, JSON.stringify(body)).toBe(field);
      expect(response.json<ErrorJson>().error.message, JSON.stringify(body)).toMatch(message);
    }
    expect(await storedFor(order.id, s.vehicle.id)).toBe(before);
    // The daily limit counts every order of the person.
    const other = await orderInProgress(s);
    const over = await s.mechanic.post(`/api/v1/work-orders/${other.id}/labour`, {
      userId: s.mechanicUser.id,
      workDate: todayIso(),
      hours: 22,
    });
    expect(over.json<ErrorJson>().error).toMatchObject({ field: "hours" });
    const entry = ok.json<WorkOrder>().labour[0]?.id ?? "";
    const removed = await s.mechanic.delete(`/api/v1/work-orders/${order.id}/labour/${entry}`);
    expect(removed.json<WorkOrder>()).toMatchObject({ totalHours: 0, labour: [] });
  });
});

describe("work orders by hand", () => {
  it("assigns only people of the operator, filters the list, and counts downtime of a blocking order", async () => {
    const s = await workshop();
    const created = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "Door mechanism",
      priority: "high",
      blocking: true,
    });
    const order = created.json<WorkOrder>();
    expect(order).toMatchObject({ source: "manual", status: "requested", priority: "high" });
    await t.db
      .updateTable("work_orders")
      .set({ opened_at: new Date(Date.now() - 3 * 3_600_000) })
      .where("id", "=", order.id)
      .execute();
    expect((await getOrder(s.manager, order.id)).downtimeHours).toBeGreaterThanOrEqual(2.99);
    const outsider = await s.manager.patch(`/api/v1/work-orders/${order.id}`, {
      assigneeUserId: s.n.managerB.id,
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json<ErrorJson>().error).toMatchObject({ field: "assigneeUserId" });
    const assigned = await s.manager.patch(`/api/v1/work-orders/${order.id}`, {
      assigneeUserId: s.mechanicUser.id,
      blocking: false,
    });
    expect(assigned.json<WorkOrder>()).toMatchObject({
      assigneeUserId: s.mechanicUser.id,
      blocking: false,
      downtimeHours: 0,
    });
    const mine = (
      await s.mechanic.get(`/api/v1/work-orders?assigneeUserId=${s.mechanicUser.id}`)
    ).json<WorkOrder[]>();
    expect(mine.map((o) => o.id)).toEqual([order.id]);
    const byDepot = (await s.mechanic.get(`/api/v1/work-orders?depotId=${s.depot.id}`)).json<
      WorkOrder[]
    >();
    expect(byDepot.map((o) => o.id)).toContain(order.id);
    expect(
      (await s.mechanic.get(`/api/v1/work-orders?status=completed&vehicleId=${s.vehicle.id}`)).json<
        WorkOrder[]
      >(),
    ).toEqual([]);
  });

  it("lists the work to do first on top: blocking, then priority, then the oldest; closed orders last", async () => {
    const s = await workshop();
    const HOUR_MS = 3_600_000;
    /** An order opened by hand, then dated `hoursAgo` back. */
    const openOrder = async (
      title: string,
      priority: string,
      blocking: boolean,
      hoursAgo: number,
    ): Promise<WorkOrder> => {
      const order = (
        await s.manager.post("/api/v1/work-orders", {
          vehicleId: s.vehicle.id,
          title,
          priority,
          blocking,
        })
      ).json<WorkOrder>();
      await t.db
        .updateTable("work_orders")
        .set({ opened_at: new Date(Date.now() - hoursAgo * HOUR_MS) })
        .where("id", "=", order.id)
        .execute();
      return order;
    };
    const cancel = async (order: WorkOrder, hoursAgo: number) => {
      const reason = "Duplicate of another order";
      expect((await move(s.manager, order.id, { to: "cancelled", reason })).statusCode).toBe(200);
      await t.db
        .updateTable("work_orders")
        .set({ cancelled_at: new Date(Date.now() - hoursAgo * HOUR_MS) })
        .where("id", "=", order.id)
        .execute();
    };
    // Opened in this order, so neither creation order nor number can explain the list.
    const oldMirror = await openOrder("Mirror loose", "normal", false, 5 * 24);
    const cancelledEarlier = await openOrder("Heater duplicate", "urgent", true, 4 * 24);
    const olderSeat = await openOrder("Driver's seat worn", "high", false, 3 * 24);
    const cancelledLater = await openOrder("Wipers duplicate", "low", false, 3 * 24);
    const newerDoor = await openOrder("Door sensor flickers", "high", false, 24);
    const steps = await openOrder("Step edge cracked", "low", true, 2);
    const fire = await openOrder("Fire suppression fault", "urgent", true, 0);
    await cancel(cancelledEarlier, 48);
    await cancel(cancelledLater, 1);

    const titles = (list: WorkOrder[]) => list.map((o) => o.title);
    const all = (await s.mechanic.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    expect(titles(all)).toEqual([
      // Holding the vehicle: the urgent one, then the low one despite its priority.
      fire.title,
      steps.title,
      // Free to go: the two high ones (older first), then the normal one though it is oldest.
      olderSeat.title,
      newerDoor.title,
      oldMirror.title,
      // Closed, the most recently closed first, however urgent they were.
      cancelledLater.title,
      cancelledEarlier.title,
    ]);
    const openOnly = (
      await s.mechanic.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}&status=open`)
    ).json<WorkOrder[]>();
    expect(titles(openOnly)).toEqual([
      fire.title,
      steps.title,
      olderSeat.title,
      newerDoor.title,
      oldMirror.title,
    ]);
  });

  it("refuses a driver, an unknown competency and another operator's vehicle", async () => {
    const s = await workshop();
    expect(
      (await s.driver.post("/api/v1/work-orders", { vehicleId: s.vehicle.id, title: "x" }))
        .statusCode,
    ).toBe(403);
    const unknown = await s.manager.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "x",
      tasks: [{ description: "Weld", competencies: ["welding"] }],
    });
    expect(unknown.json<ErrorJson>().error).toMatchObject({ field: "tasks.0.competencies" });
    const otherVehicle = await makeVehicle(t.db, s.n.operatorB.id, s.model.id);
    const foreign = await s.manager.post("/api/v1/work-orders", {
      vehicleId: otherVehicle.id,
      title: "x",
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<ErrorJson>().error.message).toBe("vehicleId: no such vehicle");
  });

  it("adds tasks while open, and ticks them off only in progress", async () => {
    const s = await workshop();
    const order = (
      await s.manager.post("/api/v1/work-orders", { vehicleId: s.vehicle.id, title: "Checks" })
    ).json<WorkOrder>();
    const added = await s.manager.post(`/api/v1/work-orders/${order.id}/tasks`, {
      description: "Check wheel nuts",
      competencies: ["general_service"],
    });
    expect(added.statusCode).toBe(201);
    const withMaintenance = await s.manager.post(`/api/v1/work-orders/${order.id}/tasks`, {
      programmeKey: "bus-to",
      taskKey: "to-1",
    });
    const tasks = withMaintenance.json<WorkOrder>().tasks;
    expect(tasks.map((task) => task.description)).toEqual(["Check wheel nuts", "TO-1 service"]);
    await s.certify(s.mechanicUser.id, "general_service");
    const early = await s.mechanic.post(
      `/api/v1/work-orders/${order.id}/tasks/${tasks[0]?.id ?? ""}/done`,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error.message).toMatch(/start it/);
  });
});

describe("in the reader's language (issue #14)", () => {
  /** A second person of the operator whose account is in Russian. */
  async function russianReader(s: Workshop, role: "mechanic" | "operator_manager") {
    const user = await makeUser(t.db, [[s.n.operatorA.id, role]]);
    await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", user.id).execute();
    const client = new Client(t.app);
    expect((await client.login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  }
  // The service-brake item's wording, as the checklist defines it (Mintrans order No. 9,
  // decree No. 837), and the comment the test driver writes on a failed item.
  const BRAKES_FAULT_RU =
    "Неисправна рабочая тормозная система: ход педали или набор давления воздуха не в норме";
  const BRAKES_FAULT_EN =
    "Service brakes faulty: abnormal pedal feel or slow air-pressure build-up";
  const DRIVER_WORDS = "Seen at the depot before the shift";

  it("a defect's order, its task and the defect read in Russian to a Russian reader and in English to an English one", async () => {
    const s = await workshop();
    const [{ id: defectId } = { id: "" }] = (await inspect(s, ["service_brakes"], 5_000))
      .defectsOpened;
    const ru = await russianReader(s, "mechanic");

    const [listedRu] = (await ru.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    expect(listedRu?.title).toBe(BRAKES_FAULT_RU);
    const orderRu = await getOrder(ru, listedRu?.id ?? "");
    // The driver's words stay as written; the item is named as its fault, in Russian.
    expect(orderRu.tasks[0]?.description).toBe(`Ремонт: ${BRAKES_FAULT_RU}: ${DRIVER_WORDS}`);
    const orderRuDefect = (await ru.get(`/api/v1/work-orders/${listedRu?.id ?? ""}`)).json<{
      defect: { description: string };
    }>().defect;
    expect(orderRuDefect.description).toBe(`${BRAKES_FAULT_RU}: ${DRIVER_WORDS}`);
    const defectRu = (await ru.get(`/api/v1/defects/${defectId}`)).json<{ description: string }>();
    expect(defectRu.description).toBe(`${BRAKES_FAULT_RU}: ${DRIVER_WORDS}`);

    // The same order in English, as stored.
    const orderEn = await getOrder(s.mechanic, listedRu?.id ?? "");
    expect(orderEn.title).toBe(BRAKES_FAULT_EN);
    expect(orderEn.tasks[0]?.description).toMatch(/^Repair: Service brakes: .*: Seen at the depot/);

    // The board's reason carries the title in both languages.
    const held = await release(s.manager, s.vehicle.id);
    expect(held.reasons.find((r) => r.code === "WORK_ORDER_OPEN")?.params).toMatchObject({
      title: BRAKES_FAULT_EN,
      titleRu: BRAKES_FAULT_RU,
    });
  });

  it("a form sending the shown Russian title back changes nothing; a new title is kept as the person wrote it", async () => {
    const s = await workshop();
    await inspect(s, ["service_brakes"], 5_000);
    const ru = await russianReader(s, "operator_manager");
    const [listed] = (await ru.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}`)).json<
      WorkOrder[]
    >();
    const id = listed?.id ?? "";

    const same = await ru.patch(`/api/v1/work-orders/${id}`, {
      title: BRAKES_FAULT_RU,
      priority: "high",
    });
    expect(same.statusCode, same.body).toBe(200);
    expect((await getOrder(s.mechanic, id)).title).toBe(BRAKES_FAULT_EN);
    expect((await getOrder(ru, id)).title).toBe(BRAKES_FAULT_RU);

    const renamed = await ru.patch(`/api/v1/work-orders/${id}`, { title: "Заменить колодки" });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await getOrder(s.mechanic, id)).title).toBe("Заменить колодки");
    expect((await getOrder(ru, id)).title).toBe("Заменить колодки");
  });

  it("an order opened for due maintenance is titled and described in Russian", async () => {
    const s = await workshop();
    // 9,500 km: TO-1 (every 10,000 km) is due soon, as in the test above.
    await inspect(s, [], 9_500);
    await s.manager.post("/api/v1/work-orders/from-due", { organisationId: s.n.operatorA.id });
    const ru = await russianReader(s, "mechanic");
    const orders = (
      await ru.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}&source=maintenance`)
    ).json<WorkOrder[]>();
    const toOne = orders.find((o) => o.title === "ТО-1");
    expect(toOne).toBeDefined();
    const order = (await ru.get(`/api/v1/work-orders/${toOne?.id ?? ""}`)).json<{
      description: string;
      tasks: Task[];
    }>();
    // The programme's Russian name and the due point in Russian ("10 000 км").
    expect(order.description).toMatch(
      /^Скоро срок: ТО автобусов \(ТО-1, ТО-2\), срок — .*10\s000 км/,
    );
    expect(order.tasks[0]?.description).toBe("ТО-1");
    // English readers keep the English.
    expect((await getOrder(s.mechanic, toOne?.id ?? "")).title).toBe("TO-1 service");
  });
});
