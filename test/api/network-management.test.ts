/** Managing the network: organisations, depots, agreements, people, and the audit log. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { TEST_PASSWORD, makeNetwork } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

describe("organisations", () => {
  it("lets the network admin open a hub under the manufacturer, and records it in the audit log", async () => {
    const n = await makeNetwork(t.db);
    const admin = await signIn(n.admin.email);
    const region = (
      await admin.post("/api/v1/regions", { country: "Russia", name: `Region ${n.maker.id}` })
    ).json<{ id: string }>();
    const created = await admin.post("/api/v1/organisations", {
      kind: "hub",
      name: `Hub ${n.maker.id}`,
      parentId: n.maker.id,
      regionId: region.id,
    });
    expect(created.statusCode).toBe(201);
    const hub = created.json<{ id: string; parentId: string; regionName: string }>();
    expect(hub.parentId).toBe(n.maker.id);
    expect(hub.regionName).toBe(`Region ${n.maker.id}`);
    const audit = (await admin.get("/api/v1/audit-log?entity=organisation")).json<
      { entityId: string; actor: string; action: string }[]
    >();
    expect(audit.find((entry) => entry.entityId === hub.id)).toMatchObject({
      actor: n.admin.email,
      action: "create",
    });
  });

  it("does not let an operator manager create organisations, only rename their own", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    expect(
      (await manager.post("/api/v1/organisations", { kind: "operator", name: "Side business" }))
        .statusCode,
    ).toBe(403);
    const renamed = await manager.patch(`/api/v1/organisations/${n.operatorA.id}`, {
      name: `Renamed ${n.operatorA.id}`,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<{ name: string }>().name).toBe(`Renamed ${n.operatorA.id}`);
  });

  it("lets a hub manager see but not rename an operator it serves", async () => {
    const n = await makeNetwork(t.db);
    const hubManager = await signIn(n.hubManager.email);
    expect((await hubManager.get(`/api/v1/organisations/${n.operatorA.id}`)).statusCode).toBe(200);
    expect(
      (await hubManager.patch(`/api/v1/organisations/${n.operatorA.id}`, { name: "Hub's choice" }))
        .statusCode,
    ).toBe(403);
  });
});

describe("depots", () => {
  it("lets an operator manager add, rename and remove a depot", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    const created = await manager.post("/api/v1/depots", {
      organisationId: n.operatorA.id,
      name: "North yard",
      address: "1 Depot Lane",
    });
    expect(created.statusCode).toBe(201);
    const depot = created.json<{ id: string }>();
    expect(
      (
        await manager.post("/api/v1/depots", { organisationId: n.operatorA.id, name: "North yard" })
      ).json(),
    ).toMatchObject({ error: { code: "CONFLICT", field: "name" } });
    expect(
      (await manager.patch(`/api/v1/depots/${depot.id}`, { name: "North yard 2" })).json<{
        name: string;
      }>().name,
    ).toBe("North yard 2");
    expect((await manager.delete(`/api/v1/depots/${depot.id}`)).statusCode).toBe(200);
    expect((await manager.get(`/api/v1/depots/${depot.id}`)).statusCode).toBe(404);
  });

  it("does not let a driver change depots", async () => {
    const n = await makeNetwork(t.db);
    const driver = await signIn(n.driverA.email);
    expect(
      (
        await driver.post("/api/v1/depots", {
          organisationId: n.operatorA.id,
          name: "Driver's yard",
        })
      ).statusCode,
    ).toBe(403);
  });

  it("lets a hub manager add a depot to an operator it serves, and not to a hub", async () => {
    const n = await makeNetwork(t.db);
    const hubManager = await signIn(n.hubManager.email);
    expect(
      (
        await hubManager.post("/api/v1/depots", {
          organisationId: n.operatorA.id,
          name: "Hub-made yard",
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await hubManager.post("/api/v1/depots", { organisationId: n.hub.id, name: "Hub yard" })
      ).json(),
    ).toMatchObject({ error: { field: "organisationId" } });
  });
});

describe("service agreements", () => {
  it("gives a hub sight of an operator from the day an agreement is in force, and takes it away when it ends", async () => {
    const n = await makeNetwork(t.db);
    const admin = await signIn(n.admin.email);
    const hubManager = await signIn(n.hubManager.email);
    expect((await hubManager.get(`/api/v1/organisations/${n.operatorB.id}`)).statusCode).toBe(404);
    const created = await admin.post("/api/v1/service-agreements", {
      hubId: n.hub.id,
      operatorId: n.operatorB.id,
      validFrom: "2024-01-01",
      services: ["maintenance", "training"],
      responseHours: 4,
      resolutionHours: 48,
    });
    expect(created.statusCode).toBe(201);
    const agreement = created.json<{ id: string; inForce: boolean }>();
    expect(agreement.inForce).toBe(true);
    expect((await hubManager.get(`/api/v1/organisations/${n.operatorB.id}`)).statusCode).toBe(200);
    const ended = await admin.patch(`/api/v1/service-agreements/${agreement.id}`, {
      validTo: "2024-12-31",
    });
    expect(ended.json<{ inForce: boolean }>().inForce).toBe(false);
    expect((await hubManager.get(`/api/v1/organisations/${n.operatorB.id}`)).statusCode).toBe(404);
  });

  it("shows an operator its own agreements, and does not let a hub manager make one", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    const agreements = (await manager.get("/api/v1/service-agreements")).json<
      { hubId: string; operatorId: string }[]
    >();
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((a) => a.operatorId === n.operatorA.id)).toBe(true);
    const hubManager = await signIn(n.hubManager.email);
    const refused = await hubManager.post("/api/v1/service-agreements", {
      hubId: n.hub.id,
      operatorId: n.operatorB.id,
      validFrom: "2024-01-01",
      services: ["maintenance"],
      responseHours: 4,
      resolutionHours: 48,
    });
    expect(refused.statusCode).toBe(403);
    const inForce = (await hubManager.get("/api/v1/service-agreements?inForce=true")).json<
      { operatorId: string }[]
    >();
    expect(inForce.map((a) => a.operatorId)).toEqual([n.operatorA.id]);
  });
});

describe("people", () => {
  it("lets an operator manager create a driver who can then sign in", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    const created = await manager.post("/api/v1/users", {
      email: `new-driver-${n.operatorA.id}@example.test`,
      name: "New Driver",
      password: "a long password",
      locale: "ru",
      memberships: [{ organisationId: n.operatorA.id, role: "driver" }],
    });
    expect(created.statusCode).toBe(201);
    const stored = await t.db
      .selectFrom("users")
      .select("password_hash")
      .where("email", "=", `new-driver-${n.operatorA.id}@example.test`)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    const driver = new Client(t.app);
    expect(
      (await driver.login(`new-driver-${n.operatorA.id}@example.test`, "a long password"))
        .statusCode,
    ).toBe(200);
    const listed = (await manager.get("/api/v1/users"))
      .json<{ email: string }[]>()
      .map((u) => u.email);
    expect(listed).toContain(`new-driver-${n.operatorA.id}@example.test`);
  });

  it("disabling someone ends their sessions", async () => {
    const n = await makeNetwork(t.db);
    const driver = await signIn(n.driverA.email);
    const manager = await signIn(n.managerA.email);
    expect(
      (await manager.patch(`/api/v1/users/${n.driverA.id}`, { disabled: true })).statusCode,
    ).toBe(200);
    expect((await driver.get("/api/v1/me")).statusCode).toBe(401);
    expect(
      (await manager.patch(`/api/v1/users/${n.managerA.id}`, { disabled: true })).json(),
    ).toMatchObject({ error: { field: "disabled" } });
  });

  it("gives and takes away a role", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    const added = await manager.post(`/api/v1/users/${n.driverA.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    expect(
      added
        .json<{ memberships: { role: string }[] }>()
        .memberships.map((m) => m.role)
        .sort(),
    ).toEqual(["dispatcher", "driver"]);
    const removed = await manager.delete(`/api/v1/users/${n.driverA.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    expect(
      removed.json<{ memberships: { role: string }[] }>().memberships.map((m) => m.role),
    ).toEqual(["driver"]);
  });

  it("takes a removed role away from a signed-in person at once", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    await manager.post(`/api/v1/users/${n.driverA.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    const driver = await signIn(n.driverA.email);
    expect((await driver.get("/api/v1/me")).json<{ roles: string[] }>().roles).toEqual([
      "dispatcher",
      "driver",
    ]);
    await manager.delete(`/api/v1/users/${n.driverA.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    expect((await driver.get("/api/v1/me")).json<{ roles: string[] }>().roles).toEqual(["driver"]);
  });

  it("does not show a driver the list of people", async () => {
    const n = await makeNetwork(t.db);
    const driver = await signIn(n.driverA.email);
    expect((await driver.get("/api/v1/users")).statusCode).toBe(403);
  });
});

describe("the API description", () => {
  it("serves an OpenAPI 3.1 document naming every route, and a browsable page", async () => {
    const client = new Client(t.app);
    const doc = (await client.get("/api/openapi.json")).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/api/v1/auth/login",
      "/api/v1/me",
      "/api/v1/organisations",
      "/api/v1/regions",
      "/api/v1/depots",
      "/api/v1/users",
      "/api/v1/service-agreements",
      "/api/v1/api-tokens",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const page = await client.get("/api/docs/");
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/swagger/i);
  });
});
