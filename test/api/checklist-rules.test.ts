/**
 * Issue #12: checklist items that forbid operation (Government decree No. 837 of 27 May
 * 2023), the measured tyre tread and seasonal tyre rules, and competencies per item.
 * Expected values come from the decree: item 5.4 forbids an M2/M3 bus whose tread "is not
 * more than 2 mm"; winter tyres on every wheel in December–February; a faulty horn or
 * wiper forbids operation whatever the checklist calls its severity.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  TINY_PNG,
  disableDefectWorkOrders,
  makeCertificate,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
  multipart,
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
interface Decision {
  releasable: boolean;
  reasons: { code: string; overridable: boolean; message: string }[];
}

type VehicleKind = "city_bus" | "tractor" | "combine_harvester";

async function depotWith(kind: VehicleKind = "city_bus", timeZone = "Europe/Moscow") {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  await t.db
    .updateTable("depots")
    .set({ time_zone: timeZone })
    .where("id", "=", depot.id)
    .execute();
  const model = await makeModel(t.db, { vehicleType: kind, powertrain: "diesel" });
  const signIn = async (email: string) => {
    const client = new Client(t.app);
    expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  };
  const mechanicUser = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  return {
    n,
    depot,
    newVehicle: () => makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id }),
    mechanicUser,
    certify: (...keys: string[]) =>
      Promise.all(keys.map((key) => makeCertificate(t.db, mechanicUser.id, n.operatorA.id, key))),
    driver: await signIn(n.driverA.email),
    manager: await signIn(n.managerA.email),
    admin: await signIn(n.admin.email),
    mechanic: await signIn(mechanicUser.email),
  };
}
type Depot = Awaited<ReturnType<typeof depotWith>>;

const shiftStart = () => new Date(Date.now() + 30 * 60_000).toISOString();
const release = async (client: Client, vehicleId: string) =>
  (
    await client.get(`/api/v1/vehicles/${vehicleId}/release?shiftStart=${shiftStart()}`)
  ).json<Decision>();
const override = (client: Client, vehicleId: string) =>
  client.post(`/api/v1/vehicles/${vehicleId}/release-overrides`, {
    shiftStart: shiftStart(),
    reason: "Needed on route 7 this morning, fix booked tonight",
  });

async function photo(s: Depot) {
  const upload = multipart("photo", "item.png", "image/png", TINY_PNG);
  const response = await s.driver.request({
    method: "POST",
    url: `/api/v1/photos?organisationId=${s.n.operatorA.id}`,
    payload: upload.body,
    headers: { "content-type": upload.contentType },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

/** A check of a new vehicle failing `fail`, with the tyre answer replaced by `tyre`. */
async function check(
  s: Depot,
  options: {
    fail?: string[];
    tyre?: Record<string, unknown>;
    submittedAt?: string;
    vehicleId?: string;
  } = {},
) {
  const vehicleId = options.vehicleId ?? (await s.newVehicle()).id;
  const form = await formFor(s.driver, vehicleId);
  const body = inspectionBody(form, vehicleId, {
    fail: options.fail ?? [],
    photoId: await photo(s),
    ...(options.submittedAt ? { submittedAt: options.submittedAt } : {}),
  });
  const results = body.results.map((r) =>
    r.itemKey === "tyre_tread" && options.tyre
      ? { itemKey: "tyre_tread", outcome: "pass" as const, ...options.tyre }
      : r,
  );
  const response = await submit(s.driver, { ...body, results, confirmMeterJump: true });
  return { vehicleId, response };
}

describe("items that forbid operation (decree No. 837)", () => {
  it("holds a bus with a faulty wiper, a major item, and refuses every override, the network admin's too", async () => {
    const s = await depotWith();
    const { vehicleId, response } = await check(s, { fail: ["horn_wipers_mirrors"] });
    expect(response.statusCode, response.body).toBe(201);
    const decision = await release(s.manager, vehicleId);
    expect(decision.releasable).toBe(false);
    expect(decision.reasons).toEqual([
      expect.objectContaining({ code: "OPERATION_FORBIDDEN_DEFECT", overridable: false }),
    ]);
    for (const client of [s.manager, s.admin]) {
      const refused = await override(client, vehicleId);
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json<ErrorJson>().error.message).toMatch(/no one may release this vehicle/);
    }
    const stored = await t.db
      .selectFrom("release_overrides")
      .select("id")
      .where("vehicle_id", "=", vehicleId)
      .execute();
    expect(stored).toEqual([]);
    expect((await release(s.admin, vehicleId)).releasable).toBe(false);

    // A major item outside the decree's list (a dirty engine bay) stays overridable.
    const dirty = await check(s, { fail: ["engine_bay_clean"] });
    expect((await override(s.admin, dirty.vehicleId)).statusCode).toBe(201);
  });
});

describe("tyre tread measured by the driver", () => {
  // Decree No. 837, item 5.4: M2/M3 buses forbidden at 2 mm or less.
  it.each([
    [1.5, true],
    [1.99, true],
    [2, true],
    [2.01, false],
    [8, false],
  ])("a bus with %s mm of tread fails: %s", async (depth, fails) => {
    const s = await depotWith();
    const { vehicleId, response } = await check(s, {
      tyre: { measuredValue: depth, tyres: "winter" },
    });
    expect(response.statusCode, response.body).toBe(201);
    const json = response.json<{
      inspection: { results: { itemKey: string; outcome: string; measuredValue?: number }[] };
      defectsOpened: { itemKey: string }[];
    }>();
    const tread = json.inspection.results.find((r) => r.itemKey === "tyre_tread");
    expect(tread).toMatchObject({ outcome: fails ? "fail" : "pass", measuredValue: depth });
    expect(json.defectsOpened.map((d) => d.itemKey)).toEqual(fails ? ["tyre_tread"] : []);
    const decision = await release(s.admin, vehicleId);
    expect(decision.releasable).toBe(!fails);
    if (fails) expect((await override(s.admin, vehicleId)).statusCode).toBe(409);
  });

  it.each([
    [{ tyres: "winter" }, "results.__.measuredValue", /is required/],
    [{ measuredValue: -1, tyres: "winter" }, "results.__.measuredValue", /must not be negative/],
    [{ measuredValue: 300, tyres: "winter" }, "results.__.measuredValue", /not a plausible/],
    [{ measuredValue: 6 }, "results.__.tyres", /is required/],
  ])("refuses %j naming the field, storing nothing", async (tyre, field, problem) => {
    const s = await depotWith();
    const vehicle = await s.newVehicle();
    const form = await formFor(s.driver, vehicle.id);
    const index = form.template.items.findIndex((i) => i.key === "tyre_tread");
    const { response } = await check(s, { tyre, vehicleId: vehicle.id });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.field).toBe(field.replace("__", String(index)));
    expect(response.json<ErrorJson>().error.message).toMatch(problem);
    const stored = await t.db
      .selectFrom("inspections")
      .select("id")
      .where("vehicle_id", "=", vehicle.id)
      .execute();
    expect(stored).toEqual([]);
  });

  // The seasonal rule goes by the depot's local date: 21:30 UTC on 30 November is already
  // 1 December in Moscow (UTC+3), but still 30 November at a depot kept in UTC.
  it.each([
    ["Europe/Moscow", "2025-11-30T20:59:00Z", "summer", "pass"],
    ["Europe/Moscow", "2025-11-30T21:30:00Z", "summer", "fail"],
    ["UTC", "2025-11-30T21:30:00Z", "summer", "pass"],
    ["Europe/Moscow", "2025-12-01T09:00:00Z", "winter", "pass"],
    ["Europe/Moscow", "2025-05-31T21:30:00Z", "winter_studded", "fail"],
  ])("at a depot in %s, a check at %s with %s tyres: %s", async (zone, at, tyres, outcome) => {
    const s = await depotWith("city_bus", zone);
    const { response } = await check(s, {
      submittedAt: at,
      tyre: { measuredValue: 9, tyres },
    });
    expect(response.statusCode, response.body).toBe(201);
    const tread = response
      .json<{ inspection: { results: { itemKey: string; outcome: string }[] } }>()
      .inspection.results.find((r) => r.itemKey === "tyre_tread");
    expect(tread?.outcome).toBe(outcome);
  });
});

describe("competencies per checklist item", () => {
  async function repair(s: Depot, fail: string) {
    await disableDefectWorkOrders(t.db, s.n.operatorA.id);
    const { response } = await check(s, { fail: [fail] });
    expect(response.statusCode, response.body).toBe(201);
    const defectId = response.json<{ defectsOpened: { id: string }[] }>().defectsOpened[0]?.id;
    expect(
      (await s.mechanic.post(`/api/v1/defects/${defectId}/repair`, { action: "start" })).statusCode,
    ).toBe(200);
    return () =>
      s.mechanic.post(`/api/v1/defects/${defectId}/repair`, {
        action: "repaired",
        note: "Repaired and checked",
      });
  }

  it("refuses a chafed cable's repair to a fire-safety-only technician, accepts it with low-voltage electrics too", async () => {
    const s = await depotWith();
    await s.certify("fire_safety");
    const certify = await repair(s, "wiring_chafe");
    const refused = await certify();
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorJson>().error.message).toMatch(/electrical_lv/);
    await s.certify("electrical_lv");
    expect((await certify()).statusCode).toBe(200);
  });

  it("accepts chaff cleaned off a combine by a machinery technician without a fire-safety certificate", async () => {
    const s = await depotWith("combine_harvester");
    await s.certify("agri_machinery");
    const certify = await repair(s, "crop_debris");
    expect((await certify()).statusCode).toBe(200);
  });

  it("gives a tractor's hydraulic leak to the machinery technician, not the engine specialist", async () => {
    const s = await depotWith("tractor");
    await s.certify("engine_fuel");
    const certify = await repair(s, "hydraulic_leaks");
    const refused = await certify();
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorJson>().error.message).toMatch(/agri_machinery/);
    await s.certify("agri_machinery");
    expect((await certify()).statusCode).toBe(200);
  });

  it("asks the work order of a chafed cable for low-voltage electrics and fire safety", async () => {
    const s = await depotWith();
    const { vehicleId, response } = await check(s, { fail: ["wiring_chafe"] });
    expect(response.statusCode).toBe(201);
    const [order] = (await s.manager.get(`/api/v1/work-orders?vehicleId=${vehicleId}`)).json<
      { id: string }[]
    >();
    const full = (await s.manager.get(`/api/v1/work-orders/${order?.id ?? ""}`)).json<{
      requiredCompetencies: string[];
      tasks: { competencies: string[] }[];
    }>();
    expect(full.requiredCompetencies).toEqual(["electrical_lv", "fire_safety"]);
    expect(full.tasks[0]?.competencies).toEqual(["electrical_lv", "fire_safety"]);
  });
});
