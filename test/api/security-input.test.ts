/**
 * Hostile input answers a clear 4xx naming the field, never a 500, and stores nothing
 * (issue #13 items 9-11 and 17, issue #16 item 7). The fuzz test (security-fuzz.test.ts)
 * throws the same kinds of values at every write route; these are the named cases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { buildApp } from "../../src/server/app.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { ensureWebBuilt } from "../helpers/browser.js";
import { createTestDatabase } from "../helpers/database.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeVehicle,
  multipart,
  TINY_PNG,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";
import { buildZip, tinyFeed } from "../helpers/zip.js";
import { tableChecksums } from "../helpers/checksums.js";

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}

let t: TestApp;
let network: Awaited<ReturnType<typeof makeNetwork>>;
let admin: Client;
let manager: Client;
beforeAll(async () => {
  t = await createTestApp();
  network = await makeNetwork(t.db);
  admin = new Client(t.app);
  await admin.login(network.admin.email, TEST_PASSWORD);
  manager = new Client(t.app);
  await manager.login(network.managerA.email, TEST_PASSWORD);
});
afterAll(() => t.close());

/** Sends, expects a 400 naming `field` with a message matching `problem`, and no change stored. */
async function expectRefused(
  send: () => Promise<{ statusCode: number; json: <T>() => T; body: string }>,
  field: string,
  problem: RegExp,
) {
  const before = await tableChecksums(t.db);
  const response = await send();
  expect(response.statusCode, response.body).toBe(400);
  const { error } = response.json<ErrorJson>();
  expect(error.field).toBe(field);
  expect(error.message).toMatch(new RegExp(`^${field.replaceAll(".", "\\.")}: `));
  expect(error.message).toMatch(problem);
  expect(await tableChecksums(t.db)).toEqual(before);
}

/**
 * Sends a multipart form cut 40 bytes into its file: the form's headers arrived, the file
 * and the closing boundary never do, yet the body is complete (Content-Length is the cut
 * length), as from a client that stopped sending.
 */
function sendCutOff(client: Client, url: string, form: { body: Buffer; contentType: string }) {
  const fileStart = form.body.indexOf("\r\n\r\n") + 4;
  return client.request({
    method: "POST",
    url,
    body: form.body.subarray(0, fileStart + 40),
    headers: { "content-type": form.contentType },
  });
}

const depot = (name: string) => () =>
  admin.post("/api/v1/depots", { organisationId: network.operatorA.id, name });

describe("text no field may hold", () => {
  it("refuses a NUL byte in a name", () =>
    expectRefused(depot("North\u0000yard"), "name", /NUL character \(U\+0000\)/));

  it("refuses a lone UTF-16 surrogate, also deep inside a list", () =>
    expectRefused(
      () =>
        admin.post("/api/v1/users", {
          email: "lone@example.test",
          name: "Lone",
          password: "long enough password",
          memberships: [{ organisationId: network.operatorA.id, role: "driver\uD800" }],
        }),
      "memberships.0.role",
      /unpaired surrogate U\+D800/,
    ));

  for (const [name, code] of [
    ["Depot \u202Etxt.exe", "U+202E"],
    ["Depot\u2067 West", "U+2067"],
    ["Depot\u200F", "U+200F"],
  ] as const) {
    it(`refuses the bidirectional control ${code} in a name`, () =>
      expectRefused(
        depot(name),
        "name",
        new RegExp(`bidirectional control.*${code.replace("+", "\\+")}`),
      ));
  }

  it("refuses a zero-width space and a control character", async () => {
    await expectRefused(depot("De\u200Bpot"), "name", /invisible formatting character \(U\+200B\)/);
    await expectRefused(depot("De\u0007pot"), "name", /control character \(U\+0007\)/);
  });

  it("refuses a bad character in a query string too", async () => {
    const response = await admin.get("/api/v1/vehicles?q=%00");
    expect(response.statusCode).toBeLessThan(500);
  });

  it("still accepts lines, emoji and joiners in text", async () => {
    const response = await admin.post("/api/v1/depots", {
      organisationId: network.operatorA.id,
      name: "Депо «Север» 🚌 می\u200Cخواهم",
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe("dates and numbers the database cannot hold", () => {
  it("refuses a leap second, which JavaScript cannot represent", async () => {
    const operatorDepot = await makeDepot(t.db, network.operatorA.id);
    const model = await makeModel(t.db);
    const vehicle = await makeVehicle(t.db, network.operatorA.id, model.id, {
      depotId: operatorDepot.id,
    });
    const driver = new Client(t.app);
    await driver.login(network.driverA.email, TEST_PASSWORD);
    const form = await formFor(driver, vehicle.id);
    await expectRefused(
      () =>
        submit(driver, inspectionBody(form, vehicle.id, { submittedAt: "2016-12-31T23:59:60Z" })),
      "submittedAt",
      /is not a date and time/,
    );
  });

  it("refuses year 0000, which PostgreSQL has not", () =>
    expectRefused(
      () =>
        admin.post("/api/v1/service-agreements", {
          hubId: network.hub.id,
          operatorId: network.operatorB.id,
          validFrom: "0000-01-01",
          services: ["maintenance"],
          responseHours: 4,
          resolutionHours: 48,
        }),
      "validFrom",
      /is not a date/,
    ));

  it("refuses an integer beyond PostgreSQL's integer", () =>
    expectRefused(
      () =>
        admin.post("/api/v1/service-agreements", {
          hubId: network.hub.id,
          operatorId: network.operatorB.id,
          validFrom: "2026-01-01",
          services: ["maintenance"],
          responseHours: 4,
          resolutionHours: 1e12,
        }),
      "resolutionHours",
      /must be <=/,
    ));
});

describe("ids of organisations that do not exist", () => {
  const ghost = "7d3c0e52-9a51-4b7e-8f7a-2f1d6a9c0b11";
  it("refuses a scenario for an organisation that does not exist", () =>
    expectRefused(
      () => admin.post("/api/v1/planner/scenarios", { organisationId: ghost, name: "Ghost" }),
      "organisationId",
      /no such organisation/,
    ));

  it("refuses a checklist copied into an organisation that does not exist", async () => {
    const templates = (await admin.get("/api/v1/inspection-templates")).json<{ id: string }[]>();
    await expectRefused(
      () =>
        admin.post("/api/v1/inspection-templates", {
          basedOnId: templates[0]?.id,
          organisationId: ghost,
        }),
      "organisationId",
      /no such organisation/,
    );
  });
});

describe("GTFS uploads", () => {
  const upload = (data: Buffer, client: Client = manager) => {
    const form = multipart("feed", "feed.zip", "application/zip", data);
    return client.request({
      method: "POST",
      url: "/api/v1/planner/timetables",
      body: form.body,
      headers: { "content-type": form.contentType },
    });
  };

  it("accepts the tiny feed the cases below break", async () => {
    const response = await upload(buildZip(tinyFeed("S,1,1,1,1,1,0,0,20260101,20261231")));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ serviceStart: "2026-01-01", serviceEnd: "2026-12-31" });
  });

  it("refuses a calendar date 99999999 naming file, line and field", async () => {
    await expectRefused(
      () => upload(buildZip(tinyFeed("S,1,1,1,1,1,0,0,99999999,20261231"))),
      "feed",
      /feed\.zip\/calendar\.txt:2: start_date: not a YYYYMMDD date: "99999999"/,
    );
    for (const client of [manager, admin]) {
      const listing = await client.get("/api/v1/planner/timetables");
      expect(listing.statusCode).toBe(200);
    }
  });

  it("refuses a zip entry whose name climbs out of its folder", () =>
    expectRefused(
      () =>
        upload(
          buildZip([
            ...tinyFeed("S,1,1,1,1,1,0,0,20260101,20261231"),
            { name: "../evil.txt", data: Buffer.from("x") },
          ]),
        ),
      "feed",
      /not a usable zip/,
    ));

  it("refuses a zip whose checksum does not match", () => {
    const entries = tinyFeed("S,1,1,1,1,1,0,0,20260101,20261231");
    entries[3] = { ...entries[3]!, crc32: 0x12345678 };
    return expectRefused(
      () => upload(buildZip(entries)),
      "feed",
      /stop_times\.txt: damaged: its checksum/,
    );
  });

  it("refuses an upload cut off mid-stream", () =>
    expectRefused(
      () =>
        sendCutOff(
          manager,
          "/api/v1/planner/timetables",
          multipart(
            "feed",
            "feed.zip",
            "application/zip",
            buildZip(tinyFeed("S,1,1,1,1,1,0,0,20260101,20261231")),
          ),
        ),
      "feed",
      /upload ended before the file was complete/,
    ));
});

describe("inspection photos", () => {
  it("refuses a photo cut off mid-stream", async () => {
    const driver = new Client(t.app);
    await driver.login(network.driverA.email, TEST_PASSWORD);
    await expectRefused(
      () =>
        sendCutOff(
          driver,
          `/api/v1/photos?organisationId=${network.operatorA.id}`,
          multipart("photo", "leak.png", "image/png", TINY_PNG),
        ),
      "photo",
      /upload ended before the file was complete/,
    );
  });
});

describe("errors that say what happened", () => {
  it("calls only an unparsable body 'not valid JSON'", async () => {
    const response = await admin.request({
      method: "POST",
      url: "/api/v1/depots",
      body: '{"name": "x",',
      headers: { "content-type": "application/json" },
    });
    expect(response.json<ErrorJson>().error).toMatchObject({ code: "INVALID_JSON", field: "body" });
    const header = await admin.request({
      method: "POST",
      url: "/api/v1/depots",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": "not a number" },
    });
    expect(header.statusCode).toBeLessThan(500);
    expect(header.body).not.toMatch(/not valid JSON/);
  });

  it("answers a database outage with 503 and Retry-After, not a validation message", async () => {
    const broken = await createTestApp();
    const n = await makeNetwork(broken.db);
    const driver = new Client(broken.app);
    await driver.login(n.driverA.email, TEST_PASSWORD);
    const vehicle = await makeVehicle(broken.db, n.operatorA.id, (await makeModel(broken.db)).id);
    const form = await formFor(driver, vehicle.id);
    await broken.db.destroy(); // the database goes away
    const response = await submit(driver, inspectionBody(form, vehicle.id));
    expect(response.statusCode, response.body).toBe(503);
    expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
    expect(response.json<ErrorJson>().error.code).toBe("DATABASE_UNAVAILABLE");
    expect(response.body).not.toMatch(/checklist|templateId/);
    await broken.app.close();
  }, 180_000);
});

describe("the web UI's files, without signing in", () => {
  it("answers paths that climb out or hold a NUL with 404, reading no file", async () => {
    await ensureWebBuilt();
    const database = await createTestDatabase();
    const config = loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" });
    const app = await buildApp({ config, db: database.db, serveWeb: true });
    try {
      for (const url of [
        "/%2e%2e/%2e%2e/etc/passwd",
        "//etc/passwd",
        "/index.html%00.png",
        "/%00",
        "/assets/%2e%2e/%2e%2e/package.json",
      ]) {
        const response = await app.inject({ method: "GET", url });
        expect(response.statusCode, url).toBeLessThan(500);
        expect(response.body, url).not.toMatch(/root:|"name": "fleethub"/);
      }
      // The dot segments resolve inside web/dist (the UI's shell is served); the NUL is refused.
      const nul = await app.inject({ method: "GET", url: "/index.html%00.png" });
      expect(nul.statusCode).toBe(404);
      expect(nul.json<ErrorJson>().error.code).toBe("NOT_FOUND");
    } finally {
      await app.close();
      await database.close();
    }
  }, 300_000);
});
