/**
 * Administration a person can use (issue #14 item 5): people searched by text,
 * organisation and role a page at a time; roles given and taken away under the rules of
 * who may give which role where, each change in the audit log; the audit log filtered by
 * who, what, when and which record; never across tenants.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { TEST_PASSWORD, makeNetwork, makeUser } from "../helpers/factories.js";

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

type User = {
  id: string;
  name: string;
  email: string;
  memberships: { organisationId: string; role: string }[];
};
type Entry = {
  id: number;
  at: string;
  actor: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  organisationName: string | null;
  details: Record<string, unknown>;
};

async function named(name: string, memberships: Parameters<typeof makeUser>[1]) {
  const user = await makeUser(t.db, memberships);
  await t.db.updateTable("users").set({ name }).where("id", "=", user.id).execute();
  return { ...user, name };
}

describe("searching people", () => {
  it("finds people by any part of their name or email in any case, and treats % and _ as text", async () => {
    const n = await makeNetwork(t.db);
    const anna = await named("Anna Petrova", [[n.operatorA.id, "driver"]]);
    const boris = await named("Boris 100% Ivanov", [[n.operatorA.id, "mechanic"]]);
    const manager = await signIn(n.managerA.email);
    const find = async (query: string) =>
      (await manager.get(`/api/v1/users?${query}`)).json<User[]>().map((u) => u.id);
    expect(await find("q=PETROV")).toEqual([anna.id]);
    expect(await find(`q=${encodeURIComponent(anna.email.slice(2, 12).toUpperCase())}`)).toEqual([
      anna.id,
    ]);
    expect(await find("q=100%25")).toEqual([boris.id]);
    // "%" alone matches only names or emails with a percent sign, not everyone.
    expect(await find("q=%25")).toEqual([boris.id]);
    expect(await find("q=_")).toEqual([]);
  });

  it("finds by a role held in an organisation, both on the same membership", async () => {
    const n = await makeNetwork(t.db);
    // A driver at A and a mechanic at the hub: not "a driver at the hub".
    const both = await named("Split Person", [
      [n.operatorA.id, "driver"],
      [n.hub.id, "hub_technician"],
    ]);
    const admin = await signIn(n.admin.email);
    const ids = async (query: string) =>
      (await admin.get(`/api/v1/users?${query}`)).json<User[]>().map((u) => u.id);
    // By name: "Split Person" before the factory's "Test …".
    expect(await ids(`organisationId=${n.operatorA.id}&role=driver`)).toEqual([
      both.id,
      n.driverA.id,
    ]);
    expect(await ids(`organisationId=${n.hub.id}&role=driver`)).toEqual([]);
    // Found by one role, the answer still shows every role I may see.
    const found = (await admin.get(`/api/v1/users?q=Split%20Person`)).json<User[]>();
    expect(found[0]?.memberships.map((m) => m.role).sort()).toEqual(["driver", "hub_technician"]);
  });

  it("pages through people in name order", async () => {
    const n = await makeNetwork(t.db);
    const people = [];
    for (const name of ["Zed Pager", "Ann Pager", "Kim Pager", "Bob Pager", "Max Pager"]) {
      people.push(await named(name, [[n.operatorB.id, "driver"]]));
    }
    const manager = await signIn(n.managerB.email);
    const page = async (offset: number) =>
      (await manager.get(`/api/v1/users?q=Pager&limit=2&offset=${offset}`))
        .json<User[]>()
        .map((u) => u.name);
    expect(await page(0)).toEqual(["Ann Pager", "Bob Pager"]);
    expect(await page(2)).toEqual(["Kim Pager", "Max Pager"]);
    expect(await page(4)).toEqual(["Zed Pager"]);
    expect(await page(6)).toEqual([]);
  });

  it("refuses bad search input naming the field", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email);
    for (const [query, field] of [
      ["role=captain", "role"],
      ["organisationId=not-an-id", "organisationId"],
      ["limit=0", "limit"],
      ["limit=501", "limit"],
      ["offset=-1", "offset"],
      [`q=${"x".repeat(201)}`, "q"],
    ] as const) {
      const response = await manager.get(`/api/v1/users?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ error: { field: string } }>().error.field, query).toBe(field);
    }
  });

  it("never finds another tenant's people, whatever the search", async () => {
    const n = await makeNetwork(t.db);
    const managerA = await signIn(n.managerA.email);
    for (const query of [
      `q=${encodeURIComponent(n.managerB.email)}`,
      `organisationId=${n.operatorB.id}`,
      `organisationId=${n.operatorB.id}&role=operator_manager`,
      "role=operator_manager",
    ]) {
      const body = (await managerA.get(`/api/v1/users?${query}`)).body;
      expect(body, query).not.toContain(n.managerB.id);
      expect(body, query).not.toContain(n.operatorB.id);
    }
    // The hub sees the operator it serves today, not the one whose agreement ended.
    const hub = await signIn(n.hubManager.email);
    const served = (await hub.get("/api/v1/users?role=operator_manager")).json<User[]>();
    expect(served.map((u) => u.id)).toEqual([n.managerA.id]);
  });
});

describe("giving and taking away roles", () => {
  it("records a role given and taken away in the audit log, with the person as the record", async () => {
    const n = await makeNetwork(t.db);
    const person = await named("Role Change", [[n.operatorA.id, "driver"]]);
    const manager = await signIn(n.managerA.email);
    const given = await manager.post(`/api/v1/users/${person.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    expect(given.statusCode).toBe(200);
    expect(
      given
        .json<User>()
        .memberships.map((m) => m.role)
        .sort(),
    ).toEqual(["dispatcher", "driver"]);
    // Given again (a retry): nothing changes and nothing more is recorded.
    expect(
      (
        await manager.post(`/api/v1/users/${person.id}/memberships`, {
          organisationId: n.operatorA.id,
          role: "dispatcher",
        })
      ).statusCode,
    ).toBe(200);
    const taken = await manager.delete(`/api/v1/users/${person.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    expect(taken.statusCode).toBe(200);
    expect(taken.json<User>().memberships.map((m) => m.role)).toEqual(["driver"]);
    const history = (await manager.get(`/api/v1/audit-log?entityId=${person.id}`)).json<Entry[]>();
    expect(history.map((e) => [e.entity, e.action, e.actorId, e.details.role])).toEqual([
      ["membership", "delete", n.managerA.id, "dispatcher"],
      ["membership", "create", n.managerA.id, "dispatcher"],
    ]);
    expect(history[0]?.organisationName).toBe(n.operatorA.name);
  });

  it("refuses a role the giver may not give, and stores nothing", async () => {
    const n = await makeNetwork(t.db);
    const person = await named("Not Promoted", [[n.operatorA.id, "driver"]]);
    const manager = await signIn(n.managerA.email);
    const attempts = [
      // Not a role an operator has.
      [{ organisationId: n.operatorA.id, role: "network_admin" }, 400, "membership.role"],
      [{ organisationId: n.operatorA.id, role: "hub_manager" }, 400, "membership.role"],
      // Another tenant: as if it did not exist.
      [{ organisationId: n.operatorB.id, role: "driver" }, 400, "membership.organisationId"],
      // Seen (the hub serves A), but not A's manager's to give.
      [{ organisationId: n.maker.id, role: "planner" }, 400, "membership.organisationId"],
    ] as const;
    for (const [body, status, field] of attempts) {
      const response = await manager.post(`/api/v1/users/${person.id}/memberships`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.json<{ error: { field: string } }>().error.field).toBe(field);
    }
    // A hub manager sees A's people but gives them no role.
    const hub = await signIn(n.hubManager.email);
    const fromHub = await hub.post(`/api/v1/users/${person.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "dispatcher",
    });
    expect(fromHub.statusCode).toBe(403);
    // A driver gives no roles at all.
    const driver = await signIn(n.driverA.email);
    expect(
      (
        await driver.post(`/api/v1/users/${person.id}/memberships`, {
          organisationId: n.operatorA.id,
          role: "operator_manager",
        })
      ).statusCode,
    ).toBe(403);
    const roles = await t.db
      .selectFrom("memberships")
      .select("role")
      .where("user_id", "=", person.id)
      .execute();
    expect(roles).toEqual([{ role: "driver" }]);
    const audited = await t.db
      .selectFrom("audit_log")
      .select("id")
      .where("entity", "=", "membership")
      .where("entity_id", "=", person.id)
      .execute();
    expect(audited).toEqual([]);
  });

  it("does not let an operator manager take away a role of another tenant's person", async () => {
    const n = await makeNetwork(t.db);
    const managerA = await signIn(n.managerA.email);
    const response = await managerA.delete(`/api/v1/users/${n.managerB.id}/memberships`, {
      organisationId: n.operatorB.id,
      role: "operator_manager",
    });
    expect(response.statusCode).toBe(404);
    const still = await t.db
      .selectFrom("memberships")
      .select("role")
      .where("user_id", "=", n.managerB.id)
      .execute();
    expect(still).toEqual([{ role: "operator_manager" }]);
  });
});

describe("the audit log's filters", () => {
  it("filters by who, what, which record and when", async () => {
    const n = await makeNetwork(t.db);
    const admin = await signIn(n.admin.email);
    const managerA = await signIn(n.managerA.email);
    const before = new Date(Date.now() - 1000).toISOString();
    // The admin renames A; A's manager renames A again and gives a role.
    await admin.patch(`/api/v1/organisations/${n.operatorA.id}`, { name: `A1 ${n.operatorA.id}` });
    await managerA.patch(`/api/v1/organisations/${n.operatorA.id}`, {
      name: `A2 ${n.operatorA.id}`,
    });
    await managerA.post(`/api/v1/users/${n.driverA.id}/memberships`, {
      organisationId: n.operatorA.id,
      role: "mechanic",
    });
    const list = async (query: string) =>
      (await admin.get(`/api/v1/audit-log?${query}`)).json<Entry[]>();

    const byManager = await list(`actorId=${n.managerA.id}`);
    // Signing in is recorded too.
    expect(byManager.map((e) => `${e.entity}.${e.action}`)).toEqual([
      "membership.create",
      "organisation.update",
      "user.login",
    ]);
    expect(byManager.every((e) => e.actor === n.managerA.email)).toBe(true);

    const renames = await list(`entity=organisation&action=update&entityId=${n.operatorA.id}`);
    expect(renames.map((e) => [e.actorId, e.details.name])).toEqual([
      [n.managerA.id, `A2 ${n.operatorA.id}`],
      [n.admin.id, `A1 ${n.operatorA.id}`],
    ]);

    const after = new Date(Date.now() + 60_000).toISOString();
    expect(await list(`actorId=${n.managerA.id}&from=${before}&to=${after}`)).toHaveLength(3);
    expect(await list(`actorId=${n.managerA.id}&from=${after}`)).toEqual([]);
    expect(await list(`actorId=${n.managerA.id}&to=${before}`)).toEqual([]);
    // Paging: one at a time, older with `before`.
    const first = await list(`actorId=${n.managerA.id}&limit=1`);
    const second = await list(`actorId=${n.managerA.id}&limit=2&before=${first[0]?.id}`);
    expect([...first, ...second].map((e) => e.id)).toEqual(byManager.map((e) => e.id));
  });

  it("refuses an unknown action, a malformed date and a reversed range, naming the field", async () => {
    const n = await makeNetwork(t.db);
    const admin = await signIn(n.admin.email);
    for (const [query, field] of [
      ["action=explode", "action"],
      ["entity=spaceship", "entity"],
      ["actorId=someone", "actorId"],
      ["from=2026-13-01T00:00:00Z", "from"],
      ["from=yesterday", "from"],
      ["to=2026-02-30T00:00:00Z", "to"],
      ["from=2026-06-02T00:00:00Z&to=2026-06-01T00:00:00Z", "to"],
      ["from=2026-06-01T00:00:00Z&to=2026-06-01T00:00:00Z", "to"],
    ] as const) {
      const response = await admin.get(`/api/v1/audit-log?${query}`);
      expect(response.statusCode, query).toBe(400);
      const error = response.json<{ error: { field: string; message: string } }>().error;
      expect(error.field, query).toBe(field);
      expect(error.message, query).toMatch(new RegExp(`^${field}: `));
    }
  });

  it("shows one tenant nothing of another's, whatever the filter", async () => {
    const n = await makeNetwork(t.db);
    const managerB = await signIn(n.managerB.email);
    await managerB.patch(`/api/v1/organisations/${n.operatorB.id}`, {
      name: `B renamed ${n.operatorB.id}`,
    });
    const admin = await signIn(n.admin.email);
    expect(
      (await admin.get(`/api/v1/audit-log?actorId=${n.managerB.id}`))
        .json<Entry[]>()
        .map((e) => `${e.entity}.${e.action}`),
    ).toEqual(["organisation.update", "user.login"]);
    const managerA = await signIn(n.managerA.email);
    // The hub's agreement with B has ended: B's changes are no longer the hub's to see.
    const hub = await signIn(n.hubManager.email);
    for (const client of [managerA, hub]) {
      for (const query of [
        `actorId=${n.managerB.id}`,
        `entityId=${n.operatorB.id}`,
        "entity=organisation&action=update",
      ]) {
        const body = (await client.get(`/api/v1/audit-log?${query}`)).body;
        expect(body, query).not.toContain(n.operatorB.id);
        expect(body, query).not.toContain(n.managerB.email);
      }
    }
    // A driver reads no audit log at all.
    const driver = await signIn(n.driverA.email);
    expect((await driver.get("/api/v1/audit-log")).statusCode).toBe(403);
  });
});
