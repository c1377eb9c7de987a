/**
 * The demo's pre-trip control (issue #11 item 7): Sochi and Krasnodar on the Russian
 * policy with a controller and a medical worker each, this morning's admissions (one
 * driver not admitted) and a bus whose diagnostic card has expired; the other operators
 * on the walkaround policy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/db/seed/seed-demo.js";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toBe(true);
}, 300_000);
afterAll(() => t.close());

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, DEMO_PASSWORD)).statusCode).toBe(200);
  return client;
}

interface Board {
  counts: Record<string, number>;
  vehicles: {
    vehicleId: string;
    fleetNumber: string;
    state: string;
    releasable: boolean;
    reasons: { code: string; params?: Record<string, string> }[];
  }[];
}

describe("the demo's pre-trip control", () => {
  it("puts Sochi and Krasnodar on the Russian policy and the others on the walkaround", async () => {
    const admin = await signIn("admin@fleethub.demo");
    const organisations = (await admin.get("/api/v1/organisations")).json<
      { id: string; name: string; kind: string }[]
    >();
    const policies: Record<string, string> = {};
    for (const o of organisations.filter((x) => x.kind === "operator"))
      policies[o.name] = (await admin.get(`/api/v1/release-policy?organisationId=${o.id}`)).json<{
        policy: string;
      }>().policy;
    expect(policies["Sochi Autotrans"]).toBe("ru_pretrip");
    expect(policies["Krasnodar City Bus"]).toBe("ru_pretrip");
    const others = Object.entries(policies).filter(
      ([name]) => name !== "Sochi Autotrans" && name !== "Krasnodar City Bus",
    );
    expect(others.length).toBeGreaterThan(0);
    for (const [name, policy] of others) expect(policy, name).toBe("walkaround");
  });

  it("holds Sochi Central's bus of the driver not admitted and the bus with the expired card", async () => {
    const controller = await signIn("controller.sochi@fleethub.demo");
    const depots = (await controller.get("/api/v1/depots")).json<{ id: string; name: string }[]>();
    const central = depots.find((d) => d.name === "Sochi Central Depot");
    expect(central).toBeDefined();
    const board = (await controller.get(`/api/v1/depots/${central?.id}/board`)).json<Board>();
    const withCode = (code: string) =>
      board.vehicles.filter((v) => v.reasons.some((r) => r.code === code));
    expect(withCode("DRIVER_NOT_ADMITTED")).toHaveLength(1);
    expect(withCode("VEHICLE_DOCUMENT_EXPIRED")).toHaveLength(1);
    expect(withCode("DRIVER_NOT_ADMITTED")[0]?.state).toBe("held");
    // Two buses are ready for Artur, admitted this morning; the rest wait for their control.
    expect(board.vehicles.filter((v) => v.state === "ready")).toHaveLength(2);
    expect(withCode("PRETRIP_CONTROL_MISSING").length).toBeGreaterThan(5);
    const admissions = (
      await controller.get(`/api/v1/depots/${central?.id}/medical-admissions`)
    ).json<{ driverName: string; admitted: boolean; byName: string }[]>();
    expect(admissions.map((a) => [a.driverName, a.admitted]).sort()).toEqual([
      ["Artur Ashba", true],
      ["Denis Kovalenko", false],
    ]);
    expect(admissions.every((a) => a.byName === "Olga Morozova")).toBe(true);
    const calendar = (
      await controller.get(`/api/v1/compliance-calendar?depotId=${central?.id}`)
    ).json<{ documents: { state: string; kind: string }[] }>();
    expect(calendar.documents.filter((d) => d.state === "expired").map((d) => d.kind)).toEqual([
      "diagnostic_card",
    ]);
    expect(calendar.documents.some((d) => d.state === "expiring")).toBe(true);
  });

  it("shows Krasnodar's medical worker this morning's admission at Depot No. 1 Severnaya", async () => {
    const medic = await signIn("medic.krasnodar@fleethub.demo");
    const depots = (await medic.get("/api/v1/depots")).json<{ id: string; name: string }[]>();
    const severnaya = depots.find((d) => d.name === "Depot No. 1 Severnaya");
    expect(severnaya).toBeDefined();
    const admissions = (await medic.get(`/api/v1/depots/${severnaya?.id}/medical-admissions`)).json<
      { driverName: string; admitted: boolean; byName: string }[]
    >();
    expect(admissions.map((a) => [a.driverName, a.admitted, a.byName])).toEqual([
      ["Nikolai Smirnov", true, "Irina Lebedeva"],
    ]);
    // Admitted, but no bus there has had its walkaround or control: none may go out.
    const controller = await signIn("controller.krasnodar@fleethub.demo");
    const board = (await controller.get(`/api/v1/depots/${severnaya?.id}/board`)).json<Board>();
    expect(board.vehicles.length).toBeGreaterThan(0);
    expect(board.vehicles.filter((v) => v.releasable)).toHaveLength(0);
  });
});
