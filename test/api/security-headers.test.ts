/**
 * Security headers on every kind of response (issue #13, item 17): the web UI's page, the
 * API's JSON, the Swagger UI, a photo. What an attacker would try: frame the app, run an
 * inline or foreign script, get a photo sniffed as a page, read ids from the Referer.
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { buildApp } from "../../src/server/app.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { ensureWebBuilt } from "../helpers/browser.js";
import { createTestDatabase } from "../helpers/database.js";
import { TEST_PASSWORD, TINY_PNG, makeNetwork, multipart } from "../helpers/factories.js";

let t: TestApp;
let secure: TestApp;
beforeAll(async () => {
  // One after the other: two apps starting at once on a busy machine time out.
  t = await createTestApp();
  secure = await createTestApp({ FLEETHUB_SECURE_COOKIES: "true" });
});
afterAll(async () => {
  await secure?.close();
  await t?.close();
});

/** The policy's directives by name. */
function csp(response: LightMyRequestResponse): Map<string, string[]> {
  const header = String(response.headers["content-security-policy"] ?? "");
  return new Map(
    header
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

/** What every response carries, whatever it is. */
function expectBaseHeaders(response: LightMyRequestResponse) {
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["x-frame-options"]).toBe("DENY");
  expect(response.headers["referrer-policy"]).toBe("no-referrer");
  const policy = csp(response);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  // No inline, eval'd or foreign script anywhere.
  const scripts = policy.get("script-src") ?? policy.get("default-src") ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const source of scripts) expect(["'self'", "'none'"]).toContain(source);
  // Plain HTTP in development: no HSTS, or a browser would insist on HTTPS for a year.
  expect(response.headers["strict-transport-security"]).toBeUndefined();
}

describe("security headers", () => {
  it("come with the API's JSON, its errors and the health check", async () => {
    for (const url of ["/health", "/api/v1/me", "/api/v1/no-such-route", "/api/openapi.json"]) {
      const response = await t.app.inject({ method: "GET", url });
      expectBaseHeaders(response);
      expect(response.headers["content-type"], url).toMatch(/application\/json/);
    }
  });

  it("come with a photo, served as the image it is, inline, never sniffed", async () => {
    const n = await makeNetwork(t.db);
    const driver = new Client(t.app);
    await driver.login(n.driverA.email, TEST_PASSWORD);
    const upload = multipart("photo", "<script>.html", "text/html", TINY_PNG);
    const saved = await driver.request({
      method: "POST",
      url: `/api/v1/photos?organisationId=${n.operatorA.id}`,
      payload: upload.body,
      headers: { "content-type": upload.contentType },
    });
    expect(saved.statusCode).toBe(201);
    const id = saved.json<{ id: string }>().id;
    const photo = await driver.get(`/api/v1/photos/${id}`);
    expect(photo.statusCode).toBe(200);
    expectBaseHeaders(photo);
    expect(photo.headers["content-type"]).toBe("image/png");
    expect(photo.headers["content-disposition"]).toBe(`inline; filename="photo-${id}.png"`);
    expect(photo.rawPayload.equals(TINY_PNG)).toBe(true);
  });

  it("come with the Swagger UI, whose own policy still allows no inline script", async () => {
    const page = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expectBaseHeaders(page);
  });

  it("tell the browser to insist on HTTPS when the deployment is behind it", async () => {
    const response = await secure.app.inject({ method: "GET", url: "/health" });
    expect(response.headers["strict-transport-security"]).toMatch(/^max-age=31536000/);
  });
});

describe("security headers on the web UI", () => {
  let web: { app: FastifyInstance; close(): Promise<void> };
  beforeAll(async () => {
    await ensureWebBuilt();
    const database = await createTestDatabase();
    const config = loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" });
    const app = await buildApp({ config, db: database.db, serveWeb: true });
    web = {
      app,
      async close() {
        await app.close();
        await database.close();
      },
    };
  });
  afterAll(() => web.close());

  it("come with the page shell at / and at a client-side address", async () => {
    {
      const app = web.app;
      for (const url of ["/", "/vehicles"]) {
        const page = await app.inject({ method: "GET", url });
        expect(page.statusCode, url).toBe(200);
        expect(page.headers["content-type"], url).toMatch(/text\/html/);
        expectBaseHeaders(page);
        expect(csp(page).get("style-src")).toEqual(["'self'"]);
      }
    }
  });
});
