/**
 * The fleet pages in a real Chromium against the real server and the demo fleet: the
 * driver's check on a phone with the network gone and back, a check in progress that
 * survives a reload, the dispatcher's depot board, a mechanic certifying a repair, and
 * the network admin's vehicle list.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it, type ExpectStatic } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  apiGet,
  launchBrowser,
  openPage,
  passRemainingItems,
  PHONE_VIEWPORT,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

describe.skipIf(skipBrowserSuite)("fleet UI", { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Signs in and opens the check of a demo vehicle by its fleet number, found by search. */
  async function openCheck(page: Page, expect: ExpectStatic, fleetNumber: string) {
    const eventually = poller(expect);
    await signIn(page, server.baseUrl, "driver.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="inspect"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/inspect`);
    await page.locator("#vehicle-search").fill(fleetNumber);
    await page.locator(".vehicle-pick").first().click();
    await eventually(() => page.locator(".check-item").count()).toBeGreaterThan(10);
    return new URL(page.url()).pathname.split("/")[2] ?? "";
  }

  it("keeps a critical failure made offline, sends it once when back online, and the board holds the vehicle", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const vehicleId = await openCheck(page, expect, "102");
    const form = await apiGet<{ lastMeterValue: number }>(
      page,
      `/vehicles/${vehicleId}/inspection-form`,
    );
    const before = await apiGet<unknown[]>(page, `/inspections?vehicleId=${vehicleId}`);

    await context.setOffline(true);
    await page.locator("#meter-value").fill(String(form.lastMeterValue + 12));
    await page.locator('[data-item="fire_suppression"] .outcome[data-value="fail"]').click();
    await page.locator("#comment-fire_suppression").fill("Suppression panel shows a fault");
    await passRemainingItems(page);
    await page.locator("#sign-confirm").check();
    await page.locator("form.check-form button[type=submit]").click();

    // Back at the list, the check waits on the phone.
    const entry = page.locator(".outbox-entry").first();
    await eventually(() => entry.getAttribute("data-state")).toBe("waiting");
    await eventually(() => page.locator(".offline-banner").count()).toBe(1);

    await context.setOffline(false);
    await eventually(() => entry.getAttribute("data-state")).toBe("sent");
    // A second nudge to sync (another "online") must not store it again.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForTimeout(1_000);
    const after = await apiGet<{ passed: boolean; signedByName: string }[]>(
      page,
      `/inspections?vehicleId=${vehicleId}`,
    );
    expect(after.length).toBe(before.length + 1);
    expect(after[0]?.passed).toBe(false);

    // The dispatcher's board now holds the vehicle, with the reason.
    const dispatcher = await openPage(browser);
    const board = dispatcher.page;
    await signIn(board, server.baseUrl, "dispatcher.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => board.locator('nav a[data-nav="board"]').count()).toBe(1);
    await board.goto(`${server.baseUrl}/board`);
    await board.locator("main select").first().selectOption({ label: "Sochi Central Depot" });
    const tile = board.locator(`.board-tile[data-vehicle="${vehicleId}"]`);
    await eventually(() => tile.getAttribute("data-state")).toBe("held");
    await eventually(() => tile.textContent()).toContain("Suppression panel shows a fault");
    await context.close();
    await dispatcher.context.close();
  });

  it("keeps the answers of a check in progress after a reload", async ({ expect }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await openCheck(page, expect, "105");
    await page.locator("#meter-value").fill("123456");
    await page.locator('[data-item="service_brakes"] .outcome[data-value="pass"]').click();
    await page.locator('[data-item="lights"] .outcome[data-value="fail"]').click();
    await page.locator("#comment-lights").fill("Left indicator out");
    await page.reload();
    await eventually(() => page.locator("#meter-value").inputValue()).toBe("123456");
    await eventually(() =>
      page
        .locator('[data-item="service_brakes"] .outcome[data-value="pass"]')
        .getAttribute("aria-pressed"),
    ).toBe("true");
    await eventually(() => page.locator("#comment-lights").inputValue()).toBe("Left indicator out");
    await context.close();
  });

  it("shows the dispatcher's board with a count of each state that adds up, and filters by it", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await signIn(page, server.baseUrl, "dispatcher.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="board"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/board`);
    await page.locator("main select").first().selectOption({ label: "Sochi Central Depot" });
    const count = (key: string) =>
      page.locator(`[data-count="${key}"] strong`).textContent().then(Number);
    await eventually(() => page.locator(".board-tile").count()).toBeGreaterThan(20);
    const [all, ready, notChecked, held, released] = await Promise.all([
      count("all"),
      count("ready"),
      count("not_checked"),
      count("held"),
      count("released"),
    ]);
    expect(all).toBe(await page.locator(".board-tile").count());
    expect(ready + notChecked + held + released).toBe(all);
    expect(held).toBeGreaterThanOrEqual(2); // the demo's fire suppression fault and wiper
    expect(notChecked).toBeGreaterThanOrEqual(1); // a few buses not yet checked this morning
    await page.locator('[data-count="held"]').click();
    await eventually(() => page.locator(".board-tile").count()).toBe(held);
    expect(await page.locator('.board-tile[data-state="held"]').count()).toBe(held);
    await page.locator('[data-count="not_checked"]').click();
    await eventually(() => page.locator('.board-tile[data-state="not_checked"]').count()).toBe(
      notChecked,
    );
    await context.close();
  });

  it("sends a mechanic from a defect under a work order to that order, whose certified completion repairs it", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await signIn(page, server.baseUrl, "mechanic.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="defects"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/defects`);
    // The torn wiper blade, in the demo driver's own (Russian) words.
    const card = page.locator("[data-defect]", { hasText: "стеклоочистителя" }).first();
    await eventually(() => card.count()).toBe(1);
    const defectId = (await card.getAttribute("data-defect")) ?? "";
    // No direct "Repaired" on a defect that has an open work order: the order is the path.
    expect(await card.locator('[data-action="repaired"]').count()).toBe(0);
    await card.locator("[data-work-order] a").click();
    await eventually(() => page.locator(".transition-bar").count()).toBe(1);
    const start = page.locator('[data-transition="in_progress"] button');
    if ((await start.count()) > 0) await start.click();
    const task = page.locator(".wo-task").first();
    await eventually(() => task.locator('[data-action="tick"] button').count()).toBe(1);
    await task.locator('[data-action="tick"] button').click();
    await eventually(() => task.getAttribute("data-done")).toBe("true");
    await page.locator('[data-transition="completed"]').click();
    await page.locator("#complete-note").fill("Wiper blade replaced");
    await page.locator(".transition-bar form button[type=submit]").click();
    await eventually(
      async () => (await apiGet<{ status: string }>(page, `/defects/${defectId}`)).status,
    ).toBe("repaired");
    const defect = await apiGet<{ events: { note: string | null }[] }>(
      page,
      `/defects/${defectId}`,
    );
    expect(defect.events.at(-1)?.note).toBe("Wiper blade replaced");
    await context.close();
  });

  it("shows the network admin every vehicle of the network on the Vehicles page", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    // The demo's admin belongs to the manufacturer only, which owns no vehicle itself.
    await signIn(page, server.baseUrl, "admin@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="vehicles"]').count()).toBe(1);
    const network = await apiGet<{ organisationId: string }[]>(page, "/vehicles?limit=2000");
    // The operators' fleets, not one organisation's.
    expect(new Set(network.map((v) => v.organisationId)).size).toBeGreaterThan(1);

    await page.goto(`${server.baseUrl}/vehicles`);
    await eventually(() => page.locator(".page-subtitle").textContent()).toBe(
      `${network.length} of ${network.length}`,
    );
    expect(network.length).toBeGreaterThan(0);
    await eventually(() => page.locator("table.data-table tbody tr").count()).toBe(
      Math.min(network.length, 300),
    );
    await context.close();
  });
});
