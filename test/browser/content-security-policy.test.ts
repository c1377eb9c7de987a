/**
 * The Content-Security-Policy (issue #13, item 17) in a real Chromium: every page a
 * manager, a driver and the network administrator can open renders under it, and the
 * browser reports no violation, neither as an event nor in the console. The Swagger UI
 * renders under its own policy.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  launchBrowser,
  openPage,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

describe.skipIf(skipBrowserSuite)("content security policy", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records every CSP violation: the DOM event and the console's report. */
  async function watchedPage(): Promise<{ page: Page; violations: Violation[] }> {
    const { context, page } = await openPage(browser);
    const violations: Violation[] = [];
    await context.exposeFunction("reportViolation", (v: Violation) => violations.push(v));
    // Injected by the browser's debugging protocol, so the policy under test cannot block it.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { reportViolation: (v: Violation) => void }).reportViolation({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          page: location.pathname,
        });
      });
    });
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        violations.push({ directive: "console", blocked: message.text(), page: page.url() });
    });
    return { page, violations };
  }

  /** Opens every entry of the navigation, as the person would by clicking it. */
  async function visitEveryPage(page: Page, expect: Parameters<typeof poller>[0]) {
    const eventually = poller(expect);
    const nav = page.locator("nav a[data-nav]");
    // A driver's menu is the shortest: the check, vehicles and training (issue #14 item 6).
    await eventually(() => nav.count()).toBeGreaterThanOrEqual(3);
    const keys = await nav.evaluateAll((links) =>
      links.map((link) => link.getAttribute("data-nav") ?? ""),
    );
    for (const key of keys) {
      await page.locator(`nav a[data-nav="${key}"]`).click();
      // The page rendered: its heading is there and the shell shows no error.
      await eventually(() => page.locator("main h1").count()).toBeGreaterThan(0);
      expect(await page.locator("main").innerText(), key).not.toMatch(/something went wrong/i);
    }
    return keys;
  }

  for (const email of [
    "admin@fleethub.demo",
    "manager.krasnodar@fleethub.demo",
    "driver.krasnodar@fleethub.demo",
  ]) {
    it(`renders every page ${email} can open with no violation`, async ({ expect }) => {
      const { page, violations } = await watchedPage();
      await page.goto(`${server.baseUrl}/`);
      await signIn(page, server.baseUrl, email, DEMO_PASSWORD);
      const keys = await visitEveryPage(page, expect);
      expect(keys).toContain("vehicles");
      // A reload of a deep address serves the shell under the same policy.
      await page.reload();
      await poller(expect)(() => page.locator("main h1").count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    });
  }

  it("renders the Swagger UI under its own policy with no violation", async ({ expect }) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.baseUrl}/api/docs`);
    await poller(expect)(() => page.locator(".swagger-ui .info .title").count()).toBeGreaterThan(0);
    await poller(expect)(() => page.locator(".opblock").count()).toBeGreaterThan(0);
    // Open one operation, as a developer would.
    await page.locator(".opblock-summary").first().click();
    await poller(expect)(() => page.locator(".opblock-body").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
