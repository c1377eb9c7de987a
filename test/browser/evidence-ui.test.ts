/**
 * Evidence where it is needed, in a real Chromium against the real server and the demo
 * network: a Sochi driver photographs loose wheel nuts at the check; the mechanic sees
 * the photo on the defect and on its work order (full size on a click) and completes the
 * order saying what he did; the vehicle's history and the printed check show both; the
 * next driver's review card says what the mechanic did, who and when, before they confirm.
 */
import type { Browser, Locator, Page } from "playwright-core";
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
import { TINY_PNG } from "../helpers/factories.js";

const ITEM = "tyres_wheel_nuts";
const SEEN = "Two wheel nuts loose on the rear left wheel";
const DONE = "Rear left wheel nuts re-torqued to 600 Nm, indicators fitted";

/** Whether every image in `where` has arrived from the server and decoded. */
const imagesLoaded = (where: Locator) =>
  where
    .locator("img")
    .evaluateAll(
      (images) =>
        images.length > 0 &&
        images.every(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        ),
    );

describe.skipIf(skipBrowserSuite)("evidence UI", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The Sochi driver opens the check of bus 104 on a phone; returns its id. */
  async function openCheck(page: Page, expect: ExpectStatic) {
    const eventually = poller(expect);
    await signIn(page, server.baseUrl, "driver.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="inspect"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/inspect`);
    await page.locator("#vehicle-search").fill("104");
    await page.locator(".vehicle-pick").first().click();
    await eventually(() => page.locator(".check-item").count()).toBeGreaterThan(10);
    return new URL(page.url()).pathname.split("/")[2] ?? "";
  }

  it("shows the driver's photo on the defect and its work order, and the mechanic's note on the next driver's review", async ({
    expect,
  }) => {
    const eventually = poller(expect);

    // The driver fails the wheel nuts with a photo and sends the check.
    const driver = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const vehicleId = await openCheck(driver.page, expect);
    const form = await apiGet<{ lastMeterValue: number }>(
      driver.page,
      `/vehicles/${vehicleId}/inspection-form`,
    );
    await driver.page.locator("#meter-value").fill(String(form.lastMeterValue + 15));
    await driver.page.locator(`[data-item="${ITEM}"] .outcome[data-value="fail"]`).click();
    await driver.page.locator(`#comment-${ITEM}`).fill(SEEN);
    await driver.page
      .locator(`[data-photo-input="${ITEM}"]`)
      .setInputFiles({ name: "wheel.png", mimeType: "image/png", buffer: TINY_PNG });
    await eventually(() =>
      driver.page.locator(`[data-item="${ITEM}"] .photo-row img`).count(),
    ).toBe(1);
    await passRemainingItems(driver.page);
    await driver.page.locator("#sign-confirm").check();
    await driver.page.locator("form.check-form button[type=submit]").click();
    await eventually(() =>
      driver.page.locator(".outbox-entry").first().getAttribute("data-state"),
    ).toBe("sent");
    const defects = await apiGet<
      { id: string; inspectionId: string; description: string; photos: unknown[] }[]
    >(driver.page, `/defects?vehicleId=${vehicleId}&status=unresolved`);
    const defect = defects.find((d) => d.description.includes(SEEN));
    expect(defect?.photos).toHaveLength(1);
    const defectId = defect?.id ?? "";
    const inspectionId = defect?.inspectionId ?? "";

    // The mechanic sees the photo on the defect, and full size on a click.
    const mechanic = await openPage(browser);
    const page = mechanic.page;
    await signIn(page, server.baseUrl, "mechanic.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator('nav a[data-nav="defects"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/defects`);
    const card = page.locator(`[data-defect="${defectId}"]`);
    await eventually(() => imagesLoaded(card.locator(".photo-thumbs"))).toBe(true);
    await card.locator(".photo-thumbs a").first().click();
    const dialog = page.locator("dialog.photo-dialog[open]");
    await eventually(() => dialog.count()).toBe(1);
    await eventually(() => imagesLoaded(dialog)).toBe(true);
    await page.keyboard.press("Escape");
    await eventually(() => dialog.count()).toBe(0);

    // And on the defect's work order, where he does the repair and says what he did.
    const orders = await apiGet<{ id: string; defectId: string | null }[]>(
      page,
      `/work-orders?vehicleId=${vehicleId}&status=open`,
    );
    const orderId = orders.find((o) => o.defectId === defectId)?.id ?? "";
    await page.goto(`${server.baseUrl}/work-orders/${orderId}`);
    const summary = page.locator(".wo-summary");
    await eventually(() => summary.locator('[data-link="defect"]').textContent()).toContain(SEEN);
    await eventually(() => imagesLoaded(summary.locator(".photo-thumbs"))).toBe(true);
    await page.locator('[data-transition="in_progress"] button').click();
    await eventually(() => summary.getAttribute("data-status")).toBe("in_progress");
    const task = page.locator(".wo-task").first();
    await task.locator('[data-action="tick"] button').click();
    await eventually(() => task.getAttribute("data-done")).toBe("true");
    await page.locator('[data-transition="completed"]').click();
    await page.locator("#complete-note").fill(DONE);
    await page.locator(".transition-bar form button[type=submit]").click();
    await eventually(() => summary.getAttribute("data-status")).toBe("completed");
    await eventually(() => summary.locator("[data-completion-note]").textContent()).toBe(DONE);
    const order = await apiGet<{ completedByName: string }>(page, `/work-orders/${orderId}`);

    // The vehicle's defect history shows the photo and what was done.
    await page.goto(`${server.baseUrl}/vehicles/${vehicleId}`);
    const row = page.locator("#defects ~ .table-wrap tr", { hasText: SEEN });
    await eventually(() => row.locator("[data-repair-note]").textContent()).toContain(DONE);
    await eventually(() => imagesLoaded(row.locator(".photo-thumbs"))).toBe(true);
    // So does the printed record of the check.
    await page.goto(`${server.baseUrl}/inspections/${inspectionId}/print`);
    await eventually(() => imagesLoaded(page.locator(".print-photos"))).toBe(true);
    await eventually(() =>
      page.locator(`.print-defects [data-defect="${defectId}"]`).textContent(),
    ).toContain(DONE);

    // The next driver's check asks for a review, saying what was done, by whom and when.
    await driver.page.goto(`${server.baseUrl}/inspect/${vehicleId}`);
    const review = driver.page.locator(`.review-card[data-defect="${defectId}"]`);
    const note = review.locator("[data-repair-note]");
    await eventually(() => note.textContent()).toContain(DONE);
    expect(await note.textContent()).toContain(order.completedByName);
    await review.locator("button").click();
    await eventually(() => review.count()).toBe(0);
    const reviewed = await apiGet<{ reviewedAt: string | null }>(
      driver.page,
      `/defects/${defectId}`,
    );
    expect(reviewed.reviewedAt).not.toBeNull();

    await driver.context.close();
    await mechanic.context.close();
  });
});
