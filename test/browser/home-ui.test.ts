/**
 * The home page per role and the navigation (issue #14 items 4 and 6), in Russian, in a
 * real Chromium against the demo network: the driver lands on the check with a menu
 * without organisations, depots or regions; the dispatcher's home shows the shift's
 * figures and a figure opens the board filtered to as many buses; the mechanic's figures
 * open the work orders and defects that make them up. At phone width (390×844) nothing
 * is wider than the screen and the folded menu opens and leads somewhere.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it, type ExpectStatic } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  launchBrowser,
  openPage,
  PHONE_VIEWPORT,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

/** Screenshots of the phone layout, for a person to look at (the checks are below). */
const SHOTS = path.join(tmpdir(), "fleethub-home-ui");

describe.skipIf(skipBrowserSuite)(
  "home page and navigation, in Russian",
  { timeout: 180_000 },
  () => {
    let server: WebServer;
    let browser: Browser;

    beforeAll(async () => {
      [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
      mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A Russian-speaking person's phone or desktop, signed in. */
    async function russian(email: string, viewport = PHONE_VIEWPORT) {
      const opened = await openPage(browser, { viewport, browserLocale: "ru-RU" });
      // The device's choice wins over the account's language (session.tsx).
      await opened.context.addInitScript(() => localStorage.setItem("fleethub.locale", "ru"));
      await signIn(opened.page, server.baseUrl, email, DEMO_PASSWORD);
      return opened;
    }

    /** Nothing wider than the screen: no sideways scrolling on a phone. */
    async function expectNoOverflow(page: Page, expect: ExpectStatic) {
      const widths = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.document, JSON.stringify(widths)).toBeLessThanOrEqual(widths.viewport);
      expect(widths.body, JSON.stringify(widths)).toBeLessThanOrEqual(widths.viewport);
    }

    /** The folded menu opens, every entry has a drawn icon and lies on the screen. */
    async function expectUsableMenu(page: Page, expect: ExpectStatic) {
      const eventually = poller(expect);
      await page.locator(".menu-button").click();
      const links = page.locator("nav a[data-nav]");
      await eventually(() => links.first().isVisible()).toBe(true);
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(box).not.toBeNull();
        expect(
          (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE_VIEWPORT.width,
        ).toBe(true);
        // A Lucide icon (an svg with its own paths), not the old placeholder dot.
        expect(await link.locator("svg.lucide path, svg.lucide rect").count()).toBeGreaterThan(0);
      }
    }

    it("takes the driver straight to the check, with a menu of what a driver uses", async ({
      expect,
    }) => {
      const eventually = poller(expect);
      const { context, page } = await russian("driver.sochi@fleethub.demo");
      await eventually(() => new URL(page.url()).pathname).toBe("/inspect");
      await eventually(() => page.locator("main h1").textContent()).toBe("Предрейсовый осмотр");
      const keys = await page
        .locator("nav a[data-nav]")
        .evaluateAll((links) => links.map((link) => link.getAttribute("data-nav")));
      expect(keys[0]).toBe("inspect");
      for (const key of ["organisations", "depots", "regions", "agreements", "users", "dashboard"])
        expect(keys).not.toContain(key);
      expect(await page.locator("nav").textContent()).not.toMatch(/Организации|Депо|Регионы/);
      await expectNoOverflow(page, expect);
      await page.screenshot({ path: path.join(SHOTS, "driver-390.png"), fullPage: true });
      await expectUsableMenu(page, expect);
      await page.screenshot({ path: path.join(SHOTS, "driver-menu-390.png") });
      await context.close();
    });

    it("shows the dispatcher the shift's figures, and a figure opens the board with as many buses", async ({
      expect,
    }) => {
      const eventually = poller(expect);
      const { context, page } = await russian("dispatcher.sochi@fleethub.demo", {
        width: 1280,
        height: 800,
      });
      const held = page.locator('main [data-figure="held"]');
      await eventually(() => held.count()).toBe(2); // Sochi's two depots
      await eventually(() => page.locator("main").textContent()).toContain(
        "Sochi Central Depot: смена с",
      );
      const central = page
        .locator("section.home-section")
        .filter({ hasText: "Sochi Central Depot" })
        .locator('[data-figure="held"]');
      const count = Number(await central.getAttribute("data-count"));
      // The demo holds at least the bus with the fire-suppression fault and the torn wiper.
      expect(count).toBeGreaterThanOrEqual(2);
      // The words agree with the number in Russian: 2–4 "автобуса задержаны", 5+ "автобусов".
      expect(await central.locator(".stat-label").textContent()).toBe(
        count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14)
          ? "автобуса задержаны"
          : "автобусов задержаны",
      );
      for (const name of ["held", "not_checked", "ready", "released"])
        expect(await page.locator(`main [data-figure="${name}"]`).count()).toBe(2);
      await central.click();
      await eventually(() => new URL(page.url()).pathname).toBe("/board");
      expect(new URL(page.url()).searchParams.get("state")).toBe("held");
      await eventually(() => page.locator('[data-count="held"]').getAttribute("aria-pressed")).toBe(
        "true",
      );
      await eventually(() => page.locator(".board-tile").count()).toBe(count);
      expect(await page.locator('.board-tile[data-state="held"]').count()).toBe(count);
      expect(await page.locator("main select").first().inputValue()).toBe(
        new URL(page.url()).searchParams.get("depot"),
      );
      await context.close();

      // The same home on a phone: nothing sideways, the menu usable.
      const phone = await russian("dispatcher.sochi@fleethub.demo");
      await eventually(() => phone.page.locator('main [data-figure="held"]').count()).toBe(2);
      await expectNoOverflow(phone.page, expect);
      await phone.page.screenshot({ path: path.join(SHOTS, "dispatcher-390.png"), fullPage: true });
      await expectUsableMenu(phone.page, expect);
      await phone.context.close();
    });

    it("shows the mechanic blocking orders and defects waiting, each opening its list", async ({
      expect,
    }) => {
      const eventually = poller(expect);
      const { context, page } = await russian("mechanic.sochi@fleethub.demo");
      await eventually(() => page.locator("main").textContent()).toContain("Мастерская");
      const blocking = page.locator('main [data-figure="blockingWorkOrders"]');
      const defects = page.locator('main [data-figure="defectsWaiting"]');
      await eventually(() => blocking.count()).toBe(1);
      const orders = Number(await blocking.getAttribute("data-count"));
      const waiting = Number(await defects.getAttribute("data-count"));
      // The demo's Sochi fleet has a blocking order and unrepaired defects.
      expect(orders).toBeGreaterThan(0);
      expect(waiting).toBeGreaterThan(0);
      await expectNoOverflow(page, expect);
      await page.screenshot({ path: path.join(SHOTS, "mechanic-390.png"), fullPage: true });

      await blocking.click();
      await eventually(() => new URL(page.url()).pathname).toBe("/work-orders");
      await eventually(() => page.locator('input[name="blocking"]').isChecked()).toBe(true);
      await eventually(() => page.locator("a.wo-number").count()).toBe(orders);
      await expectNoOverflow(page, expect);

      await page.goBack();
      await eventually(() => defects.count()).toBe(1);
      await defects.click();
      await eventually(() => new URL(page.url()).pathname).toBe("/defects");
      await eventually(() => page.locator("article[data-defect]").count()).toBe(waiting);
      await expectNoOverflow(page, expect);
      await expectUsableMenu(page, expect);
      await context.close();
    });

    it("opens the manager's overdue safety maintenance and expiring certificates with as many rows", async ({
      expect,
    }) => {
      const eventually = poller(expect);
      const { context, page } = await russian("manager.sochi@fleethub.demo", {
        width: 1280,
        height: 800,
      });
      const overdue = page.locator('main [data-figure="overdueSafetyMaintenance"]');
      await eventually(() => overdue.count()).toBe(2);
      // The depot with the most overdue work: the demo has some.
      const counts = await overdue.evaluateAll((links) =>
        links.map((link) => Number(link.getAttribute("data-count"))),
      );
      const most = Math.max(...counts);
      expect(most).toBeGreaterThan(0);
      await overdue.nth(counts.indexOf(most)).click();
      await eventually(() => new URL(page.url()).pathname).toBe("/maintenance");
      await eventually(() =>
        page.locator("[data-due-filter]").getAttribute("data-due-filter"),
      ).toBe("overdue-safety");
      const dueRows = page.locator('.due-list table[aria-label="Требует внимания"] tbody tr');
      await eventually(() => dueRows.count()).toBe(most);

      await page.goBack();
      const certificates = page.locator('main [data-figure="expiringCertificates"]');
      await eventually(() => certificates.count()).toBe(1);
      const expiring = Number(await certificates.getAttribute("data-count"));
      await certificates.click();
      await eventually(() => new URL(page.url()).pathname).toBe("/training");
      await eventually(() =>
        page.locator('[data-tab="expiring"]').getAttribute("aria-selected"),
      ).toBe("true");
      await eventually(() =>
        expiring
          ? page.locator("#training-panel tbody tr").count()
          : page.locator(".empty").count(),
      ).toBe(expiring || 1);
      await context.close();
    });

    it("opens the hub manager's requests past target for an operator with as many rows", async ({
      expect,
    }) => {
      const eventually = poller(expect);
      const { context, page } = await russian("hub.krasnodar@fleethub.demo", {
        width: 1280,
        height: 800,
      });
      const late = page.locator('main [data-figure="pastTarget"]');
      await eventually(() => late.count()).toBeGreaterThan(0);
      await eventually(() => page.locator("main").textContent()).toContain(
        "Заявки по перевозчикам, сначала просроченные",
      );
      // Past target first: the first group has the most.
      const counts = await late.evaluateAll((links) =>
        links.map((link) => Number(link.getAttribute("data-count"))),
      );
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts[0]).toBeGreaterThan(0);
      await late.first().click();
      await eventually(() => new URL(page.url()).pathname).toBe("/service");
      await eventually(() => page.locator("[data-narrowed]").getAttribute("data-narrowed")).toBe(
        "past-target",
      );
      await eventually(() => page.locator("main table tbody tr").count()).toBe(counts[0]);
      await page.getByRole("button", { name: "Показать все заявки" }).click();
      await eventually(() => page.locator("[data-narrowed]").count()).toBe(0);
      await context.close();
    });
  },
);
