import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../../../test/helpers/app.js";
import { TEST_PASSWORD, makeNetwork, multipart } from "../../../test/helpers/factories.js";
import { DETROIT_GTFS } from "../../../test/fixtures/paths.js";

const DETROIT = DETROIT_GTFS;
const DETROIT_DATE = "2022-07-05";

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "fh-planner-test-"));
  t = await createTestApp({ FLEETHUB_DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

interface Timetable {
  id: string;
  sizeBytes: number;
  sha256: string;
  serviceStart: string | null;
  serviceEnd: string | null;
  tripCount: number;
  hasBlockIds: boolean;
}
interface Run {
  id: string;
  status: string;
  progress: { fraction: number } | null;
  error: { file: string | null; line: number | null; field: string | null; message: string } | null;
  summary: { tripCount: number; options: { id: string; fleet: number; tcoTotal: number }[] } | null;
  durationMs: number | null;
}
interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: { line?: number }[] };
}

async function signedIn(email: string) {
  const client = new Client(t.app);
  await client.login(email, TEST_PASSWORD);
  return client;
}

async function upload(client: Client, data: Buffer, fileName = "detroit.zip", query = "") {
  const body = multipart("feed", fileName, "application/zip", data);
  return client.request({
    method: "POST",
    url: `/api/v1/planner/timetables${query}`,
    payload: body.body,
    headers: { "content-type": body.contentType },
  });
}

async function finished(client: Client, runId: string): Promise<Run> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const run = (await client.get(`/api/v1/planner/runs/${runId}`)).json<Run>();
    if (run.status === "succeeded" || run.status === "failed") return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The ids of a timetable's stored runs. */
async function runsOf(timetableId: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom("planner_runs")
    .select("id")
    .where("timetable_id", "=", timetableId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

describe("planner API", () => {
  it("uploads a GTFS feed and records its name, size, SHA-256 and service dates", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const data = await fs.readFile(DETROIT);
    const response = await upload(client, data);
    expect(response.statusCode, response.body).toBe(201);
    const timetable = response.json<Timetable>();
    expect(timetable).toMatchObject({
      sizeBytes: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
      tripCount: expect.any(Number) as number,
      hasBlockIds: true,
    });
    expect(timetable.serviceStart! <= DETROIT_DATE && DETROIT_DATE <= timetable.serviceEnd!).toBe(
      true,
    );
    // Stored in the database, byte for byte, so every fleethub process can plan with it.
    const chunks = await t.db
      .selectFrom("planner_timetable_chunks")
      .select("data")
      .where("timetable_id", "=", timetable.id)
      .orderBy("seq")
      .execute();
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c.data))).equals(data)).toBe(true);
    const list = (await client.get("/api/v1/planner/timetables")).json<{ id: string }[]>();
    expect(list.map((x) => x.id)).toEqual([timetable.id]);
  });

  it("refuses an upload that is not a zip, and keeps nothing of it", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const response = await upload(client, Buffer.from("route_id,route_name\n1,A\n"), "feed.csv");
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.field).toBe("feed");
    expect(body.error.message).toMatch(/feed\.csv.*cannot open zip/);
    // No row (its bytes are stored with it, in one transaction) and no scratch file left.
    const rows = await t.db
      .selectFrom("planner_timetables")
      .select("id")
      .where("organisation_id", "=", n.operatorA.id)
      .execute();
    expect(rows).toEqual([]);
    expect(await fs.readdir(path.join(dataDir, "planner", "uploading")).catch(() => [])).toEqual(
      [],
    );
    const json = await client.post("/api/v1/planner/timetables", { feed: "x" });
    expect(json.statusCode).toBe(415);
  });

  it("saves a scenario and refuses a bad one naming the field and the line", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const good = await client.post("/api/v1/planner/scenarios", {
      name: "Sochi",
      text: '{\n  "prices": { "electricityPerKwh": 0.09 }\n}\n',
    });
    expect(good.statusCode, good.body).toBe(201);
    const bad = await client.post("/api/v1/planner/scenarios", {
      name: "Broken",
      text: '{\n  "prices": {\n    "dieselPerLitre": -1\n  }\n}\n',
    });
    expect(bad.statusCode).toBe(400);
    const error = bad.json<ErrorBody>().error;
    expect(error.field).toBe("prices.dieselPerLitre");
    expect(error.message).toMatch(/^Broken\.json:3: prices\.dieselPerLitre: /);
    expect(error.details?.[0]?.line).toBe(3);
    const asObject = await client.post("/api/v1/planner/scenarios", {
      name: "Object",
      scenario: { vehicleTypes: { "beb-12m": { batteryKwh: "big" } } },
    });
    expect(asObject.statusCode).toBe(400);
    expect(asObject.json<ErrorBody>().error.field).toBe("vehicleTypes.beb-12m.batteryKwh");
    const check = await client.post("/api/v1/planner/scenarios/validate", { text: "{ nope" });
    expect(check.json<{ ok: boolean; problem: { line: number } }>()).toMatchObject({
      ok: false,
      problem: { line: 1 },
    });
    const names = (await client.get("/api/v1/planner/scenarios"))
      .json<{ name: string }[]>()
      .map((s) => s.name);
    expect(names).toEqual(["Sochi"]);
    const duplicate = await client.post("/api/v1/planner/scenarios", { name: "Sochi", text: "{}" });
    expect(duplicate.statusCode).toBe(409);
  });

  it("refuses a grid limit below the largest single charger with 400, naming line and field, and stores nothing", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const text = '{\n  "depot": {\n    "powerKw": 150,\n    "gridLimitKw": 120\n  }\n}\n';
    const bad = await client.post("/api/v1/planner/scenarios", { name: "Depot 120 kW", text });
    expect(bad.statusCode).toBe(400);
    const error = bad.json<ErrorBody>().error;
    expect(error.field).toBe("depot.gridLimitKw");
    expect(error.message).toBe(
      "Depot 120 kW.json:4: depot.gridLimitKw: grid limit 120 kW is below the largest single charge point of 150 kW",
    );
    expect(error.details?.[0]?.line).toBe(4);
    expect((await client.get("/api/v1/planner/scenarios")).json<unknown[]>()).toEqual([]);
    // Changing a saved scenario to such a limit is refused too, and the saved text stays.
    const good = (
      await client.post("/api/v1/planner/scenarios", {
        name: "Depot",
        text: '{ "depot": { "gridLimitKw": 600 } }',
      })
    ).json<{ id: string; text: string }>();
    const update = await client.put(`/api/v1/planner/scenarios/${good.id}`, { text });
    expect(update.statusCode).toBe(400);
    expect(update.json<ErrorBody>().error.field).toBe("depot.gridLimitKw");
    const kept = await client.get(`/api/v1/planner/scenarios/${good.id}`);
    expect(kept.json<{ text: string }>().text).toBe('{ "depot": { "gridLimitKw": 600 } }');
  });

  it("runs a plan as a job to completion, stores the result and compares two runs", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const timetable = (await upload(client, await fs.readFile(DETROIT))).json<Timetable>();
    const scenario = (
      await client.post("/api/v1/planner/scenarios", {
        name: "Bigger battery, cheap power",
        text: JSON.stringify({
          prices: { electricityPerKwh: 0.05 },
          vehicleTypes: { "beb-12m": { batteryKwh: 600 } },
        }),
      })
    ).json<{ id: string }>();
    const started = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
      sensitivity: false,
    });
    expect(started.statusCode, started.body).toBe(202);
    const second = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      scenarioId: scenario.id,
      date: DETROIT_DATE,
    });
    const a = await finished(client, started.json<Run>().id);
    const b = await finished(client, second.json<Run>().id);
    expect(a.status, JSON.stringify(a.error)).toBe("succeeded");
    expect(b.status, JSON.stringify(b.error)).toBe("succeeded");
    expect(a.progress?.fraction).toBe(1);
    expect(a.summary?.tripCount).toBeGreaterThan(0);
    expect(a.summary?.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(["diesel-12m", "cng-12m", "beb-12m"]),
    );

    const result = await client.get(`/api/v1/planner/runs/${a.id}/result`);
    expect(result.statusCode).toBe(200);
    const plan = result.json<{
      timetable: { source: string };
      electric: { days: { blocks: { socTrace: unknown[] }[] }[] }[];
      trips?: unknown;
      year?: { windowDays: number; dayTypes: { label: string; days: number }[] };
    }>();
    expect(plan.timetable.source).toBe("detroit.zip"); // not the storage path
    // The year from the feed's calendar: Mon–Fri service to 2022-09-24, 82 days from 5 July
    // (27 + 31 + 24), of them 11 weeks + Tue–Sat: 55 + 4 = 59 weekdays.
    expect(plan.year?.windowDays).toBe(82);
    expect(plan.year?.dayTypes).toEqual([expect.objectContaining({ label: "Mon–Fri", days: 59 })]);
    expect(plan.electric[0]?.days[0]?.blocks[0]?.socTrace.length).toBeGreaterThan(1);
    expect(plan.trips).toBeUndefined();
    const report = await client.get(`/api/v1/planner/runs/${a.id}/report`);
    expect(report.headers["content-type"]).toMatch(/text\/html/);
    expect(report.body).toContain("<svg");

    const comparison = await client.get(`/api/v1/planner/compare?a=${a.id}&b=${b.id}`);
    expect(comparison.statusCode, comparison.body).toBe(200);
    const { options } = comparison.json<{
      options: {
        id: string;
        a: { electricityKwhPerYear: number; tcoTotal: number } | null;
        difference: { fleet: number; tcoTotal: number; co2TonnesPerYear: number } | null;
      }[];
    }>();
    const diesel = options.find((o) => o.id === "diesel-12m")!;
    expect(diesel.difference).toMatchObject({ fleet: 0, tcoTotal: 0, co2TonnesPerYear: 0 });
    const battery = options.find((o) => o.id === "beb-12m")!;
    // Cheaper power and a larger battery change the battery bus's TCO, not the diesel's.
    expect(battery.difference!.tcoTotal).not.toBe(0);
    expect(battery.a!.electricityKwhPerYear).toBeGreaterThan(0);
  });

  it("fails a run on a date outside the feed's service with the file, field and problem", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const timetable = (await upload(client, await fs.readFile(DETROIT))).json<Timetable>();
    const started = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: "1999-01-04",
    });
    const run = await finished(client, started.json<Run>().id);
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({
      file: expect.stringMatching(/^detroit\.zip\/calendar(_dates)?\.txt$/) as string,
      field: "date",
      message: expect.stringMatching(/no service runs on 1999-01-04/) as string,
    });
    expect(run.summary).toBeNull();
    const row = await t.db
      .selectFrom("planner_runs")
      .select("result")
      .where("id", "=", run.id)
      .executeTakeFirstOrThrow();
    expect(row.result).toBeNull();
    expect((await client.get(`/api/v1/planner/runs/${run.id}/result`)).statusCode).toBe(409);
  });

  it("plans a run with stop elevations, and refuses a bad elevation file with 400 naming line and field", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const timetable = (await upload(client, await fs.readFile(DETROIT))).json<Timetable>();
    const bad = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
      stopElevations: { fileName: "heights.csv", csv: "stop_id,elevation_m\n15,180\n15,181\n" },
    });
    expect(bad.statusCode).toBe(400);
    const error = bad.json<ErrorBody>().error;
    expect(error.field).toBe("stop_id");
    expect(error.message).toBe(
      'heights.csv:3: stop_id: stop "15" is given twice (first on line 2)',
    );
    expect(error.details?.[0]?.line).toBe(3);
    const runs = await t.db
      .selectFrom("planner_runs")
      .select("id")
      .where("timetable_id", "=", timetable.id)
      .execute();
    expect(runs).toEqual([]);

    // Only stop 15 (Washington & Lafayette) is given: every trip has stops without an
    // elevation, and the run says which file its elevations came from.
    const started = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
      sensitivity: false,
      stopElevations: { fileName: "heights.csv", csv: "stop_id,elevation_m\n15,180\n" },
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json<{ stopElevationsFile: string | null }>().stopElevationsFile).toBe(
      "heights.csv",
    );
    const run = await finished(client, started.json<Run>().id);
    expect(run.status, JSON.stringify(run.error)).toBe("succeeded");
    const result = (await client.get(`/api/v1/planner/runs/${run.id}/result`)).json<{
      timetable: {
        gradient: { file: string; climbM: number; tripsMissingElevations: number };
        quality: { counts: Record<string, number> };
      };
    }>();
    // One stop with an elevation: no trip has two, so nothing climbs and all 83 are flagged.
    expect(result.timetable.gradient).toMatchObject({
      file: "heights.csv",
      climbM: 0,
      tripsMissingElevations: 83,
    });
    expect(result.timetable.quality.counts["elevation-missing"]).toBe(83);

    // A stop the feed does not have is a 400 at submission naming the file, line and field
    // (checked against the feed's stops.txt), and no run is stored.
    const runsBefore = await runsOf(timetable.id);
    const unknown = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
      sensitivity: false,
      stopElevations: { fileName: "heights.csv", csv: "stop_id,elevation_m\n15,180\nX9,20\n" },
    });
    expect(unknown.statusCode, unknown.body).toBe(400);
    const unknownError = unknown.json<ErrorBody>().error;
    expect(unknownError.field).toBe("stop_id");
    expect(unknownError.message).toBe(
      `heights.csv:3: stop_id: unknown stop id "X9": it is not in the feed's stops.txt`,
    );
    expect(unknownError.details?.[0]?.line).toBe(3);
    expect(await runsOf(timetable.id)).toEqual(runsBefore);
  });

  it("refuses a scenario whose routeGradients name a route the feed lacks with 400, and plans a known route's climb", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const timetable = (await upload(client, await fs.readFile(DETROIT))).json<Timetable>();
    const text = [
      "{",
      '  "routeGradients": [',
      '    { "routeId": "1", "directionId": 0, "climbM": 25 },',
      '    { "routeId": "999", "climbM": 10 }',
      "  ]",
      "}",
    ].join("\n");
    const saved = await client.post("/api/v1/planner/scenarios", { name: "Hills", text });
    expect(saved.statusCode, saved.body).toBe(201);
    const bad = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
      sensitivity: false,
      scenarioId: saved.json<{ id: string }>().id,
    });
    expect(bad.statusCode, bad.body).toBe(400);
    const error = bad.json<ErrorBody>().error;
    expect(error.field).toBe("routeGradients[1].routeId");
    expect(error.message).toBe(
      `Hills.json:4: routeGradients[1].routeId: unknown route id "999": it is not in the feed's routes.txt`,
    );
    expect(error.details?.[0]?.line).toBe(4);
    expect(await runsOf(timetable.id)).toEqual([]);

    // Route 1 alone is known: its direction-0 trips climb 25 m, direction 1 descends 25 m.
    const good = await client.post("/api/v1/planner/scenarios", {
      name: "Vernor hill",
      text: '{ "routeGradients": [{ "routeId": "1", "directionId": 0, "climbM": 25 }] }',
    });
    const started = await client.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
      sensitivity: false,
      scenarioId: good.json<{ id: string }>().id,
    });
    expect(started.statusCode, started.body).toBe(202);
    const run = await finished(client, started.json<Run>().id);
    expect(run.status, JSON.stringify(run.error)).toBe("succeeded");
    const result = (await client.get(`/api/v1/planner/runs/${run.id}/result`)).json<{
      timetable: {
        gradient: {
          file: string | null;
          climbM: number;
          descentM: number;
          tripsFromRouteGradients: number;
        };
      };
    }>();
    const g = result.timetable.gradient;
    expect(g.file).toBeNull();
    expect(g.tripsFromRouteGradients).toBeGreaterThan(0);
    // Every route-1 trip climbs 25 m or descends 25 m: the sums are 25 m × the trip counts.
    expect((g.climbM + g.descentM) / 25).toBe(g.tripsFromRouteGradients);
  });

  it("computes one run after another on one warm worker thread, also after a run's input error", async () => {
    const n = await makeNetwork(t.db);
    const client = await signedIn(n.managerA.email);
    const timetable = (await upload(client, await fs.readFile(DETROIT))).json<Timetable>();
    const runner = t.app.deps.plannerJobs!;
    const submit = async (date: string) =>
      finished(
        client,
        (
          await client.post("/api/v1/planner/runs", {
            timetableId: timetable.id,
            date,
            sensitivity: false,
          })
        ).json<Run>().id,
      );
    expect((await submit(DETROIT_DATE)).status).toBe("succeeded");
    const threads = runner.threadsStarted;
    expect(threads).toBeGreaterThan(0);
    expect((await submit("1999-01-04")).status).toBe("failed");
    const after = await submit(DETROIT_DATE);
    expect(after.status, JSON.stringify(after.error)).toBe("succeeded");
    expect(after.summary?.tripCount).toBeGreaterThan(0);
    expect(runner.threadsStarted).toBe(threads);
  });

  it("answers 404 for another organisation's timetables, scenarios and runs", async () => {
    const n = await makeNetwork(t.db);
    const clientB = await signedIn(n.managerB.email);
    const timetable = (await upload(clientB, await fs.readFile(DETROIT))).json<Timetable>();
    const scenario = (
      await clientB.post("/api/v1/planner/scenarios", { name: "B's", text: "{}" })
    ).json<{ id: string }>();
    const run = (
      await clientB.post("/api/v1/planner/runs", {
        timetableId: timetable.id,
        date: DETROIT_DATE,
        sensitivity: false,
      })
    ).json<Run>();
    await finished(clientB, run.id);

    const clientA = await signedIn(n.managerA.email);
    for (const url of [
      `/api/v1/planner/timetables/${timetable.id}`,
      `/api/v1/planner/scenarios/${scenario.id}`,
      `/api/v1/planner/runs/${run.id}`,
      `/api/v1/planner/runs/${run.id}/result`,
      `/api/v1/planner/runs/${run.id}/report`,
      `/api/v1/planner/compare?a=${run.id}&b=${run.id}`,
    ])
      expect((await clientA.get(url)).statusCode, url).toBe(404);
    const planted = await clientA.post("/api/v1/planner/runs", {
      timetableId: timetable.id,
      date: DETROIT_DATE,
    });
    expect(planted.statusCode).toBe(404);
    const foreignOwner = await upload(
      clientA,
      await fs.readFile(DETROIT),
      "x.zip",
      `?organisationId=${n.operatorB.id}`,
    );
    expect(foreignOwner.statusCode).toBe(400);
    expect(foreignOwner.body).toMatch(/no such organisation/);
    for (const list of ["timetables", "scenarios", "runs"])
      expect((await clientA.get(`/api/v1/planner/${list}`)).json()).toEqual([]);
  });

  it("refuses people whose role has no planner.use", async () => {
    const n = await makeNetwork(t.db);
    const driver = await signedIn(n.driverA.email);
    expect((await driver.get("/api/v1/planner/runs")).statusCode).toBe(403);
    expect((await driver.post("/api/v1/planner/scenarios", { name: "x" })).statusCode).toBe(403);
  });
});
