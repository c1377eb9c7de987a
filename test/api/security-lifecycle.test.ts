/**
 * Access that outlives its reason (issue #13): after each event that ends a person's or
 * a token's reason to act, the very next request with the old cookie or token is
 * refused. Nothing is cached between requests, so this holds on every process sharing
 * the database, which the last cases check with a second app on the same database.
 */
import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { migrationProvider } from "../../src/db/migrations/index.js";
import type { Role } from "../../src/core/roles.js";
import { buildApp } from "../../src/server/app.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
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

const DAY_MS = 86_400_000;
const yesterday = () => new Date(Date.now() - DAY_MS).toISOString().slice(0, 10);

async function signIn(email: string, organisationId?: string): Promise<Client> {
  const client = new Client(t.app);
  const response = organisationId
    ? await client.request({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email, password: TEST_PASSWORD, organisationId },
      })
    : await client.login(email, TEST_PASSWORD);
  if (organisationId) {
    const cookie = response.cookies.find((c) => c.name === "fh_session");
    if (!cookie) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    return new CookieClient(`fh_session=${cookie.value}`);
  }
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return client;
}

/** A client holding a given cookie (a sign-in into a chosen organisation). */
class CookieClient extends Client {
  constructor(private readonly cookieHeader: string) {
    super(t.app);
  }
  override request(options: Parameters<Client["request"]>[0]) {
    return super.request({
      ...options,
      headers: { cookie: this.cookieHeader, ...options.headers },
    });
  }
}

async function mintToken(maker: Client, role: Role, extra: object = {}) {
  const response = await maker.post("/api/v1/api-tokens", { name: "integration", role, ...extra });
  if (response.statusCode !== 201) throw new Error(`token refused: ${response.body}`);
  const body = response.json<{ secret: string; token: { id: string; expiresAt: string } }>();
  return { client: new Client(t.app, body.secret), ...body.token };
}

async function world() {
  const n = await makeNetwork(t.db);
  const model = await makeModel(t.db);
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id);
  const admin = await signIn(n.admin.email);
  const agreement = await t.db
    .selectFrom("service_agreements")
    .select("id")
    .where("hub_id", "=", n.hub.id)
    .where("operator_id", "=", n.operatorA.id)
    .executeTakeFirstOrThrow();
  const endAgreement = async () => {
    const response = await admin.patch(`/api/v1/service-agreements/${agreement.id}`, {
      validTo: yesterday(),
    });
    expect(response.statusCode).toBe(200);
  };
  /** A role a hub gave in an operator before migration 0010 (marked with the hub). */
  const plantHubRole = async (userId: string) =>
    t.db
      .insertInto("memberships")
      .values({
        user_id: userId,
        organisation_id: n.operatorA.id,
        role: "operator_manager",
        via_hub_id: n.hub.id,
      })
      .execute();
  return { n, vehicle, admin, endAgreement, plantHubRole };
}
type World = Awaited<ReturnType<typeof world>>;

interface LifecycleCase {
  event: string;
  credential: "session" | "token";
  /** Signs in or mints a token; returns the caller and the request it makes. */
  arrange(w: World): Promise<{ caller: Client; probe: string }>;
  happen(w: World): Promise<void>;
  /** 401 for a credential that died; 404 where only the sight of an operator ended. */
  refusedWith: 401 | 404;
}

const removeRole = (w: World, userId: string, organisationId: string, role: Role) =>
  w.admin.delete(`/api/v1/users/${userId}/memberships`, { organisationId, role });

const CASE_STATE = new Map<string, { manager: Client; tokenId: string }>();

const CASES: LifecycleCase[] = [
  {
    event: "membership removed",
    credential: "session",
    arrange: async (w) => ({ caller: await signIn(w.n.driverA.email), probe: "/api/v1/vehicles" }),
    happen: async (w) => {
      const manager = await signIn(w.n.managerA.email);
      const response = await manager.delete(`/api/v1/users/${w.n.driverA.id}/memberships`, {
        organisationId: w.n.operatorA.id,
        role: "driver",
      });
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "role in this organisation removed, another kept",
    credential: "session",
    arrange: async (w) => {
      await t.db
        .insertInto("memberships")
        .values({ user_id: w.n.driverA.id, organisation_id: w.n.operatorB.id, role: "driver" })
        .execute();
      return {
        caller: await signIn(w.n.driverA.email, w.n.operatorA.id),
        probe: "/api/v1/vehicles",
      };
    },
    happen: async (w) => {
      expect((await removeRole(w, w.n.driverA.id, w.n.operatorA.id, "driver")).statusCode).toBe(
        200,
      );
    },
    refusedWith: 401,
  },
  {
    event: "person disabled",
    credential: "session",
    arrange: async (w) => ({ caller: await signIn(w.n.driverA.email), probe: "/api/v1/vehicles" }),
    happen: async (w) => {
      const response = await w.admin.patch(`/api/v1/users/${w.n.driverA.id}`, { disabled: true });
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "password reset by a manager",
    credential: "session",
    arrange: async (w) => ({ caller: await signIn(w.n.driverA.email), probe: "/api/v1/vehicles" }),
    happen: async (w) => {
      const manager = await signIn(w.n.managerA.email);
      const response = await manager.post(`/api/v1/users/${w.n.driverA.id}/password`, {
        password: "a brand new passphrase",
      });
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "own password changed in another session",
    credential: "session",
    arrange: async (w) => ({ caller: await signIn(w.n.driverA.email), probe: "/api/v1/vehicles" }),
    happen: async (w) => {
      const other = await signIn(w.n.driverA.email);
      const response = await other.post("/api/v1/me/password", {
        currentPassword: TEST_PASSWORD,
        newPassword: "a brand new passphrase",
      });
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "logged out",
    credential: "session",
    arrange: async (w) => ({ caller: await signIn(w.n.driverA.email), probe: "/api/v1/vehicles" }),
    happen: async () => {
      // The caller itself logs out in `run`, below.
    },
    refusedWith: 401,
  },
  {
    event: "session expired",
    credential: "session",
    arrange: async (w) => ({ caller: await signIn(w.n.driverA.email), probe: "/api/v1/vehicles" }),
    happen: async (w) => {
      await t.db
        .updateTable("sessions")
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where("user_id", "=", w.n.driverA.id)
        .execute();
    },
    refusedWith: 401,
  },
  {
    event: "agreement ended (hub sight of the operator)",
    credential: "session",
    arrange: async (w) => ({
      caller: await signIn(w.n.hubManager.email),
      probe: `/api/v1/vehicles/${w.vehicle.id}`,
    }),
    happen: (w) => w.endAgreement(),
    refusedWith: 404,
  },
  {
    event: "agreement ended (role a hub gave in the operator)",
    credential: "session",
    arrange: async (w) => {
      await w.plantHubRole(w.n.hubManager.id);
      return {
        caller: await signIn(w.n.hubManager.email, w.n.operatorA.id),
        probe: "/api/v1/vehicles",
      };
    },
    happen: (w) => w.endAgreement(),
    refusedWith: 401,
  },
  {
    event: "token expired",
    credential: "token",
    arrange: async (w) => ({
      caller: (await mintToken(await signIn(w.n.managerA.email), "operator_manager")).client,
      probe: "/api/v1/vehicles",
    }),
    happen: async (w) => {
      await t.db
        .updateTable("api_tokens")
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where("organisation_id", "=", w.n.operatorA.id)
        .execute();
    },
    refusedWith: 401,
  },
  {
    event: "token revoked",
    credential: "token",
    arrange: async (w) => {
      const manager = await signIn(w.n.managerA.email);
      const token = await mintToken(manager, "operator_manager");
      CASE_STATE.set(w.n.operatorA.id, { manager, tokenId: token.id });
      return { caller: token.client, probe: "/api/v1/vehicles" };
    },
    happen: async (w) => {
      const state = CASE_STATE.get(w.n.operatorA.id);
      if (!state) throw new Error("no token");
      expect((await state.manager.delete(`/api/v1/api-tokens/${state.tokenId}`)).statusCode).toBe(
        200,
      );
    },
    refusedWith: 401,
  },
  {
    event: "token's maker disabled",
    credential: "token",
    arrange: async (w) => ({
      caller: (await mintToken(await signIn(w.n.managerA.email), "operator_manager")).client,
      probe: "/api/v1/vehicles",
    }),
    happen: async (w) => {
      const response = await w.admin.patch(`/api/v1/users/${w.n.managerA.id}`, { disabled: true });
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "token's maker loses the token's role",
    credential: "token",
    arrange: async (w) => ({
      caller: (await mintToken(await signIn(w.n.managerA.email), "operator_manager")).client,
      probe: "/api/v1/vehicles",
    }),
    happen: async (w) => {
      const response = await removeRole(w, w.n.managerA.id, w.n.operatorA.id, "operator_manager");
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "token's maker loses the role that allowed minting, keeps the token's role",
    credential: "token",
    arrange: async (w) => {
      await t.db
        .insertInto("memberships")
        .values({ user_id: w.n.managerA.id, organisation_id: w.n.operatorA.id, role: "driver" })
        .execute();
      const manager = await signIn(w.n.managerA.email);
      return { caller: (await mintToken(manager, "driver")).client, probe: "/api/v1/me" };
    },
    happen: async (w) => {
      const response = await removeRole(w, w.n.managerA.id, w.n.operatorA.id, "operator_manager");
      expect(response.statusCode).toBe(200);
    },
    refusedWith: 401,
  },
  {
    event: "agreement ended (hub token's sight of the operator)",
    credential: "token",
    arrange: async (w) => ({
      caller: (await mintToken(await signIn(w.n.hubManager.email), "hub_manager")).client,
      probe: `/api/v1/vehicles/${w.vehicle.id}`,
    }),
    happen: (w) => w.endAgreement(),
    refusedWith: 404,
  },
  {
    event: "agreement ended (token minted under a role a hub gave)",
    credential: "token",
    arrange: async (w) => {
      await w.plantHubRole(w.n.hubManager.id);
      const planted = await signIn(w.n.hubManager.email, w.n.operatorA.id);
      return { caller: (await mintToken(planted, "operator_manager")).client, probe: "/api/v1/me" };
    },
    happen: (w) => w.endAgreement(),
    refusedWith: 401,
  },
];
describe("access lifecycle: the very next request after the event is refused", () => {
  it.each(CASES.map((c) => [`${c.credential}: ${c.event}`, c] as const))(
    "%s",
    async (_name, lifecycleCase) => {
      const w = await world();
      const { caller, probe } = await lifecycleCase.arrange(w);
      expect((await caller.get(probe)).statusCode).toBe(200);
      // With the principal cache on (TEST_PRINCIPAL_CACHE=notify), the session is served
      // from memory before the event, so the refusal below is the cache's invalidation.
      const cache = t.principalCache;
      if (cache && lifecycleCase.credential === "session") {
        const hits = cache.stats.hits;
        expect((await caller.get(probe)).statusCode).toBe(200);
        expect(cache.stats.hits).toBe(hits + 1);
      }
      if (lifecycleCase.event === "logged out") {
        expect((await caller.post("/api/v1/auth/logout")).statusCode).toBe(200);
      }
      await lifecycleCase.happen(w);
      // Events written straight to the database here are not answers of this app, which
      // wait for its own notifications (authenticate.ts); wait as they would.
      await cache?.sync();
      const after = await caller.get(probe);
      expect(after.statusCode).toBe(lifecycleCase.refusedWith);
      const error = after.json<{ error: { code: string; message: string } }>().error;
      expect(error.code).toBe(lifecycleCase.refusedWith === 401 ? "UNAUTHENTICATED" : "NOT_FOUND");
      expect(error.message.length).toBeGreaterThan(10);
    },
  );

  it("covers every event for the credentials it applies to", () => {
    const sessions = CASES.filter((c) => c.credential === "session").length;
    const tokens = CASES.filter((c) => c.credential === "token").length;
    expect({ sessions, tokens }).toEqual({ sessions: 9, tokens: 7 });
  });
});

describe("issue #13 regressions", () => {
  it("#1: a session whose person lost their role sees nothing, and a new sign-in is refused", async () => {
    const w = await world();
    const driver = await signIn(w.n.driverA.email);
    expect((await driver.get("/api/v1/vehicles")).json<unknown[]>()).toHaveLength(1);
    const manager = await signIn(w.n.managerA.email);
    await manager.delete(`/api/v1/users/${w.n.driverA.id}/memberships`, {
      organisationId: w.n.operatorA.id,
      role: "driver",
    });
    for (const url of ["/me", "/vehicles", "/work-orders", "/inspections", "/defects"]) {
      const response = await driver.get(`/api/v1${url}`);
      expect(response.statusCode, url).toBe(401);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(/sign in/);
    }
    const again = await new Client(t.app).login(w.n.driverA.email, TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
  });

  it("#2: a token expires in 90 days unless asked, never after 365, and dies with its maker", async () => {
    const w = await world();
    const manager = await signIn(w.n.managerA.email);
    const before = Date.now();
    const token = await mintToken(manager, "operator_manager");
    const lifetimeDays = (Date.parse(token.expiresAt) - before) / DAY_MS;
    expect(lifetimeDays).toBeGreaterThan(89.99);
    expect(lifetimeDays).toBeLessThan(90.01);
    const tooLong = await manager.post("/api/v1/api-tokens", {
      name: "forever",
      role: "operator_manager",
      expiresInDays: 366,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ error: { message: string } }>().error.message).toMatch(/expiresInDays/);
    // A token cannot make a token: the new one would have no maker to die with.
    const minted = await token.client.post("/api/v1/api-tokens", {
      name: "child",
      role: "operator_manager",
    });
    expect(minted.statusCode).toBe(403);

    await w.admin.patch(`/api/v1/users/${w.n.managerA.id}`, { disabled: true });
    const account = await token.client.post("/api/v1/users", {
      email: "planted@example.test",
      name: "Planted",
      password: "a long enough passphrase",
      memberships: [{ organisationId: w.n.operatorA.id, role: "operator_manager" }],
    });
    expect(account.statusCode).toBe(401);
    const stored = await t.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", "planted@example.test")
      .execute();
    expect(stored).toHaveLength(0);
    const tokens = await t.db
      .selectFrom("api_tokens")
      .select("id")
      .where("organisation_id", "=", w.n.operatorA.id)
      .execute();
    expect(tokens).toHaveLength(1);
  });

  it("#3: a hub manager gives no role in, creates no account at, and changes no one of an operator it serves", async () => {
    const w = await world();
    const hub = await signIn(w.n.hubManager.email);
    const self = await hub.post(`/api/v1/users/${w.n.hubManager.id}/memberships`, {
      organisationId: w.n.operatorA.id,
      role: "operator_manager",
    });
    expect(self.statusCode).toBe(403);
    expect(self.json()).toMatchObject({
      error: { code: "FORBIDDEN", field: "membership.organisationId" },
    });
    const account = await hub.post("/api/v1/users", {
      email: "hub-planted@example.test",
      name: "Planted",
      password: "a long enough passphrase",
      memberships: [{ organisationId: w.n.operatorA.id, role: "operator_manager" }],
    });
    expect(account.statusCode).toBe(403);
    expect(account.json()).toMatchObject({ error: { field: "memberships.0.organisationId" } });
    const reset = await hub.post(`/api/v1/users/${w.n.managerA.id}/password`, {
      password: "the hub knows this one",
    });
    expect(reset.statusCode).toBe(403);
    const disable = await hub.patch(`/api/v1/users/${w.n.managerA.id}`, { disabled: true });
    expect(disable.statusCode).toBe(403);
    const takeAway = await hub.delete(`/api/v1/users/${w.n.driverA.id}/memberships`, {
      organisationId: w.n.operatorA.id,
      role: "driver",
    });
    expect(takeAway.statusCode).toBe(403);
    // Nothing changed: the operator's manager still signs in with the old password.
    expect((await new Client(t.app).login(w.n.managerA.email, TEST_PASSWORD)).statusCode).toBe(200);
    const memberships = await t.db
      .selectFrom("memberships")
      .select(["organisation_id", "role"])
      .where("user_id", "in", [w.n.hubManager.id, w.n.driverA.id])
      .orderBy("role")
      .execute();
    expect(memberships).toEqual([
      { organisation_id: w.n.operatorA.id, role: "driver" },
      { organisation_id: w.n.hub.id, role: "hub_manager" },
    ]);
    // The hub still manages its own people.
    const technician = await hub.post("/api/v1/users", {
      email: `tech-${w.n.hub.id}@example.test`,
      name: "Hub technician",
      password: "a long enough passphrase",
      memberships: [{ organisationId: w.n.hub.id, role: "hub_technician" }],
    });
    expect(technician.statusCode).toBe(201);
  });

  it("#3: a role a hub gave in an operator (before the fix) ends with the agreement, sign-in included", async () => {
    const w = await world();
    await w.plantHubRole(w.n.hubManager.id);
    expect(
      (
        await new Client(t.app).request({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: {
            email: w.n.hubManager.email,
            password: TEST_PASSWORD,
            organisationId: w.n.operatorA.id,
          },
        })
      ).statusCode,
    ).toBe(200);
    await w.endAgreement();
    const after = await new Client(t.app).request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: {
        email: w.n.hubManager.email,
        password: TEST_PASSWORD,
        organisationId: w.n.operatorA.id,
      },
    });
    expect(after.statusCode).toBe(400);
    expect(after.json()).toMatchObject({ error: { field: "organisationId" } });
    const me = await (await signIn(w.n.hubManager.email)).get("/api/v1/me");
    const memberships = me.json<{ memberships: { organisation: { id: string } }[] }>().memberships;
    expect(memberships.map((m) => m.organisation.id)).toEqual([w.n.hub.id]);
  });

  it("#4: removing a person's last role answers 200 with the person, and a retry 404 'membership not found'", async () => {
    const w = await world();
    const manager = await signIn(w.n.managerA.email);
    const payload = { organisationId: w.n.operatorA.id, role: "driver" };
    const removed = await manager.delete(`/api/v1/users/${w.n.driverA.id}/memberships`, payload);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ id: w.n.driverA.id, memberships: [] });
    const retry = await manager.delete(`/api/v1/users/${w.n.driverA.id}/memberships`, payload);
    expect(retry.statusCode).toBe(404);
    expect(retry.json()).toMatchObject({
      error: { code: "NOT_FOUND", message: "membership not found" },
    });
    // Same answer for a person who never existed: the retry does not reveal the account.
    const unknown = await manager.delete(
      "/api/v1/users/00000000-0000-4000-8000-000000000000/memberships",
      payload,
    );
    expect(unknown.json()).toEqual(retry.json());
  });
});

describe("several processes on one database", () => {
  it("a logout or removed role on one app refuses the next request on another at once", async () => {
    const other = await buildApp({
      config: loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" }),
      db: t.db,
      serveWeb: false,
    });
    await other.ready();
    try {
      const n = await makeNetwork(t.db);
      const admin = await signIn(n.admin.email);
      const driver = await signIn(n.driverA.email);
      const cookie = driver.sessionCookie ?? "";
      const onOther = (url: string) =>
        other.inject({ method: "GET", url, headers: { cookie, host: "localhost:80" } });
      expect((await onOther("/api/v1/me")).statusCode).toBe(200);
      await admin.delete(`/api/v1/users/${n.driverA.id}/memberships`, {
        organisationId: n.operatorA.id,
        role: "driver",
      });
      expect((await onOther("/api/v1/me")).statusCode).toBe(401);

      const manager = await signIn(n.managerA.email);
      const managerCookie = manager.sessionCookie ?? "";
      const me = () =>
        other.inject({
          method: "GET",
          url: "/api/v1/me",
          headers: { cookie: managerCookie, host: "localhost:80" },
        });
      expect((await me()).statusCode).toBe(200);
      await manager.post("/api/v1/auth/logout");
      expect((await me()).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe("migration 0010", () => {
  it("gives tokens without expiry 90 days from the upgrade, and marks roles a hub gave in an operator", async () => {
    const database = await openDatabase({ url: null, embeddedDir: null });
    try {
      const db = database.db;
      const migrator = new Migrator({ db, provider: migrationProvider });
      const to0008 = await migrator.migrateTo("0008_work_order_note");
      expect(to0008.error).toBeUndefined();
      const n = await makeNetwork(db);
      const planted = await makeUser(db, [[n.operatorA.id, "operator_manager"]]);
      const ordinary = await makeUser(db, [[n.operatorA.id, "mechanic"]]);
      await sql`insert into audit_log (actor_user_id, actor_label, organisation_id, action, entity, entity_id, details)
        values (${n.hubManager.id}, 'hub', ${n.operatorA.id}, 'create', 'user', ${planted.id},
                ${JSON.stringify({ memberships: [{ organisationId: n.operatorA.id, role: "operator_manager" }] })}::jsonb),
               (${n.managerA.id}, 'manager', ${n.operatorA.id}, 'create', 'membership', ${ordinary.id},
                ${JSON.stringify({ organisationId: n.operatorA.id, role: "mechanic" })}::jsonb)`.execute(
        db,
      );
      await sql`insert into api_tokens (organisation_id, name, role, token_hash, prefix, created_by, expires_at)
        values (${n.operatorA.id}, 'old', 'operator_manager', 'hash-old', 'fht_old', ${n.managerA.id}, null)`.execute(
        db,
      );
      const upgradedAt = Date.now();
      const latest = await migrator.migrateToLatest();
      expect(latest.error).toBeUndefined();
      const token = await db
        .selectFrom("api_tokens")
        .select("expires_at")
        .where("token_hash", "=", "hash-old")
        .executeTakeFirstOrThrow();
      const days = (token.expires_at.getTime() - upgradedAt) / DAY_MS;
      expect(days).toBeGreaterThan(89.9);
      expect(days).toBeLessThan(90.1);
      const marks = await db
        .selectFrom("memberships")
        .select(["user_id", "via_hub_id"])
        .where("user_id", "in", [planted.id, ordinary.id])
        .orderBy("role", "desc")
        .execute();
      expect(marks).toEqual([
        { user_id: planted.id, via_hub_id: n.hub.id },
        { user_id: ordinary.id, via_hub_id: null },
      ]);
    } finally {
      await database.close();
    }
  }, 300_000); // a second embedded database boots and migrates twice: slow on a busy machine
});
