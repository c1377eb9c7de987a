/**
 * Pre-trip control as Russian law requires (issue #11): an operator on the Russian policy
 * releases a bus only with a qualified controller's technical control, the driver's
 * medical admission and documents in date; every bad input is refused naming its field
 * and stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeAgreement,
  makeCertificate,
  makeDepot,
  makeModel,
  makeNetwork,
  makeOrganisation,
  makeUser,
  makeVehicle,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";
import { dateIn, zoneApartFromUtc } from "../helpers/zones.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: { code: string; field?: string; message: string };
}
interface Reason {
  code: string;
  overridable: boolean;
}
interface Decision {
  releasable: boolean;
  reasons: Reason[];
}

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

/**
 * Operator A on the Russian policy with a depot (one shift a day from midnight UTC), a bus
 * and a second bus, a qualified controller and medical worker, two drivers; operator B
 * with its own bus and driver.
 */
async function russianOperator() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db);
  const bus = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const otherBus = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const controllerUser = await makeUser(t.db, [[n.operatorA.id, "technical_controller"]]);
  await makeCertificate(t.db, controllerUser.id, n.operatorA.id, "pretrip_technical_control");
  const medicUser = await makeUser(t.db, [[n.operatorA.id, "medical_worker"]]);
  await makeCertificate(t.db, medicUser.id, n.operatorA.id, "pretrip_medical_examination");
  const secondDriver = await makeUser(t.db, [[n.operatorA.id, "driver"]]);
  const depotB = await makeDepot(t.db, n.operatorB.id);
  const busB = await makeVehicle(t.db, n.operatorB.id, model.id, { depotId: depotB.id });
  const driverB = await makeUser(t.db, [[n.operatorB.id, "driver"]]);
  const manager = await signIn(n.managerA.email);
  const policy = await manager.put("/api/v1/release-policy", {
    organisationId: n.operatorA.id,
    policy: "ru_pretrip",
  });
  expect(policy.statusCode).toBe(200);
  return {
    n,
    depot,
    bus,
    otherBus,
    secondDriver,
    depotB,
    busB,
    driverB,
    manager,
    controllerUser,
    medicUser,
    controller: await signIn(controllerUser.email),
    medic: await signIn(medicUser.email),
    driver: await signIn(n.driverA.email),
  };
}

const controlBody = (vehicleId: string, driverUserId: string, extra: object = {}) => ({
  vehicleId,
  driverUserId,
  passed: true,
  odometerKm: 120_450,
  signature: "Иванов И.И.",
  ...extra,
});

async function release(client: Client, vehicleId: string) {
  const response = await client.get(`/api/v1/vehicles/${vehicleId}/release`);
  expect(response.statusCode).toBe(200);
  return response.json<Decision>();
}
const codes = (decision: Decision) => decision.reasons.map((r) => r.code).sort();

async function walkaround(s: Awaited<ReturnType<typeof russianOperator>>, vehicleId: string) {
  const form = await formFor(s.driver, vehicleId);
  const sent = await submit(s.driver, inspectionBody(form, vehicleId));
  expect(sent.statusCode).toBe(201);
  return sent.json<{ inspection: { id: string } }>().inspection.id;
}

async function count(table: "technical_controls" | "medical_admissions" | "compliance_documents") {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A refusal: the status, the field named, the words, and nothing stored. */
async function refused(
  response: Promise<{ statusCode: number; json: <T>() => T }>,
  table: "technical_controls" | "medical_admissions" | "compliance_documents",
  expected: { status: number; field: string; message: RegExp },
) {
  const before = await count(table);
  const answer = await response;
  expect(answer.statusCode).toBe(expected.status);
  const body = answer.json<ErrorJson>();
  expect(body.error.field).toBe(expected.field);
  expect(body.error.message).toMatch(expected.message);
  expect(await count(table)).toBe(before);
}

describe("the release policy", () => {
  it("is the walkaround alone by default, and only an operator's manager changes it", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    const got = await manager.get("/api/v1/release-policy");
    expect(got.json()).toEqual({ organisationId: n.operatorA.id, policy: "walkaround" });
    const driver = await signIn(n.driverA.email);
    const denied = await driver.put("/api/v1/release-policy", {
      organisationId: n.operatorA.id,
      policy: "ru_pretrip",
    });
    expect(denied.statusCode).toBe(403);
    const other = await manager.put("/api/v1/release-policy", {
      organisationId: n.operatorB.id,
      policy: "ru_pretrip",
    });
    expect(other.statusCode).toBe(404);
    const unknown = await manager.put("/api/v1/release-policy", {
      organisationId: n.operatorA.id,
      policy: "anything",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorJson>().error.message).toMatch(/policy/);
  });
});

describe("the release gate under the Russian policy", () => {
  it("holds a walked-around bus until a controller's control and the driver's admission, and none of it can be overridden", async () => {
    const s = await russianOperator();
    await walkaround(s, s.bus.id);
    const before = await release(s.manager, s.bus.id);
    expect(before.releasable).toBe(false);
    expect(codes(before)).toEqual(["MEDICAL_ADMISSION_MISSING", "PRETRIP_CONTROL_MISSING"]);
    expect(before.reasons.every((r) => !r.overridable)).toBe(true);
    const override = await s.manager.post(`/api/v1/vehicles/${s.bus.id}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "The controller is ill today, we release it",
    });
    expect(override.statusCode).toBe(409);

    const control = await s.controller.post(
      "/api/v1/technical-controls",
      controlBody(s.bus.id, s.n.driverA.id),
    );
    expect(control.statusCode).toBe(201);
    expect(control.json()).toMatchObject({
      vehicleId: s.bus.id,
      driverUserId: s.n.driverA.id,
      passed: true,
      odometerKm: 120_450,
      signature: "Иванов И.И.",
      controllerUserId: s.controllerUser.id,
    });
    expect(codes(await release(s.manager, s.bus.id))).toEqual(["MEDICAL_ADMISSION_MISSING"]);

    const admitted = await s.medic.post("/api/v1/medical-admissions", {
      driverUserId: s.n.driverA.id,
      depotId: s.depot.id,
      admitted: true,
    });
    expect(admitted.statusCode).toBe(201);
    const after = await release(s.manager, s.bus.id);
    expect(after).toMatchObject({ releasable: true, reasons: [] });
  });

  it("holds the bus of a driver the medical worker did not admit, and of a control not passed", async () => {
    const s = await russianOperator();
    await walkaround(s, s.bus.id);
    expect(
      (
        await s.controller.post(
          "/api/v1/technical-controls",
          controlBody(s.bus.id, s.secondDriver.id),
        )
      ).statusCode,
    ).toBe(201);
    const refusal = await s.medic.post("/api/v1/medical-admissions", {
      driverUserId: s.secondDriver.id,
      depotId: s.depot.id,
      admitted: false,
      details: "Blood pressure 170/100",
    });
    expect(refusal.statusCode).toBe(201);
    expect(refusal.json()).toMatchObject({ admitted: false, hasDetails: true });
    expect(refusal.body).not.toContain("170/100");
    const held = await release(s.manager, s.bus.id);
    expect(codes(held)).toEqual(["DRIVER_NOT_ADMITTED"]);
    expect(held.releasable).toBe(false);

    await walkaround(s, s.otherBus.id);
    const failed = await s.controller.post(
      "/api/v1/technical-controls",
      controlBody(s.otherBus.id, s.n.driverA.id, {
        passed: false,
        notes: "Left brake light does not work",
      }),
    );
    expect(failed.statusCode).toBe(201);
    await s.medic.post("/api/v1/medical-admissions", {
      driverUserId: s.n.driverA.id,
      depotId: s.depot.id,
      admitted: true,
    });
    expect(codes(await release(s.manager, s.otherBus.id))).toEqual(["PRETRIP_CONTROL_FAILED"]);
  });

  it("holds a bus whose diagnostic card expired, and one whose driver's licence expired", async () => {
    const s = await russianOperator();
    for (const bus of [s.bus, s.otherBus]) {
      await walkaround(s, bus.id);
      await s.controller.post("/api/v1/technical-controls", controlBody(bus.id, s.n.driverA.id));
    }
    await s.medic.post("/api/v1/medical-admissions", {
      driverUserId: s.n.driverA.id,
      depotId: s.depot.id,
      admitted: true,
    });
    const card = await s.controller.post("/api/v1/compliance-documents", {
      vehicleId: s.bus.id,
      kind: "diagnostic_card",
      number: "063720012400123",
      issuedOn: day(-370),
      expiresOn: day(-5),
    });
    expect(card.statusCode).toBe(201);
    expect(card.json()).toMatchObject({ state: "expired", daysLeft: -5 });
    const decision = await release(s.manager, s.bus.id);
    expect(codes(decision)).toEqual(["VEHICLE_DOCUMENT_EXPIRED"]);
    // A new card replaces the old one: the newest of a kind is the one that counts.
    await s.controller.post("/api/v1/compliance-documents", {
      vehicleId: s.bus.id,
      kind: "diagnostic_card",
      number: "063720012400999",
      issuedOn: day(-1),
      expiresOn: day(150),
    });
    expect(await release(s.manager, s.bus.id)).toMatchObject({ releasable: true });

    const licence = await s.manager.post("/api/v1/compliance-documents", {
      driverUserId: s.n.driverA.id,
      kind: "driving_licence",
      number: "99 12 345678",
      issuedOn: "2016-04-01",
      expiresOn: day(-1),
    });
    expect(licence.statusCode).toBe(201);
    // The driver drives both buses: both are held.
    expect(codes(await release(s.manager, s.bus.id))).toEqual(["DRIVER_DOCUMENT_EXPIRED"]);
    expect(codes(await release(s.manager, s.otherBus.id))).toEqual(["DRIVER_DOCUMENT_EXPIRED"]);
    const calendar = await s.manager.get(`/api/v1/compliance-calendar?depotId=${s.depot.id}`);
    expect(calendar.statusCode).toBe(200);
    const body = calendar.json<{ documents: { state: string; number: string }[] }>();
    // The replaced card is not listed as expired; the licence is.
    expect(body.documents.filter((d) => d.state === "expired").map((d) => d.number)).toEqual([
      "99 12 345678",
    ]);
  });

  it("judges documents on the depot's own date: Vladivostok's 05:00 shift begins the day before in UTC", async () => {
    const s = await russianOperator();
    await t.db
      .updateTable("depots")
      .set({ time_zone: "Asia/Vladivostok", shift_starts: ["05:00"] })
      .where("id", "=", s.depot.id)
      .execute();
    // The shift of the 4th local day back begins at 05:00 there, 19:00 UTC on the 5th day
    // back (UTC+10); asked for at 21:00 UTC, 07:00 local.
    const ranOut = day(-5);
    const shiftStart = `${ranOut}T21:00:00.000Z`;
    const documentReasons = async (vehicleId: string) => {
      const response = await s.manager.get(
        `/api/v1/vehicles/${vehicleId}/release?shiftStart=${shiftStart}`,
      );
      expect(response.statusCode).toBe(200);
      const decision = response.json<Decision & { shiftStart: string }>();
      expect(decision.shiftStart).toBe(`${ranOut}T19:00:00.000Z`);
      return codes(decision).filter((code) => code === "VEHICLE_DOCUMENT_EXPIRED");
    };
    // Ran out on the 5th day back: expired by that shift, though its UTC date is the 5th.
    await s.controller.post("/api/v1/compliance-documents", {
      vehicleId: s.bus.id,
      kind: "diagnostic_card",
      number: "254000012400001",
      issuedOn: day(-200),
      expiresOn: ranOut,
    });
    expect(await documentReasons(s.bus.id)).toEqual(["VEHICLE_DOCUMENT_EXPIRED"]);
    // Runs out on the shift's own day: still in date for it.
    await s.controller.post("/api/v1/compliance-documents", {
      vehicleId: s.otherBus.id,
      kind: "diagnostic_card",
      number: "254000012400002",
      issuedOn: day(-200),
      expiresOn: day(-4),
    });
    expect(await documentReasons(s.otherBus.id)).toEqual([]);
    // The calendar counts on the depot's date too (Intl's, as the independent clock), in a
    // zone whose date is not UTC's right now: UTC+14 from 10:00 UTC, UTC-11 before 11:00.
    const dateIn = (timeZone: string) =>
      new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
    const zone =
      ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find(
        (z) => dateIn(z) !== new Date().toISOString().slice(0, 10),
      ) ?? "";
    await t.db
      .updateTable("depots")
      .set({ time_zone: zone })
      .where("id", "=", s.depot.id)
      .execute();
    const calendar = await s.manager.get(`/api/v1/compliance-calendar?depotId=${s.depot.id}`);
    expect(calendar.json<{ today: string }>().today).toBe(dateIn(zone));
  });

  it("asks nothing more of an operator on the walkaround policy", async () => {
    const s = await russianOperator();
    await s.manager.put("/api/v1/release-policy", {
      organisationId: s.n.operatorA.id,
      policy: "walkaround",
    });
    await walkaround(s, s.bus.id);
    await s.controller.post("/api/v1/compliance-documents", {
      vehicleId: s.bus.id,
      kind: "osago",
      number: "XXX 0123456789",
      issuedOn: day(-400),
      expiresOn: day(-35),
    });
    expect(await release(s.manager, s.bus.id)).toMatchObject({ releasable: true, reasons: [] });
  });
});

describe("controls and admissions: who may record them", () => {
  it("lets a hub's controller control a served operator's bus, not one whose agreement ended", async () => {
    const s = await russianOperator();
    const hubController = await makeUser(t.db, [[s.n.hub.id, "technical_controller"]]);
    await makeCertificate(t.db, hubController.id, s.n.hub.id, "pretrip_technical_control");
    const client = await signIn(hubController.email);
    const served = await client.post(
      "/api/v1/technical-controls",
      controlBody(s.bus.id, s.n.driverA.id, { signature: "Petrov P.P." }),
    );
    expect(served.statusCode).toBe(201);
    expect(served.json()).toMatchObject({ controllerOrganisationId: s.n.hub.id });
    await refused(
      client.post("/api/v1/technical-controls", controlBody(s.busB.id, s.driverB.id)),
      "technical_controls",
      { status: 400, field: "vehicleId", message: /no such vehicle/ },
    );
  });

  it("lets a contracted clinic's medical worker admit a served operator's drivers", async () => {
    const s = await russianOperator();
    const clinic = await makeOrganisation(t.db, "hub", { name: "Clinic" });
    await makeAgreement(t.db, clinic.id, s.n.operatorA.id);
    const medic = await makeUser(t.db, [[clinic.id, "medical_worker"]]);
    await makeCertificate(t.db, medic.id, clinic.id, "pretrip_medical_examination");
    const client = await signIn(medic.email);
    const admitted = await client.post("/api/v1/medical-admissions", {
      driverUserId: s.n.driverA.id,
      depotId: s.depot.id,
      admitted: true,
    });
    expect(admitted.statusCode).toBe(201);
    expect(admitted.json()).toMatchObject({
      organisationId: s.n.operatorA.id,
      byOrganisationId: clinic.id,
    });
  });

  it("shows medical details only to medical workers, and audits every read", async () => {
    const s = await russianOperator();
    const created = await s.medic.post("/api/v1/medical-admissions", {
      driverUserId: s.n.driverA.id,
      depotId: s.depot.id,
      admitted: false,
      details: "Alcohol 0.3 mg/l",
    });
    const id = created.json<{ id: string }>().id;
    const list = await s.manager.get(`/api/v1/depots/${s.depot.id}/medical-admissions`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain("Alcohol");
    expect((await s.manager.get(`/api/v1/medical-admissions/${id}/details`)).statusCode).toBe(403);
    expect((await s.controller.get(`/api/v1/medical-admissions/${id}/details`)).statusCode).toBe(
      403,
    );
    const read = await s.medic.get(`/api/v1/medical-admissions/${id}/details`);
    expect(read.json()).toEqual({ admissionId: id, details: "Alcohol 0.3 mg/l" });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "action"])
      .where("entity", "=", "medical_admission_details")
      .where("entity_id", "=", id)
      .execute();
    expect(audit).toEqual([{ actor_user_id: s.medicUser.id, action: "read" }]);
    // The audit of the admission itself keeps the decision, not the details.
    const created_ = await t.db
      .selectFrom("audit_log")
      .select("details")
      .where("entity", "=", "medical_admission")
      .where("entity_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(created_.details)).not.toContain("Alcohol");
  });
});

describe("bad input: refused naming the field, nothing stored", () => {
  it("refuses a control for a shift already past", async () => {
    const s = await russianOperator();
    await refused(
      s.controller.post(
        "/api/v1/technical-controls",
        controlBody(s.bus.id, s.n.driverA.id, { shiftStart: `${day(-1)}T10:00:00Z` }),
      ),
      "technical_controls",
      { status: 400, field: "shiftStart", message: /that shift ended/ },
    );
  });

  it("refuses a control by a controller whose qualification expired, or who has none", async () => {
    const s = await russianOperator();
    const expired = await makeUser(t.db, [[s.n.operatorA.id, "technical_controller"]]);
    await makeCertificate(t.db, expired.id, s.n.operatorA.id, "pretrip_technical_control", {
      issuedOn: day(-800),
      expiresOn: day(-1),
    });
    const none = await makeUser(t.db, [[s.n.operatorA.id, "technical_controller"]]);
    for (const user of [expired, none]) {
      const client = await signIn(user.email);
      await refused(
        client.post("/api/v1/technical-controls", controlBody(s.bus.id, s.n.driverA.id)),
        "technical_controls",
        { status: 403, field: "competencies", message: /pretrip_technical_control/ },
      );
    }
    // A mechanic is no controller, certificate or not.
    const mechanic = await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
    await makeCertificate(t.db, mechanic.id, s.n.operatorA.id, "pretrip_technical_control");
    const client = await signIn(mechanic.email);
    const denied = await client.post(
      "/api/v1/technical-controls",
      controlBody(s.bus.id, s.n.driverA.id),
    );
    expect(denied.statusCode).toBe(403);
  });

  it("judges the controller's and the medical worker's qualifications on the depot's date", async () => {
    // A depot whose date is not UTC's now: a qualification that ran out yesterday there is
    // still in date by UTC's calendar east of it, and one that runs out today there has
    // already run out by UTC's west of it (test/helpers/zones.ts).
    const z = zoneApartFromUtc();
    const s = await russianOperator();
    await t.db
      .updateTable("depots")
      .set({ time_zone: z.zone })
      .where("id", "=", s.depot.id)
      .execute();
    const qualified = async (
      role: "technical_controller" | "medical_worker",
      competency: string,
      expiresOn: string,
    ) => {
      const user = await makeUser(t.db, [[s.n.operatorA.id, role]]);
      await makeCertificate(t.db, user.id, s.n.operatorA.id, competency, { expiresOn });
      return signIn(user.email);
    };
    const controller = (expiresOn: string) =>
      qualified("technical_controller", "pretrip_technical_control", expiresOn);
    await refused(
      (await controller(z.yesterday)).post(
        "/api/v1/technical-controls",
        controlBody(s.bus.id, s.n.driverA.id),
      ),
      "technical_controls",
      { status: 403, field: "competencies", message: /pretrip_technical_control/ },
    );
    const controlled = await (
      await controller(z.today)
    ).post("/api/v1/technical-controls", controlBody(s.bus.id, s.n.driverA.id));
    expect(controlled.statusCode).toBe(201);
    const medic = (expiresOn: string) =>
      qualified("medical_worker", "pretrip_medical_examination", expiresOn);
    const admission = { driverUserId: s.n.driverA.id, depotId: s.depot.id, admitted: true };
    await refused(
      (await medic(z.yesterday)).post("/api/v1/medical-admissions", admission),
      "medical_admissions",
      { status: 403, field: "competencies", message: /pretrip_medical_examination/ },
    );
    const admitted = await (await medic(z.today)).post("/api/v1/medical-admissions", admission);
    expect(admitted.statusCode).toBe(201);
  });

  it("refuses a control for another organisation's vehicle or driver, and a bad signature", async () => {
    const s = await russianOperator();
    await refused(
      s.controller.post("/api/v1/technical-controls", controlBody(s.busB.id, s.n.driverA.id)),
      "technical_controls",
      { status: 400, field: "vehicleId", message: /no such vehicle/ },
    );
    await refused(
      s.controller.post("/api/v1/technical-controls", controlBody(s.bus.id, s.driverB.id)),
      "technical_controls",
      { status: 400, field: "driverUserId", message: /no such driver/ },
    );
    await refused(
      s.controller.post(
        "/api/v1/technical-controls",
        controlBody(s.bus.id, s.n.driverA.id, { signature: "ivanov" }),
      ),
      "technical_controls",
      { status: 400, field: "signature", message: /surname and initials/ },
    );
    await refused(
      s.controller.post(
        "/api/v1/technical-controls",
        controlBody(s.bus.id, s.n.driverA.id, { passed: false }),
      ),
      "technical_controls",
      { status: 400, field: "notes", message: /what was found/ },
    );
    // The walkaround read 10,120 km (helpers/inspections.ts): the odometer cannot be lower.
    await walkaround(s, s.bus.id);
    await refused(
      s.controller.post(
        "/api/v1/technical-controls",
        controlBody(s.bus.id, s.n.driverA.id, { odometerKm: 9_000 }),
      ),
      "technical_controls",
      { status: 400, field: "odometerKm", message: /below the reading of 10,?120/ },
    );
  });

  it("refuses an admission for a past shift, by an unqualified worker, or of another operator's driver", async () => {
    const s = await russianOperator();
    await refused(
      s.medic.post("/api/v1/medical-admissions", {
        driverUserId: s.n.driverA.id,
        depotId: s.depot.id,
        admitted: true,
        shiftStart: `${day(-2)}T08:00:00Z`,
      }),
      "medical_admissions",
      { status: 400, field: "shiftStart", message: /that shift ended/ },
    );
    await refused(
      s.medic.post("/api/v1/medical-admissions", {
        driverUserId: s.driverB.id,
        depotId: s.depot.id,
        admitted: true,
      }),
      "medical_admissions",
      { status: 400, field: "driverUserId", message: /no such driver/ },
    );
    await refused(
      s.medic.post("/api/v1/medical-admissions", {
        driverUserId: s.driverB.id,
        depotId: s.depotB.id,
        admitted: true,
      }),
      "medical_admissions",
      { status: 400, field: "depotId", message: /no such depot/ },
    );
    const unqualified = await makeUser(t.db, [[s.n.operatorA.id, "medical_worker"]]);
    const client = await signIn(unqualified.email);
    await refused(
      client.post("/api/v1/medical-admissions", {
        driverUserId: s.n.driverA.id,
        depotId: s.depot.id,
        admitted: true,
      }),
      "medical_admissions",
      { status: 403, field: "competencies", message: /pretrip_medical_examination/ },
    );
  });

  it("refuses a document whose expiry precedes its issue, or beyond its legal term", async () => {
    const s = await russianOperator();
    await refused(
      s.manager.post("/api/v1/compliance-documents", {
        vehicleId: s.bus.id,
        kind: "osago",
        number: "XXX 0123456789",
        issuedOn: "2026-03-01",
        expiresOn: "2026-02-28",
      }),
      "compliance_documents",
      { status: 400, field: "expiresOn", message: /before the date of issue 2026-03-01/ },
    );
    // A bus in service since 2019 is over 5 years old: its card lasts 6 months (170-FZ art. 15).
    await t.db
      .updateTable("vehicles")
      .set({ in_service_date: "2019-03-01" })
      .where("id", "=", s.bus.id)
      .execute();
    await refused(
      s.manager.post("/api/v1/compliance-documents", {
        vehicleId: s.bus.id,
        kind: "diagnostic_card",
        number: "063720012400123",
        issuedOn: "2026-06-01",
        expiresOn: "2027-06-01",
      }),
      "compliance_documents",
      { status: 400, field: "expiresOn", message: /later than 2026-12-01.*6 months/ },
    );
    await refused(
      s.manager.post("/api/v1/compliance-documents", {
        vehicleId: s.busB.id,
        kind: "osago",
        number: "XXX 0123456789",
        issuedOn: "2026-03-01",
        expiresOn: "2027-02-28",
      }),
      "compliance_documents",
      { status: 400, field: "vehicleId", message: /no such vehicle/ },
    );
    await refused(
      s.manager.post("/api/v1/compliance-documents", {
        driverUserId: s.driverB.id,
        kind: "driving_licence",
        number: "99 12 345678",
        issuedOn: "2020-03-01",
        expiresOn: "2030-03-01",
      }),
      "compliance_documents",
      { status: 400, field: "driverUserId", message: /no such driver/ },
    );
    await refused(
      s.manager.post("/api/v1/compliance-documents", {
        driverUserId: s.n.driverA.id,
        kind: "osago",
        number: "XXX 0123456789",
        issuedOn: "2026-03-01",
        expiresOn: "2027-02-28",
      }),
      "compliance_documents",
      { status: 400, field: "vehicleId", message: /is required for a osago document/ },
    );
  });
});

describe("CNG cylinder requalification by cylinder type", () => {
  it("limits the term to 5, 3 or 2 years by the type recorded on the gas bus", async () => {
    const s = await russianOperator();
    const gasBus = await makeVehicle(
      t.db,
      s.n.operatorA.id,
      (await makeModel(t.db, { powertrain: "cng" })).id,
      { depotId: s.depot.id },
    );
    const requalification = (expiresOn: string) =>
      s.manager.post("/api/v1/compliance-documents", {
        vehicleId: gasBus.id,
        kind: "cng_cylinder_requalification",
        number: "Акт 17/2026",
        issuedOn: "2026-04-01",
        expiresOn,
      });
    // A diesel bus has no cylinders to type; nothing is changed.
    const diesel = await s.manager.patch(`/api/v1/vehicles/${s.bus.id}`, {
      cngCylinderType: "cng4",
    });
    expect(diesel.statusCode).toBe(400);
    expect(diesel.json<ErrorJson>().error.field).toBe("cngCylinderType");
    const dieselNow = await s.manager.get(`/api/v1/vehicles/${s.bus.id}`);
    expect(dieselNow.json<{ cngCylinderType: string | null }>().cngCylinderType).toBeNull();
    // All-composite (КПГ-4): every 2 years (avtodigitals.ru, DOMAIN.md §1).
    const typed = await s.manager.patch(`/api/v1/vehicles/${gasBus.id}`, {
      cngCylinderType: "cng4",
    });
    expect(typed.statusCode, typed.body).toBe(200);
    expect(typed.json<{ cngCylinderType: string }>().cngCylinderType).toBe("cng4");
    await refused(requalification("2029-04-01"), "compliance_documents", {
      status: 400,
      field: "expiresOn",
      message:
        /later than 2028-04-01: cylinders of type CNG-4 \(all-composite\) are requalified every 2 years/,
    });
    expect((await requalification("2028-04-01")).statusCode).toBe(201);
    // All-metal (КПГ-1): every 5 years, so the same 3-year term is accepted.
    await s.manager.patch(`/api/v1/vehicles/${gasBus.id}`, { cngCylinderType: "cng1" });
    expect((await requalification("2029-04-01")).statusCode).toBe(201);
    await refused(requalification("2031-04-02"), "compliance_documents", {
      status: 400,
      field: "expiresOn",
      message: /every 5 years/,
    });
  });
});

describe("the journal of pre-trip controls", () => {
  it("lists a depot's controls of the day with what the order asks, as JSON and CSV", async () => {
    const s = await russianOperator();
    await s.controller.post(
      "/api/v1/technical-controls",
      controlBody(s.bus.id, s.n.driverA.id, { odometerKm: 98_765.4 }),
    );
    const journal = await s.controller.get(`/api/v1/depots/${s.depot.id}/pretrip-journal`);
    expect(journal.statusCode).toBe(200);
    const body = journal.json<{ controls: Record<string, unknown>[] }>();
    expect(body.controls).toHaveLength(1);
    expect(body.controls[0]).toMatchObject({
      fleetNumber: s.bus.fleet_number,
      registrationPlate: s.bus.registration_plate,
      odometerKm: 98_765.4,
      passed: true,
      signature: "Иванов И.И.",
      driverName: s.n.driverA.name,
    });
    const csv = await s.controller.get(
      `/api/v1/depots/${s.depot.id}/pretrip-journal.csv?format=machine`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    const lines = csv.body.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("98765.4");
    expect(lines[1]).toContain("Иванов И.И.");
    expect(lines[1]).toContain(s.bus.fleet_number);
    // Yesterday's journal is empty.
    const yesterday = await s.controller.get(
      `/api/v1/depots/${s.depot.id}/pretrip-journal?date=${day(-1)}`,
    );
    expect(yesterday.json<{ controls: unknown[] }>().controls).toEqual([]);
  });
});

describe("waybills", () => {
  /** A bus released for the shift under way, its depot first set as `depot` says. */
  async function released(depot: { time_zone: string; shift_starts: string[] } | null = null) {
    const s = await russianOperator();
    if (depot) await t.db.updateTable("depots").set(depot).where("id", "=", s.depot.id).execute();
    await walkaround(s, s.bus.id);
    await s.controller.post(
      "/api/v1/technical-controls",
      controlBody(s.bus.id, s.n.driverA.id, { odometerKm: 120_450 }),
    );
    await s.medic.post("/api/v1/medical-admissions", {
      driverUserId: s.n.driverA.id,
      depotId: s.depot.id,
      admitted: true,
    });
    await s.manager.post("/api/v1/compliance-documents", {
      driverUserId: s.n.driverA.id,
      kind: "driving_licence",
      number: "99 12 345678",
      issuedOn: "2020-04-01",
      expiresOn: "2030-04-01",
    });
    return s;
  }
  const waybillCount = async () =>
    Number(
      (
        await t.db
          .selectFrom("waybills")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("issues one for a released bus with the control and the admission, once per shift", async () => {
    const s = await released();
    const issued = await s.controller.post("/api/v1/waybills", { vehicleId: s.bus.id });
    expect(issued.statusCode).toBe(201);
    const waybill = issued.json<{
      id: string;
      number: number;
      driver: { name: string; licenceNumber: string };
      preTripControl: { odometerKm: number; signature: string };
      preTripMedical: { admitted: boolean; medicalWorker: { name: string } };
      return: null;
    }>();
    expect(waybill).toMatchObject({
      number: 1,
      status: "open",
      vehicle: { id: s.bus.id, registrationPlate: s.bus.registration_plate },
      driver: { id: s.n.driverA.id, name: s.n.driverA.name, licenceNumber: "99 12 345678" },
      preTripControl: { odometerKm: 120_450, signature: "Иванов И.И.", passed: true },
      preTripMedical: { admitted: true, medicalWorker: { name: s.medicUser.name } },
      return: null,
    });
    const again = await s.controller.post("/api/v1/waybills", { vehicleId: s.bus.id });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error.message).toMatch(/already issued/);

    const titles = await s.controller.get(`/api/v1/waybills/${waybill.id}/titles`);
    expect(titles.statusCode).toBe(200);
    const body = titles.json<{
      titles: { title: string; filledBy: string; complete: boolean; fields: object }[];
    }>();
    expect(body.titles.map((x) => [x.title, x.filledBy, x.complete])).toEqual([
      ["T1", "technical_controller", true],
      ["T2", "medical_worker", true],
      ["T3", "technical_controller", true],
      ["T4", "technical_controller", true],
      ["T5", "technical_controller", false],
      ["T6", "medical_worker", false],
    ]);
    expect(body.titles[1]?.fields).toMatchObject({
      admitted: true,
      medicalWorkerName: s.medicUser.name,
    });
    expect(body.titles[3]?.fields).toMatchObject({
      odometerKm: 120_450,
      controllerSignature: "Иванов И.И.",
    });
  });

  it("is dated on the depot's date of its shift, and its form shows the depot's times", async () => {
    // Kiritimati (UTC+14): the shift from 00:00 there begins at 10:00 UTC the day before,
    // whatever the hour the test runs.
    const zone = "Pacific/Kiritimati";
    const s = await released({ time_zone: zone, shift_starts: ["00:00"] });
    const issued = await s.controller.post("/api/v1/waybills", { vehicleId: s.bus.id });
    expect(issued.statusCode).toBe(201);
    const waybill = issued.json<{
      id: string;
      validFrom: string;
      shiftStart: string;
      depot: { id: string; timeZone: string };
    }>();
    expect(waybill.depot).toMatchObject({ id: s.depot.id, timeZone: zone });
    expect(waybill.validFrom).toBe(dateIn(zone));
    expect(waybill.shiftStart.slice(0, 10)).not.toBe(waybill.validFrom);
    const titles = await s.controller.get(`/api/v1/waybills/${waybill.id}/titles`);
    expect(JSON.stringify(titles.json())).toContain(`"validFrom":"${dateIn(zone)}"`);
  });

  it("refuses one for a held bus, and for an operator without controls", async () => {
    const s = await released();
    // The second bus: walked around, no control.
    await walkaround(s, s.otherBus.id);
    const before = await waybillCount();
    const held = await s.controller.post("/api/v1/waybills", { vehicleId: s.otherBus.id });
    expect(held.statusCode).toBe(409);
    expect(held.json<ErrorJson>().error).toMatchObject({ field: "vehicleId" });
    expect(held.json<ErrorJson>().error.message).toMatch(/held.*no pre-trip technical control/);
    const other = await s.controller.post("/api/v1/waybills", { vehicleId: s.busB.id });
    expect(other.statusCode).toBe(400);
    expect(other.json<ErrorJson>().error.field).toBe("vehicleId");
    await s.manager.put("/api/v1/release-policy", {
      organisationId: s.n.operatorA.id,
      policy: "walkaround",
    });
    // Released on the walkaround alone, but a waybill records a control.
    const noControl = await s.controller.post("/api/v1/waybills", { vehicleId: s.otherBus.id });
    expect(noControl.statusCode).toBe(409);
    expect(noControl.json<ErrorJson>().error.message).toMatch(/technical control/);
    expect(await waybillCount()).toBe(before);
  });

  it("closes at return: the odometer becomes a meter reading, with the post-trip control", async () => {
    const s = await released();
    const waybill = (await s.controller.post("/api/v1/waybills", { vehicleId: s.bus.id })).json<{
      id: string;
    }>();
    const backwards = await s.controller.post(`/api/v1/waybills/${waybill.id}/close`, {
      returnOdometerKm: 120_000,
      postTripPassed: true,
      signature: "Иванов И.И.",
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorJson>().error.field).toBe("returnOdometerKm");
    const readingsBefore = await t.db
      .selectFrom("meter_readings")
      .select("value")
      .where("vehicle_id", "=", s.bus.id)
      .where("value", "=", 120_684.5)
      .execute();
    expect(readingsBefore).toEqual([]);
    const closed = await s.controller.post(`/api/v1/waybills/${waybill.id}/close`, {
      returnOdometerKm: 120_684.5,
      postTripPassed: true,
      signature: "Иванов И.И.",
    });
    expect(closed.statusCode).toBe(200);
    const body = closed.json<{
      status: string;
      return: { odometerKm: number; distanceKm: number; meterReadingId: string };
    }>();
    expect(body.status).toBe("closed");
    expect(body.return).toMatchObject({ odometerKm: 120_684.5, distanceKm: 234.5 });
    const readings = await s.manager.get(`/api/v1/vehicles/${s.bus.id}/meter-readings`);
    expect(
      readings
        .json<{ id: string; value: number; status: string }[]>()
        .find((r) => r.id === body.return.meterReadingId),
    ).toMatchObject({ value: 120_684.5, status: "counted" });
    const twice = await s.controller.post(`/api/v1/waybills/${waybill.id}/close`, {
      returnOdometerKm: 120_700,
      postTripPassed: true,
      signature: "Иванов И.И.",
    });
    expect(twice.statusCode).toBe(409);
    const titles = (await s.controller.get(`/api/v1/waybills/${waybill.id}/titles`)).json<{
      titles: { title: string; complete: boolean; fields: object }[];
    }>();
    expect(titles.titles[4]).toMatchObject({
      complete: true,
      fields: { odometerKm: 120_684.5, distanceKm: 234.5, postTripControlPassed: true },
    });
  });
});
