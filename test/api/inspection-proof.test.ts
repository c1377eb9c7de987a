/**
 * Proof that a check was made (issue #15): evidence stored with the check, flags raised in
 * the same statement, a flag that holds the vehicle until a manager confirms the check,
 * and evidence that cannot be true flagged without losing the check or its defects.
 */
import { randomUUID } from "node:crypto";
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
import { formFor, inspectionBody, submit, type InspectionForm } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Flag {
  kind: string;
  reason: string;
  detail: Record<string, string | number | boolean>;
  holds: boolean;
  confirmedAt: string | null;
  confirmNote: string | null;
}
interface Submitted {
  inspection: { id: string };
  defectsOpened: { itemKey: string }[];
  flags: Flag[];
}
interface Decision {
  releasable: boolean;
  reasons: { code: string; params?: Record<string, string> }[];
}
interface ErrorJson {
  error: { code: string; field?: string; message: string };
}

async function operator() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "diesel" });
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const dispatcherUser = await makeUser(t.db, [[n.operatorA.id, "dispatcher"]]);
  const signIn = async (email: string) => {
    const client = new Client(t.app);
    expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  };
  return {
    n,
    depot,
    vehicle,
    driver: await signIn(n.driverA.email),
    dispatcher: await signIn(dispatcherUser.email),
    manager: await signIn(n.managerA.email),
    otherManager: await signIn(n.managerB.email),
  };
}

/** The operator's own checklist of 31 items: the built-in diesel bus list and 10 more. */
async function thirtyOneItemChecklist(o: Awaited<ReturnType<typeof operator>>) {
  const builtIn = (await formFor(o.driver, o.vehicle.id)).template;
  const copy = await o.manager.post("/api/v1/inspection-templates", {
    basedOnId: builtIn.id,
    organisationId: o.n.operatorA.id,
  });
  expect(copy.statusCode).toBe(201);
  const copied = copy.json<{ id: string; items: Record<string, unknown>[] }>();
  // The built-in items this vehicle gets, cut or filled up to 31 (the bus checklist grew
  // past 31 with the decree-837 and DVSA items of issue #12).
  const applying = new Set(builtIn.items.map((item) => item.key));
  const kept = copied.items.filter((item) => applying.has(item.key as string)).slice(0, 31);
  const extra = Array.from({ length: 31 - kept.length }, (_, i) => ({
    key: `mirror_${i}`,
    category: "body",
    label: { en: `Mirror ${i} clean`, ru: `Зеркало ${i} чистое` },
    severity: "minor",
    failNeedsComment: false,
    failNeedsPhoto: false,
    powertrains: [],
  }));
  const version = await o.manager.post(`/api/v1/inspection-templates/${copied.id}/versions`, {
    items: [...kept, ...extra],
  });
  expect(version.statusCode).toBe(201);
  const form = await formFor(o.driver, o.vehicle.id);
  expect(form.template.items).toHaveLength(31);
  return form;
}

/** Evidence of a check opened `seconds` before now, its items answered evenly in between. */
function evidenceOf(form: InspectionForm, seconds: number, now = Date.now()) {
  const opened = now - seconds * 1000;
  const step = (seconds * 1000) / (form.template.items.length + 1);
  return {
    openedAt: new Date(opened).toISOString(),
    sentAt: new Date(now).toISOString(),
    deviceClock: new Date(now).toISOString(),
    itemTimes: form.template.items.map((item, i) => ({
      itemKey: item.key,
      at: new Date(opened + step * (i + 1)).toISOString(),
    })),
  };
}

const release = async (client: Client, vehicleId: string) =>
  (
    await client.get(
      `/api/v1/vehicles/${vehicleId}/release?shiftStart=${new Date(Date.now() + 30 * 60_000).toISOString()}`,
    )
  ).json<Decision>();

describe("a check sent too fast", () => {
  it("is flagged for a 31-item list sent in 20 s, and holds the vehicle until a manager confirms it", async () => {
    const o = await operator();
    const form = await thirtyOneItemChecklist(o);
    const settings = await o.manager.put("/api/v1/inspections/settings", {
      organisationId: o.n.operatorA.id,
      passRestAllowed: false,
      qrScanRequired: false,
      minimumCheckSeconds: null,
      flagActions: { too_fast: "hold" },
    });
    expect(settings.statusCode).toBe(200);

    const sent = await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id),
      evidence: evidenceOf(form, 20),
    });
    expect(sent.statusCode).toBe(201);
    const { inspection, flags } = sent.json<Submitted>();
    // 20 s for 31 items: too short, and the answers 0.6 s apart, faster than a person looks.
    expect(flags.map((f) => [f.kind, f.reason, f.holds])).toEqual([
      ["too_fast", "short_check", true],
      ["too_fast", "quick_answers", true],
    ]);
    expect(flags[0]?.detail).toMatchObject({ seconds: 20, minimumSeconds: 124, items: 31 });

    // Held, and the dispatcher sees why on the board the same morning.
    const held = await release(o.dispatcher, o.vehicle.id);
    expect(held.releasable).toBe(false);
    expect(held.reasons.map((r) => r.code)).toEqual(["CHECK_FLAGGED"]);
    const board = await o.dispatcher.get(`/api/v1/depots/${o.depot.id}/board`);
    const row = board
      .json<{ vehicles: { vehicleId: string; state: string; checkFlags: Flag[] }[] }>()
      .vehicles.find((v) => v.vehicleId === o.vehicle.id);
    expect(row?.state).toBe("held");
    expect(row?.checkFlags.map((f) => f.reason)).toEqual(["short_check", "quick_answers"]);

    // The dispatcher may look but not confirm; the driver may do neither.
    const proof = await o.dispatcher.get(`/api/v1/inspections/${inspection.id}/proof`);
    expect(proof.statusCode).toBe(200);
    expect(proof.json<{ durationSeconds: number }>().durationSeconds).toBe(20);
    const note = { note: "Watched the driver check the bus again, all items" };
    expect(
      (await o.dispatcher.post(`/api/v1/inspections/${inspection.id}/confirm`, note)).statusCode,
    ).toBe(403);
    expect((await o.driver.get(`/api/v1/inspections/${inspection.id}/proof`)).statusCode).toBe(403);
    // Another operator's manager does not even find it.
    expect(
      (await o.otherManager.post(`/api/v1/inspections/${inspection.id}/confirm`, note)).statusCode,
    ).toBe(404);

    const confirmed = await o.manager.post(`/api/v1/inspections/${inspection.id}/confirm`, note);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<{ flags: Flag[] }>().flags[0]).toMatchObject({
      confirmNote: note.note,
    });
    expect((await release(o.dispatcher, o.vehicle.id)).releasable).toBe(true);
    // Nothing left to confirm.
    const again = await o.manager.post(`/api/v1/inspections/${inspection.id}/confirm`, note);
    expect(again.statusCode).toBe(400);
  });

  it("only warns by default: the vehicle goes out, the flag stays on the board", async () => {
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    const sent = await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id),
      evidence: evidenceOf(form, 15),
    });
    expect(sent.json<Submitted>().flags.map((f) => [f.reason, f.holds])).toEqual([
      ["short_check", false],
      ["quick_answers", false],
    ]);
    expect((await release(o.dispatcher, o.vehicle.id)).releasable).toBe(true);
  });

  it("is cleared by a new check made properly", async () => {
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    await o.manager.put("/api/v1/inspections/settings", {
      organisationId: o.n.operatorA.id,
      passRestAllowed: false,
      qrScanRequired: false,
      minimumCheckSeconds: null,
      flagActions: { too_fast: "hold" },
    });
    const fast = await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id),
      evidence: evidenceOf(form, 10, Date.now() - 1000),
    });
    expect(fast.statusCode).toBe(201);
    expect((await release(o.dispatcher, o.vehicle.id)).releasable).toBe(false);
    const proper = await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id),
      evidence: evidenceOf(form, 300),
    });
    expect(proper.json<Submitted>().flags).toEqual([]);
    expect((await release(o.dispatcher, o.vehicle.id)).releasable).toBe(true);
  });
  it("still holds when a proper check claims the same moment as the flagged one", async () => {
    // A phone sends the time it claims: two checks can share it (offline, whole seconds).
    // Which of them is "the newest" is then undecided, so a holding flag on either holds
    // the vehicle, and the board shows it.
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    await o.manager.put("/api/v1/inspections/settings", {
      organisationId: o.n.operatorA.id,
      passRestAllowed: false,
      qrScanRequired: false,
      minimumCheckSeconds: null,
      flagActions: { too_fast: "hold" },
    });
    const submittedAt = new Date(Date.now() - 60_000).toISOString();
    for (const seconds of [300, 10]) {
      const sent = await submit(o.driver, {
        ...inspectionBody(form, o.vehicle.id, { submittedAt }),
        evidence: evidenceOf(form, seconds),
      });
      expect(sent.statusCode).toBe(201);
      expect(sent.json<Submitted>().flags.length > 0).toBe(seconds === 10);
    }
    const decision = await release(o.dispatcher, o.vehicle.id);
    expect(decision.releasable).toBe(false);
    expect(decision.reasons.map((r) => r.code)).toEqual(["CHECK_FLAGGED"]);
    const board = (await o.dispatcher.get(`/api/v1/depots/${o.depot.id}/board`)).json<{
      vehicles: { vehicleId: string; state: string; checkFlags: { reason: string }[] }[];
    }>();
    const row = board.vehicles.find((v) => v.vehicleId === o.vehicle.id);
    expect(row?.state).toBe("held");
    expect(row?.checkFlags.map((f) => f.reason)).toEqual(["short_check", "quick_answers"]);
  });
});

describe("evidence that cannot be true", () => {
  it("is flagged, naming the field, and the check and its defects are stored all the same", async () => {
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    const failing = form.template.items.find((i) => !i.failNeedsPhoto)?.key ?? "";
    const evidence = evidenceOf(form, 600);
    const later = new Date(Date.now() + 3600_000).toISOString();
    evidence.itemTimes[2] = { itemKey: evidence.itemTimes[2]!.itemKey, at: later };
    const sent = await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id, { fail: [failing] }),
      evidence: {
        ...evidence,
        position: { latitude: 200, longitude: 39, accuracyM: 5, at: evidence.openedAt },
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const body = sent.json<Submitted>();
    expect(body.defectsOpened.map((d) => d.itemKey)).toEqual([failing]);
    expect(body.flags.map((f) => f.detail.field)).toEqual([
      "evidence.itemTimes.2.at",
      "evidence.position",
    ]);
    const proof = (await o.manager.get(`/api/v1/inspections/${body.inspection.id}/proof`)).json<{
      evidence: { position: unknown; itemTimes: unknown[] };
    }>();
    expect(proof.evidence.position).toBeNull();
    expect(proof.evidence.itemTimes).toHaveLength(form.template.items.length - 1);
  });

  it("flags a check made away from the depot, and a QR code of another vehicle", async () => {
    const o = await operator();
    const patched = await o.manager.patch(`/api/v1/depots/${o.depot.id}`, {
      area: { latitude: 45.0355, longitude: 38.9753, radiusM: 300 },
    });
    expect(patched.statusCode).toBe(200);
    const model = await makeModel(t.db, { powertrain: "diesel" });
    const other = await makeVehicle(t.db, o.n.operatorA.id, model.id, { depotId: o.depot.id });
    const form = await formFor(o.driver, o.vehicle.id);
    const evidence = evidenceOf(form, 400);
    const sent = await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id),
      evidence: {
        ...evidence,
        // About 11 km north of the depot.
        position: { latitude: 45.1355, longitude: 38.9753, accuracyM: 20, at: evidence.openedAt },
        qr: { text: `https://fleet.example/vehicles/${other.id}`, scannedAt: evidence.openedAt },
      },
    });
    expect(sent.json<Submitted>().flags.map((f) => [f.kind, f.reason])).toEqual([
      ["not_at_depot", "outside_area"],
      ["not_at_depot", "other_vehicle_qr"],
    ]);
  });

  it("flags a check sent without any evidence", async () => {
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    const sent = await submit(o.driver, inspectionBody(form, o.vehicle.id));
    expect(sent.json<Submitted>().flags.map((f) => [f.kind, f.reason])).toEqual([
      ["evidence", "missing"],
    ]);
  });

  it("answers a retry of a queued check with the first result, although its clock field is new", async () => {
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    const key = randomUUID();
    const body = { ...inspectionBody(form, o.vehicle.id), evidence: evidenceOf(form, 300) };
    const first = await submit(o.driver, body, key);
    expect(first.statusCode).toBe(201);
    const retry = await submit(
      o.driver,
      { ...body, evidence: { ...body.evidence, deviceClock: new Date().toISOString() } },
      key,
    );
    expect(retry.statusCode).toBe(200);
    expect(retry.json<Submitted>().inspection.id).toBe(first.json<Submitted>().inspection.id);
  });
});

describe("settings", () => {
  it("refuses an unknown kind of flag naming it, and a driver's change", async () => {
    const o = await operator();
    const settings = {
      organisationId: o.n.operatorA.id,
      passRestAllowed: true,
      qrScanRequired: true,
      minimumCheckSeconds: 90,
      flagActions: { too_slow: "hold" },
    };
    const bad = await o.manager.put("/api/v1/inspections/settings", settings);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorJson>().error.field).toBe("flagActions.too_slow");
    const driver = await o.driver.put("/api/v1/inspections/settings", {
      ...settings,
      flagActions: {},
    });
    expect(driver.statusCode).toBe(403);
    // Nothing was stored by either: the defaults stand.
    const stored = await o.driver.get("/api/v1/inspections/settings");
    expect(stored.json()).toEqual({
      organisationId: o.n.operatorA.id,
      passRestAllowed: false,
      qrScanRequired: false,
      minimumCheckSeconds: null,
      flagActions: {},
    });
  });
});

interface ProofRow {
  personName: string;
  checks: number;
  medianSeconds: number | null;
  flaggedChecks: number;
  tooFast: number;
  faultsReported: number;
  faultsPer100Checks: number | null;
  neverFinds: boolean;
}

describe("the report of how checks were made", () => {
  it("gives durations, flags and faults per 100 checks per person, and names who never finds anything", async () => {
    const o = await operator();
    const form = await formFor(o.driver, o.vehicle.id);
    // Driver A: 20 checks of five minutes, nothing found; then one made in 30 s.
    for (let i = 0; i < 20; i++)
      expect(
        (
          await submit(o.driver, {
            ...inspectionBody(form, o.vehicle.id),
            evidence: evidenceOf(form, 300),
          })
        ).statusCode,
      ).toBe(201);
    await submit(o.driver, {
      ...inspectionBody(form, o.vehicle.id),
      evidence: evidenceOf(form, 30),
    });
    // A second driver checks the same bus once, in ten minutes, and finds a fault.
    const second = await makeUser(t.db, [[o.n.operatorA.id, "driver"]]);
    const other = new Client(t.app);
    expect((await other.login(second.email, TEST_PASSWORD)).statusCode).toBe(200);
    const failing = form.template.items.find((i) => !i.failNeedsPhoto)?.key ?? "";
    await submit(other, {
      ...inspectionBody(form, o.vehicle.id, { fail: [failing] }),
      evidence: evidenceOf(form, 600),
    });

    const today = new Date().toISOString().slice(0, 10);
    const response = await o.manager.get(`/api/v1/reports/check-proof?from=${today}&to=${today}`);
    expect(response.statusCode).toBe(200);
    const rows = response.json<ProofRow[]>();
    const a = rows.find((r) => r.personName === o.n.driverA.name);
    const b = rows.find((r) => r.personName === second.name);
    // 21 checks: the median of twenty 300 s checks and one 30 s check is 300 s.
    expect(a).toMatchObject({
      checks: 21,
      medianSeconds: 300,
      flaggedChecks: 1,
      tooFast: 1,
      faultsReported: 0,
      faultsPer100Checks: 0,
      neverFinds: true,
    });
    expect(b).toMatchObject({
      checks: 1,
      faultsReported: 1,
      faultsPer100Checks: 100,
      neverFinds: false,
    });

    const weekly = await o.manager.get(
      `/api/v1/reports/check-flags-weekly?from=${today}&to=${today}`,
    );
    expect(weekly.json<{ checks: number; flaggedChecks: number }[]>()).toEqual([
      expect.objectContaining({ checks: 22, flaggedChecks: 1, tooFast: 1 }),
    ]);
    const csv = await o.manager.get(
      `/api/v1/reports/check-proof.csv?from=${today}&to=${today}&format=machine`,
    );
    expect(csv.body.split("\n")[0]).toBe(
      "depotId,depotName,personId,personName,checks,medianSeconds,flaggedChecks,tooFast,notAtDepot,clock,evidence,faultsReported,faultsPer100Checks,neverFinds",
    );
    // A driver does not read reports.
    expect(
      (await o.driver.get(`/api/v1/reports/check-proof?from=${today}&to=${today}`)).statusCode,
    ).toBe(403);
  });
});
