/**
 * A number reads the same in a chart and in the table beside it (issue #14, item 3): the
 * Krasnodar hub manager (Russian) opens the mean-km-between-failures report of the demo
 * network, whose bars carry totals in the thousands; each bar's total is written as the
 * table writes that model's figure, with Russian grouping (a no-break space), never with
 * the English comma the charts used to draw.
 */
import type { Browser } from "playwright-core";
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

describe.skipIf(skipBrowserSuite)("numbers in charts and tables", { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("writes a bar's total as the table writes it, in Russian", async ({ expect }) => {
    const eventually = poller(expect);
    const { page, context } = await openPage(browser);
    await signIn(page, server.baseUrl, "hub.krasnodar@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator("nav a[data-nav]").count()).toBeGreaterThan(1);
    await page.goto(`${server.baseUrl}/reports`);
    await page.locator('select[data-field="report"]').selectOption("mkbf");
    await eventually(() =>
      page.locator('[data-testid="report-chart"] svg').count(),
    ).toBeGreaterThan(0);
    // A bar's total: an svg <text> that is nothing but a number.
    const totals = (await page.locator('[data-testid="report-chart"] svg text').allTextContents())
      .map((text) => text.trim())
      .filter((text) => /^\d[\d\u00a0 ,.]*$/.test(text));
    expect(totals.length).toBeGreaterThan(0);
    expect(
      totals.some((text) => text.includes("\u00a0")),
      totals.join(" | "),
    ).toBe(true);
    for (const total of totals) expect(total).not.toMatch(/^\d{1,3}(,\d{3})+$/);
    // The table's last column: "<number> км" per model.
    const cells = (
      await page.locator("section.report tbody tr td:last-child").allTextContents()
    ).map((text) => text.replace(/\s*(км|ч)$/, "").trim());
    for (const total of totals) expect(cells, total).toContain(total);
    await context.close();
  });
});
