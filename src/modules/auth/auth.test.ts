import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../../../test/helpers/app.js";
import {
  TEST_PASSWORD,
  makeNetwork,
  makeOrganisation,
  makeUser,
} from "../../../test/helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  // A short back-off keeps the file fast; its growth and cap are tested in login-limiter.test.ts.
  t = await createTestApp({
    FLEETHUB_LOGIN_BACKOFF_BASE_MS: "1",
    FLEETHUB_LOGIN_BACKOFF_MAX_MS: "20",
  });
});
afterAll(() => t.close());

describe("signing in", () => {
  it("signs in with email and password and answers /me with roles and navigation", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    const login = await client.login(n.managerA.email.toUpperCase(), TEST_PASSWORD);
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await client.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    const body = me.json<{
      organisation: { id: string };
      roles: string[];
      navigation: { key: string }[];
    }>();
    expect(body.organisation.id).toBe(n.operatorA.id);
    expect(body.roles).toEqual(["operator_manager"]);
    expect(body.navigation.map((i) => i.key)).toContain("users");
  });

  it("refuses a wrong password naming the field, and an unknown email the same way", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    const wrong = await client.login(n.managerA.email, "not the password");
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", field: "password" } });
    const unknown = await client.login("nobody@example.test", "not the password");
    expect(unknown.json<{ error: { message: string } }>().error.message).toBe(
      wrong.json<{ error: { message: string } }>().error.message,
    );
  });

  it("never locks the real user out: a guesser's failures only slow the guesser", async () => {
    const n = await makeNetwork(t.db);
    const from = (remoteAddress: string, password: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        remoteAddress,
        headers: { origin: "http://localhost:80", host: "localhost:80" },
        payload: { email: n.driverA.email, password },
      });
    for (let i = 0; i < 30; i++) {
      const guess = await from("203.0.113.5", `guess number ${i}`);
      expect(guess.statusCode).toBe(401);
    }
    // The guesser's pair and address are slowed …
    const failures = await t.db
      .selectFrom("login_failures")
      .select(["key", "failures"])
      .where("key", "in", [`pair:${n.driverA.email}|203.0.113.5`, "address:203.0.113.5"])
      .orderBy("key")
      .execute();
    expect(failures.map((f) => f.failures)).toEqual([30, 30]);
    // … the driver from the depot gets in, and even from the guesser's address.
    expect((await from("198.51.100.7", TEST_PASSWORD)).statusCode).toBe(200);
    expect((await from("203.0.113.5", TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a user who belongs to no organisation", async () => {
    const lonely = await makeUser(t.db, []);
    const response = await new Client(t.app).login(lonely.email, TEST_PASSWORD);
    expect(response.statusCode).toBe(403);
  });

  it("refuses a disabled account", async () => {
    const n = await makeNetwork(t.db);
    await t.db
      .updateTable("users")
      .set({ disabled: true })
      .where("id", "=", n.driverA.id)
      .execute();
    expect((await new Client(t.app).login(n.driverA.email, TEST_PASSWORD)).statusCode).toBe(401);
  });
});

describe("sessions", () => {
  it("ends the session on logout: the same cookie no longer works", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.managerA.email, TEST_PASSWORD);
    expect((await client.post("/api/v1/auth/logout")).statusCode).toBe(200);
    const after = await client.get("/api/v1/me");
    expect(after.statusCode).toBe(401);
    expect(after.json<{ error: { message: string } }>().error.message).toMatch(/expired|sign in/);
  });

  it("refuses an expired session", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.managerA.email, TEST_PASSWORD);
    await t.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("user_id", "=", n.managerA.id)
      .execute();
    expect((await client.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("ends every session of a user whose password a manager resets", async () => {
    const n = await makeNetwork(t.db);
    const driver = new Client(t.app);
    await driver.login(n.driverA.email, TEST_PASSWORD);
    const manager = new Client(t.app);
    await manager.login(n.managerA.email, TEST_PASSWORD);
    const reset = await manager.post(`/api/v1/users/${n.driverA.id}/password`, {
      password: "a brand new secret",
    });
    expect(reset.statusCode).toBe(200);
    expect((await driver.get("/api/v1/me")).statusCode).toBe(401);
    expect((await new Client(t.app).login(n.driverA.email, "a brand new secret")).statusCode).toBe(
      200,
    );
  });

  it("changes my own password, keeping this session and ending the others", async () => {
    const n = await makeNetwork(t.db);
    const here = new Client(t.app);
    await here.login(n.driverA.email, TEST_PASSWORD);
    const elsewhere = new Client(t.app);
    await elsewhere.login(n.driverA.email, TEST_PASSWORD);
    const wrong = await here.post("/api/v1/me/password", {
      currentPassword: "nope nope nope",
      newPassword: "fresh password 1",
    });
    expect(wrong.json()).toMatchObject({ error: { field: "currentPassword" } });
    const weak = await here.post("/api/v1/me/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "short",
    });
    expect(weak.json()).toMatchObject({ error: { field: "newPassword" } });
    const ok = await here.post("/api/v1/me/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "fresh password 1",
    });
    expect(ok.statusCode).toBe(200);
    expect((await here.get("/api/v1/me")).statusCode).toBe(200);
    expect((await elsewhere.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("switches organisation only to one I belong to", async () => {
    const operatorX = await makeOrganisation(t.db, "operator");
    const operatorY = await makeOrganisation(t.db, "operator");
    const foreign = await makeOrganisation(t.db, "operator");
    const planner = await makeUser(t.db, [
      [operatorX.id, "planner"],
      [operatorY.id, "dispatcher"],
    ]);
    const client = new Client(t.app);
    await client.login(planner.email, TEST_PASSWORD);
    const me = (await client.get("/api/v1/me")).json<{ memberships: unknown[] }>();
    expect(me.memberships).toHaveLength(2);
    expect(
      (await client.put("/api/v1/me/organisation", { organisationId: operatorY.id })).statusCode,
    ).toBe(200);
    const after = (await client.get("/api/v1/me")).json<{
      organisation: { id: string };
      roles: string[];
    }>();
    expect(after.organisation.id).toBe(operatorY.id);
    expect(after.roles).toEqual(["dispatcher"]);
    const refused = await client.put("/api/v1/me/organisation", { organisationId: foreign.id });
    expect(refused.json()).toMatchObject({
      error: { code: "VALIDATION_FAILED", field: "organisationId" },
    });
  });

  it("remembers my language", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.driverA.email, TEST_PASSWORD);
    expect((await client.patch("/api/v1/me", { locale: "ru" })).statusCode).toBe(200);
    expect((await client.get("/api/v1/me")).json<{ user: { locale: string } }>().user.locale).toBe(
      "ru",
    );
    expect((await client.patch("/api/v1/me", { locale: "de" })).json()).toMatchObject({
      error: { field: "locale" },
    });
  });
});

describe("cross-site request defence", () => {
  it("refuses a cookie-authenticated write from a foreign origin or with no origin", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.managerA.email, TEST_PASSWORD);
    const payload = { organisationId: n.operatorA.id, name: "Evil depot" };
    const foreign = await client.request({
      method: "POST",
      url: "/api/v1/depots",
      payload,
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.statusCode).toBe(403);
    const none = await client.request({
      method: "POST",
      url: "/api/v1/depots",
      payload,
      headers: { origin: undefined },
    });
    expect(none.statusCode).toBe(403);
    const depots = (await client.get("/api/v1/depots")).json<{ name: string }[]>();
    expect(depots.map((d) => d.name)).not.toContain("Evil depot");
    const own = await client.post("/api/v1/depots", payload);
    expect(own.statusCode).toBe(201);
  });
});

describe("API tokens", () => {
  it("lets an integration act with a token until it is revoked", async () => {
    const n = await makeNetwork(t.db);
    const manager = new Client(t.app);
    await manager.login(n.managerA.email, TEST_PASSWORD);
    const created = await manager.post("/api/v1/api-tokens", {
      name: "telematics",
      role: "dispatcher",
    });
    expect(created.statusCode).toBe(403); // a manager does not hold the dispatcher role
    const ok = await manager.post("/api/v1/api-tokens", {
      name: "telematics",
      role: "operator_manager",
    });
    expect(ok.statusCode).toBe(201);
    const { secret, token } = ok.json<{ secret: string; token: { id: string } }>();
    const stored = await t.db
      .selectFrom("api_tokens")
      .select("token_hash")
      .where("id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(secret);
    const integration = new Client(t.app, secret);
    const me = await integration.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json<{ organisation: { id: string } }>().organisation.id).toBe(n.operatorA.id);
    // A bearer token needs no Origin: it cannot be sent by a foreign page on its own.
    expect(
      (
        await integration.request({
          method: "POST",
          url: "/api/v1/depots",
          payload: { organisationId: n.operatorA.id, name: "via token" },
          headers: { origin: undefined },
        })
      ).statusCode,
    ).toBe(201);
    expect((await manager.delete(`/api/v1/api-tokens/${token.id}`)).statusCode).toBe(200);
    expect((await integration.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("refuses a made-up token", async () => {
    const response = await new Client(t.app, "fht_madeup").get("/api/v1/me");
    expect(response.statusCode).toBe(401);
  });
});
