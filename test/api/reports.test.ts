/**
 * Reports over small networks made by hand, so each figure can be worked out on paper:
 * overdue maintenance, availability, mean km between failures, defects by category,
 * work-order backlog, training coverage, agreement targets and deliveries. Each is seen
 * by an operator as itself, by its hub as one of the operators it serves, and by the
 * manufacturer as part of the network; the CSV says what the JSON says.
 */
import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { generateNetwork, type GeneratedNetwork } from "../../bench/maintenance/generate.js";
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

type Row = Record<string, string | number | boolean | null>;
interface ErrorJson {
  error: { code: string; message: string; field?: string };
}

const DAY_MS = 86_400_000;
const unique = (): string => randomBytes(4).toString("hex");
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const daysAgo = (days: number, from: Date = new Date()): Date =>
  new Date(from.getTime() - days * DAY_MS);
const todayIso = (): string => isoDay(new Date());

async function signedIn(email: string): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.login(email, TEST_PASSWORD);
  expect(response.statusCode).toBe(200);
  return client;
}

/** A network with signed-in clients: operator A's manager, the hub serving A, the manufacturer. */
async function network() {
  const n = await makeNetwork(t.db);
  return {
    n,
    managerA: await signedIn(n.managerA.email),
    managerB: await signedIn(n.managerB.email),
    hub: await signedIn(n.hubManager.email),
    admin: await signedIn(n.admin.email),
  };
}

async function rowsOf(client: Client, path: string): Promise<Row[]> {
  const response = await client.get(`/api/v1/reports/${path}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Row[]>();
}

async function makeRegion(db: Database) {
  return db
    .insertInto("regions")
    .values({ country: "Testland", name: `Region ${unique()}` })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function reading(
  db: Database,
  vehicle: { id: string; organisation_id: string },
  meter: "odometer_km" | "engine_hours",
  value: number,
  readAt: string | Date,
  state: "counted" | "voided" | "unconfirmed" = "counted",
) {
  await db
    .insertInto("meter_readings")
    .values({
      organisation_id: vehicle.organisation_id,
      vehicle_id: vehicle.id,
      meter,
      value,
      read_at: new Date(readAt),
      source: "manual",
      ...(state === "voided" ? { voided_at: new Date(), void_reason: "typo" } : {}),
      ...(state === "unconfirmed"
        ? { unconfirmed_at: new Date(), unconfirmed_reason: "implausible jump" }
        : {}),
    })
    .execute();
}

async function defect(
  db: Database,
  vehicle: { id: string; organisation_id: string },
  category: string,
  severity: "critical" | "major" | "minor",
  openedAt: string,
  status: "open" | "in_repair" | "repaired" | "no_repair_needed" = "open",
) {
  return db
    .insertInto("defects")
    .values({
      organisation_id: vehicle.organisation_id,
      vehicle_id: vehicle.id,
      item_key: `${category}_item`,
      category,
      severity,
      description: `${category} ${severity}`,
      status,
      opened_at: new Date(openedAt),
      resolved_at: status === "repaired" ? new Date(openedAt) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

async function workOrder(
  db: Database,
  vehicle: { id: string; organisation_id: string },
  order: {
    status: "requested" | "scheduled" | "in_progress" | "completed" | "verified" | "cancelled";
    openedAt: string | Date;
    closedAt?: string | Date;
    blocking?: boolean;
  },
) {
  const closed = order.closedAt ? new Date(order.closedAt) : null;
  return db
    .insertInto("work_orders")
    .values({
      organisation_id: vehicle.organisation_id,
      vehicle_id: vehicle.id,
      source: "manual",
      title: `Order ${unique()}`,
      status: order.status,
      blocking: order.blocking ?? false,
      opened_at: new Date(order.openedAt),
      completed_at: order.status === "completed" || order.status === "verified" ? closed : null,
      cancelled_at: order.status === "cancelled" ? closed : null,
      cancel_reason: order.status === "cancelled" ? "not needed" : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

describe("reports: who may ask and how", () => {
  it("answers only people allowed to read reports, and checks the period", async () => {
    const { n, managerA } = await network();
    const anonymous = await new Client(t.app).get("/api/v1/reports/deliveries");
    expect(anonymous.statusCode).toBe(401);
    const driver = await signedIn(n.driverA.email);
    const refused = await driver.get("/api/v1/reports/deliveries");
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorJson>().error.message).toMatch(/reports\.read/);
    expect((await driver.get("/api/v1/reports/deliveries.csv")).statusCode).toBe(403);

    const problems: [string, string, RegExp][] = [
      ["availability?from=2024-03-10&to=2024-03-01", "to", /to: is before from \(2024-03-10\)/],
      [
        "mkbf?from=2020-01-01&to=2023-01-02",
        "to",
        /to: the period may be at most 3 years: to must be on or before 2023-01-01/,
      ],
      ["defects-by-category?from=2024-02-30&to=2024-03-01", "from", /from: is not a date/],
      ["agreement-targets?to=2024-03-01", "from", /from: is required/],
      ["availability.csv?from=2024-01-01&to=soon", "to", /to: is not a date/],
      ["deliveries?from=2024-01-01", "from", /from: is not a known field/],
    ];
    for (const [path, field, message] of problems) {
      const response = await managerA.get(`/api/v1/reports/${path}`);
      expect(response.statusCode, path).toBe(400);
      const { error } = response.json<ErrorJson>();
      expect(error.field, path).toBe(field);
      expect(error.message, path).toMatch(message);
    }
    // Exactly three years is allowed.
    expect(
      (await managerA.get("/api/v1/reports/mkbf?from=2020-01-01&to=2023-01-01")).statusCode,
    ).toBe(200);
  });
});

describe("deliveries", () => {
  it("counts vehicles by in-service year in the depot's region, else the operator's", async () => {
    const { n, managerA, hub, admin } = await network();
    const [home, away, elsewhere] = [
      await makeRegion(t.db),
      await makeRegion(t.db),
      await makeRegion(t.db),
    ];
    await t.db
      .updateTable("organisations")
      .set({ region_id: home.id })
      .where("id", "=", n.operatorA.id)
      .execute();
    await t.db
      .updateTable("organisations")
      .set({ region_id: elsewhere.id })
      .where("id", "=", n.operatorB.id)
      .execute();
    const awayDepot = await makeDepot(t.db, n.operatorA.id);
    await t.db
      .updateTable("depots")
      .set({ region_id: away.id })
      .where("id", "=", awayDepot.id)
      .execute();
    const depotWithoutRegion = await makeDepot(t.db, n.operatorA.id);
    const model = await makeModel(t.db);
    const delivered = async (organisationId: string, date: string | null, depotId?: string) => {
      const vehicle = await makeVehicle(t.db, organisationId, model.id, depotId ? { depotId } : {});
      await t.db
        .updateTable("vehicles")
        .set({ in_service_date: date })
        .where("id", "=", vehicle.id)
        .execute();
    };
    await delivered(n.operatorA.id, "2021-03-01", awayDepot.id);
    await delivered(n.operatorA.id, "2021-12-31", awayDepot.id);
    await delivered(n.operatorA.id, "2022-01-01"); // no depot: the operator's region
    await delivered(n.operatorA.id, "2022-06-15", depotWithoutRegion.id); // depot without region
    await delivered(n.operatorA.id, null); // never delivered: not counted
    await delivered(n.operatorB.id, "2022-02-02");

    const mine = (rows: Row[]) =>
      rows.filter((r) => [home.id, away.id, elsewhere.id].includes(String(r.regionId)));
    const expectedA = [
      { regionId: home.id, regionName: home.name, country: "Testland", year: 2022, vehicles: 2 },
      { regionId: away.id, regionName: away.name, country: "Testland", year: 2021, vehicles: 2 },
    ];
    const sortByName = (rows: Row[]) =>
      [...rows].sort((a, b) => String(a.regionName).localeCompare(String(b.regionName)));
    expect(sortByName(mine(await rowsOf(managerA, "deliveries")))).toEqual(sortByName(expectedA));
    expect(sortByName(mine(await rowsOf(hub, "deliveries")))).toEqual(sortByName(expectedA));
    expect(sortByName(mine(await rowsOf(admin, "deliveries")))).toEqual(
      sortByName([
        ...expectedA,
        {
          regionId: elsewhere.id,
          regionName: elsewhere.name,
          country: "Testland",
          year: 2022,
          vehicles: 1,
        },
      ]),
    );
  });
});

describe("defects by category", () => {
  it("counts defects opened in the period per category and severity, fire risks first", async () => {
    const { n, managerA, hub, admin } = await network();
    const model = await makeModel(t.db);
    const a1 = await makeVehicle(t.db, n.operatorA.id, model.id);
    const a2 = await makeVehicle(t.db, n.operatorA.id, model.id);
    const b1 = await makeVehicle(t.db, n.operatorB.id, model.id);
    // A unique month, so the manufacturer's whole-network figures are these alone.
    await defect(t.db, a1, "fire", "critical", "2019-03-01T00:00:00Z", "open");
    await defect(t.db, a2, "fire", "critical", "2019-03-15T10:00:00Z", "repaired");
    await defect(t.db, a1, "fire", "critical", "2019-03-31T23:59:00Z", "in_repair");
    await defect(t.db, a1, "brakes", "major", "2019-03-10T08:00:00Z", "repaired");
    await defect(t.db, a2, "lights", "minor", "2019-03-11T08:00:00Z", "no_repair_needed");
    await defect(t.db, a1, "brakes", "critical", "2019-04-01T00:00:00Z"); // after the period
    await defect(t.db, a1, "brakes", "critical", "2019-02-28T23:59:59Z"); // before it
    await defect(t.db, b1, "gas", "critical", "2019-03-05T00:00:00Z");

    const expectedA = [
      {
        category: "fire",
        severity: "critical",
        fireRisk: true,
        defects: 3,
        vehicles: 2,
        unresolved: 2,
      },
      {
        category: "brakes",
        severity: "major",
        fireRisk: false,
        defects: 1,
        vehicles: 1,
        unresolved: 0,
      },
      {
        category: "lights",
        severity: "minor",
        fireRisk: false,
        defects: 1,
        vehicles: 1,
        unresolved: 0,
      },
    ];
    const path = "defects-by-category?from=2019-03-01&to=2019-03-31";
    expect(await rowsOf(managerA, path)).toEqual(expectedA);
    expect(await rowsOf(hub, path)).toEqual(expectedA);
    expect(await rowsOf(admin, path)).toEqual([
      expectedA[0],
      {
        category: "gas",
        severity: "critical",
        fireRisk: true,
        defects: 1,
        vehicles: 1,
        unresolved: 1,
      },
      expectedA[1],
      expectedA[2],
    ]);
  });
});

describe("mean km between failures", () => {
  it("divides the distance read in the period by the critical and major defects", async () => {
    const { n, managerA, hub, admin } = await network();
    const bus = await makeModel(t.db);
    const tractor = await makeModel(t.db, { vehicleType: "tractor" });
    const bus1 = await makeVehicle(t.db, n.operatorA.id, bus.id);
    const bus2 = await makeVehicle(t.db, n.operatorA.id, bus.id);
    const machine = await makeVehicle(t.db, n.operatorA.id, tractor.id);
    const busB = await makeVehicle(t.db, n.operatorB.id, bus.id);
    // bus1: 10,000 before the period, 14,000 at its end: 4,000 km.
    await reading(t.db, bus1, "odometer_km", 9_000, "2019-11-30T06:00:00Z");
    await reading(t.db, bus1, "odometer_km", 10_000, "2019-12-31T23:00:00Z");
    await reading(t.db, bus1, "odometer_km", 12_000, "2020-01-15T06:00:00Z");
    await reading(t.db, bus1, "odometer_km", 14_000, "2020-01-31T23:59:00Z");
    // A typo waiting for confirmation counts no distance (else bus1 would have run 130,000).
    await reading(t.db, bus1, "odometer_km", 140_000, "2020-01-31T23:59:30Z", "unconfirmed");
    await reading(t.db, bus1, "odometer_km", 15_000, "2020-02-01T00:00:00Z");
    // bus2: no reading before the period: from its first in it, 5,000 → 6,500; a voided typo.
    await reading(t.db, bus2, "odometer_km", 5_000, "2020-01-10T06:00:00Z");
    await reading(t.db, bus2, "odometer_km", 6_500, "2020-01-20T06:00:00Z");
    await reading(t.db, bus2, "odometer_km", 99_999, "2020-01-25T06:00:00Z", "voided");
    // the tractor: engine hours 1,000 → 1,200.
    await reading(t.db, machine, "engine_hours", 1_000, "2019-12-30T06:00:00Z");
    await reading(t.db, machine, "engine_hours", 1_200, "2020-01-31T06:00:00Z");
    // B's bus: 2,000 km and one failure.
    await reading(t.db, busB, "odometer_km", 1_000, "2019-12-01T06:00:00Z");
    await reading(t.db, busB, "odometer_km", 3_000, "2020-01-30T06:00:00Z");
    await defect(t.db, busB, "brakes", "critical", "2020-01-03T00:00:00Z");

    await defect(t.db, bus1, "brakes", "critical", "2020-01-05T00:00:00Z");
    await defect(t.db, bus2, "steering", "major", "2020-01-20T00:00:00Z");
    await defect(t.db, bus2, "lights", "minor", "2020-01-21T00:00:00Z"); // not a failure
    await defect(t.db, bus1, "brakes", "critical", "2020-02-02T00:00:00Z"); // after the period
    await defect(t.db, machine, "hydraulic_leaks", "critical", "2020-01-07T00:00:00Z");

    const path = "mkbf?from=2020-01-01&to=2020-01-31";
    const busRow = {
      modelId: bus.id,
      maker: "Testmaker",
      model: bus.model,
      vehicleType: "city_bus",
      powertrain: "diesel",
      meter: "odometer_km",
      vehicles: 2,
      distanceKm: 5_500,
      engineHours: null,
      failures: 2,
      kmBetweenFailures: 2_750,
      hoursBetweenFailures: null,
    };
    const tractorRow = {
      modelId: tractor.id,
      maker: "Testmaker",
      model: tractor.model,
      vehicleType: "tractor",
      powertrain: "diesel",
      meter: "engine_hours",
      vehicles: 1,
      distanceKm: null,
      engineHours: 200,
      failures: 1,
      kmBetweenFailures: null,
      hoursBetweenFailures: 200,
    };
    const ours = (rows: Row[]) =>
      rows
        .filter((r) => r.modelId === bus.id || r.modelId === tractor.id)
        .sort((a, b) => String(a.meter).localeCompare(String(b.meter)));
    expect(ours(await rowsOf(managerA, path))).toEqual([tractorRow, busRow]);
    expect(ours(await rowsOf(hub, path))).toEqual([tractorRow, busRow]);
    expect(ours(await rowsOf(admin, path))).toEqual([
      tractorRow,
      { ...busRow, vehicles: 3, distanceKm: 7_500, failures: 3, kmBetweenFailures: 2_500 },
    ]);
  });
});

describe("availability", () => {
  it("counts vehicle-days with a blocking work order open, per depot and operator", async () => {
    const { n, managerA, hub, admin } = await network();
    const model = await makeModel(t.db);
    const north = await makeDepot(t.db, n.operatorA.id);
    const south = await makeDepot(t.db, n.operatorA.id);
    const inService = async (vehicle: { id: string }, date: string) =>
      t.db
        .updateTable("vehicles")
        .set({ in_service_date: date })
        .where("id", "=", vehicle.id)
        .execute();
    const v1 = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: north.id });
    // v2 is in repair now, under an order still open: today counts once.
    const v2 = await makeVehicle(t.db, n.operatorA.id, model.id, {
      depotId: north.id,
      status: "in_repair",
    });
    const v3 = await makeVehicle(t.db, n.operatorA.id, model.id);
    const v5 = await makeVehicle(t.db, n.operatorA.id, model.id, {
      depotId: south.id,
      status: "in_repair",
    });
    const retired = await makeVehicle(t.db, n.operatorA.id, model.id, {
      depotId: north.id,
      status: "retired",
    });
    const vB = await makeVehicle(t.db, n.operatorB.id, model.id);
    for (const v of [v1, v3, v5, retired, vB]) await inService(v, "2020-01-01");
    await inService(v2, "2021-03-06");

    // v1: unavailable 1–4 March (two overlapping blocking orders) and 9 March (cancelled that day).
    await workOrder(t.db, v1, {
      status: "verified",
      blocking: true,
      openedAt: "2021-02-27T10:00:00Z",
      closedAt: "2021-03-02T09:00:00Z",
    });
    await workOrder(t.db, v1, {
      status: "completed",
      blocking: true,
      openedAt: "2021-03-02T15:00:00Z",
      closedAt: "2021-03-04T23:30:00Z",
    });
    await workOrder(t.db, v1, {
      status: "completed",
      blocking: false,
      openedAt: "2021-03-05T08:00:00Z",
      closedAt: "2021-03-08T08:00:00Z",
    });
    await workOrder(t.db, v1, {
      status: "cancelled",
      blocking: true,
      openedAt: "2021-03-09T08:00:00Z",
      closedAt: "2021-03-09T09:00:00Z",
    });
    await workOrder(t.db, v1, {
      status: "completed",
      blocking: true,
      openedAt: "2021-03-11T00:00:00Z",
      closedAt: "2021-03-12T00:00:00Z",
    });
    // v2: in service from 6 March; a blocking order opened on the 10th is still open.
    await workOrder(t.db, v2, {
      status: "requested",
      blocking: true,
      openedAt: "2021-03-10T20:00:00Z",
    });
    await workOrder(t.db, retired, {
      status: "requested",
      blocking: true,
      openedAt: "2021-03-01T08:00:00Z",
    });
    await workOrder(t.db, vB, {
      status: "requested",
      blocking: true,
      openedAt: "2021-03-01T08:00:00Z",
    });

    const ofA = (rows: Row[]) => rows.filter((r) => r.organisationId === n.operatorA.id);
    const row = (
      level: "operator" | "depot",
      depot: { id: string; name: string } | null,
      vehicles: number,
      vehicleDays: number,
      unavailableDays: number,
    ) => ({
      level,
      organisationId: n.operatorA.id,
      organisationName: n.operatorA.name,
      depotId: depot?.id ?? null,
      depotName: depot?.name ?? null,
      vehicles,
      vehicleDays,
      unavailableDays,
      availableDays: vehicleDays - unavailableDays,
      availability: Math.round(((vehicleDays - unavailableDays) / vehicleDays) * 10_000) / 10_000,
    });
    const byDepot = (rows: Row[]) =>
      [...rows].sort((a, b) =>
        `${a.level}${a.depotName ?? "~"}`.localeCompare(`${b.level}${b.depotName ?? "~"}`),
      );
    const march = "availability?from=2021-03-01&to=2021-03-10";
    // v1 10 days (5 down), v2 5 days (1 down), v3 10 days, v5 10 days (in repair only counts today).
    const expectedMarch = byDepot([
      row("operator", null, 4, 35, 6),
      row("depot", north, 2, 15, 6),
      row("depot", south, 1, 10, 0),
      row("depot", null, 1, 10, 0),
    ]);
    expect(expectedMarch.find((r) => r.level === "operator")?.availability).toBe(0.8286); // 29 / 35
    expect(byDepot(ofA(await rowsOf(managerA, march)))).toEqual(expectedMarch);
    expect(byDepot(ofA(await rowsOf(hub, march)))).toEqual(expectedMarch);
    expect(byDepot(ofA(await rowsOf(admin, march)))).toEqual(expectedMarch);
    expect((await rowsOf(hub, march)).some((r) => r.organisationId === n.operatorB.id)).toBe(false);
    expect((await rowsOf(admin, march)).filter((r) => r.organisationId === n.operatorB.id)).toEqual(
      [
        expect.objectContaining({
          level: "operator",
          vehicles: 1,
          vehicleDays: 10,
          unavailableDays: 10,
        }),
        expect.objectContaining({
          level: "depot",
          vehicles: 1,
          vehicleDays: 10,
          unavailableDays: 10,
        }),
      ],
    );

    // Up to today (a later `to` is cut at today): v2's order is still open; v5 is in repair today.
    const recent = `availability?from=${isoDay(daysAgo(2))}&to=${isoDay(daysAgo(-5))}`;
    expect(byDepot(ofA(await rowsOf(managerA, recent)))).toEqual(
      byDepot([
        row("operator", null, 4, 12, 4),
        row("depot", north, 2, 6, 3),
        row("depot", south, 1, 3, 1),
        row("depot", null, 1, 3, 0),
      ]),
    );
  });
});

describe("work-order backlog", () => {
  it("counts open orders per status by age, with the oldest", async () => {
    const { n, managerA, hub, admin } = await network();
    const model = await makeModel(t.db);
    const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id);
    const vB = await makeVehicle(t.db, n.operatorB.id, model.id);
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    await workOrder(t.db, vehicle, { status: "requested", openedAt: hoursAgo(2.9 * 24) }); // 2 days
    await workOrder(t.db, vehicle, { status: "requested", openedAt: hoursAgo(3.1 * 24) }); // 3 days
    const oldest = await workOrder(t.db, vehicle, {
      status: "requested",
      openedAt: hoursAgo(31.5 * 24),
    });
    await workOrder(t.db, vehicle, { status: "requested", openedAt: hoursAgo(30.9 * 24) }); // 30 days
    await workOrder(t.db, vehicle, { status: "scheduled", openedAt: hoursAgo(7.9 * 24) }); // 7 days
    const started = await workOrder(t.db, vehicle, {
      status: "in_progress",
      openedAt: hoursAgo(1),
    });
    await workOrder(t.db, vehicle, {
      status: "completed",
      openedAt: hoursAgo(50 * 24),
      closedAt: hoursAgo(1),
    });
    await workOrder(t.db, vehicle, {
      status: "cancelled",
      openedAt: hoursAgo(50 * 24),
      closedAt: hoursAgo(1),
    });
    await workOrder(t.db, vB, { status: "requested", openedAt: hoursAgo(100 * 24) });

    const expected = [
      {
        organisationId: n.operatorA.id,
        organisationName: n.operatorA.name,
        status: "requested",
        open: 4,
        age0To2Days: 1,
        age3To7Days: 1,
        age8To30Days: 1,
        ageOver30Days: 1,
        oldestWorkOrderId: oldest.id,
        oldestWorkOrderNumber: Number(oldest.number),
        oldestOpenedAt: oldest.opened_at.toISOString(),
        oldestAgeDays: 31,
      },
      expect.objectContaining({ status: "scheduled", open: 1, age3To7Days: 1, oldestAgeDays: 7 }),
      expect.objectContaining({
        status: "in_progress",
        open: 1,
        age0To2Days: 1,
        oldestWorkOrderId: started.id,
        oldestAgeDays: 0,
      }),
    ];
    const ofA = (rows: Row[]) => rows.filter((r) => r.organisationId === n.operatorA.id);
    expect(await rowsOf(managerA, "work-order-backlog")).toEqual(expected);
    expect(ofA(await rowsOf(hub, "work-order-backlog"))).toEqual(expected);
    expect(ofA(await rowsOf(admin, "work-order-backlog"))).toEqual(expected);
    const ofB = (await rowsOf(admin, "work-order-backlog")).filter(
      (r) => r.organisationId === n.operatorB.id,
    );
    expect(ofB).toEqual([
      expect.objectContaining({ status: "requested", open: 1, ageOver30Days: 1 }),
    ]);
  });
});

describe("training coverage", () => {
  it("compares mechanics certified today with the headcount, per competency", async () => {
    const { n, managerA, hub, admin } = await network();
    const mech1 = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
    const mech2 = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
    const mech3 = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
    const gone = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
    await t.db.updateTable("users").set({ disabled: true }).where("id", "=", gone.id).execute();
    const mechB = await makeUser(t.db, [[n.operatorB.id, "mechanic"]]);
    const certificate = async (
      user: { id: string },
      organisationId: string,
      competency: string,
      issued: Date,
      expires: Date,
      revoked = false,
    ) =>
      t.db
        .insertInto("certificates")
        .values({
          organisation_id: organisationId,
          user_id: user.id,
          competency_key: competency,
          issued_on: isoDay(issued),
          expires_on: isoDay(expires),
          issued_by_organisation_id: n.hub.id,
          revoked_at: revoked ? new Date() : null,
        })
        .execute();
    await certificate(mech1, n.operatorA.id, "brakes", daysAgo(100), daysAgo(-300));
    await certificate(mech2, n.operatorA.id, "brakes", daysAgo(800), daysAgo(70)); // expired
    await certificate(mech3, n.operatorA.id, "brakes", daysAgo(100), daysAgo(-300), true); // revoked
    await certificate(gone, n.operatorA.id, "brakes", daysAgo(100), daysAgo(-300)); // disabled
    await certificate(mech1, n.operatorA.id, "general_service", daysAgo(700), daysAgo(-10)); // ends soon
    await certificate(mech2, n.operatorA.id, "general_service", daysAgo(10), daysAgo(-355));
    await certificate(mechB, n.operatorB.id, "brakes", daysAgo(10), daysAgo(-355));

    const pick = (rows: Row[], organisationId: string, competency: string) =>
      rows.find((r) => r.organisationId === organisationId && r.competency === competency);
    for (const client of [managerA, hub, admin]) {
      const rows = await rowsOf(client, "training-coverage");
      expect(pick(rows, n.operatorA.id, "brakes")).toEqual({
        organisationId: n.operatorA.id,
        organisationName: n.operatorA.name,
        kind: "operator",
        role: "mechanic",
        competency: "brakes",
        competencyNameEn: "Brake systems",
        competencyNameRu: "Тормозные системы",
        headcount: 3,
        certified: 1,
        coverage: 0.3333,
        expiringSoon: 0,
        expiringWithinDays: 60,
      });
      expect(pick(rows, n.operatorA.id, "general_service")).toMatchObject({
        headcount: 3,
        certified: 2,
        coverage: 0.6667,
        expiringSoon: 1,
      });
      expect(pick(rows, n.operatorA.id, "high_voltage")).toMatchObject({
        certified: 0,
        coverage: 0,
      });
    }
    const hubRows = await rowsOf(hub, "training-coverage");
    expect(pick(hubRows, n.hub.id, "brakes")).toMatchObject({
      kind: "hub",
      role: "hub_technician",
      headcount: 0,
      coverage: null,
    });
    expect(pick(hubRows, n.operatorB.id, "brakes")).toBeUndefined();
    expect(
      (await rowsOf(managerA, "training-coverage")).every(
        (r) => r.organisationId === n.operatorA.id,
      ),
    ).toBe(true);
    expect(pick(await rowsOf(admin, "training-coverage"), n.operatorB.id, "brakes")).toMatchObject({
      headcount: 1,
      certified: 1,
      coverage: 1,
    });
  });
});

describe("agreement targets", () => {
  it("counts requests that met, missed or still wait past the agreement's targets", async () => {
    const { n, managerA, hub, admin } = await network();
    const agreement = await t.db
      .selectFrom("service_agreements")
      .selectAll()
      .where("hub_id", "=", n.hub.id)
      .where("operator_id", "=", n.operatorA.id)
      .executeTakeFirstOrThrow();
    expect([agreement.response_hours, agreement.resolution_hours]).toEqual([8, 72]);
    const hour = 3_600_000;
    const request = async (
      operatorId: string,
      hubId: string,
      agreementId: string,
      requestedAt: string,
      outcome: {
        status: "open" | "accepted" | "resolved" | "declined" | "cancelled";
        answeredAfterHours?: number;
        resolvedAfterHours?: number;
      },
    ) => {
      const at = new Date(requestedAt);
      const after = (hours: number | undefined) =>
        hours === undefined ? null : new Date(at.getTime() + hours * hour);
      const answered = after(outcome.answeredAfterHours);
      const agreementRow = await t.db
        .selectFrom("service_agreements")
        .selectAll()
        .where("id", "=", agreementId)
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto("service_requests")
        .values({
          operator_id: operatorId,
          hub_id: hubId,
          agreement_id: agreementId,
          kind: "specialist",
          description: "Need a specialist",
          status: outcome.status,
          requested_at: at,
          response_due_at: new Date(at.getTime() + agreementRow.response_hours * hour),
          resolution_due_at: new Date(at.getTime() + agreementRow.resolution_hours * hour),
          accepted_at:
            outcome.status === "accepted" || outcome.status === "resolved" ? answered : null,
          declined_at: outcome.status === "declined" ? answered : null,
          resolved_at: after(outcome.resolvedAfterHours),
          cancelled_at: outcome.status === "cancelled" ? after(1) : null,
        })
        .execute();
    };
    const A = [n.operatorA.id, n.hub.id, agreement.id] as const;
    await request(...A, "2022-06-01T10:00:00Z", {
      status: "resolved",
      answeredAfterHours: 2,
      resolvedAfterHours: 24,
    });
    await request(...A, "2022-06-02T10:00:00Z", {
      status: "resolved",
      answeredAfterHours: 10,
      resolvedAfterHours: 80,
    });
    await request(...A, "2022-06-10T10:00:00Z", { status: "open" });
    await request(...A, "2022-06-11T10:00:00Z", { status: "declined", answeredAfterHours: 1 });
    await request(...A, "2022-06-30T23:00:00Z", { status: "cancelled" });
    await request(...A, "2022-07-01T00:00:00Z", { status: "open" }); // after the period
    // B asked its own hub in the same month; and B's old agreement with A's hub had one too.
    const hubOfB = await t.db
      .insertInto("organisations")
      .values({ kind: "hub", name: `hub ${unique()}`, parent_id: n.maker.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    const agreementB = await t.db
      .insertInto("service_agreements")
      .values({
        hub_id: hubOfB.id,
        operator_id: n.operatorB.id,
        valid_from: "2022-01-01",
        region_ids: [],
        services: ["repair"],
        response_hours: 4,
        resolution_hours: 24,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await request(n.operatorB.id, hubOfB.id, agreementB.id, "2022-06-05T10:00:00Z", {
      status: "open",
    });
    const oldAgreementB = await t.db
      .selectFrom("service_agreements")
      .select("id")
      .where("hub_id", "=", n.hub.id)
      .where("operator_id", "=", n.operatorB.id)
      .executeTakeFirstOrThrow();
    await request(n.operatorB.id, n.hub.id, oldAgreementB.id, "2021-06-05T10:00:00Z", {
      status: "open",
    });

    const rowA = {
      agreementId: agreement.id,
      operatorId: n.operatorA.id,
      operatorName: n.operatorA.name,
      hubId: n.hub.id,
      hubName: n.hub.name,
      responseHours: 8,
      resolutionHours: 72,
      requests: 5,
      respondedWithinTarget: 2,
      responseMissed: 2,
      resolvedWithinTarget: 1,
      resolutionMissed: 1,
      openPastTarget: 1,
      declined: 1,
      cancelled: 1,
    };
    const june = "agreement-targets?from=2022-06-01&to=2022-06-30";
    expect(await rowsOf(managerA, june)).toEqual([rowA]);
    expect(await rowsOf(hub, june)).toEqual([rowA]);
    // The hub no longer serves B: its old agreement's requests are not in the hub's report
    // (A's request of 1 July is, in the longer period).
    expect(await rowsOf(hub, "agreement-targets?from=2021-01-01&to=2022-12-31")).toEqual([
      { ...rowA, requests: 6, responseMissed: 3, openPastTarget: 2 },
    ]);
    const adminRows = (await rowsOf(admin, june)).filter((r) =>
      [agreement.id, agreementB.id].includes(String(r.agreementId)),
    );
    expect(adminRows).toHaveLength(2);
    expect(adminRows.find((r) => r.agreementId === agreementB.id)).toMatchObject({
      requests: 1,
      responseMissed: 1,
      openPastTarget: 1,
    });
  });
});

describe("overdue maintenance", () => {
  it("counts overdue tasks (and safety-critical ones) per operator and region", async () => {
    const { n, managerA, hub, admin } = await network();
    const [home, away] = [await makeRegion(t.db), await makeRegion(t.db)];
    await t.db
      .updateTable("organisations")
      .set({ region_id: home.id })
      .where("id", "=", n.operatorA.id)
      .execute();
    const awayDepot = await makeDepot(t.db, n.operatorA.id);
    await t.db
      .updateTable("depots")
      .set({ region_id: away.id })
      .where("id", "=", awayDepot.id)
      .execute();
    const bus = await makeModel(t.db);
    const tractorModel = await makeModel(t.db, { vehicleType: "tractor" });
    const yesterday = daysAgo(1);
    // In the away depot: a bus at 25,000 km never serviced (ТО-1 and ТО-2 overdue), and
    // one at 5,000 km (nothing due yet).
    const worn = await makeVehicle(t.db, n.operatorA.id, bus.id, { depotId: awayDepot.id });
    await reading(t.db, worn, "odometer_km", 25_000, yesterday);
    const fresh = await makeVehicle(t.db, n.operatorA.id, bus.id, { depotId: awayDepot.id });
    await reading(t.db, fresh, "odometer_km", 5_000, yesterday);
    // Both in service 100 days: no calendar task (seasonal service, fire suppression, ТО-2's
    // yearly backstop) is due yet.
    await t.db
      .updateTable("vehicles")
      .set({ in_service_date: isoDay(daysAgo(100)) })
      .where("id", "in", [worn.id, fresh.id])
      .execute();
    const retired = await makeVehicle(t.db, n.operatorA.id, bus.id, {
      depotId: awayDepot.id,
      status: "retired",
    });
    await reading(t.db, retired, "odometer_km", 90_000, yesterday);
    // Without a depot (the operator's region): a tractor at 300 h in service for 400 days:
    // the 250 h service (not safety-critical) and the yearly state technical inspection of a
    // self-propelled machine (decree No. 1013) are overdue; the yearly full service is 35
    // days past its date, inside the tractor standard's 10 % tolerance (36 days): due, not
    // overdue.
    const tractor = await makeVehicle(t.db, n.operatorA.id, tractorModel.id);
    await t.db
      .updateTable("vehicles")
      .set({ in_service_date: isoDay(daysAgo(400)) })
      .where("id", "=", tractor.id)
      .execute();
    await reading(t.db, tractor, "engine_hours", 300, yesterday);
    const busB = await makeVehicle(t.db, n.operatorB.id, bus.id);
    await reading(t.db, busB, "odometer_km", 25_000, yesterday);
    await t.db
      .updateTable("vehicles")
      .set({ in_service_date: isoDay(daysAgo(100)) })
      .where("id", "=", busB.id)
      .execute();

    const expected = [
      {
        organisationId: n.operatorA.id,
        organisationName: n.operatorA.name,
        regionId: home.id,
        regionName: home.name,
        vehicles: 1,
        overdueTasks: 2,
        safetyCriticalOverdueTasks: 1,
        vehiclesOverdue: 1,
        vehiclesSafetyCriticalOverdue: 1,
      },
      {
        organisationId: n.operatorA.id,
        organisationName: n.operatorA.name,
        regionId: away.id,
        regionName: away.name,
        vehicles: 2,
        overdueTasks: 2,
        safetyCriticalOverdueTasks: 2,
        vehiclesOverdue: 1,
        vehiclesSafetyCriticalOverdue: 1,
      },
    ].sort((a, b) => a.regionName.localeCompare(b.regionName));
    const ofA = (rows: Row[]) => rows.filter((r) => r.organisationId === n.operatorA.id);
    expect(await rowsOf(managerA, "overdue-maintenance")).toEqual(expected);
    expect(ofA(await rowsOf(hub, "overdue-maintenance"))).toEqual(expected);
    expect(ofA(await rowsOf(admin, "overdue-maintenance"))).toEqual(expected);
    expect(
      (await rowsOf(hub, "overdue-maintenance")).some((r) => r.organisationId === n.operatorB.id),
    ).toBe(false);
    expect(
      (await rowsOf(admin, "overdue-maintenance")).filter(
        (r) => r.organisationId === n.operatorB.id,
      ),
    ).toEqual([
      expect.objectContaining({
        regionId: null,
        vehicles: 1,
        overdueTasks: 2,
        safetyCriticalOverdueTasks: 2,
      }),
    ]);
  });
});

describe("every report", () => {
  const period = `from=${isoDay(daysAgo(400))}&to=${todayIso()}`;
  const paths = [
    "overdue-maintenance",
    `availability?${period}`,
    `mkbf?${period}`,
    `defects-by-category?${period}`,
    "work-order-backlog",
    "training-coverage",
    `agreement-targets?${period}`,
    "deliveries",
  ];

  /** One of each record the reports read, for operator `organisationId` (and its hub). */
  async function recordsOf(organisationId: string, hubId: string, agreementId: string) {
    const depot = await makeDepot(t.db, organisationId);
    const model = await makeModel(t.db);
    const vehicle = await makeVehicle(t.db, organisationId, model.id, { depotId: depot.id });
    await reading(t.db, vehicle, "odometer_km", 1_000, daysAgo(30));
    await reading(t.db, vehicle, "odometer_km", 31_000, daysAgo(1));
    await defect(t.db, vehicle, "fire", "critical", daysAgo(3).toISOString());
    await workOrder(t.db, vehicle, { status: "requested", blocking: true, openedAt: daysAgo(3) });
    const mechanic = await makeUser(t.db, [[organisationId, "mechanic"]]);
    await t.db
      .insertInto("certificates")
      .values({
        organisation_id: organisationId,
        user_id: mechanic.id,
        competency_key: "brakes",
        issued_on: isoDay(daysAgo(10)),
        expires_on: isoDay(daysAgo(-300)),
        issued_by_organisation_id: hubId,
      })
      .execute();
    await t.db
      .insertInto("service_requests")
      .values({
        operator_id: organisationId,
        hub_id: hubId,
        agreement_id: agreementId,
        kind: "specialist",
        description: "Need a specialist",
        requested_at: daysAgo(2),
        response_due_at: daysAgo(1),
        resolution_due_at: daysAgo(-1),
      })
      .execute();
  }

  async function networkWithRecords() {
    const clients = await network();
    const { n } = clients;
    const agreementOf = async (hubId: string, operatorId: string) =>
      (
        await t.db
          .selectFrom("service_agreements")
          .select("id")
          .where("hub_id", "=", hubId)
          .where("operator_id", "=", operatorId)
          .orderBy("valid_from", "desc")
          .executeTakeFirstOrThrow()
      ).id;
    await recordsOf(n.operatorA.id, n.hub.id, await agreementOf(n.hub.id, n.operatorA.id));
    const hubOfB = await t.db
      .insertInto("organisations")
      .values({ kind: "hub", name: `hub ${unique()}`, parent_id: n.maker.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    const agreementB = await t.db
      .insertInto("service_agreements")
      .values({
        hub_id: hubOfB.id,
        operator_id: n.operatorB.id,
        valid_from: "2020-01-01",
        region_ids: [],
        services: ["repair"],
        response_hours: 4,
        resolution_hours: 24,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordsOf(n.operatorB.id, hubOfB.id, agreementB.id);
    return { ...clients, hubOfB };
  }

  it("shows an operator itself and a hub its served operators, never anyone else", async () => {
    const { n, managerA, managerB, hub, admin, hubOfB } = await networkWithRecords();
    for (const path of paths) {
      const mine = await managerA.get(`/api/v1/reports/${path}`);
      expect(mine.statusCode, path).toBe(200);
      expect(mine.json<Row[]>().length, path).toBeGreaterThan(0);
      // Deliveries, defects by category and MKBF are counted per region or model, not operator.
      const perOrganisation = !/^(deliveries|defects-by-category|mkbf)/.test(path);
      if (perOrganisation) expect(mine.body, path).toContain(n.operatorA.id);
      for (const secret of [n.operatorB.id, n.operatorB.name, hubOfB.id, hubOfB.name]) {
        expect(mine.body, `${path} shows A ${secret}`).not.toContain(secret);
        expect(
          (await hub.get(`/api/v1/reports/${path}`)).body,
          `${path} shows the hub ${secret}`,
        ).not.toContain(secret);
      }
      const theirs = await managerB.get(`/api/v1/reports/${path}`);
      expect(theirs.body, path).not.toContain(n.operatorA.id);
      expect(theirs.body, path).not.toContain(n.operatorA.name);
      if (perOrganisation) {
        expect((await hub.get(`/api/v1/reports/${path}`)).body, path).toContain(n.operatorA.id);
        const network = (await admin.get(`/api/v1/reports/${path}`)).body;
        expect(network, path).toContain(n.operatorA.id);
        expect(network, path).toContain(n.operatorB.id);
      }
    }
  });

  it("gives the same rows as CSV, with a header line, as an attachment", async () => {
    const { admin } = await networkWithRecords();
    for (const path of paths) {
      const [name, query = ""] = path.split("?");
      const json = await admin.get(`/api/v1/reports/${path}`);
      const csv = await admin.get(
        `/api/v1/reports/${name}.csv?${query ? `${query}&` : ""}format=machine`,
      );
      expect(csv.statusCode, path).toBe(200);
      expect(csv.headers["content-type"], path).toMatch(/^text\/csv/);
      expect(csv.headers["content-disposition"], path).toMatch(
        new RegExp(`^attachment; filename="${name}.*\\.csv"$`),
      );
      const rows = json.json<Row[]>();
      expect(rows.length, path).toBeGreaterThan(0);
      const header = csv.body.split("\n")[0]?.split(",");
      expect(header, path).toEqual(Object.keys(rows[0] ?? {}));
      const parsed = parse<Record<string, string>>(csv.body, { columns: true });
      const asText = (value: Row[string]) => (value === null ? "" : String(value));
      expect(parsed, path).toEqual(
        rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asText(v)]))),
      );
    }
  });
});

describe("reports over a generated network", () => {
  // A fresh database of its own: the benchmark generator fills an empty network.
  let g: TestApp;
  let generated: GeneratedNetwork;
  let admin: Client;
  beforeAll(async () => {
    g = await createTestApp();
    generated = await generateNetwork(g.db, { vehicles: 160, days: 60, fastLoad: false });
    admin = new Client(g.app);
    await admin.login(generated.adminEmail, generated.password);
  });
  afterAll(() => g.close());

  it("makes a network of sensible proportions", () => {
    const { counts } = generated;
    expect(counts.vehicles).toBe(160);
    expect(counts.meter_readings).toBeGreaterThan(160 * 55);
    const failing = (counts.defects ?? 0) / (counts.inspections ?? 1);
    expect(failing).toBeGreaterThan(0.005);
    expect(failing).toBeLessThan(0.03);
    expect(counts.maintenance_records).toBeGreaterThan(160);
    expect(counts.service_requests).toBeGreaterThan(0);
  });

  it("agrees with counting availability day by day", async () => {
    const period = { from: generated.firstDay, to: generated.lastDay };
    const rows = await rowsOf(admin, `availability?from=${period.from}&to=${period.to}`);
    // The slow, obvious way: every vehicle-day, held when a blocking order was open then.
    const { rows: expected } = await sql<{ organisation_id: string; days: number; held: number }>`
      select v.organisation_id, count(*)::int as days,
        (count(*) filter (where exists (
          select 1 from work_orders w
          where w.vehicle_id = v.id and w.blocking
            and (w.opened_at at time zone 'UTC')::date <= d.day
            and coalesce((coalesce(w.completed_at, w.cancelled_at) at time zone 'UTC')::date, d.day) >= d.day)
          or (v.status in ('in_repair', 'out_of_service') and d.day = ${todayIso()}::date)))::int as held
      from vehicles v
      cross join lateral generate_series(
        greatest(${period.from}::date, v.in_service_date), ${period.to}::date, interval '1 day') d(day)
      where v.status <> 'retired'
      group by v.organisation_id`.execute(g.db);
    const operatorRows = rows.filter((r) => r.level === "operator");
    expect(operatorRows.length).toBe(expected.length);
    for (const row of expected) {
      expect(operatorRows.find((r) => r.organisationId === row.organisation_id)).toMatchObject({
        vehicleDays: row.days,
        unavailableDays: row.held,
      });
    }
    expect(expected.reduce((sum, row) => sum + row.held, 0)).toBeGreaterThan(0);
  });

  it("counts the same defects, failures and open orders as the tables hold", async () => {
    const query = `from=${generated.firstDay}&to=${generated.lastDay}`;
    const counted = async (text: ReturnType<typeof sql<{ n: number }>>) =>
      Number((await text.execute(g.db)).rows[0]?.n);
    const byCategory = await rowsOf(admin, `defects-by-category?${query}`);
    expect(byCategory.reduce((sum, r) => sum + Number(r.defects), 0)).toBe(
      await counted(sql`select count(*)::int as n from defects`),
    );
    expect(byCategory.filter((r) => r.fireRisk).map((r) => r.category)).toEqual(
      expect.arrayContaining(["fire"]),
    );
    const mkbf = await rowsOf(admin, `mkbf?${query}`);
    expect(mkbf.reduce((sum, r) => sum + Number(r.failures), 0)).toBe(
      await counted(
        sql`select count(*)::int as n from defects where severity in ('critical', 'major')`,
      ),
    );
    for (const row of mkbf.filter((r) => r.meter === "odometer_km" && Number(r.failures) > 0))
      expect(Number(row.kmBetweenFailures)).toBeCloseTo(
        Number(row.distanceKm) / Number(row.failures),
        0,
      );
    const backlog = await rowsOf(admin, "work-order-backlog");
    expect(backlog.reduce((sum, r) => sum + Number(r.open), 0)).toBe(
      await counted(
        sql`select count(*)::int as n from work_orders where status in ('requested', 'scheduled', 'in_progress')`,
      ),
    );
    const overdue = await rowsOf(admin, "overdue-maintenance");
    const vehicles = overdue.reduce((sum, r) => sum + Number(r.vehicles), 0);
    const late = overdue.reduce((sum, r) => sum + Number(r.vehiclesOverdue), 0);
    expect(vehicles).toBeGreaterThan(150);
    expect(late / vehicles).toBeLessThan(0.3); // most have had their last service
    const deliveries = await rowsOf(admin, "deliveries");
    expect(deliveries.reduce((sum, r) => sum + Number(r.vehicles), 0)).toBe(160);
  });
});
