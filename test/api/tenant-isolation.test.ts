/**
 * Walks every route of the OpenAPI document as the manager of operator A and tries to
 * read, list, change and delete operator B's records. Each attempt must answer 404 (so
 * B's records do not even show they exist) or, for a create naming B, refuse B as
 * unknown; lists must not contain B's ids; and B's rows must be unchanged afterwards.
 * A route added without a case here fails the test. The same walk then runs as every
 * other role of operator A and of the hub (whose agreement with B has ended): each may be
 * refused for lack of permission, but none reaches or lists B's records.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  TINY_PNG,
  makeAgreement,
  makeDepot,
  makeModel,
  makeNetwork,
  makeOrganisation,
  makeUser,
  makeVehicle,
  multipart,
} from "../helpers/factories.js";
import type { Role } from "../../src/core/roles.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";
import type { IsolationCases, Method } from "./isolation/cases.js";
import { ISOLATION_FEATURES } from "./isolation/index.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface OpenApi {
  paths: Record<string, Partial<Record<Method, unknown>>>;
}

const OWNED_TABLES = [
  "depots",
  "memberships",
  "api_tokens",
  "vehicles",
  "meter_readings",
  "inspection_templates",
  "photos",
  "inspections",
  "defects",
  "defect_events",
  "release_overrides",
  "record_chain",
  "planner_timetables",
  "planner_scenarios",
  "planner_runs",
] as const;

/** Everything stored for an organisation, to prove that nothing changed. */
async function snapshotOf(
  organisationId: string,
  featureTables: IsolationCases["ownedTables"] = [],
) {
  const organisation = await t.db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", organisationId)
    .execute();
  const agreements = await t.db
    .selectFrom("service_agreements")
    .selectAll()
    .where("operator_id", "=", organisationId)
    .execute();
  const owned = await Promise.all(
    OWNED_TABLES.map((table) =>
      t.db.selectFrom(table).selectAll().where("organisation_id", "=", organisationId).execute(),
    ),
  );
  const featureRows = await Promise.all(
    featureTables.map(({ table, column }) =>
      t.db
        .selectFrom(table as "vehicles")
        .selectAll()
        .where(column as "organisation_id", "=", organisationId)
        .execute(),
    ),
  );
  const memberships = owned[1] as { user_id: string }[];
  const users = await t.db
    .selectFrom("users")
    .selectAll()
    .where(
      "id",
      "in",
      memberships.map((m) => m.user_id),
    )
    .execute();
  return JSON.stringify({ organisation, agreements, owned, featureRows, users });
}

/** B's planner feed, scenario and finished run, written straight to the database. */
async function plannerRecordsOf(organisationId: string) {
  const timetable = await t.db
    .insertInto("planner_timetables")
    .values({
      organisation_id: organisationId,
      name: "B's feed",
      file_name: "b.zip",
      size_bytes: 100,
      sha256: "0".repeat(64),
      storage_key: `${organisationId}/timetables/b.zip`,
      service_start: "2022-07-01",
      service_end: "2022-07-31",
      trip_count: 1,
      route_count: 1,
      stop_count: 2,
      has_block_ids: false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const scenario = await t.db
    .insertInto("planner_scenarios")
    .values({ organisation_id: organisationId, name: "B's scenario", source_text: "{}" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const summary = {
    scenarioName: "B",
    currency: "EUR",
    serviceDate: "2022-07-05",
    blockMethod: "scheduled",
    tripCount: 1,
    blockCount: 1,
    revenueDistanceKm: 1,
    options: [],
  };
  const run = await t.db
    .insertInto("planner_runs")
    .values({
      organisation_id: organisationId,
      timetable_id: timetable.id,
      timetable_name: "B's feed",
      scenario_id: scenario.id,
      scenario_name: "B's scenario",
      scenario_text: "{}",
      service_date: "2022-07-05",
      sensitivity: false,
      status: "succeeded",
      summary: JSON.stringify(summary),
      result: JSON.stringify({ schemaVersion: 1, scenarioName: "B", currency: "EUR" }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { timetableId: timetable.id, scenarioId: scenario.id, runId: run.id };
}

/** Operator B with one of every kind of record, made through B's own API calls. */
async function recordsOfB(n: Awaited<ReturnType<typeof makeNetwork>>) {
  const otherHub = await makeOrganisation(t.db, "hub", { parentId: n.maker.id });
  const agreement = await makeAgreement(t.db, otherHub.id, n.operatorB.id);
  const depot = await makeDepot(t.db, n.operatorB.id);
  const model = await makeModel(t.db, { powertrain: "cng" });
  const vehicle = await makeVehicle(t.db, n.operatorB.id, model.id, { depotId: depot.id });
  const clientB = new Client(t.app);
  await clientB.login(n.managerB.email, TEST_PASSWORD);
  const token = (
    await clientB.post("/api/v1/api-tokens", { name: "B's integration", role: "operator_manager" })
  ).json<{ token: { id: string } }>().token;
  const upload = multipart("photo", "leak.png", "image/png", TINY_PNG);
  const photo = (
    await clientB.request({
      method: "POST",
      url: `/api/v1/photos?organisationId=${n.operatorB.id}`,
      payload: upload.body,
      headers: { "content-type": upload.contentType },
    })
  ).json<{ id: string }>();
  const reading = (
    await clientB.post(`/api/v1/vehicles/${vehicle.id}/meter-readings`, {
      meter: "odometer_km",
      value: 50_000,
      readAt: "2026-01-01T06:00:00Z",
    })
  ).json<{ id: string }>();
  const form = await formFor(clientB, vehicle.id);
  const submitted = await submit(
    clientB,
    inspectionBody(form, vehicle.id, {
      fail: ["cng_leak_check"],
      photoId: photo.id,
      meterValue: 50_100,
    }),
  );
  if (submitted.statusCode !== 201) throw new Error(`inspection by B: ${submitted.body}`);
  const { inspection, defectsOpened } = submitted.json<{
    inspection: { id: string };
    defectsOpened: { id: string }[];
  }>();
  const template = (
    await clientB.post("/api/v1/inspection-templates", {
      basedOnId: form.template.id,
      organisationId: n.operatorB.id,
      key: "b-bus",
    })
  ).json<{ id: string }>();
  const defectId = defectsOpened[0]?.id ?? "";
  const planner = await plannerRecordsOf(n.operatorB.id);
  return {
    clientB,
    planner,
    otherHub,
    agreement,
    depot,
    vehicle,
    token,
    photo,
    reading,
    inspection,
    template,
    defectId,
  };
}

describe("tenant isolation", () => {
  it("keeps operator B's records out of reach of operator A on every route", async () => {
    const n = await makeNetwork(t.db);
    const b = await recordsOfB(n);
    const depotA = await makeDepot(t.db, n.operatorA.id);
    const features: Partial<IsolationCases>[] = [];
    for (const feature of ISOLATION_FEATURES) {
      features.push(
        await feature({
          t,
          n,
          clientB: b.clientB,
          vehicleB: b.vehicle,
          depotB: b.depot,
          defectIdB: b.defectId,
          hubOfB: b.otherHub,
        }),
      );
    }
    const featureTables = features.flatMap((f) => f.ownedTables ?? []);
    const before = await snapshotOf(n.operatorB.id, featureTables);

    const client = new Client(t.app);
    await client.login(n.managerA.email, TEST_PASSWORD);
    const secretIds = [
      n.operatorB.id,
      b.depot.id,
      n.managerB.id,
      b.agreement.id,
      b.token.id,
      b.otherHub.id,
      b.vehicle.id,
      b.inspection.id,
      b.defectId,
      b.photo.id,
      b.reading.id,
      b.template.id,
      b.vehicle.vin ?? "",
      b.planner.timetableId,
      b.planner.scenarioId,
      b.planner.runId,
      ...features.flatMap((f) => f.secretIds ?? []),
    ];
    const shift = { shiftStart: "2026-06-01T05:00:00Z" };

    // For each path with ids: B's records and a valid body per method.
    const byPath: Record<
      string,
      { ids: Record<string, string>; bodies: Partial<Record<Method, object>>; query?: string }
    > = {
      "/api/v1/organisations/{id}": {
        ids: { id: n.operatorB.id },
        bodies: { patch: { name: "Taken over" } },
      },
      "/api/v1/depots/{id}": { ids: { id: b.depot.id }, bodies: { patch: { name: "Taken over" } } },
      "/api/v1/depots/{id}/board": { ids: { id: b.depot.id }, bodies: {} },
      "/api/v1/users/{id}": {
        ids: { id: n.managerB.id },
        bodies: { patch: { name: "Taken over", disabled: true } },
      },
      "/api/v1/users/{id}/password": {
        ids: { id: n.managerB.id },
        bodies: { post: { password: "taken over password" } },
      },
      "/api/v1/users/{id}/memberships": {
        ids: { id: n.managerB.id },
        bodies: {
          post: { organisationId: n.operatorA.id, role: "driver" },
          delete: { organisationId: n.operatorB.id, role: "operator_manager" },
        },
      },
      "/api/v1/service-agreements/{id}": {
        ids: { id: b.agreement.id },
        bodies: { patch: { responseHours: 1 } },
      },
      "/api/v1/api-tokens/{id}": { ids: { id: b.token.id }, bodies: {} },
      "/api/v1/vehicles/{id}": {
        ids: { id: b.vehicle.id },
        bodies: { patch: { status: "retired" } },
      },
      "/api/v1/vehicles/{id}/meter-readings": {
        ids: { id: b.vehicle.id },
        bodies: { post: { meter: "odometer_km", value: 60_000 } },
      },
      "/api/v1/vehicles/{id}/meter-readings/{readingId}/void": {
        ids: { id: b.vehicle.id, readingId: b.reading.id },
        bodies: { post: { reason: "taken over" } },
      },
      "/api/v1/vehicles/{id}/meter-readings/{readingId}/confirm": {
        ids: { id: b.vehicle.id, readingId: b.reading.id },
        bodies: { post: {} },
      },
      "/api/v1/vehicles/{id}/inspection-form": { ids: { id: b.vehicle.id }, bodies: {} },
      "/api/v1/vehicles/{id}/release": { ids: { id: b.vehicle.id }, bodies: {} },
      "/api/v1/vehicles/{id}/release-overrides": {
        ids: { id: b.vehicle.id },
        bodies: { post: { ...shift, reason: "taken over by A" } },
      },
      "/api/v1/inspection-templates/{id}": { ids: { id: b.template.id }, bodies: {} },
      "/api/v1/inspection-templates/{id}/versions": {
        ids: { id: b.template.id },
        bodies: {
          post: {
            items: [
              {
                key: "x",
                category: "x",
                label: { en: "x", ru: "x" },
                severity: "minor",
                failNeedsComment: false,
                failNeedsPhoto: false,
                powertrains: [],
              },
            ],
          },
        },
      },
      "/api/v1/photos/{id}": { ids: { id: b.photo.id }, bodies: {} },
      "/api/v1/inspections/{id}": { ids: { id: b.inspection.id }, bodies: {} },
      "/api/v1/defects/{id}": { ids: { id: b.defectId }, bodies: {} },
      "/api/v1/defects/{id}/repair": {
        ids: { id: b.defectId },
        bodies: { post: { action: "no_repair_needed", note: "taken over" } },
      },
      "/api/v1/defects/{id}/review": { ids: { id: b.defectId }, bodies: { post: {} } },
      "/api/v1/planner/timetables/{id}": { ids: { id: b.planner.timetableId }, bodies: {} },
      "/api/v1/planner/scenarios/{id}": {
        ids: { id: b.planner.scenarioId },
        bodies: { put: { name: "Taken over" } },
      },
      "/api/v1/planner/runs/{id}": { ids: { id: b.planner.runId }, bodies: {} },
      "/api/v1/planner/runs/{id}/result": { ids: { id: b.planner.runId }, bodies: {} },
      "/api/v1/planner/runs/{id}/report": { ids: { id: b.planner.runId }, bodies: {} },
      "/api/v1/planner/compare": {
        ids: {},
        bodies: {},
        query: `?a=${b.planner.runId}&b=${b.planner.runId}`,
      },
    };
    const plantedFeed = multipart("feed", "planted.zip", "application/zip", Buffer.from("PK"));
    // Creates that name B's records: B must look as unknown as a made-up id.
    const creates: Record<
      string,
      { url?: string; body: object | string; status: number; message: RegExp; contentType?: string }
    > = {
      "/api/v1/depots": {
        body: { organisationId: n.operatorB.id, name: "Planted depot" },
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/users": {
        body: {
          email: "planted@example.test",
          name: "Planted",
          password: "planted password",
          memberships: [{ organisationId: n.operatorB.id, role: "driver" }],
        },
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/vehicles": {
        body: {
          organisationId: n.operatorB.id,
          modelId: b.vehicle.model_id,
          vin: "X9L21230070123456",
          fleetNumber: "P1",
        },
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/vehicles/import": {
        url: `/api/v1/vehicles/import?organisationId=${n.operatorB.id}`,
        body: "fleet_number,vin,maker,model,powertrain\nP2,X9L21230070123457,Testmaker,Model,cng\n",
        contentType: "text/csv",
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/inspection-templates": {
        body: { basedOnId: b.template.id, organisationId: n.operatorA.id },
        status: 404,
        message: /not found/,
      },
      "/api/v1/photos": {
        url: `/api/v1/photos?organisationId=${n.operatorB.id}`,
        body: "",
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/inspections": { body: {}, status: 404, message: /vehicle not found/ },
      "/api/v1/planner/timetables": {
        url: `/api/v1/planner/timetables?organisationId=${n.operatorB.id}`,
        body: plantedFeed.body.toString("latin1"),
        contentType: plantedFeed.contentType,
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/planner/scenarios": {
        body: { organisationId: n.operatorB.id, name: "Planted", text: "{}" },
        status: 400,
        message: /no such organisation/,
      },
      "/api/v1/planner/runs": {
        body: { timetableId: b.planner.timetableId, date: "2022-07-05" },
        status: 404,
        message: /timetable not found/,
      },
    };
    // Lists that need a query string.
    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const listQueries: Record<string, string> = {
      "/api/v1/inspections/export.csv": `?from=${monthAgo}&to=${today}`,
      "/api/v1/defects/export.csv": `?from=${monthAgo}&to=${today}`,
    };
    for (const feature of features) {
      Object.assign(byPath, feature.byPath);
      Object.assign(creates, feature.creates);
      Object.assign(listQueries, feature.listQueries);
    }
    // Routes that touch no other tenant's records by construction (own session, shared catalogue, admin-only creates).
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
      "post /api/v1/vehicle-models",
      "get /api/v1/vehicle-models/{id}",
      "post /api/v1/planner/scenarios/validate",
      ...features.flatMap((f) => f.ownOnly ?? []),
    ]);

    const openapi = (await client.get("/api/openapi.json")).json<OpenApi>();
    // The same inspection body for every role: A's checklist, B's vehicle.
    const formA = await formFor(
      client,
      (await makeVehicle(t.db, n.operatorA.id, b.vehicle.model_id)).id,
    );
    const inspectionOfB = inspectionBody(formA, b.vehicle.id);
    /**
     * Walks every route as `as`. Strict (A's manager, who may call every route): B's
     * records answer exactly 404 and creates naming B exactly the refusal listed. Any other
     * role may also be refused for lack of permission (403), but never gets a 2xx for B's
     * records, never a 5xx, and never sees B's ids in a list.
     */
    const walk = async (
      as: Client,
      strict: boolean,
      who: string,
      known: ReadonlySet<string> = new Set(),
    ) => {
      const walked: string[] = [];
      for (const [path, operations] of Object.entries(openapi.paths)) {
        for (const method of Object.keys(operations) as Method[]) {
          const key = `${who}: ${method} ${path}`;
          walked.push(key);
          const target = byPath[path];
          const create = creates[path];
          if (target) {
            const url = path.replace(/\{(\w+)\}/g, (_, name: string) => target.ids[name] ?? "");
            const response = await as.request({
              method: method.toUpperCase(),
              url:
                method === "get" && path.endsWith("/board")
                  ? `${url}?shiftStart=${shift.shiftStart}`
                  : url + (target.query ?? ""),
              ...(target.bodies[method] ? { payload: target.bodies[method] } : {}),
            });
            if (strict) {
              expect(response.statusCode, key).toBe(404);
              expect(response.json<{ error: { code: string } }>().error.code, key).toBe(
                "NOT_FOUND",
              );
            } else expect([403, 404], key).toContain(response.statusCode);
          } else if (method === "get" && !path.includes("{")) {
            const response = await as.get(`${path}${listQueries[path] ?? ""}`);
            if (strict) expect(response.statusCode, key).toBe(200);
            else expect([200, 403], key).toContain(response.statusCode);
            for (const id of secretIds.filter((secret) => !known.has(secret)))
              expect(response.body, `${key} leaks ${id}`).not.toContain(id);
          } else if (method === "post" && create) {
            const url = create.url ?? path;
            let response;
            if (path === "/api/v1/photos") {
              const upload = multipart("photo", "x.png", "image/png", TINY_PNG);
              response = await as.request({
                method: "POST",
                url,
                payload: upload.body,
                headers: { "content-type": upload.contentType },
              });
            } else if (path === "/api/v1/inspections") {
              response = await submit(as, inspectionOfB);
            } else {
              response = await as.request({
                method: "POST",
                url,
                payload: create.body,
                ...(create.contentType ? { headers: { "content-type": create.contentType } } : {}),
              });
            }
            if (strict) {
              expect(response.statusCode, key).toBe(create.status);
              expect(response.body, key).toMatch(create.message);
            } else expect([create.status, 403], key).toContain(response.statusCode);
          } else {
            expect(ownOnly.has(`${method} ${path}`), `${key} has no tenant-isolation case`).toBe(
              true,
            );
          }
        }
      }
      return walked;
    };
    const walked = await walk(client, true, "operator_manager");
    expect(walked.length).toBeGreaterThan(40);
    // A's own records are still reachable: the 404s above are about B, not a broken route.
    expect((await client.get(`/api/v1/depots/${depotA.id}`)).statusCode).toBe(200);
    expect(await snapshotOf(n.operatorB.id, featureTables)).toBe(before);

    // Every other role of operator A, and every role of the hub (which served B only under
    // an agreement that ended in 2021): the same walk, refused for lack of permission or
    // as not found, never shown B's records.
    const roles: [string, Role][] = [
      ...(
        [
          "dispatcher",
          "mechanic",
          "driver",
          "planner",
          "technical_controller",
          "medical_worker",
        ] as const
      ).map((role) => [n.operatorA.id, role] as [string, Role]),
      ...(
        [
          "hub_manager",
          "hub_technician",
          "trainer",
          "planner",
          "technical_controller",
          "medical_worker",
        ] as const
      ).map((role) => [n.hub.id, role] as [string, Role]),
    ];
    for (const [organisationId, role] of roles) {
      const person = await makeUser(t.db, [[organisationId, role]]);
      const as = new Client(t.app);
      expect((await as.login(person.email, TEST_PASSWORD)).statusCode).toBe(200);
      const atHub = organisationId === n.hub.id;
      const who = `${atHub ? "hub" : "operator A"} ${role}`;
      // The hub's own past agreement with B names B (the hub was its party); nothing else.
      const known = new Set(atHub ? [n.operatorB.id, n.operatorB.name] : []);
      expect((await walk(as, false, who, known)).length).toBe(walked.length);
    }
    expect(await snapshotOf(n.operatorB.id, featureTables)).toBe(before);
  }, 300_000);

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
