/**
 * The home page's figures (issue #14 item 4) on the demo network: each figure is the
 * number of rows of the list its link opens, read through that list's own route by the
 * same person; a person of another operator sees none of this operator's figures; a
 * driver has no figures (their home is the check).
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

interface Home {
  sections: string[];
  shift:
    | {
        depotId: string;
        depotName: string;
        total: number;
        counts: Record<"ready" | "not_checked" | "held" | "released", number>;
      }[]
    | null;
  workshop: { blockingWorkOrders: number; defectsWaiting: number } | null;
  fleet: {
    depots: { depotId: string; depotName: string; overdueSafetyMaintenance: number }[];
    expiringCertificates: number;
    expiringWithinDays: number;
  } | null;
  requests: {
    groupBy: "operator" | "region";
    groups: { id: string | null; name: string | null; active: number; pastTarget: number }[];
  } | null;
}

const homeOf = async (client: Client) => {
  const response = await client.get("/api/v1/home");
  expect(response.statusCode).toBe(200);
  return response.json<Home>();
};
const rowsOf = async (client: Client, url: string) => {
  const response = await client.get(url);
  expect(response.statusCode, url).toBe(200);
  return response.json<{ id?: string; vehicleId?: string; organisationId?: string }[]>();
};

describe("the home page's figures", () => {
  it("gives a driver none: their home is the check", async () => {
    const driver = await signIn("driver.sochi@fleethub.demo");
    const home = await homeOf(driver);
    expect(home).toEqual({
      sections: [],
      shift: null,
      workshop: null,
      fleet: null,
      requests: null,
    });
    const me = (await driver.get("/api/v1/me")).json<{ navigation: { key: string }[] }>();
    expect(me.navigation[0]?.key).toBe("inspect");
    expect(me.navigation.map((item) => item.key)).not.toEqual(
      expect.arrayContaining(["organisations"]),
    );
  });

  it("shows the dispatcher each depot's shift as the board counts it, held buses among them", async () => {
    const dispatcher = await signIn("dispatcher.sochi@fleethub.demo");
    const home = await homeOf(dispatcher);
    expect(home.sections).toEqual(["shift"]);
    const depots = (await dispatcher.get("/api/v1/depots")).json<
      { id: string; organisationName: string }[]
    >();
    expect(home.shift?.map((d) => d.depotId).sort()).toEqual(depots.map((d) => d.id).sort());
    let held = 0;
    for (const depot of home.shift ?? []) {
      const board = (await dispatcher.get(`/api/v1/depots/${depot.depotId}/board`)).json<{
        vehicles: { state: string }[];
      }>();
      expect(depot.total).toBe(board.vehicles.length);
      for (const state of ["ready", "not_checked", "held", "released"] as const)
        expect(depot.counts[state], `${depot.depotName} ${state}`).toBe(
          board.vehicles.filter((v) => v.state === state).length,
        );
      held += depot.counts.held;
    }
    // The demo holds Sochi Central's bus with the fire-suppression fault and the torn wiper.
    expect(held).toBeGreaterThanOrEqual(2);
  });

  it("shows the mechanic blocking orders and defects waiting, as their lists hold them", async () => {
    const mechanic = await signIn("mechanic.sochi@fleethub.demo");
    const home = await homeOf(mechanic);
    expect(home.sections).toEqual(["workshop"]);
    const blocking = await rowsOf(
      mechanic,
      "/api/v1/work-orders?status=open&blocking=true&limit=2000",
    );
    const open = await rowsOf(mechanic, "/api/v1/work-orders?status=open&limit=2000");
    const defects = await rowsOf(mechanic, "/api/v1/defects?status=unresolved&limit=2000");
    expect(home.workshop?.blockingWorkOrders).toBe(blocking.length);
    expect(home.workshop?.defectsWaiting).toBe(defects.length);
    // Per depot, the defects list adds up to the same: the depot filter keeps each once.
    const depots = (await mechanic.get("/api/v1/depots")).json<{ id: string }[]>();
    let perDepot = 0;
    for (const depot of depots)
      perDepot += (
        await rowsOf(mechanic, `/api/v1/defects?status=unresolved&depotId=${depot.id}&limit=2000`)
      ).length;
    expect(perDepot).toBe(defects.length);
    // The demo has Sochi's held buses: a blocking order and defects not yet repaired.
    expect(blocking.length).toBeGreaterThan(0);
    expect(defects.length).toBeGreaterThan(0);
    // The filter is a real one: every blocking order is open, not every open one blocks.
    expect(blocking.length).toBeLessThanOrEqual(open.length);
    expect(
      (await rowsOf(mechanic, "/api/v1/work-orders?status=open&blocking=false&limit=2000")).length +
        blocking.length,
    ).toBe(open.length);
  });

  it("shows the manager overdue safety maintenance per depot and certificates expiring", async () => {
    const manager = await signIn("manager.sochi@fleethub.demo");
    const home = await homeOf(manager);
    expect(home.sections).toEqual(["shift", "fleet"]);
    let overdue = 0;
    for (const depot of home.fleet?.depots ?? []) {
      const rows = await rowsOf(
        manager,
        `/api/v1/maintenance/due?depotId=${depot.depotId}&status=overdue&safetyCritical=true`,
      );
      expect(depot.overdueSafetyMaintenance, depot.depotName).toBe(rows.length);
      overdue += rows.length;
      // Only safety-critical, only overdue: no more than everything overdue there.
      const all = await rowsOf(
        manager,
        `/api/v1/maintenance/due?depotId=${depot.depotId}&status=overdue`,
      );
      expect(rows.length).toBeLessThanOrEqual(all.length);
    }
    expect(overdue).toBeGreaterThan(0); // the demo has overdue maintenance
    const expiring = await rowsOf(manager, "/api/v1/certificates/expiring?days=60");
    expect(home.fleet?.expiringWithinDays).toBe(60);
    expect(home.fleet?.expiringCertificates).toBe(expiring.length);
  });

  it("shows the hub manager requests per operator, past target first, as the queue holds them", async () => {
    const hub = await signIn("hub.krasnodar@fleethub.demo");
    const home = await homeOf(hub);
    expect(home.requests?.groupBy).toBe("operator");
    const groups = home.requests?.groups ?? [];
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const active = await rowsOf(
        hub,
        `/api/v1/service-requests?status=active&operatorId=${group.id ?? ""}&limit=2000`,
      );
      const late = await rowsOf(
        hub,
        `/api/v1/service-requests?status=active&operatorId=${group.id ?? ""}&overdue=true&limit=2000`,
      );
      expect(group.active, group.name ?? "").toBe(active.length);
      expect(group.pastTarget, group.name ?? "").toBe(late.length);
    }
    const pastTarget = groups.map((g) => g.pastTarget);
    expect(pastTarget).toEqual([...pastTarget].sort((a, b) => b - a));
    const all = await rowsOf(hub, "/api/v1/service-requests?status=active&limit=2000");
    expect(groups.reduce((sum, g) => sum + g.active, 0)).toBe(all.length);
  });

  it("shows the network admin requests per region, as the queue filtered by region holds them", async () => {
    const admin = await signIn("admin@fleethub.demo");
    const home = await homeOf(admin);
    expect(home.requests?.groupBy).toBe("region");
    const regions = (await admin.get("/api/v1/regions")).json<{ id: string; name: string }[]>();
    expect(home.requests?.groups.length).toBeGreaterThan(0);
    for (const group of home.requests?.groups ?? []) {
      if (!group.id) continue;
      expect(regions.find((r) => r.id === group.id)?.name).toBe(group.name);
      const active = await rowsOf(
        admin,
        `/api/v1/service-requests?status=active&regionId=${group.id}&limit=2000`,
      );
      expect(group.active, group.name ?? "").toBe(active.length);
    }
  });

  it("shows a person of another operator none of this operator's figures", async () => {
    const sochi = await homeOf(await signIn("dispatcher.sochi@fleethub.demo"));
    const krasnodar = await homeOf(await signIn("dispatcher.krasnodar@fleethub.demo"));
    const sochiDepots = new Set(sochi.shift?.map((d) => d.depotId));
    expect(sochiDepots.size).toBeGreaterThan(0);
    expect(krasnodar.shift?.length).toBeGreaterThan(0);
    for (const depot of krasnodar.shift ?? []) expect(sochiDepots.has(depot.depotId)).toBe(false);
    const body = JSON.stringify(krasnodar);
    for (const depot of sochi.shift ?? []) {
      expect(body).not.toContain(depot.depotId);
      expect(body).not.toContain(depot.depotName);
    }
    // Another operator's mechanic counts only their own organisation's orders and defects.
    const agro = await signIn("mechanic.agro@fleethub.demo");
    const mine = await homeOf(agro);
    const own = await rowsOf(agro, "/api/v1/defects?status=unresolved&limit=2000");
    expect(mine.workshop?.defectsWaiting).toBe(own.length);
    const sochiMechanic = await signIn("mechanic.sochi@fleethub.demo");
    const sochiDefects = await rowsOf(
      sochiMechanic,
      "/api/v1/defects?status=unresolved&limit=2000",
    );
    const ownIds = new Set(own.map((d) => d.id));
    expect(sochiDefects.length).toBeGreaterThan(0);
    for (const defect of sochiDefects) expect(ownIds.has(defect.id)).toBe(false);
  });

  it("refuses an unknown query parameter on the lists' new filters, naming it", async () => {
    const mechanic = await signIn("mechanic.sochi@fleethub.demo");
    const bad = await mechanic.get("/api/v1/work-orders?blocking=perhaps");
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/blocking/);
    const manager = await signIn("manager.sochi@fleethub.demo");
    const due = await manager.get("/api/v1/maintenance/due?safetyCritical=often");
    expect(due.statusCode).toBe(400);
    expect(due.json<{ error: { message: string } }>().error.message).toMatch(/safetyCritical/);
    const admin = await signIn("admin@fleethub.demo");
    const region = await admin.get("/api/v1/service-requests?regionId=nowhere");
    expect(region.statusCode).toBe(400);
    expect(region.json<{ error: { message: string } }>().error.message).toMatch(/regionId/);
  });
});
