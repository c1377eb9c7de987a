/**
 * Walks every route of the OpenAPI document as the manager of operator A and tries to
 * read, list, change and delete operator B's records. Each attempt must answer 404 (so
 * B's records do not even show they exist) or, for a create naming B, refuse B as
 * unknown; lists must not contain B's ids; and B's rows must be unchanged afterwards.
 * A route added without a case here fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeAgreement,
  makeDepot,
  makeNetwork,
  makeOrganisation,
} from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Method = "get" | "post" | "patch" | "put" | "delete";
interface OpenApi {
  paths: Record<string, Partial<Record<Method, unknown>>>;
}

async function snapshotOf(organisationId: string) {
  const [organisation, depots, memberships, agreements, tokens] = await Promise.all([
    t.db.selectFrom("organisations").selectAll().where("id", "=", organisationId).execute(),
    t.db.selectFrom("depots").selectAll().where("organisation_id", "=", organisationId).execute(),
    t.db
      .selectFrom("memberships")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .execute(),
    t.db
      .selectFrom("service_agreements")
      .selectAll()
      .where("operator_id", "=", organisationId)
      .execute(),
    t.db
      .selectFrom("api_tokens")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .execute(),
  ]);
  const users = await t.db
    .selectFrom("users")
    .selectAll()
    .where(
      "id",
      "in",
      memberships.map((m) => m.user_id),
    )
    .execute();
  return JSON.stringify({ organisation, depots, memberships, agreements, tokens, users });
}

describe("tenant isolation", () => {
  it("keeps operator B's records out of reach of operator A on every route", async () => {
    const n = await makeNetwork(t.db);
    const otherHub = await makeOrganisation(t.db, "hub", { parentId: n.maker.id });
    const agreementB = await makeAgreement(t.db, otherHub.id, n.operatorB.id);
    const depotA = await makeDepot(t.db, n.operatorA.id);
    const depotB = await makeDepot(t.db, n.operatorB.id);
    const clientB = new Client(t.app);
    await clientB.login(n.managerB.email, TEST_PASSWORD);
    const tokenB = (
      await clientB.post("/api/v1/api-tokens", {
        name: "B's integration",
        role: "operator_manager",
      })
    ).json<{ token: { id: string } }>().token;
    const before = await snapshotOf(n.operatorB.id);

    const client = new Client(t.app);
    await client.login(n.managerA.email, TEST_PASSWORD);
    const secretIds = [
      n.operatorB.id,
      depotB.id,
      n.managerB.id,
      agreementB.id,
      tokenB.id,
      otherHub.id,
    ];

    // For each path with an id: B's record of that kind and a valid body per method.
    const byPath: Record<string, { id: string; bodies: Partial<Record<Method, object>> }> = {
      "/api/v1/organisations/{id}": {
        id: n.operatorB.id,
        bodies: { patch: { name: "Taken over" } },
      },
      "/api/v1/depots/{id}": { id: depotB.id, bodies: { patch: { name: "Taken over" } } },
      "/api/v1/users/{id}": {
        id: n.managerB.id,
        bodies: { patch: { name: "Taken over", disabled: true } },
      },
      "/api/v1/users/{id}/password": {
        id: n.managerB.id,
        bodies: { post: { password: "taken over password" } },
      },
      "/api/v1/users/{id}/memberships": {
        id: n.managerB.id,
        bodies: {
          post: { organisationId: n.operatorA.id, role: "driver" },
          delete: { organisationId: n.operatorB.id, role: "operator_manager" },
        },
      },
      "/api/v1/service-agreements/{id}": {
        id: agreementB.id,
        bodies: { patch: { responseHours: 1 } },
      },
      "/api/v1/api-tokens/{id}": { id: tokenB.id, bodies: {} },
    };
    // Creates that name B as the owner: B must look as unknown as a made-up id.
    const creates: Record<string, object> = {
      "/api/v1/depots": { organisationId: n.operatorB.id, name: "Planted depot" },
      "/api/v1/users": {
        email: "planted@example.test",
        name: "Planted",
        password: "planted password",
        memberships: [{ organisationId: n.operatorB.id, role: "driver" }],
      },
    };
    // Routes that touch no other tenant's records by construction.
    const ownOnly = new Set([
      "post /api/v1/auth/login",
      "post /api/v1/auth/logout",
      "get /api/v1/me",
      "patch /api/v1/me",
      "put /api/v1/me/organisation",
      "post /api/v1/me/password",
      "post /api/v1/organisations",
      "post /api/v1/regions",
      "post /api/v1/service-agreements",
      "post /api/v1/api-tokens",
      "get /api/v1/regions/{id}",
      "patch /api/v1/regions/{id}",
    ]);

    const openapi = (await client.get("/api/openapi.json")).json<OpenApi>();
    const walked: string[] = [];
    for (const [path, operations] of Object.entries(openapi.paths)) {
      for (const method of Object.keys(operations) as Method[]) {
        const key = `${method} ${path}`;
        walked.push(key);
        const target = byPath[path];
        if (target) {
          const response = await client.request({
            method: method.toUpperCase(),
            url: path.replace("{id}", target.id),
            ...(target.bodies[method] ? { payload: target.bodies[method] } : {}),
          });
          expect(response.statusCode, key).toBe(404);
          expect(response.json<{ error: { code: string } }>().error.code, key).toBe("NOT_FOUND");
        } else if (method === "get" && !path.includes("{")) {
          const response = await client.get(path);
          expect(response.statusCode, key).toBe(200);
          for (const id of secretIds) expect(response.body, `${key} leaks ${id}`).not.toContain(id);
        } else if (method === "post" && creates[path]) {
          const response = await client.post(path, creates[path]);
          expect(response.statusCode, key).toBe(400);
          expect(response.body, key).toMatch(/no such organisation/);
        } else {
          expect(ownOnly.has(key), `${key} has no tenant-isolation case`).toBe(true);
        }
      }
    }
    expect(walked.length).toBeGreaterThan(20);
    // A's own records are still reachable: the 404s above are about B, not a broken route.
    expect((await client.get(`/api/v1/depots/${depotA.id}`)).statusCode).toBe(200);
    expect(await snapshotOf(n.operatorB.id)).toBe(before);
  });

  it("shows a hub the operators it serves under an agreement in force, and no others", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.hubManager.email, TEST_PASSWORD);
    const ids = (await client.get("/api/v1/organisations"))
      .json<{ id: string }[]>()
      .map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([n.hub.id, n.operatorA.id]));
    expect(ids).not.toContain(n.operatorB.id); // the agreement with B ended in 2021
    expect(ids).not.toContain(n.maker.id);
    expect((await client.get(`/api/v1/organisations/${n.operatorB.id}`)).statusCode).toBe(404);
    const depotA = await makeDepot(t.db, n.operatorA.id);
    expect((await client.get(`/api/v1/depots/${depotA.id}`)).statusCode).toBe(200);
  });

  it("shows the manufacturer the whole network", async () => {
    const n = await makeNetwork(t.db);
    const client = new Client(t.app);
    await client.login(n.admin.email, TEST_PASSWORD);
    const ids = (await client.get("/api/v1/organisations"))
      .json<{ id: string }[]>()
      .map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining([n.maker.id, n.hub.id, n.operatorA.id, n.operatorB.id]),
    );
  });

  it("does not let a hub manager take over someone who also works at the manufacturer", async () => {
    const n = await makeNetwork(t.db);
    await t.db
      .insertInto("memberships")
      .values({ user_id: n.admin.id, organisation_id: n.operatorA.id, role: "planner" })
      .execute();
    const client = new Client(t.app);
    await client.login(n.hubManager.email, TEST_PASSWORD);
    const reset = await client.post(`/api/v1/users/${n.admin.id}/password`, {
      password: "taken over password",
    });
    expect(reset.statusCode).toBe(403);
    expect((await new Client(t.app).login(n.admin.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});
