/**
 * Proof of a check in a real Chromium at phone width (issue #15): a safety-critical item
 * cannot be passed without answering it (there is no "pass the rest" by default); a check
 * made offline keeps its item times and the phone's position (given with consent) when it
 * is sent later; the dispatcher sees the flag of a check made too fast on the board, and a
 * manager confirms it there, after which the bus may go out.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  apiGet,
  launchBrowser,
  openPage,
  PHONE_VIEWPORT,
  passRemainingItems,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

interface Proof {
  flags: { reason: string; holds: boolean; confirmedAt: string | null }[];
  evidence: {
    itemTimes: { itemKey: string; at: string }[];
    position: { latitude: number; longitude: number; accuracyM: number } | null;
    openedAt: string;
    sentAt: string;
  } | null;
}
interface Inspection {
  id: string;
  vehicleId: string;
}
interface Decision {
  releasable: boolean;
  reasons: { code: string }[];
}

const BUS = "112";
const DEPOT = "Sochi Central Depot";
/** A point inside Sochi; the demo depot has no area, so the position is only recorded. */
const WHERE = { latitude: 43.5855, longitude: 39.7231, accuracy: 12 };

describe.skipIf(skipBrowserSuite)("proof of a check", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("makes the driver answer every critical item, and keeps an offline check's times and position", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    // The manager makes a check too fast hold the bus.
    const manager = await openPage(browser);
    await signIn(manager.page, server.baseUrl, "manager.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => manager.page.locator('nav a[data-nav="board"]').count()).toBe(1);
    // On the depots page, in Russian: a check done too fast holds the vehicle.
    await manager.page.goto(`${server.baseUrl}/depots`);
    const settings = manager.page.locator("form", {
      hasText: "Подтверждение предрейсовых осмотров",
    });
    await settings.locator('select[name="flagActions.too_fast"]').selectOption("hold");
    await settings.locator("button[type=submit]").click();
    await eventually(() => settings.locator('[role="status"]').textContent()).toBe("Сохранено");
    const stored = await apiGet<{ flagActions: Record<string, string> }>(
      manager.page,
      "/inspections/settings",
    );
    expect(stored.flagActions).toEqual({ too_fast: "hold" });

    const driver = await openPage(browser, { viewport: PHONE_VIEWPORT, geolocation: WHERE });
    const page = driver.page;
    await driver.context.addInitScript(() => localStorage.setItem("fleethub.locale", "en"));
    await signIn(page, server.baseUrl, "driver.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="inspect"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/inspect`);
    await page.locator("#vehicle-search").fill(BUS);
    await page.locator(".vehicle-pick").first().click();
    await eventually(() => page.locator(".check-item").count()).toBeGreaterThan(10);
    const vehicleId = new URL(page.url()).pathname.split("/")[2] ?? "";
    const form = await apiGet<{ lastMeterValue: number; template: { items: unknown[] } }>(
      page,
      `/vehicles/${vehicleId}/inspection-form`,
    );

    // No control answers several items at once where the operator has not allowed it.
    expect(await page.locator("[data-pass-rest]").count()).toBe(0);
    await page.locator("#position-consent").check();

    await driver.context.setOffline(true);
    await page.locator("#meter-value").fill(String(form.lastMeterValue + 15));
    // Every item but one critical item answered: the check cannot be sent.
    const critical = page.locator(".check-item", { has: page.locator(".badge-warn") });
    const skipped = (await critical.first().getAttribute("data-item")) ?? "";
    const others = page.locator(
      `.check-item[data-outcome=""]:not([data-item="${skipped}"]) .outcome[data-value="pass"]`,
    );
    for (let left = await others.count(); left > 0; left = await others.count())
      await others.first().click();
    await page.locator("#sign-confirm").check();
    await page.locator("form.check-form button[type=submit]").click();
    await eventually(() =>
      page.locator(`[data-item="${skipped}"]`).getAttribute("data-missing"),
    ).toBe("true");
    expect(await page.locator("[data-verdict]").count()).toBe(0);

    await passRemainingItems(page);
    await page.locator("form.check-form button[type=submit]").click();
    const verdict = page.locator("[data-verdict]");
    await eventually(() => verdict.getAttribute("data-verdict")).toBe("pending");
    await driver.context.setOffline(false);
    // Sent, and held: a check this fast holds the bus in this operator.
    await eventually(() => verdict.getAttribute("data-verdict")).toBe("held");

    const [inspection] = await apiGet<Inspection[]>(
      manager.page,
      `/inspections?vehicleId=${vehicleId}&limit=1`,
    );
    const proof = await apiGet<Proof>(manager.page, `/inspections/${inspection?.id ?? ""}/proof`);
    expect(proof.evidence?.itemTimes).toHaveLength(form.template.items.length);
    expect(proof.evidence?.position).toEqual({
      latitude: WHERE.latitude,
      longitude: WHERE.longitude,
      accuracyM: WHERE.accuracy,
      at: expect.any(String) as unknown,
    });
    // Every item was answered between opening and sending, on the phone's clock.
    const opened = Date.parse(proof.evidence?.openedAt ?? "");
    const sent = Date.parse(proof.evidence?.sentAt ?? "");
    for (const time of proof.evidence?.itemTimes ?? []) {
      expect(Date.parse(time.at)).toBeGreaterThanOrEqual(opened);
      expect(Date.parse(time.at)).toBeLessThanOrEqual(sent);
    }
    expect(proof.flags.map((f) => [f.reason, f.holds])).toContainEqual(["short_check", true]);

    // The printed record shows the manager how the check was made, in Russian.
    await manager.page.goto(`${server.baseUrl}/inspections/${inspection?.id ?? ""}/print`);
    const record = manager.page.locator("[data-proof]");
    await eventually(() => record.textContent()).toContain("Место: 43.58550, 39.72310 (± 12 м)");
    expect(await record.locator('[data-flag="short_check"]').count()).toBe(1);

    // The dispatcher sees it on the board; the manager confirms it there.
    const dispatcher = await openPage(browser);
    await signIn(dispatcher.page, server.baseUrl, "dispatcher.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => dispatcher.page.locator('nav a[data-nav="board"]').count()).toBe(1);
    await dispatcher.page.goto(`${server.baseUrl}/board`);
    await dispatcher.page.locator("main select").first().selectOption({ label: DEPOT });
    const tile = dispatcher.page.locator(`.board-tile[data-vehicle="${vehicleId}"]`);
    await eventually(() => tile.getAttribute("data-state")).toBe("held");
    // The dispatcher's account reads Russian.
    await eventually(() => tile.locator('[data-flag="short_check"]').textContent()).toMatch(
      /^Осмотр проведён за \d+ с; нужно не менее \d+ с — выпуск запрещён, пока руководитель не подтвердит осмотр$/,
    );
    // Not the dispatcher's to confirm.
    expect(
      await tile
        .getByRole("button", { name: /Confirm the check was made|Подтвердить, что осмотр был/ })
        .count(),
    ).toBe(0);

    await manager.page.goto(`${server.baseUrl}/board`);
    await manager.page.locator("main select").first().selectOption({ label: DEPOT });
    const managerTile = manager.page.locator(`.board-tile[data-vehicle="${vehicleId}"]`);
    manager.page.once("dialog", (dialog) => void dialog.accept("Watched the driver check again"));
    await managerTile
      .getByRole("button", { name: /Confirm the check was made|Подтвердить/ })
      .click();
    await eventually(() => managerTile.locator('[data-flag="short_check"]').textContent()).toMatch(
      /подтвердил\(а\) .+: «Watched the driver check again»|confirmed by .+: “Watched the driver check again”/,
    );
    const decision = await apiGet<Decision>(manager.page, `/vehicles/${vehicleId}/release`);
    expect(decision.reasons.map((r) => r.code)).not.toContain("CHECK_FLAGGED");

    // The manager's report of how checks were made, with its chart, in Russian; the driver
    // who made checks this morning is in it.
    await manager.page.goto(`${server.baseUrl}/reports`);
    await manager.page.locator('select[data-field="report"]').selectOption("check-proof");
    await eventually(() => manager.page.locator('[data-testid="report-chart"] svg').count()).toBe(
      1,
    );
    const driverName = (await apiGet<{ user: { name: string } }>(page, "/me")).user.name;
    await eventually(() =>
      manager.page.locator("section.report tbody tr", { hasText: driverName }).count(),
    ).toBeGreaterThan(0);
    expect(await manager.page.locator("section.report thead").textContent()).toContain(
      "Неисправностей на 100 осмотров",
    );
    await Promise.all([
      driver.context.close(),
      dispatcher.context.close(),
      manager.context.close(),
    ]);
  });
});
