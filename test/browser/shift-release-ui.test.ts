/**
 * The release gate per depot shift in a real Chromium against the demo network: the
 * Sochi manager gives Sochi Central its shifts (Moscow time, 05:00 and 13:00); a driver on
 * a phone fails a critical item with no network, hears the check is not sent yet, and
 * once it is, "Do not drive" with the fault named; the manager's board, in Russian, shows
 * that bus held with the reason in Russian and counts each state; the manager releases a
 * bus held by a major defect, and it stays released by them on a later visit in the shift.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
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

interface Reason {
  code: string;
  overridable: boolean;
}
interface Board {
  timeZone: string;
  shift: { start: string; end: string; localStart: string };
  counts: Record<"ready" | "not_checked" | "held" | "released", number>;
  vehicles: { vehicleId: string; fleetNumber: string; state: string; reasons: Reason[] }[];
}
interface Decision {
  shiftStart: string;
  shiftEnd: string;
  releasable: boolean;
  reasons: Reason[];
  override: { reason: string; byName: string } | null;
}
interface DepotRow {
  id: string;
  name: string;
}

const DEPOT = "Sochi Central Depot";
/** Checked this morning by the demo seed, and passed. */
const BUS = "110";
const DRIVER_WORDS = "Seal broken, gauge in the red";

describe.skipIf(skipBrowserSuite)("release per depot shift", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;
  let depotId = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedInManager(expect: Parameters<typeof poller>[0]) {
    const opened = await openPage(browser);
    await signIn(opened.page, server.baseUrl, "manager.sochi@fleethub.demo", DEMO_PASSWORD);
    await poller(expect)(() => opened.page.locator('nav a[data-nav="board"]').count()).toBe(1);
    return opened;
  }

  /** The board at Sochi Central: the depot is chosen once and remembered by the browser. */
  async function openBoard(page: Page) {
    await page.goto(`${server.baseUrl}/board`);
    await page.locator("main select").first().selectOption({ label: DEPOT });
  }
  const boardOf = (page: Page) => apiGet<Board>(page, `/depots/${depotId}/board`);
  /** The shift under way, as the Russian board names it. */
  const russianShift = (board: Board) =>
    board.shift.localStart === "05:00"
      ? "Смена 05:00–13:00 (Europe/Moscow)"
      : "Смена 13:00–05:00 (Europe/Moscow)";

  it("lets a manager set a depot's time zone and shift starts, showing a refusal beside its field", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await signedInManager(expect);
    const depots = await apiGet<DepotRow[]>(page, "/depots");
    depotId = depots.find((d) => d.name === DEPOT)?.id ?? "";
    expect(depotId).not.toBe("");

    await page.goto(`${server.baseUrl}/depots`);
    const row = page.locator("table.data-table tbody tr", { hasText: DEPOT });
    await row.getByRole("button", { name: "Изменить" }).click();
    const zone = page.locator('input[name="timeZone"]');
    const starts = page.locator('input[name="shiftStarts"]');
    await zone.fill("Moscow");
    await starts.fill("13:00, 05:00");
    await page.locator("main form", { has: zone }).locator("button[type=submit]").click();
    const zoneField = page.locator(".field", { has: zone });
    // In the page's language (Russian here), without the field's name beside the field.
    await eventually(() => zoneField.locator(".field-error").textContent()).toBe(
      "«Moscow» — не часовой пояс (например, Europe/Moscow)",
    );
    expect(await zone.getAttribute("aria-invalid")).toBe("true");

    await zone.fill("Europe/Moscow");
    await page.locator("main form", { has: zone }).locator("button[type=submit]").click();
    await eventually(() => page.locator(`[data-shifts="${depotId}"]`).textContent()).toBe(
      "05:00, 13:00 (Europe/Moscow)",
    );
    const board = await boardOf(page);
    expect(board.timeZone).toBe("Europe/Moscow");
    expect(["05:00", "13:00"]).toContain(board.shift.localStart);
    await context.close();
  });

  it("tells a driver on a phone a check not yet sent must not go out, then 'Do not drive' with the fault named", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    // The driver reads English on this phone (their account says Russian).
    await context.addInitScript(() => localStorage.setItem("fleethub.locale", "en"));
    await signIn(page, server.baseUrl, "driver.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="inspect"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/inspect`);
    await page.locator("#vehicle-search").fill(BUS);
    await page.locator(".vehicle-pick").first().click();
    await eventually(() => page.locator(".check-item").count()).toBeGreaterThan(10);
    const vehicleId = new URL(page.url()).pathname.split("/")[2] ?? "";
    const before = await apiGet<Decision>(page, `/vehicles/${vehicleId}/release`);
    expect(before.reasons.map((r) => r.code)).not.toContain("CRITICAL_DEFECT_OPEN");
    const form = await apiGet<{ lastMeterValue: number }>(
      page,
      `/vehicles/${vehicleId}/inspection-form`,
    );

    await context.setOffline(true);
    await page.locator("#meter-value").fill(String(form.lastMeterValue + 20));
    await page.locator('[data-item="extinguishers"] .outcome[data-value="fail"]').click();
    await page.locator("#comment-extinguishers").fill(DRIVER_WORDS);
    await passRemainingItems(page);
    await page.locator("#sign-confirm").check();
    await page.locator("form.check-form button[type=submit]").click();

    const verdict = page.locator("[data-verdict]");
    await eventually(() => verdict.getAttribute("data-verdict")).toBe("pending");
    await eventually(() => verdict.textContent()).toContain(
      "Not sent yet — do not drive until it is sent",
    );

    await context.setOffline(false);
    await eventually(() => verdict.getAttribute("data-verdict")).toBe("held");
    const text = (await verdict.textContent()) ?? "";
    expect(text).toContain("Do not drive — held:");
    expect(text).toContain("Critical defect");
    expect(text).toContain(
      `Fire extinguisher missing, unsealed or out of date — “${DRIVER_WORDS}”`,
    );
    expect(text).toContain("Who can clear it: mechanic or hub technician");
    await context.close();
  });

  it("shows the manager, in Russian, that bus held with the reason and the counts of each state", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await signedInManager(expect);
    await openBoard(page);
    const board = await boardOf(page);
    const bus = board.vehicles.find((v) => v.fleetNumber === BUS);
    expect(bus?.state).toBe("held");
    await eventually(() => page.locator(".board-shift strong").textContent()).toBe(
      russianShift(board),
    );

    const tile = page.locator(`.board-tile[data-vehicle="${bus?.vehicleId ?? ""}"]`);
    await eventually(() => tile.getAttribute("data-state")).toBe("held");
    expect(await tile.locator(".state-badge").textContent()).toBe("Не выпускать");
    const reasons = (await tile.locator(".reasons").textContent()) ?? "";
    expect(reasons).toContain("Критическая неисправность");
    expect(reasons).toContain(
      `Огнетушитель отсутствует, не опломбирован или просрочен — «${DRIVER_WORDS}»`,
    );
    expect(reasons).toContain("Кто может снять запрет: механик или техник сервисного центра");

    // One button per state with its count, as the API counts them, and "all".
    const count = (key: string) =>
      page.locator(`[data-count="${key}"] strong`).textContent().then(Number);
    const tiles = await page.locator(".board-tile").count();
    expect(await count("all")).toBe(tiles);
    for (const state of ["ready", "not_checked", "held", "released"] as const) {
      expect(await count(state)).toBe(board.counts[state]);
      expect(await page.locator(`.board-tile[data-state="${state}"]`).count()).toBe(
        board.counts[state],
      );
    }
    // This morning's demo: most buses checked, every sixth not yet, the driver's bus held.
    expect(board.counts.ready).toBeGreaterThan(20);
    expect(board.counts.not_checked).toBeGreaterThan(0);
    expect(await page.locator('[data-count="not_checked"]').textContent()).toContain(
      "Ещё не осмотрены",
    );
    await page.locator('[data-count="held"]').click();
    await eventually(() => page.locator(".board-tile").count()).toBe(board.counts.held);
    await eventually(() => tile.count()).toBe(1);

    // The browser remembers the depot.
    await page.reload();
    await eventually(() => page.locator(".board-tile").count()).toBe(tiles);
    expect(await page.locator("main select").first().locator("option:checked").textContent()).toBe(
      DEPOT,
    );
    await context.close();
  });

  it("releases a bus held by a major defect for the shift, and it stays released by the manager on a later visit", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await signedInManager(expect);
    await openBoard(page);
    const board = await boardOf(page);
    // The oily engine bay found this morning: a major defect, which a manager may release
    // (the torn wiper may not: wipers forbid operation under decree No. 837).
    const bus = board.vehicles.find(
      (v) =>
        v.state === "held" &&
        v.reasons.some((r) => r.code === "MAJOR_DEFECT_OPEN") &&
        v.reasons.every((r) => r.overridable),
    );
    expect(bus).toBeDefined();
    const vehicleId = bus?.vehicleId ?? "";
    const tile = page.locator(`.board-tile[data-vehicle="${vehicleId}"]`);
    await eventually(() => tile.getAttribute("data-state")).toBe("held");
    expect(await tile.textContent()).toContain("Существенная неисправность");

    const why = "Engine bay cleaned at the gate; checked by the duty mechanic";
    await tile.getByRole("button", { name: "Разрешить выпуск с обоснованием" }).click();
    await page.locator("#override-reason").fill(why);
    await page.locator("main form button[type=submit]").click();
    await eventually(() => tile.getAttribute("data-state")).toBe("released");
    // Until the end of the shift, the other start of the day, in Moscow time.
    const until = board.shift.localStart === "05:00" ? "13:00" : "05:00";
    const released = async () => (await tile.locator(".release-note").textContent()) ?? "";
    await eventually(released).toContain("Выпуск разрешил(а) Tatiana Pavlova до ");
    expect(await released()).toContain(`, ${until}: «${why}»`);
    expect(await tile.locator(".state-badge").textContent()).toBe("Выпуск разрешён");
    const decision = await apiGet<Decision>(page, `/vehicles/${vehicleId}/release`);
    expect(decision.shiftStart).toBe(board.shift.start);

    // Later in the same shift: the release still holds, on the page and in the API.
    await page.reload();
    await eventually(() => tile.getAttribute("data-state")).toBe("released");
    await eventually(released).toContain(`«${why}»`);
    const later = new Date(
      Math.min(Date.now() + 5 * 60_000, Date.parse(board.shift.end) - 1_000),
    ).toISOString();
    const then = await apiGet<Decision>(
      page,
      `/vehicles/${vehicleId}/release?shiftStart=${encodeURIComponent(later)}`,
    );
    expect(then).toMatchObject({
      releasable: true,
      override: { reason: why, byName: "Tatiana Pavlova" },
    });
    expect(await page.locator('[data-count="released"] strong').textContent()).toBe("1");
    await context.close();
  });
});
