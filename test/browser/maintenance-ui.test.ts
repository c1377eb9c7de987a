/**
 * Work orders and maintenance in a real Chromium against the real server and the demo
 * network: the Sochi mechanic, whose fire-safety certificate has expired, is told before
 * he starts that he cannot sign off this morning's fire-suppression repair, and is
 * refused when he tries; the Krasnodar hub's certified technician completes it; the
 * maintenance calendar shows the depot's overdue work in red.
 */
import type { Page } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it, type ExpectStatic } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  apiGet,
  launchBrowser,
  openPage,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

interface OrderView {
  id: string;
  status: string;
  title: string;
  defectId: string | null;
  completedAt: string | null;
  completedByName: string | null;
  tasks: { done: boolean; competencies: string[] }[];
}

describe.skipIf(skipBrowserSuite)("maintenance UI", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Signs in, switches the UI to English and opens the work-order list. */
  async function openWorkOrders(page: Page, expect: ExpectStatic, email: string) {
    const eventually = poller(expect);
    await signIn(page, server.baseUrl, email, DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="workOrders"]').count()).toBe(1);
    await page.locator('.topbar button[lang="en"]').click();
    await page.locator('nav a[data-nav="workOrders"]').click();
    await eventually(() => page.locator("main h1").textContent()).toBe("Work orders");
  }

  /** Opens this morning's fire-suppression order from the list, as a person would. */
  async function openFireOrder(page: Page, expect: ExpectStatic): Promise<string> {
    const eventually = poller(expect);
    const link = page.locator("main table a", { hasText: "Fire suppression system not ready" });
    await eventually(() => link.count()).toBe(1);
    await link.click();
    await eventually(() => page.locator(".wo-summary").count()).toBe(1);
    return new URL(page.url()).pathname.split("/")[2] ?? "";
  }

  it("tells a mechanic with an expired certificate up front that he cannot sign off, and refuses him", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await openWorkOrders(page, expect, "mechanic.sochi@fleethub.demo");
    const orderId = await openFireOrder(page, expect);
    const before = await apiGet<OrderView>(page, `/work-orders/${orderId}`);
    expect(before.tasks.flatMap((t) => t.competencies)).toContain("fire_safety");

    // Before he starts: the check names the competency he holds no valid certificate for.
    const panel = page.locator("[data-signoff]");
    await eventually(() => panel.getAttribute("data-signoff")).toBe("refused");
    expect(await panel.getAttribute("data-missing")).toContain("fire_safety");
    await eventually(() => page.locator(".signoff-warning").textContent()).toContain(
      "You cannot sign this off: no valid certificate for Fire detection and suppression",
    );
    await eventually(() =>
      page.locator('[data-competency="fire_safety"]').getAttribute("data-held"),
    ).toBe("false");
    await expect
      .poll(() => page.locator('[data-competency="fire_safety"]').textContent())
      .toMatch(/expired/);

    // He starts the work and ticks the repair off.
    await page.locator('[data-transition="in_progress"] button').click();
    await eventually(() => page.locator(".wo-summary").getAttribute("data-status")).toBe(
      "in_progress",
    );
    const task = page.locator(".wo-task").first();
    await task.locator('[data-action="tick"] button').click();
    const tickRefusal = task.locator(".action-error");
    await eventually(
      async () =>
        (await task.getAttribute("data-done")) === "true" || (await tickRefusal.count()) > 0,
    ).toBe(true);

    // He may still do the work and record it: his hours are booked.
    await page.locator("#labour-hours").fill("1.5");
    await page.locator(".labour-form button[type=submit]").click();
    await eventually(() => page.locator("#labour-title").textContent()).toContain("1.5");

    // Completing is not offered to him (nor cancelling the order that holds the bus), and
    // the API refuses it all the same, naming the competency.
    await eventually(() => page.locator(".transition-bar").count()).toBe(0);
    expect(await page.locator('[data-transition="completed"]').count()).toBe(0);
    expect(await page.locator('[data-transition="cancelled"]').count()).toBe(0);
    const forced = await page.evaluate(async (id) => {
      const response = await fetch(`/api/v1/work-orders/${id}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ to: "completed", note: "done" }),
      });
      return { status: response.status, body: await response.text() };
    }, orderId);
    expect(forced.status).toBe(403);
    const refusals = [
      (await tickRefusal.count()) ? await tickRefusal.textContent() : "",
      forced.body,
    ].join(" ");
    expect(refusals).toMatch(/fire_safety|Fire detection and suppression/);

    // Nothing was signed off.
    const after = await apiGet<OrderView>(page, `/work-orders/${orderId}`);
    expect(after.status).toBe("in_progress");
    expect(after.completedAt).toBeNull();
    const defect = await apiGet<{ status: string }>(page, `/defects/${after.defectId ?? ""}`);
    expect(defect.status).not.toBe("repaired");
    await context.close();
  });

  it("lets the hub's certified technician complete the operator's fire-suppression repair", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await openWorkOrders(page, expect, "tech.krasnodar@fleethub.demo");
    const orderId = await openFireOrder(page, expect);
    const panel = page.locator("[data-signoff]");
    await eventually(() => panel.getAttribute("data-signoff")).toBe("allowed");
    await eventually(() =>
      page.locator('[data-competency="fire_safety"]').getAttribute("data-held"),
    ).toBe("true");

    const summary = page.locator(".wo-summary");
    if ((await summary.getAttribute("data-status")) !== "in_progress") {
      await page.locator('[data-transition="in_progress"] button').click();
      await eventually(() => summary.getAttribute("data-status")).toBe("in_progress");
    }
    const task = page.locator(".wo-task").first();
    if ((await task.getAttribute("data-done")) !== "true") {
      await task.locator('[data-action="tick"] button').click();
      await eventually(() => task.getAttribute("data-done")).toBe("true");
    }
    await page.locator('[data-transition="completed"]').click();
    await page.locator("#complete-note").fill("Engine-bay detector cable replaced, panel clear");
    await page.locator(".transition-bar form button[type=submit]").click();
    await eventually(() => summary.getAttribute("data-status")).toBe("completed");

    const order = await apiGet<OrderView>(page, `/work-orders/${orderId}`);
    expect(order.status).toBe("completed");
    expect(order.completedByName).toBe("Dmitry Popov");
    const defect = await apiGet<{ status: string }>(page, `/defects/${order.defectId ?? ""}`);
    expect(defect.status).toBe("repaired");
    await context.close();
  });

  it("shows the depot's overdue maintenance in red on the calendar and opens a work order for it", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await signIn(page, server.baseUrl, "manager.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="maintenance"]').count()).toBe(1);
    await page.locator('.topbar button[lang="en"]').click();
    await page.locator('nav a[data-nav="maintenance"]').click();
    await page
      .locator('main select[name="depotId"]')
      .selectOption({ label: "Sochi Central Depot" });
    const depots = await apiGet<{ id: string; name: string }[]>(page, "/depots");
    const depotId = depots.find((d) => d.name === "Sochi Central Depot")?.id ?? "";
    const overdue = await apiGet<{ vehicleId: string; taskName: { en: string } }[]>(
      page,
      `/maintenance/due?depotId=${depotId}&status=overdue`,
    );
    expect(overdue.length).toBeGreaterThan(0); // the demo's bus with its CNG cylinders overdue

    const calendar = page.locator(".maintenance-calendar");
    await eventually(() => calendar.count()).toBe(1);
    for (const item of overdue) {
      const chip = calendar.locator(
        `.due-chip[data-vehicle="${item.vehicleId}"][data-due-status="overdue"]`,
      );
      await eventually(() => chip.count()).toBeGreaterThan(0);
      expect(await chip.first().getAttribute("class")).toContain("due-overdue");
      // Red: the danger colour, not the amber of "due soon".
      const color = await chip.first().evaluate((el) => getComputedStyle(el).color);
      expect(color).toBe("rgb(179, 38, 30)");
    }

    // The list of what needs attention opens the work order a click away.
    const first = overdue[0] as (typeof overdue)[number];
    const row = page.locator(".due-list tr", {
      has: page.locator(`[data-due-task^="${first.vehicleId}/"]`, { hasText: first.taskName.en }),
    });
    await row.locator('[data-action="create-work-order"] button').click();
    await eventually(() => new URL(page.url()).pathname.startsWith("/work-orders/")).toBe(true);
    await eventually(() => page.locator(".wo-task").first().textContent()).toContain(
      first.taskName.en,
    );
    await context.close();
  });
});
