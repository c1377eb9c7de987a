/** Every bad input gets one clear error naming the field, and nothing stored changes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { TEST_PASSWORD, makeNetwork } from "../helpers/factories.js";

let t: TestApp;
let admin: Client;
let network: Awaited<ReturnType<typeof makeNetwork>>;
beforeAll(async () => {
  t = await createTestApp();
  network = await makeNetwork(t.db);
  admin = new Client(t.app);
  await admin.login(network.admin.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const countRows = async () => {
  const tables = [
    "organisations",
    "depots",
    "users",
    "memberships",
    "service_agreements",
    "api_tokens",
  ] as const;
  const counts = await Promise.all(
    tables.map((table) =>
      t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ),
  );
  return counts.map((c) => Number(c.n));
};

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}

describe("bad input", () => {
  const cases: {
    name: string;
    send: () => Promise<{ statusCode: number; json: <T>() => T }>;
    code: string;
    field: string;
    message?: RegExp;
  }[] = [
    {
      name: "malformed JSON",
      send: () =>
        admin.request({
          method: "POST",
          url: "/api/v1/depots",
          body: '{"name": "x",',
          headers: { "content-type": "application/json" },
        }),
      code: "INVALID_JSON",
      field: "body",
    },
    {
      name: "an unknown field",
      send: () =>
        admin.post("/api/v1/depots", {
          organisationId: network.operatorA.id,
          name: "D",
          colour: "red",
        }),
      code: "VALIDATION_FAILED",
      field: "colour",
      message: /colour: is not a known field/,
    },
    {
      name: "a wrong type",
      send: () =>
        admin.post("/api/v1/service-agreements", {
          hubId: network.hub.id,
          operatorId: network.operatorB.id,
          validFrom: "2026-01-01",
          services: ["maintenance"],
          responseHours: "four",
          resolutionHours: 48,
        }),
      code: "VALIDATION_FAILED",
      field: "responseHours",
      message: /responseHours: must be integer/,
    },
    {
      name: "an overlong string",
      send: () =>
        admin.post("/api/v1/depots", {
          organisationId: network.operatorA.id,
          name: "x".repeat(201),
        }),
      code: "VALIDATION_FAILED",
      field: "name",
      message: /at most 200 characters/,
    },
    {
      name: "a missing field",
      send: () => admin.post("/api/v1/depots", { name: "No owner" }),
      code: "VALIDATION_FAILED",
      field: "organisationId",
      message: /organisationId: is required/,
    },
    {
      name: "an unknown organisation",
      send: () =>
        admin.post("/api/v1/depots", {
          organisationId: "7d3c0e52-9a51-4b7e-8f7a-2f1d6a9c0b11",
          name: "Ghost",
        }),
      code: "VALIDATION_FAILED",
      field: "organisationId",
      message: /no such organisation/,
    },
    {
      name: "a malformed id",
      send: () => admin.get("/api/v1/depots/not-a-uuid"),
      code: "VALIDATION_FAILED",
      field: "id",
      message: /id: is not a valid id/,
    },
    {
      name: "a duplicate email (in any letter case)",
      send: () =>
        admin.post("/api/v1/users", {
          email: network.driverA.email.toUpperCase(),
          name: "Twin",
          password: "long enough password",
          memberships: [{ organisationId: network.operatorA.id, role: "driver" }],
        }),
      code: "CONFLICT",
      field: "email",
    },
    {
      name: "a role that does not belong in the organisation",
      send: () =>
        admin.post("/api/v1/users", {
          email: "hubby@example.test",
          name: "Hubby",
          password: "long enough password",
          memberships: [{ organisationId: network.operatorA.id, role: "hub_technician" }],
        }),
      code: "VALIDATION_FAILED",
      field: "memberships.0.role",
    },
    {
      name: "a weak password",
      send: () =>
        admin.post("/api/v1/users", {
          email: "weak@example.test",
          name: "Weak",
          password: "aaaaaaaaaaaa",
          memberships: [{ organisationId: network.operatorA.id, role: "driver" }],
        }),
      code: "VALIDATION_FAILED",
      field: "password",
    },
    {
      name: "an agreement ending before it starts",
      send: () =>
        admin.post("/api/v1/service-agreements", {
          hubId: network.hub.id,
          operatorId: network.operatorB.id,
          validFrom: "2026-06-01",
          validTo: "2026-01-01",
          services: ["maintenance"],
          responseHours: 4,
          resolutionHours: 48,
        }),
      code: "VALIDATION_FAILED",
      field: "validTo",
    },
    {
      name: "an agreement between two operators",
      send: () =>
        admin.post("/api/v1/service-agreements", {
          hubId: network.operatorA.id,
          operatorId: network.operatorB.id,
          validFrom: "2026-06-01",
          services: ["maintenance"],
          responseHours: 4,
          resolutionHours: 48,
        }),
      code: "VALIDATION_FAILED",
      field: "hubId",
    },
    {
      name: "an impossible date",
      send: () =>
        admin.post("/api/v1/service-agreements", {
          hubId: network.hub.id,
          operatorId: network.operatorB.id,
          validFrom: "2026-02-30",
          services: ["maintenance"],
          responseHours: 4,
          resolutionHours: 48,
        }),
      code: "VALIDATION_FAILED",
      field: "validFrom",
    },
    {
      name: "a hub without a manufacturer",
      send: () => admin.post("/api/v1/organisations", { kind: "hub", name: "Orphan hub" }),
      code: "VALIDATION_FAILED",
      field: "parentId",
    },
    {
      name: "a duplicate organisation name",
      send: () =>
        admin.post("/api/v1/organisations", { kind: "operator", name: network.operatorA.name }),
      code: "CONFLICT",
      field: "name",
    },
    {
      name: "an unknown route",
      send: () => admin.get("/api/v1/nothing-here"),
      code: "NOT_FOUND",
      field: "",
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} with a clear error and stores nothing`, async () => {
      const before = await countRows();
      const response = await c.send();
      const body = response.json<ErrorJson>();
      expect(body.error.code).toBe(c.code);
      if (c.field) expect(body.error.field).toBe(c.field);
      if (c.message) expect(body.error.message).toMatch(c.message);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(await countRows()).toEqual(before);
    });
  }

  it("never shows a stack trace, even for an internal error", async () => {
    // A database that has gone away is the most ordinary internal error.
    const broken = await createTestApp();
    const n = await makeNetwork(broken.db);
    const client = new Client(broken.app);
    await client.login(n.managerA.email, TEST_PASSWORD);
    await broken.db.schema.dropTable("depots").cascade().execute();
    const response = await client.get("/api/v1/depots");
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: "INTERNAL",
        message: "internal error; it has been logged",
        key: "request.internal",
      },
    });
    expect(response.body).not.toMatch(/at |depots/);
    await broken.close();
  });

  it("answers an anonymous call with 401 and a plain message", async () => {
    const response = await new Client(t.app).get("/api/v1/organisations");
    expect(response.statusCode).toBe(401);
    expect(response.json<ErrorJson>().error.code).toBe("UNAUTHENTICATED");
  });
});
