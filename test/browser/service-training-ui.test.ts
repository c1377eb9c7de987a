/**
 * Hub service and training in a real Chromium against the real server and the demo
 * network: Sochi Autotrans asks the Krasnodar hub to take over a work order, the hub
 * manager accepts it with a hub technician, and the order is then the hub's; a trainer
 * sees the courses and sessions; a mechanic sees his expired certificate marked expired;
 * the hub manager's defects report marks the fire-risk categories and downloads as CSV.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it, type ExpectStatic } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  apiGet,
  launchBrowser,
  openPage,
  PHONE_VIEWPORT,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

interface Me {
  user: { id: string; name: string } | null;
  organisation: { id: string; name: string };
}
interface WorkOrder {
  id: string;
  number: number;
  title: string;
  assignedOrganisationId: string | null;
  assigneeUserId: string | null;
}
interface ServiceRequest {
  id: string;
  number: number;
  kind: string;
  status: string;
  workOrderId: string | null;
  hubName: string;
  assigneeUserId: string | null;
  assigneeName: string | null;
}

describe.skipIf(skipBrowserSuite)("hub service and training UI", { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signInTo(page: Page, expect: ExpectStatic, email: string, path: string) {
    const eventually = poller(expect);
    await signIn(page, server.baseUrl, email, DEMO_PASSWORD);
    await eventually(() => page.locator("nav a[data-nav]").count()).toBeGreaterThan(1);
    await page.goto(`${server.baseUrl}${path}`);
  }

  it("lets the hub accept an operator's request with a hub technician, and the work order becomes the hub's", async ({
    expect,
  }) => {
    const eventually = poller(expect);

    // Sochi's manager asks the hub to take over one of Sochi's open work orders.
    const sochi = await openPage(browser);
    await signInTo(sochi.page, expect, "manager.sochi@fleethub.demo", "/service");
    const orders = await apiGet<WorkOrder[]>(sochi.page, "/work-orders?status=open&limit=500");
    const order = orders[0];
    expect(order, "the demo has an open work order at Sochi").toBeDefined();
    if (!order) return;
    await sochi.page.locator('[data-action="ask"]').click();
    await sochi.page.locator('select[data-field="kind"]').selectOption("take_over");
    await sochi.page.locator('select[data-field="work-order"]').selectOption(order.id);
    await sochi.page
      .locator("#service-description")
      .fill("No certified fire-safety mechanic on shift: please take this order over");
    await sochi.page.locator("main form button[type=submit]").click();
    await eventually(() => sochi.page.locator("main [role=status]").count()).toBe(1);
    const mine = await apiGet<ServiceRequest[]>(sochi.page, "/service-requests?status=active");
    const request = mine.find((r) => r.workOrderId === order.id);
    expect(request?.kind).toBe("take_over");
    expect(request?.status).toBe("open");
    if (!request) return;
    // The operator sees its request in its list, open.
    await eventually(() =>
      sochi.page.locator(`[data-request="${request.id}"]`).getAttribute("data-status"),
    ).toBe("open");

    // The hub manager finds it in the queue and accepts it with tech.krasnodar.
    const hub = await openPage(browser);
    await signInTo(hub.page, expect, "hub.krasnodar@fleethub.demo", "/service");
    const hubMe = await apiGet<Me>(hub.page, "/me");
    const row = hub.page.locator("tr", {
      has: hub.page.locator(`[data-request="${request.id}"]`),
    });
    await eventually(() => row.count()).toBe(1);
    await eventually(() => row.textContent()).toContain("Sochi Autotrans");
    await row.locator('[data-action="accept"]').click();
    const technician = hub.page.locator('select[data-field="technician"]');
    await eventually(() => technician.locator("option").count()).toBeGreaterThan(0);
    await technician.selectOption({ label: "Dmitry Popov" });
    const techId = await technician.inputValue();
    await hub.page.locator("main form button[type=submit]").click();

    // The queue shows it accepted, with the technician.
    await eventually(() =>
      row.locator(`[data-request="${request.id}"]`).getAttribute("data-status"),
    ).toBe("accepted");
    await eventually(() => row.locator(`[data-assignee="${techId}"]`).textContent()).toContain(
      "Dmitry Popov",
    );
    expect(await row.locator('[data-action="accept"]').count()).toBe(0);

    // Through the API: the request is accepted and the work order is now the hub's.
    const accepted = await apiGet<ServiceRequest[]>(hub.page, "/service-requests?status=active");
    expect(accepted.find((r) => r.id === request.id)).toMatchObject({
      status: "accepted",
      assigneeUserId: techId,
      assigneeName: "Dmitry Popov",
    });
    const assigned = await apiGet<WorkOrder>(sochi.page, `/work-orders/${order.id}`);
    expect(assigned.assignedOrganisationId).toBe(hubMe.organisation.id);
    expect(assigned.assigneeUserId).toBe(techId);

    // The operator sees the same: accepted, with the hub's technician.
    await sochi.page.reload();
    await eventually(() =>
      sochi.page.locator(`[data-request="${request.id}"]`).getAttribute("data-status"),
    ).toBe("accepted");
    await sochi.context.close();
    await hub.context.close();
  });

  it("shows the trainer the courses and sessions, with seats left, and lets them plan more", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await signInTo(page, expect, "trainer@fleethub.demo", "/training");
    await page.locator('[role=tab][data-tab="courses"]').click();
    await eventually(() => page.locator("[data-course]").count()).toBeGreaterThan(1);
    await eventually(() => page.locator("[data-session]").count()).toBeGreaterThan(0);
    const seats = await page.locator("[data-seats-left]").first().getAttribute("data-seats-left");
    expect(Number(seats)).toBeGreaterThanOrEqual(0);
    expect(await page.locator('[data-action="new-course"]').count()).toBe(1);
    expect(await page.locator('[data-action="new-session"]').count()).toBe(1);
    await context.close();
  });

  it("marks mechanic.sochi's expired fire-safety certificate expired, in red, on a phone", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    await signInTo(page, expect, "mechanic.sochi@fleethub.demo", "/training");
    const fireSafety = page.locator('.cert-status[data-competency="fire_safety"]');
    await eventually(() => fireSafety.getAttribute("data-status")).toBe("expired");
    const colour = await fireSafety.evaluate((element) => getComputedStyle(element).color);
    expect(colour).toBe("rgb(179, 38, 30)"); // --danger
    const valid = page.locator('.cert-status[data-competency="brakes"]');
    expect(await valid.getAttribute("data-status")).toBe("valid");
    // No sideways scrolling on the phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("shows the hub manager defects by category with the fire-risk ones marked, and the same rows as CSV", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser);
    await signInTo(page, expect, "hub.krasnodar@fleethub.demo", "/reports");
    await page.locator('select[data-field="report"]').selectOption("defects-by-category");
    await eventually(() => page.locator('[data-testid="report-chart"] svg').count()).toBe(1);
    // The demo's morning checks at Sochi found a critical fire-suppression fault.
    const fire = page.locator('[data-fire-risk="true"]');
    await eventually(() => fire.count()).toBeGreaterThan(0);
    const href = await page.locator('[data-action="csv"]').getAttribute("href");
    expect(href).toMatch(
      /^\/api\/v1\/reports\/defects-by-category\.csv\?from=\d{4}-\d{2}-\d{2}&to=/,
    );
    const csv = await page.evaluate(
      async (url) => (await fetch(`${url}&format=machine`)).text(),
      href ?? "",
    );
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toBe("category,severity,fireRisk,defects,vehicles,unresolved");
    expect(lines.length).toBe(await page.locator("section.report tbody tr").count());
    expect(lines.some((line) => line.startsWith("fire,critical,true,"))).toBe(true);
    await context.close();
  });
});
