/**
 * Preventive maintenance: programmes by model, what is due (km, engine hours or days,
 * whichever comes first), fixed and floating schedules, forecasts from average use, an
 * organisation's own intervals, completions recorded from outside fleethub, settings,
 * and the release gate holding a bus whose safety-critical service is overdue.
 */
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Meter, Powertrain, VehicleType } from "../../src/core/fleet.js";
import { Scope, todayIso } from "../../src/db/scope.js";
import { computeDue, type DueItem } from "../../src/modules/maintenance/due.js";
import { maintenanceReleaseRule } from "../../src/modules/maintenance/release-rule.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
  randomVin,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}
interface Task {
  id: string;
  key: string;
  intervalKm: number | null;
  schedule: string;
  includes: string[];
}
interface Programme {
  id: string;
  organisationId: string | null;
  builtIn: boolean;
  key: string;
  basedOnId: string | null;
  tolerancePercent: number;
  tasks: Task[];
}
interface VehicleMaintenance {
  due: DueItem[];
  history: { taskKey: string; completedOn: string; basisKm: number | null }[];
}
interface Decision {
  releasable: boolean;
  reasons: { code: string; overridable: boolean; message: string }[];
}

const DAY_MS = 86_400_000;
const today = todayIso();
/** The date `n` days from today (negative: ago). */
const day = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const at = (n: number, time = "12:00:00") => new Date(`${day(n)}T${time}Z`);

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

async function network() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  return { n, depot, manager: await signIn(n.managerA.email) };
}

async function vehicleOf(
  organisationId: string,
  options: {
    powertrain?: Powertrain;
    vehicleType?: VehicleType;
    depotId?: string;
    inServiceDate?: string;
  } = {},
) {
  const model = await makeModel(t.db, {
    ...(options.powertrain ? { powertrain: options.powertrain } : {}),
    ...(options.vehicleType ? { vehicleType: options.vehicleType } : {}),
    ...(options.powertrain === "battery_electric" ? { batteryKwh: 400 } : {}),
  });
  const vehicle = await makeVehicle(t.db, organisationId, model.id, {
    ...(options.depotId ? { depotId: options.depotId } : {}),
  });
  if (options.inServiceDate)
    await t.db
      .updateTable("vehicles")
      .set({ in_service_date: options.inServiceDate })
      .where("id", "=", vehicle.id)
      .execute();
  return vehicle;
}

/** Readings written straight to the database: [days from today, value, time of day]. */
async function readings(
  vehicle: { id: string; organisation_id: string },
  points: [number, number, string?][],
  meter: Meter = "odometer_km",
) {
  await t.db
    .insertInto("meter_readings")
    .values(
      points.map(([offset, value, time]) => ({
        organisation_id: vehicle.organisation_id,
        vehicle_id: vehicle.id,
        meter,
        value,
        read_at: at(offset, time),
        source: "manual" as const,
      })),
    )
    .execute();
}

async function maintenanceOf(client: Client, vehicleId: string) {
  const response = await client.get(`/api/v1/vehicles/${vehicleId}/maintenance`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<VehicleMaintenance>();
}

function item(list: DueItem[], taskKey: string): DueItem {
  const found = list.find((i) => i.taskKey === taskKey);
  if (!found) throw new Error(`no due item ${taskKey} in ${list.map((i) => i.taskKey).join()}`);
  return found;
}

/** A ТО-2 stored straight to the database, with its basis (next due at basis + 20,000 km). */
async function toTwoDone(
  vehicle: { id: string; organisation_id: string },
  offset: number,
  basisKm: number,
) {
  await t.db
    .insertInto("maintenance_records")
    .values({
      organisation_id: vehicle.organisation_id,
      vehicle_id: vehicle.id,
      programme_key: "bus-to",
      task_key: "to-2",
      completed_on: day(offset),
      basis_date: day(offset),
      meter_km: basisKm,
      basis_km: basisKm,
    })
    .execute();
}

async function record(client: Client, vehicleId: string, body: object) {
  return client.post(`/api/v1/vehicles/${vehicleId}/maintenance-records`, body);
}

async function builtIn(client: Client, key: string): Promise<Programme> {
  const all = (await client.get("/api/v1/maintenance-programmes")).json<Programme[]>();
  const found = all.find((p) => p.builtIn && p.key === key);
  if (!found) throw new Error(`no built-in programme ${key}`);
  return found;
}

async function copyFor(client: Client, organisationId: string, key: string) {
  const source = await builtIn(client, key);
  const response = await client.post("/api/v1/maintenance-programmes", {
    organisationId,
    basedOnId: source.id,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Programme>();
}

const countRecords = async (vehicleId: string) =>
  (
    await t.db
      .selectFrom("maintenance_records")
      .select(t.db.fn.countAll<number>().as("n"))
      .where("vehicle_id", "=", vehicleId)
      .executeTakeFirstOrThrow()
  ).n;

describe("maintenance programmes by model", () => {
  it("gives each vehicle the built-in programmes for its type and powertrain", async () => {
    const { n, manager } = await network();
    const a = n.operatorA.id;
    const tasksOf = async (vehicleId: string) =>
      (await maintenanceOf(manager, vehicleId)).due
        .map((i) => `${i.programmeKey}/${i.taskKey}`)
        .sort();
    // Every bus: the daily service, ТО-1, ТО-2 and the seasonal service, and the fire
    // suppression service.
    const bus = [
      "bus-to/eo",
      "bus-to/so",
      "bus-to/to-1",
      "bus-to/to-2",
      "fire-suppression/suppression-service",
    ];
    expect(await tasksOf((await vehicleOf(a, { powertrain: "diesel" })).id)).toEqual(bus);
    expect(await tasksOf((await vehicleOf(a, { powertrain: "cng" })).id)).toEqual(
      [...bus, "cng-cylinders/cylinder-visual"].sort(),
    );
    expect(await tasksOf((await vehicleOf(a, { powertrain: "battery_electric" })).id)).toEqual(
      ["bev-high-voltage/hv-cables", ...bus].sort(),
    );
    // A self-propelled machine also has its yearly state technical inspection.
    expect(await tasksOf((await vehicleOf(a, { vehicleType: "tractor" })).id)).toEqual([
      "machinery-hours/service-1000h",
      "machinery-hours/service-250h",
      "machinery-hours/service-500h",
      "self-propelled-inspection/gtn-inspection",
    ]);
    // A retired vehicle has nothing due.
    const retired = await vehicleOf(a);
    await t.db
      .updateTable("vehicles")
      .set({ status: "retired" })
      .where("id", "=", retired.id)
      .execute();
    expect(await tasksOf(retired.id)).toEqual([]);
  });

  it("names the competencies and safety flag of each task", async () => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id, { powertrain: "cng" });
    const due = (await maintenanceOf(manager, bus.id)).due;
    expect(item(due, "cylinder-visual")).toMatchObject({
      // The visual check (FMVSS 304); the requalification is a pre-trip document.
      programmeName: { ru: "Визуальный осмотр газовых баллонов" },
      schedule: "fixed",
      safetyCritical: true,
      competencies: ["cng_fuel_system"],
    });
  });
});

describe("what is due", () => {
  it("is due at whichever of km and days comes first", async () => {
    const { n, manager } = await network();
    const a = n.operatorA.id;
    // HV cables: every 38,600 km or 182 days, due soon 3,000 km or 14 days (floating).
    const byDate = await vehicleOf(a, { powertrain: "battery_electric" });
    await readings(byDate, [
      [-200, 1_000],
      [-1, 30_000],
    ]);
    const byKm = await vehicleOf(a, { powertrain: "battery_electric" });
    await readings(byKm, [
      [-120, 1_000],
      [-1, 41_000],
    ]);
    const late = await vehicleOf(a, { powertrain: "battery_electric" });
    await readings(late, [
      [-200, 1_000],
      [-1, 5_000],
    ]);
    for (const [vehicle, doneDaysAgo] of [
      [byDate, -170],
      [byKm, -100],
      [late, -190],
    ] as const) {
      const done = await record(manager, vehicle.id, {
        programmeKey: "bev-high-voltage",
        taskKey: "hv-cables",
        completedOn: day(doneDaysAgo),
        meterKm: 2_000,
      });
      expect(done.statusCode, done.body).toBe(201);
    }
    expect(item((await maintenanceOf(manager, byDate.id)).due, "hv-cables")).toMatchObject({
      status: "due_soon",
      dueKm: 40_600,
      currentKm: 30_000,
      remainingKm: 10_600,
      dueDate: day(12),
      remainingDays: 12,
      lastCompletedOn: day(-170),
    });
    expect(item((await maintenanceOf(manager, byKm.id)).due, "hv-cables")).toMatchObject({
      status: "overdue",
      remainingKm: -400,
      remainingDays: 82,
    });
    expect(item((await maintenanceOf(manager, late.id)).due, "hv-cables")).toMatchObject({
      status: "overdue",
      remainingKm: 35_600,
      remainingDays: -8,
      dueDate: day(-8),
    });
  });

  it("keeps a fixed task on its plan and moves a floating one with the actual completion", async () => {
    const { n, manager } = await network();
    const managerB = await signIn(n.managerB.email);
    // Operator B runs ТО-1 floating; operator A keeps the built-in (fixed).
    const copy = await copyFor(managerB, n.operatorB.id, "bus-to");
    const to1 = copy.tasks.find((task) => task.key === "to-1");
    expect(
      (
        await managerB.patch(`/api/v1/maintenance-programmes/${copy.id}/tasks/${to1?.id}`, {
          schedule: "floating",
        })
      ).statusCode,
    ).toBe(200);
    const fixedBus = await vehicleOf(n.operatorA.id);
    const floatingBus = await vehicleOf(n.operatorB.id);
    for (const [client, bus] of [
      [manager, fixedBus],
      [managerB, floatingBus],
    ] as const) {
      await readings(bus, [
        [-70, 8_900],
        [-30, 20_900],
        [-1, 22_000],
      ]);
      // ТО-2 is on its plan (next at 40,000 km), so it does not take ТО-1's place.
      await toTwoDone(bus, -80, 20_000);
      // Done at 9,000 km, then 2,000 km late at 21,000 km (it was due at 19,000).
      for (const [when, km] of [
        [-60, 9_000],
        [-20, 21_000],
      ] as const) {
        const done = await record(client, bus.id, {
          programmeKey: "bus-to",
          taskKey: "to-1",
          completedOn: day(when),
          meterKm: km,
        });
        expect(done.statusCode, done.body).toBe(201);
      }
    }
    const fixed = await maintenanceOf(manager, fixedBus.id);
    expect(item(fixed.due, "to-1")).toMatchObject({
      schedule: "fixed",
      dueKm: 29_000,
      lastCompletedOn: day(-20),
    });
    expect(
      fixed.history.filter((h) => h.taskKey === "to-1").map((h) => [h.completedOn, h.basisKm]),
    ).toEqual([
      [day(-20), 19_000],
      [day(-60), 9_000],
    ]);
    const floating = await maintenanceOf(managerB, floatingBus.id);
    expect(item(floating.due, "to-1")).toMatchObject({ schedule: "floating", dueKm: 31_000 });
  });

  it("is due soon within the window and overdue at the due point, by km and by days", async () => {
    const { n } = await network();
    const bus = await vehicleOf(n.operatorA.id, { powertrain: "cng", inServiceDate: day(-400) });
    // ТО-1: due at 10,000 km, due soon from 9,000 km.
    await readings(bus, [
      [-5, 8_999],
      [-4, 9_000],
      [-3, 9_999],
      [-2, 10_000],
    ]);
    const statusOn = async (asOf: string, taskKey: string) => {
      const due = await computeDue(t.db, {
        scope: Scope.all(),
        today: asOf,
        vehicleIds: [bus.id],
      });
      return item(due, taskKey).status;
    };
    const km: [number, string][] = [
      [-5, "ok"],
      [-4, "due_soon"],
      [-3, "due_soon"],
      [-2, "overdue"],
    ];
    for (const [asOf, status] of km)
      expect([asOf, await statusOn(day(asOf), "to-1")]).toEqual([asOf, status]);
    // CNG cylinders: every 365 days from the in-service date, due soon 30 days before.
    const days: [number, string][] = [
      [-66, "ok"],
      [-65, "due_soon"],
      [-36, "due_soon"],
      [-35, "overdue"],
    ];
    for (const [asOf, status] of days)
      expect([asOf, await statusOn(day(asOf), "cylinder-visual")]).toEqual([asOf, status]);
  });

  it("forecasts the due date from the average daily use of the last 28 days", async () => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id, { powertrain: "cng", inServiceDate: day(-300) });
    // 4,200 km in exactly 28 days: 150 km a day. The older reading does not count.
    await readings(bus, [
      [-40, 1_000],
      [-28, 4_000, "00:00:00"],
      [0, 8_200, "00:00:00"],
    ]);
    const idle = await vehicleOf(n.operatorA.id);
    await readings(idle, [
      [-40, 3_000],
      [-1, 3_000],
    ]);
    const due = (await maintenanceOf(manager, bus.id)).due;
    // 1,800 km to ТО-1 at 150 km a day: 12 days; 11,800 km to ТО-2: 78.7, so the 79th day,
    // but its yearly calendar backstop (in service 300 days ago) comes first: day 65.
    expect(item(due, "to-1")).toMatchObject({
      status: "ok",
      avgDailyKm: 150,
      remainingKm: 1_800,
      forecastDate: day(12),
    });
    expect(item(due, "to-2").forecastDate).toBe(day(65));
    // A calendar task's forecast is its due date.
    expect(item(due, "cylinder-visual")).toMatchObject({ dueDate: day(65), forecastDate: day(65) });
    const idleDue = (await maintenanceOf(manager, idle.id)).due;
    expect(item(idleDue, "to-1")).toMatchObject({ avgDailyKm: 0, forecastDate: null });
  });

  it("lets an organisation's copy with its own interval replace the built-in, for its vehicles only", async () => {
    const { n, manager } = await network();
    const managerB = await signIn(n.managerB.email);
    const copy = await copyFor(manager, n.operatorA.id, "bus-to");
    expect(copy).toMatchObject({ organisationId: n.operatorA.id, builtIn: false, key: "bus-to" });
    expect(copy.basedOnId).toBe((await builtIn(manager, "bus-to")).id);
    expect(copy.tasks.map((task) => task.key)).toEqual(["eo", "to-1", "to-2", "so"]);
    const to1 = copy.tasks.find((task) => task.key === "to-1");
    const changed = await manager.patch(
      `/api/v1/maintenance-programmes/${copy.id}/tasks/${to1?.id}`,
      {
        intervalKm: 8_000,
        dueSoonKm: 500,
      },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const busA = await vehicleOf(n.operatorA.id);
    const busB = await vehicleOf(n.operatorB.id);
    await readings(busA, [[-1, 8_500]]);
    await readings(busB, [[-1, 8_500]]);
    expect(item((await maintenanceOf(manager, busA.id)).due, "to-1")).toMatchObject({
      dueKm: 8_000,
      status: "overdue",
    });
    expect(item((await maintenanceOf(managerB, busB.id)).due, "to-1")).toMatchObject({
      dueKm: 10_000,
      status: "ok",
    });
    // The programmes in effect: A's copy instead of the built-in; B still has the built-in.
    const effectiveA = (
      await manager.get(`/api/v1/maintenance-programmes?organisationId=${n.operatorA.id}`)
    ).json<Programme[]>();
    expect(effectiveA.filter((p) => p.key === "bus-to").map((p) => p.id)).toEqual([copy.id]);
    expect(
      effectiveA
        .filter((p) => p.builtIn)
        .map((p) => p.key)
        .sort(),
    ).toEqual([
      "bev-high-voltage",
      "cng-cylinders",
      "fire-suppression",
      "machinery-hours",
      "mtz-tractor",
      "self-propelled-inspection",
    ]);
    const effectiveB = (
      await managerB.get(`/api/v1/maintenance-programmes?organisationId=${n.operatorB.id}`)
    ).json<Programme[]>();
    expect(effectiveB.find((p) => p.key === "bus-to")?.builtIn).toBe(true);
    // B sees neither A's copy nor A's organisation.
    expect((await managerB.get("/api/v1/maintenance-programmes")).body).not.toContain(copy.id);
    expect((await managerB.get(`/api/v1/maintenance-programmes/${copy.id}`)).statusCode).toBe(404);
    expect(
      (await managerB.get(`/api/v1/maintenance-programmes?organisationId=${n.operatorA.id}`))
        .statusCode,
    ).toBe(404);
    // Switched off, the copy still replaces the built-in: A has no bus-to programme at all
    // (the fire suppression service, a programme of its own, stays).
    await manager.patch(`/api/v1/maintenance-programmes/${copy.id}`, { active: false });
    expect((await maintenanceOf(manager, busA.id)).due.map((i) => i.programmeKey)).toEqual([
      "fire-suppression",
    ]);
  });

  it("counts a completion stored without its meter from the reading of that day", async () => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id);
    await readings(bus, [
      [-30, 41_000, "06:00:00"],
      [-1, 45_000],
    ]);
    await toTwoDone(bus, -40, 40_000);
    // As a work order completed without a meter value would store it.
    await t.db
      .insertInto("maintenance_records")
      .values({
        organisation_id: bus.organisation_id,
        vehicle_id: bus.id,
        programme_key: "bus-to",
        task_key: "to-1",
        completed_on: day(-30),
        basis_date: day(-30),
      })
      .execute();
    expect(item((await maintenanceOf(manager, bus.id)).due, "to-1")).toMatchObject({
      dueKm: 51_000,
      remainingKm: 6_000,
      lastCompletedOn: day(-30),
    });
  });

  it("does not count a voided reading", async () => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id);
    await readings(bus, [[-3, 5_000]]);
    const typo = await manager.post(`/api/v1/vehicles/${bus.id}/meter-readings`, {
      meter: "odometer_km",
      value: 50_000,
      confirm: true,
    });
    expect(typo.statusCode, typo.body).toBe(201);
    expect(item((await maintenanceOf(manager, bus.id)).due, "to-1").status).toBe("overdue");
    await manager.post(
      `/api/v1/vehicles/${bus.id}/meter-readings/${typo.json<{ id: string }>().id}/void`,
      {
        reason: "typed one zero too many",
      },
    );
    expect(item((await maintenanceOf(manager, bus.id)).due, "to-1")).toMatchObject({
      status: "ok",
      currentKm: 5_000,
    });
  });

  it("lists what needs attention across the fleet, overdue first, then by forecast date", async () => {
    const { n, depot, manager } = await network();
    // In service a month ago: the calendar tasks (seasonal, fire suppression) are months off.
    const recent = { depotId: depot.id, inServiceDate: day(-30) };
    const overdue = await vehicleOf(n.operatorA.id, recent);
    const soon = await vehicleOf(n.operatorA.id, recent);
    const fine = await vehicleOf(n.operatorA.id, recent);
    await readings(overdue, [[-1, 12_000]]);
    await readings(soon, [[-1, 9_500]]);
    await readings(fine, [[-1, 1_000]]);
    const list = (await manager.get(`/api/v1/maintenance/due?depotId=${depot.id}`)).json<
      DueItem[]
    >();
    expect(list.map((i) => [i.vehicleId, i.taskKey, i.status])).toEqual([
      [overdue.id, "to-1", "overdue"],
      [soon.id, "to-1", "due_soon"],
    ]);
    const all = (
      await manager.get(`/api/v1/maintenance/due?depotId=${depot.id}&status=all&limit=5`)
    ).json<DueItem[]>();
    expect(all).toHaveLength(5);
    expect(all.map((i) => i.status)).toEqual(["overdue", "due_soon", "ok", "ok", "ok"]);
    const onlyOverdue = (
      await manager.get(`/api/v1/maintenance/due?vehicleId=${soon.id}&status=overdue`)
    ).json<DueItem[]>();
    expect(onlyOverdue).toEqual([]);
    const bad = await manager.get(`/api/v1/maintenance/due?status=late`);
    expect(bad.json<ErrorJson>().error.field).toBe("status");
  });

  it("shows a depot's calendar by forecast day", async () => {
    const { n, depot, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id, { depotId: depot.id });
    await readings(bus, [
      [-28, 4_000, "00:00:00"],
      [0, 8_200, "00:00:00"],
    ]);
    const calendar = await manager.get(
      `/api/v1/maintenance/calendar?depotId=${depot.id}&from=${day(0)}&to=${day(30)}`,
    );
    expect(calendar.statusCode, calendar.body).toBe(200);
    const days = calendar.json<{ days: { date: string; items: DueItem[] }[] }>().days;
    expect(days.map((d) => [d.date, d.items.map((i) => i.taskKey)])).toEqual([[day(12), ["to-1"]]]);
    const backwards = await manager.get(
      `/api/v1/maintenance/calendar?depotId=${depot.id}&from=${day(5)}&to=${day(0)}`,
    );
    expect(backwards.json<ErrorJson>().error).toMatchObject({ field: "to" });
    const tooLong = await manager.get(
      `/api/v1/maintenance/calendar?depotId=${depot.id}&from=${day(0)}&to=${day(400)}`,
    );
    expect(tooLong.json<ErrorJson>().error.message).toMatch(/at most 366 days/);
  });
});

describe("changing programmes", () => {
  it("refuses bad programmes and built-in changes, storing nothing", async () => {
    const { n, manager } = await network();
    const driver = await signIn(n.driverA.email);
    const source = await builtIn(manager, "bus-to");
    const count = async () =>
      (await t.db.selectFrom("maintenance_programmes").select("id").execute()).length;
    const before = await count();
    const attempts: [object, number, RegExp][] = [
      [{ organisationId: n.operatorA.id }, 400, /^key: is required/],
      [{ organisationId: n.operatorA.id, key: "bus-to" }, 400, /^name: is required/],
      [
        { organisationId: n.operatorA.id, basedOnId: source.id, key: "my-to" },
        400,
        /^key: a copy keeps the key/,
      ],
      [
        { organisationId: n.operatorB.id, key: "x", name: { en: "X", ru: "X" } },
        400,
        /organisationId: no such organisation/,
      ],
      [
        { organisationId: n.hub.id, key: "x", name: { en: "X", ru: "X" } },
        400,
        /organisationId: no such organisation/,
      ],
      [
        {
          organisationId: n.operatorA.id,
          key: "x",
          name: { en: "X", ru: "X" },
          modelIds: ["00000000-0000-4000-8000-000000000000"],
        },
        400,
        /^modelIds\.0: no such model/,
      ],
      [
        { organisationId: n.operatorA.id, key: "Bad Key", name: { en: "X", ru: "X" } },
        400,
        /^key: /,
      ],
      [
        {
          organisationId: n.operatorA.id,
          key: "x",
          name: { en: "X", ru: "X" },
          powertrains: ["steam"],
        },
        400,
        /^powertrains\.0: must be one of/,
      ],
    ];
    for (const [body, status, message] of attempts) {
      const response = await manager.post("/api/v1/maintenance-programmes", body);
      expect([JSON.stringify(body), response.statusCode]).toEqual([JSON.stringify(body), status]);
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    expect(
      (
        await driver.post("/api/v1/maintenance-programmes", {
          organisationId: n.operatorA.id,
          basedOnId: source.id,
        })
      ).statusCode,
    ).toBe(403);
    expect(await count()).toBe(before);
    await copyFor(manager, n.operatorA.id, "bus-to");
    const again = await manager.post("/api/v1/maintenance-programmes", {
      organisationId: n.operatorA.id,
      key: "bus-to",
      name: { en: "Another", ru: "Другая" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error).toMatchObject({
      field: "key",
      message: 'key: the organisation already has a maintenance programme "bus-to"',
    });
    const builtInChange = await manager.patch(`/api/v1/maintenance-programmes/${source.id}`, {
      active: false,
    });
    expect(builtInChange.statusCode).toBe(400);
    expect(builtInChange.json<ErrorJson>().error.message).toMatch(
      /built-in programme "bus-to" cannot be changed; copy it for your organisation first/,
    );
    const builtInTask = await manager.post(`/api/v1/maintenance-programmes/${source.id}/tasks`, {
      key: "x",
      name: { en: "X", ru: "X" },
      intervalDays: 10,
    });
    expect(builtInTask.json<ErrorJson>().error.message).toMatch(
      /copy it for your organisation first/,
    );
    expect((await builtIn(manager, "bus-to")).tasks).toEqual(source.tasks);
  });

  it("creates a programme for some models, and refuses bad tasks naming the field", async () => {
    const { n, manager } = await network();
    const model = await makeModel(t.db, { vehicleType: "mining_dump_truck" });
    const created = await manager.post("/api/v1/maintenance-programmes", {
      organisationId: n.operatorA.id,
      key: "dump-trucks",
      name: { en: "Dump trucks", ru: "Самосвалы" },
      modelIds: [model.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const programme = created.json<Programme>();
    const url = `/api/v1/maintenance-programmes/${programme.id}/tasks`;
    const name = { en: "Brakes", ru: "Тормоза" };
    const bad: [object, string, RegExp][] = [
      [
        { key: "brakes", name },
        "intervalKm",
        /at least one of intervalKm, intervalHours and intervalDays/,
      ],
      [{ key: "brakes", name, intervalKm: 0 }, "intervalKm", /must be > 0/],
      [{ key: "brakes", name, intervalKm: -5 }, "intervalKm", /must be > 0/],
      [{ key: "brakes", name, intervalDays: 5_000 }, "intervalDays", /must be <= 3650/],
      [{ key: "brakes", name, intervalHours: 90_000 }, "intervalHours", /must be <= 50000/],
      [
        { key: "brakes", name, intervalKm: 5_000, dueSoonKm: 5_000 },
        "dueSoonKm",
        /must be smaller than intervalKm \(5000 km\)/,
      ],
      [{ key: "brakes", name, intervalKm: 5_000, dueSoonKm: -1 }, "dueSoonKm", /must be >= 0/],
      [
        { key: "brakes", name, intervalKm: 5_000, dueSoonDays: 3 },
        "dueSoonDays",
        /needs intervalDays/,
      ],
      [
        { key: "brakes", name, intervalHours: 500, competencies: ["brakes", "welding"] },
        "competencies.1",
        /no such competency "welding"/,
      ],
      [
        { key: "brakes", name, intervalHours: 500, competencies: ["brakes", "brakes"] },
        "competencies.1",
        /appears twice/,
      ],
      [
        { key: "brakes", name, intervalHours: 500, schedule: "monthly" },
        "schedule",
        /must be one of/,
      ],
    ];
    for (const [body, field, message] of bad) {
      const response = await manager.post(url, body);
      expect([field, response.statusCode]).toEqual([field, 400]);
      expect(response.json<ErrorJson>().error).toMatchObject({ field });
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    expect(
      (await manager.get(`/api/v1/maintenance-programmes/${programme.id}`)).json<Programme>().tasks,
    ).toEqual([]);
    const added = await manager.post(url, {
      key: "brakes",
      name,
      intervalHours: 500,
      dueSoonHours: 50,
      safetyCritical: true,
      competencies: ["brakes"],
    });
    expect(added.statusCode, added.body).toBe(201);
    const task = added.json<Programme>().tasks[0];
    expect(task).toMatchObject({ key: "brakes", intervalHours: 500, schedule: "floating" });
    expect((await manager.post(url, { key: "brakes", name, intervalDays: 30 })).statusCode).toBe(
      409,
    );
    const taskUrl = `${url}/${task?.id}`;
    const removeLast = await manager.patch(taskUrl, { intervalHours: null });
    expect(removeLast.json<ErrorJson>().error.message).toMatch(/at least one of/);
    const windowTooBig = await manager.patch(taskUrl, { intervalHours: 40 });
    expect(windowTooBig.json<ErrorJson>().error).toMatchObject({ field: "dueSoonHours" });
    const keyChange = await manager.patch(taskUrl, { key: "other" });
    expect(keyChange.json<ErrorJson>().error.message).toBe("key: is not a known field");
    const swapped = await manager.patch(taskUrl, {
      intervalHours: null,
      intervalDays: 90,
      dueSoonHours: null,
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect(swapped.json<Programme>().tasks[0]).toMatchObject({ intervalHours: null });
    // The programme applies to that model only.
    const truck = await makeVehicle(t.db, n.operatorA.id, model.id);
    const otherTruck = await vehicleOf(n.operatorA.id, { vehicleType: "mining_dump_truck" });
    // Besides the yearly state technical inspection every self-propelled machine has.
    expect((await maintenanceOf(manager, truck.id)).due.map((i) => i.taskKey).sort()).toEqual([
      "brakes",
      "gtn-inspection",
    ]);
    expect((await maintenanceOf(manager, otherTruck.id)).due.map((i) => i.taskKey)).toEqual([
      "gtn-inspection",
    ]);
    const deleted = await manager.delete(taskUrl);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<Programme>().tasks).toEqual([]);
    expect((await manager.delete(taskUrl)).statusCode).toBe(404);
  });
});

describe("recording maintenance done outside fleethub", () => {
  it("refuses a bad completion with a clear error and stores nothing", async () => {
    const { n, manager } = await network();
    const driver = await signIn(n.driverA.email);
    const bus = await vehicleOf(n.operatorA.id);
    await readings(bus, [
      [-100, 50_000],
      [-50, 55_000],
      [-10, 60_000],
    ]);
    const good = {
      programmeKey: "bus-to",
      taskKey: "to-1",
      completedOn: day(-60),
      meterKm: 52_000,
    };
    const bad: [object, number, string, RegExp][] = [
      [
        { ...good, programmeKey: "cng-cylinders" },
        400,
        "programmeKey",
        /no maintenance programme "cng-cylinders" applies/,
      ],
      [{ ...good, taskKey: "to-3" }, 400, "taskKey", /the programme "bus-to" has no task "to-3"/],
      [{ ...good, completedOn: day(1) }, 400, "completedOn", /is in the future/],
      [
        { ...good, completedOn: "2022-04-30" },
        400,
        "completedOn",
        /before the vehicle went into service on 2022-05-01/,
      ],
      [{ ...good, meterKm: undefined }, 400, "meterKm", /is required: the task is due by km/],
      [
        { ...good, meterKm: 56_000 },
        400,
        "meterKm",
        /56000 km is above the later reading of 55000 km/,
      ],
      [{ ...good, meterKm: 49_000 }, 400, "meterKm", /49000 km is below the reading of 50000 km/],
      [{ ...good, meterKm: -1 }, 400, "meterKm", /must be >= 0/],
      [{ ...good, completedOn: "yesterday" }, 400, "completedOn", /is not a date/],
    ];
    for (const [body, status, field, message] of bad) {
      const response = await record(manager, bus.id, body);
      expect([field, response.statusCode]).toEqual([field, status]);
      expect(response.json<ErrorJson>().error).toMatchObject({ field });
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    expect((await record(driver, bus.id, good)).statusCode).toBe(403);
    expect(await countRecords(bus.id)).toBe(0);
    const done = await record(manager, bus.id, { ...good, note: "Last service at the old depot" });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toMatchObject({
      completedOn: day(-60),
      meterKm: 52_000,
      basisKm: 52_000,
      note: "Last service at the old depot",
    });
    const twice = await record(manager, bus.id, good);
    expect(twice.statusCode).toBe(409);
    const older = await record(manager, bus.id, {
      ...good,
      completedOn: day(-70),
      meterKm: 51_000,
    });
    expect(older.json<ErrorJson>().error.message).toMatch(
      /before the last recorded completion of this task/,
    );
    expect(await countRecords(bus.id)).toBe(1);
    // A reading on the day itself bounds nothing: the work may have come before or after it.
    await readings(bus, [[-5, 61_000, "08:00:00"]]);
    const sameDay = await record(manager, bus.id, {
      programmeKey: "bus-to",
      taskKey: "to-2",
      completedOn: day(-5),
      meterKm: 60_900,
    });
    expect(sameDay.statusCode, sameDay.body).toBe(201);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("entity")
      .where("entity", "=", "maintenance_record")
      .where("organisation_id", "=", n.operatorA.id)
      .execute();
    expect(audit).toHaveLength(2);
  });
});

describe("maintenance settings", () => {
  it("opens work orders automatically until the operator switches it off", async () => {
    const { n, manager } = await network();
    const driver = await signIn(n.driverA.email);
    const hubManager = await signIn(n.hubManager.email);
    expect((await manager.get("/api/v1/maintenance/settings")).json()).toEqual({
      organisationId: n.operatorA.id,
      workOrdersFromDefects: true,
      workOrdersFromDueTasks: true,
    });
    const body = {
      organisationId: n.operatorA.id,
      workOrdersFromDefects: true,
      workOrdersFromDueTasks: false,
    };
    expect((await driver.put("/api/v1/maintenance/settings", body)).statusCode).toBe(403);
    const saved = await manager.put("/api/v1/maintenance/settings", body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (
        await hubManager.get(`/api/v1/maintenance/settings?organisationId=${n.operatorA.id}`)
      ).json(),
    ).toEqual(body);
    const forHub = await hubManager.put("/api/v1/maintenance/settings", {
      ...body,
      organisationId: n.hub.id,
    });
    expect(forHub.json<ErrorJson>().error.message).toMatch(/only an operator/);
    const missing = await manager.put("/api/v1/maintenance/settings", {
      organisationId: n.operatorA.id,
    });
    expect(missing.json<ErrorJson>().error).toMatchObject({ field: "workOrdersFromDefects" });
    expect(
      (await manager.get(`/api/v1/maintenance/settings?organisationId=${n.operatorB.id}`))
        .statusCode,
    ).toBe(404);
  });
});

describe("the release gate", () => {
  const releaseOf = async (client: Client, vehicleId: string) =>
    (await client.get(`/api/v1/vehicles/${vehicleId}/release`)).json<Decision>();

  it("holds a bus whose ТО-1 is overdue until the service is recorded", async () => {
    const { n, depot, manager } = await network();
    const dispatcher = await signIn((await makeUser(t.db, [[n.operatorA.id, "dispatcher"]])).email);
    const driver = await signIn(n.driverA.email);
    const bus = await vehicleOf(n.operatorA.id, { depotId: depot.id });
    await readings(bus, [
      [-40, 900],
      [-1, 11_500],
    ]);
    expect(
      (
        await record(manager, bus.id, {
          programmeKey: "bus-to",
          taskKey: "to-1",
          completedOn: day(-30),
          meterKm: 1_000,
        })
      ).statusCode,
    ).toBe(201);
    await submit(driver, inspectionBody(await formFor(driver, bus.id), bus.id));
    const held = await releaseOf(dispatcher, bus.id);
    expect(held.releasable).toBe(false);
    expect(held.reasons).toEqual([
      {
        code: "MAINTENANCE_OVERDUE",
        overridable: false,
        message:
          "safety-critical maintenance overdue: TO-1 service (620 km past its due point of 11,000 km)",
        params: { tasksEn: "TO-1 service", tasksRu: "ТО-1" },
        clearedBy: ["mechanic", "hub_technician"],
      },
    ]);
    const board = (await dispatcher.get(`/api/v1/depots/${depot.id}/board`)).json<{
      blocked: number;
      vehicles: { vehicleId: string; reasons: { code: string }[] }[];
    }>();
    expect(board.blocked).toBe(1);
    expect(board.vehicles[0]?.reasons.map((r) => r.code)).toEqual(["MAINTENANCE_OVERDUE"]);
    const override = await manager.post(`/api/v1/vehicles/${bus.id}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "We need every bus on the road today",
    });
    expect(override.statusCode).toBe(409);
    const serviced = await record(manager, bus.id, {
      programmeKey: "bus-to",
      taskKey: "to-1",
      completedOn: today,
      meterKm: 11_620,
    });
    expect(serviced.statusCode, serviced.body).toBe(201);
    expect(await releaseOf(dispatcher, bus.id)).toMatchObject({ releasable: true, reasons: [] });
  });

  it("holds or frees a bus on the very next board read after each write that changes its maintenance", async () => {
    // The board remembers each bus's overdue tasks between reads (migration 0019); every
    // write below, through the API or straight into the database, must show on the next
    // read. ТО-1 every 10,000 km, last done at 1,000 km: due at 11,000 km, and with the
    // built-in's tolerance of 0 it holds from there.
    const { n, depot, manager } = await network();
    const dispatcher = await signIn((await makeUser(t.db, [[n.operatorA.id, "dispatcher"]])).email);
    const bus = await vehicleOf(n.operatorA.id, { depotId: depot.id });
    await readings(bus, [
      [-40, 900],
      [-2, 5_000],
    ]);
    expect(
      (
        await record(manager, bus.id, {
          programmeKey: "bus-to",
          taskKey: "to-1",
          completedOn: day(-30),
          meterKm: 1_000,
        })
      ).statusCode,
    ).toBe(201);
    const maintenanceReason = async () => {
      const board = (await dispatcher.get(`/api/v1/depots/${depot.id}/board`)).json<{
        vehicles: { vehicleId: string; reasons: { code: string; message: string }[] }[];
      }>();
      const row = board.vehicles.find((v) => v.vehicleId === bus.id);
      return row?.reasons.find((r) => r.code === "MAINTENANCE_OVERDUE")?.message ?? null;
    };
    // 5,000 km: 6,000 km to go.
    expect(await maintenanceReason()).toBeNull();
    expect(await maintenanceReason()).toBeNull();
    // A reading of 11,620 km written straight into the database: 620 km past 11,000.
    await readings(bus, [[-1, 11_620]]);
    const held =
      "safety-critical maintenance overdue: TO-1 service (620 km past its due point of 11,000 km)";
    expect(await maintenanceReason()).toBe(held);
    // Voided, it no longer counts: the bus is back at 5,000 km.
    await t.db
      .updateTable("meter_readings")
      .set({ voided_at: new Date() })
      .where("vehicle_id", "=", bus.id)
      .where("value", "=", 11_620)
      .execute();
    expect(await maintenanceReason()).toBeNull();
    await readings(bus, [[-1, 11_620, "13:00:00"]]);
    expect(await maintenanceReason()).toBe(held);
    // A programme change moves every bus: the operator's copy with a 10 % tolerance holds
    // ТО-1 only from 11,000 + 1,000 km; at 5 %, from 11,500 km.
    const copy = await copyFor(manager, n.operatorA.id, "bus-to");
    const tolerance = (tolerancePercent: number) =>
      manager.patch(`/api/v1/maintenance-programmes/${copy.id}`, { tolerancePercent });
    expect((await tolerance(10)).statusCode).toBe(200);
    expect(await maintenanceReason()).toBeNull();
    expect((await tolerance(5)).statusCode).toBe(200);
    expect(await maintenanceReason()).toBe(held);
    // Recording the service frees it.
    const serviced = await record(manager, bus.id, {
      programmeKey: "bus-to",
      taskKey: "to-1",
      completedOn: day(-1),
      meterKm: 11_620,
    });
    expect(serviced.statusCode, serviced.body).toBe(201);
    expect(await maintenanceReason()).toBeNull();
  });

  it("lists a task never recorded as overdue, but does not ground the vehicle for missing paperwork", async () => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id);
    await readings(bus, [[-1, 250_000]]);
    expect(item((await maintenanceOf(manager, bus.id)).due, "to-1")).toMatchObject({
      status: "overdue",
      lastCompletedOn: null,
    });
    expect((await releaseOf(manager, bus.id)).reasons.map((r) => r.code)).not.toContain(
      "MAINTENANCE_OVERDUE",
    );
  });

  it("judges a board of 1,000 buses in one query", async () => {
    const { n, depot } = await network();
    const model = await makeModel(t.db);
    const vehicles = await t.db
      .insertInto("vehicles")
      .values(
        Array.from({ length: 1_000 }, (_, i) => ({
          organisation_id: n.operatorA.id,
          depot_id: depot.id,
          model_id: model.id,
          vin: randomVin(),
          fleet_number: `B${i}`,
          in_service_date: "2024-01-01",
        })),
      )
      .returning(["id", "organisation_id", "status"])
      .execute();
    await t.db
      .insertInto("meter_readings")
      .values(
        vehicles.map((v, i) => ({
          organisation_id: v.organisation_id,
          vehicle_id: v.id,
          meter: "odometer_km",
          value: i % 2 ? 12_000 : 9_000,
          read_at: at(-1),
          source: "manual" as const,
        })),
      )
      .execute();
    await t.db
      .insertInto("maintenance_records")
      .values(
        vehicles.map((v) => ({
          organisation_id: v.organisation_id,
          vehicle_id: v.id,
          programme_key: "bus-to",
          task_key: "to-1",
          completed_on: "2024-01-01",
          meter_km: 0,
          basis_date: "2024-01-01",
          basis_km: 0,
        })),
      )
      .execute();
    const statements: string[] = [];
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        statements.push(JSON.stringify(args.node));
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    };
    const started = performance.now();
    const reasons = await maintenanceReleaseRule.evaluate(
      {
        db: t.db.withPlugin(counting),
        shiftStart: new Date(),
        shiftEnd: new Date(Date.now() + 8 * 3_600_000),
        checksFrom: new Date(Date.now() - 12 * 3_600_000),
        day: new Date().toISOString().slice(0, 10),
        now: new Date(),
        inspectionWindowHours: 12,
      },
      vehicles,
    );
    const elapsedMs = performance.now() - started;
    // One statement reads the maintenance data for all 1,000; the other sets its settings.
    expect(statements.filter((text) => text.includes("maintenance_tasks"))).toHaveLength(1);
    expect(statements).toHaveLength(2);
    expect(reasons.size).toBe(500);
    console.info(
      `maintenance release rule, 1,000 vehicles on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}: ${elapsedMs.toFixed(0)} ms`,
    );
    expect(elapsedMs).toBeLessThan(5_000);
  });
});

/**
 * A vehicle's tasks that are not "ok", as "task:status", of one programme: the services by
 * meter, without the seasonal one and the daily service done by the shift's check.
 */
async function attention(client: Client, vehicleId: string, programmeKey: string) {
  return (await maintenanceOf(client, vehicleId)).due
    .filter(
      (i) =>
        i.programmeKey === programmeKey &&
        i.status !== "ok" &&
        i.taskKey !== "so" &&
        i.recordedBy === null,
    )
    .map((i) => `${i.taskKey}:${i.status}`)
    .sort();
}

describe("higher services, calendar backstops and tolerances", () => {
  // Russian buses over 5 m: ТО-1 every 10,000 km, ТО-2 every 20,000 km (regulation on the
  // maintenance of rolling stock, docs.cntd.ru 901943226); ТО-2 includes ТО-1 (БелНИИТ).
  // Due soon 1,000 km before ТО-1 and 2,000 km before ТО-2.
  it.each([
    [17_999, []],
    [18_000, ["to-2:due_soon"]],
    // ТО-1 is due soon as well, but the ТО-2 falling due with it does it.
    [19_500, ["to-2:due_soon"]],
    // At 20,000 km both fall due; only ТО-2 is listed.
    [20_000, ["to-2:overdue"]],
    [20_400, ["to-2:overdue"]],
  ])("with ТО-1 done at 10,000 km, at %i km lists %j", async (km, expected) => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id, { inServiceDate: day(-60) });
    await readings(bus, [
      [-50, 10_000],
      [-1, km],
    ]);
    const done = await record(manager, bus.id, {
      programmeKey: "bus-to",
      taskKey: "to-1",
      completedOn: day(-50),
      meterKm: 10_000,
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(await attention(manager, bus.id, "bus-to")).toEqual(expected);
  });

  it("resets ТО-1 with a ТО-2: after ТО-2 at 20,000 km, ТО-1 is next due at 30,000 km", async () => {
    const { n, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id, { inServiceDate: day(-90) });
    await readings(bus, [
      [-60, 10_000],
      [-2, 20_000],
      [-1, 20_100],
    ]);
    for (const [taskKey, when, meterKm] of [
      ["to-1", -60, 10_000],
      ["to-2", -2, 20_000],
    ] as const) {
      const done = await record(manager, bus.id, {
        programmeKey: "bus-to",
        taskKey,
        completedOn: day(when),
        meterKm,
      });
      expect(done.statusCode, done.body).toBe(201);
    }
    const due = (await maintenanceOf(manager, bus.id)).due;
    expect(item(due, "to-1")).toMatchObject({ status: "ok", dueKm: 30_000 });
    expect(item(due, "to-2")).toMatchObject({ status: "ok", dueKm: 40_000 });
  });

  // ТО-2 at 20,000 km or yearly, whichever first (the yearly backstop is fleethub's
  // default, inferred; due soon 30 days before). The bus has run 5,000 km since.
  it.each([
    [-300, "ok", 65],
    [-340, "due_soon", 25],
    [-365, "overdue", 0],
    [-366, "overdue", -1],
  ])(
    "with ТО-2 done %i days ago and 5,000 km since, it is %s by the calendar",
    async (ago, status, remainingDays) => {
      const { n, manager } = await network();
      const bus = await vehicleOf(n.operatorA.id, { inServiceDate: day(-400) });
      await readings(bus, [
        [ago, 20_000],
        [-1, 25_000],
      ]);
      const done = await record(manager, bus.id, {
        programmeKey: "bus-to",
        taskKey: "to-2",
        completedOn: day(ago),
        meterKm: 20_000,
      });
      expect(done.statusCode, done.body).toBe(201);
      expect(item((await maintenanceOf(manager, bus.id)).due, "to-2")).toMatchObject({
        status,
        dueKm: 40_000,
        remainingKm: 15_000,
        remainingDays,
      });
    },
  );

  // An organisation's copy with a 10 % tolerance: ТО-1 (10,000 km) may run 1,000 km past
  // its due point. After ТО-2 at 20,000 km, ТО-1 is due at 30,000 km, held from 31,000 km.
  it.each([
    [29_500, "due_soon"],
    [30_000, "due"],
    [30_999, "due"],
    [31_000, "overdue"],
    [31_001, "overdue"],
  ])("with a 10 %% tolerance, ТО-1 due at 30,000 km, at %i km is %s", async (km, status) => {
    const { n, manager } = await network();
    const copy = await copyFor(manager, n.operatorA.id, "bus-to");
    const patched = await manager.patch(`/api/v1/maintenance-programmes/${copy.id}`, {
      tolerancePercent: 10,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<Programme>().tolerancePercent).toBe(10);
    const bus = await vehicleOf(n.operatorA.id, { inServiceDate: day(-90) });
    await readings(bus, [
      [-30, 20_000],
      [-1, km],
    ]);
    await toTwoDone(bus, -30, 20_000);
    expect(item((await maintenanceOf(manager, bus.id)).due, "to-1")).toMatchObject({
      status,
      dueKm: 30_000,
    });
  });

  it("refuses a tolerance out of range, naming the field, and stores nothing", async () => {
    const { n, manager } = await network();
    const copy = await copyFor(manager, n.operatorA.id, "bus-to");
    for (const tolerancePercent of [-1, 51, "ten"]) {
      const bad = await manager.patch(`/api/v1/maintenance-programmes/${copy.id}`, {
        tolerancePercent,
      });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.json<ErrorJson>().error.message).toContain("tolerancePercent");
    }
    const stored = (
      await manager.get(`/api/v1/maintenance-programmes/${copy.id}`)
    ).json<Programme>();
    expect(stored.tolerancePercent).toBe(0);
  });

  it("gives a Belarus (MTZ) tractor the manual's schedule instead of the generic one", async () => {
    const { n, manager } = await network();
    const model = await makeModel(t.db, { vehicleType: "tractor" });
    await t.db
      .updateTable("vehicle_models")
      .set({ maker: "MTZ" })
      .where("id", "=", model.id)
      .execute();
    const tractor = await makeVehicle(t.db, n.operatorA.id, model.id);
    await t.db
      .updateTable("vehicles")
      .set({ in_service_date: day(-40) })
      .where("id", "=", tractor.id)
      .execute();
    const other = await vehicleOf(n.operatorA.id, { vehicleType: "tractor" });
    const programmes = async (vehicleId: string) => [
      ...new Set((await maintenanceOf(manager, vehicleId)).due.map((i) => i.programmeKey)),
    ];
    expect((await programmes(tractor.id)).sort()).toEqual([
      "mtz-tractor",
      "self-propelled-inspection",
    ]);
    expect((await programmes(other.id)).sort()).toEqual([
      "machinery-hours",
      "self-propelled-inspection",
    ]);
    // The MTZ manual: ТО-1 every 125 h, 2ТО-1 every 250 h, ТО-2 every 500 h, ТО-3 every
    // 1,000 h; each higher service includes the lower ones. Each service is done when it
    // falls due; at each step the one listed is the manual's service for that hour.
    const ladder: [number, string | null, string[]][] = [
      [125, "to-1", ["to-1:due"]],
      [250, "2to-1", ["2to-1:due"]],
      [375, "to-1", ["to-1:due"]],
      [500, "to-2", ["to-2:due"]],
      [625, "to-1", ["to-1:due"]],
      [750, "2to-1", ["2to-1:due"]],
      [875, "to-1", ["to-1:due"]],
      [1_000, "to-3", ["to-3:due"]],
    ];
    let step = -30;
    for (const [hours, service, expected] of ladder) {
      step += 1;
      await readings(tractor, [[step, hours]], "engine_hours");
      expect([hours, await attention(manager, tractor.id, "mtz-tractor")]).toEqual([
        hours,
        expected,
      ]);
      if (service) {
        const done = await record(manager, tractor.id, {
          programmeKey: "mtz-tractor",
          taskKey: service,
          completedOn: day(step),
          meterHours: hours,
        });
        expect(done.statusCode, done.body).toBe(201);
      }
    }
    // ±10 % (the tractor standard): ТО-1 due at 1,125 h is held from 1,137.5 h.
    await readings(tractor, [[step + 1, 1_137]], "engine_hours");
    expect(await attention(manager, tractor.id, "mtz-tractor")).toEqual(["to-1:due"]);
    await readings(tractor, [[step + 2, 1_138]], "engine_hours");
    expect(await attention(manager, tractor.id, "mtz-tractor")).toEqual(["to-1:overdue"]);
  });
});

describe("the daily service (ЕО), recorded by the shift's check", () => {
  it("is done by today's pre-shift check, due on a day without one, and never overdue", async () => {
    const { n, depot, manager } = await network();
    const driver = await signIn(n.driverA.email);
    const bus = await vehicleOf(n.operatorA.id, { depotId: depot.id, inServiceDate: day(-90) });
    const eo = async () => item((await maintenanceOf(manager, bus.id)).due, "eo");
    // Never checked since it entered service 90 days ago: due, not overdue.
    expect(await eo()).toMatchObject({
      programmeKey: "bus-to",
      taskName: { ru: "Ежедневное обслуживание (ЕО)" },
      recordedBy: "shift_check",
      status: "due",
      lastCompletedOn: null,
      safetyCritical: false,
    });
    // Checked three days ago: still only due.
    await submit(driver, inspectionBody(await formFor(driver, bus.id), bus.id));
    await t.db
      .updateTable("inspections")
      .set({ submitted_at: at(-3, "05:30:00") })
      .where("vehicle_id", "=", bus.id)
      .execute();
    expect(await eo()).toMatchObject({ status: "due", lastCompletedOn: day(-3) });
    // Today's check is today's daily service.
    await submit(driver, inspectionBody(await formFor(driver, bus.id), bus.id));
    expect(await eo()).toMatchObject({ status: "ok", lastCompletedOn: today, dueDate: day(1) });
  });

  it("is left out of the fleet's work list and work orders, and cannot be entered as work done", async () => {
    const { n, depot, manager } = await network();
    const bus = await vehicleOf(n.operatorA.id, { depotId: depot.id });
    const fleet = (
      await manager.get(`/api/v1/maintenance/due?depotId=${depot.id}&status=all`)
    ).json<DueItem[]>();
    expect(fleet.filter((i) => i.vehicleId === bus.id).map((i) => i.taskKey)).not.toContain("eo");
    const before = await countRecords(bus.id);
    const refused = await record(manager, bus.id, {
      programmeKey: "bus-to",
      taskKey: "eo",
      completedOn: today,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorJson>().error).toMatchObject({
      field: "taskKey",
      message:
        "taskKey: Daily service (EO), every shift is recorded by the shift's pre-shift check or pre-trip control, not entered as work done",
    });
    const russianManager = await makeUser(t.db, [[n.operatorA.id, "operator_manager"]]);
    await t.db
      .updateTable("users")
      .set({ locale: "ru" })
      .where("id", "=", russianManager.id)
      .execute();
    const russian = await (
      await signIn(russianManager.email)
    ).request({
      method: "POST",
      url: `/api/v1/vehicles/${bus.id}/maintenance-records`,
      payload: { programmeKey: "bus-to", taskKey: "eo", completedOn: today },
    });
    expect(russian.json<ErrorJson>().error.message).toBe(
      "Ежедневное обслуживание (ЕО) отмечается предсменным осмотром или предрейсовым контролем, а не вносится как выполненная работа (поле taskKey)",
    );
    expect(await countRecords(bus.id)).toBe(before);
    const order = await manager.post("/api/v1/work-orders", {
      vehicleId: bus.id,
      title: "Daily service",
      maintenanceTasks: [{ programmeKey: "bus-to", taskKey: "eo" }],
    });
    expect(order.statusCode, order.body).toBe(400);
  });
});

describe("the release gate honours a programme's tolerance", () => {
  // As above: a 10 % tolerance on ТО-1 (10,000 km) holds from 1,000 km past its due point.
  it.each([
    [30_999, true],
    [31_001, false],
  ])(
    "a bus whose ТО-1 was due at 30,000 km, at %i km, is releasable: %s",
    async (km, releasable) => {
      const { n, depot, manager } = await network();
      const dispatcher = await signIn(
        (await makeUser(t.db, [[n.operatorA.id, "dispatcher"]])).email,
      );
      const driver = await signIn(n.driverA.email);
      const copy = await copyFor(manager, n.operatorA.id, "bus-to");
      expect(
        (await manager.patch(`/api/v1/maintenance-programmes/${copy.id}`, { tolerancePercent: 10 }))
          .statusCode,
      ).toBe(200);
      const bus = await vehicleOf(n.operatorA.id, { depotId: depot.id, inServiceDate: day(-90) });
      await readings(bus, [[-30, 20_000]]);
      await toTwoDone(bus, -30, 20_000);
      await submit(
        driver,
        inspectionBody(await formFor(driver, bus.id), bus.id, { meterValue: km }),
      );
      const decision = (
        await dispatcher.get(`/api/v1/vehicles/${bus.id}/release`)
      ).json<Decision>();
      expect(decision.reasons.map((r) => r.code).includes("MAINTENANCE_OVERDUE")).toBe(!releasable);
      expect(decision.releasable).toBe(releasable);
      // Either way the due list shows it: "due" inside the tolerance, "overdue" beyond.
      expect(item((await maintenanceOf(manager, bus.id)).due, "to-1").status).toBe(
        releasable ? "due" : "overdue",
      );
    },
  );
});

describe("an organisation's copy and a changed built-in", () => {
  it("keeps the copy as it is until the organisation takes the built-in's current version", async () => {
    const { n, manager } = await network();
    const copy = await copyFor(manager, n.operatorA.id, "bus-to");
    const to1 = copy.tasks.find((task) => task.key === "to-1");
    // The organisation's own ТО-1 interval, and a built-in that changes after the copy.
    expect(
      (
        await manager.patch(`/api/v1/maintenance-programmes/${copy.id}/tasks/${to1?.id}`, {
          intervalKm: 8_000,
          dueSoonKm: 500,
        })
      ).statusCode,
    ).toBe(200);
    const builtInId = (await builtIn(manager, "bus-to")).id;
    await t.db
      .updateTable("maintenance_programmes")
      .set({ tolerance_percent: 5 })
      .where("id", "=", builtInId)
      .execute();
    const kept = (await manager.get(`/api/v1/maintenance-programmes/${copy.id}`)).json<Programme>();
    expect(kept.tolerancePercent).toBe(0);
    expect(kept.tasks.find((task) => task.key === "to-1")?.intervalKm).toBe(8_000);
    const adopted = await manager.post(
      `/api/v1/maintenance-programmes/${copy.id}/adopt-built-in`,
      {},
    );
    expect(adopted.statusCode, adopted.body).toBe(200);
    const now = adopted.json<Programme>();
    expect(now).toMatchObject({ id: copy.id, organisationId: n.operatorA.id, builtIn: false });
    expect(now.tolerancePercent).toBe(5);
    expect(now.tasks.find((task) => task.key === "to-1")?.intervalKm).toBe(10_000);
    expect(now.tasks.find((task) => task.key === "to-2")?.includes).toEqual(["to-1"]);
    // A built-in itself has nothing to take.
    const refused = await manager.post(
      `/api/v1/maintenance-programmes/${builtInId}/adopt-built-in`,
      {},
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorJson>().error).toMatchObject({ field: "id" });
    // The built-in back as the code defines it, for the tests that follow.
    await t.db
      .updateTable("maintenance_programmes")
      .set({ tolerance_percent: 0 })
      .where("id", "=", builtInId)
      .execute();
  });
});
