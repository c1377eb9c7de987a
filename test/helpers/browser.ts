/**
 * Drives the real web UI in Chromium: builds web/dist when missing or stale, starts the
 * real server (fresh database with the demo network) on a free port, and launches a
 * headless Chromium. Each test opens its own browser context, so cookies and
 * localStorage never leak from one test to the next.
 *
 * The browser suite is skipped when Chromium is missing, unless
 * FLEETHUB_REQUIRE_BROWSER=1: then it fails, so CI cannot pass without it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { ExpectStatic } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/database.js";
import { seedDemo } from "../../src/db/seed/seed-demo.js";
import { buildApp } from "../../src/server/app.js";
import { createTestDatabase } from "./database.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM_PATH = process.env.FLEETHUB_CHROMIUM ?? "/usr/bin/chromium";
export const browserRequired = process.env.FLEETHUB_REQUIRE_BROWSER === "1";
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
/** Skip only when there is no Chromium and nobody insisted on the browser suite. */
export const skipBrowserSuite = !chromiumAvailable && !browserRequired;

/** Newest modification time below `dir`, skipping `skip` folders. */
function newestMtimeMs(dir: string, skip: string[] = []): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(
      latest,
      entry.isDirectory() ? newestMtimeMs(full, skip) : statSync(full).mtimeMs,
    );
  }
  return latest;
}

/**
 * Builds the web UI unless web/dist is newer than its sources (web/ and the shared
 * src/core it bundles). Returns whether it built.
 */
export async function ensureWebBuilt(): Promise<boolean> {
  const builtIndex = path.join(root, "web", "dist", "index.html");
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestMtimeMs(path.join(root, "web"), ["dist", "node_modules"]),
    newestMtimeMs(path.join(root, "src", "core")),
  );
  if (builtAt >= sourcesAt) return false;
  const { build } = await import("vite");
  await build({ configFile: path.join(root, "web", "vite.config.ts"), logLevel: "warn" });
  return true;
}

export interface WebServer {
  baseUrl: string;
  /** The server's database, to read what a page should show. */
  db: Database;
  close(): Promise<void>;
}

/**
 * The real server on a free port, with a fresh database holding the demo network. The demo
 * puts Sochi and Krasnodar on the Russian pre-trip policy (issue #11); the browser tests
 * written for the walkaround gate get every operator on the walkaround unless they ask for
 * the policies as seeded.
 */
export async function startWebServer(
  options: { releasePolicies?: "walkaround" | "as_seeded" } = {},
): Promise<WebServer> {
  const database = await createTestDatabase();
  await seedDemo(database.db);
  if ((options.releasePolicies ?? "walkaround") === "walkaround")
    await database.db.deleteFrom("release_policies").execute();
  const config = loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" });
  const app = await buildApp({ config, db: database.db, serveWeb: true });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: database.db,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Headless Chromium. Playwright gives each launch a fresh temporary profile
 * (--user-data-dir) and removes it on close.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumAvailable) {
    throw new Error(
      `FLEETHUB_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH} ` +
        "(install it, or set FLEETHUB_CHROMIUM to its path)",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

/** A fresh browser context (own cookies and storage) with one page. */
export async function openPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    browserLocale?: string;
    /** The phone's position, with the site allowed to read it. */
    geolocation?: { latitude: number; longitude: number; accuracy: number };
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP_VIEWPORT,
    locale: options.browserLocale ?? "en-GB",
    ...(options.geolocation
      ? { geolocation: options.geolocation, permissions: ["geolocation"] }
      : {}),
  });
  // Generous: CI machines have two cores shared by the server, the database and Chromium.
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return { context, page: await context.newPage() };
}

/**
 * Passes every checklist item not answered yet, one by one, as a driver would tap them:
 * no control answers several items at once (issue #15).
 */
export async function passRemainingItems(page: Page): Promise<void> {
  const unanswered = page.locator('.check-item[data-outcome=""] .outcome[data-value="pass"]');
  for (let left = await unanswered.count(); left > 0; left = await unanswered.count())
    await unanswered.first().click();
  // A measured tyre item: 8 mm is above every legal minimum and studless winter tyres are
  // legal in every month (decree No. 837), so "pass" stays a pass whatever the date.
  for (const input of await page.locator("input[data-tread-input]").all())
    if (!(await input.inputValue())) await input.fill("8");
  for (const select of await page.locator("select[data-tyres-input]").all())
    if (!(await select.inputValue())) await select.selectOption("winter");
}

/** Signs in through the login form, as a person would. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  if (!page.url().startsWith(baseUrl)) await page.goto(`${baseUrl}/`);
  await page.locator("#login-email").fill(email);
  await page.locator("#login-password").fill(password);
  await page.locator("form button[type=submit]").click();
}

/** Polls `read` with the browser suite's generous timeout (CI's two cores are busy). */
export const poller =
  (expect: ExpectStatic) =>
  <T>(read: () => Promise<T> | T) =>
    expect.poll(read, { timeout: 45_000 });

/** Reads an API path in the page, with its session cookie. */
export function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    return (await response.json()) as T;
  }, `/api/v1${path}`);
}
