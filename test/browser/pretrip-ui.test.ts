/**
 * Pre-trip control in a real Chromium against the demo network (issue #11 item 7): at
 * Sochi Central, on the Russian policy, the medical worker admits Artur Ashba (Denis
 * Kovalenko was not admitted this morning); the controller records the technical control
 * of a checked bus for Artur, issues its waybill, prints it and closes it at return; the
 * bus of the driver not admitted stays held and gets no waybill button.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
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

interface Board {
  vehicles: {
    vehicleId: string;
    fleetNumber: string;
    state: string;
    releasable: boolean;
    reasons: { code: string }[];
  }[];
}

const DEPOT = "Sochi Central Depot";

describe.skipIf(skipBrowserSuite)("pre-trip control", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startWebServer({ releasePolicies: "as_seeded" }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("admits a driver, controls a bus, issues and prints its waybill; the bus of the driver not admitted stays held", async ({
    expect,
  }) => {
    const poll = poller(expect);
    // The medical worker, in Russian.
    const medic = await openPage(browser, { browserLocale: "ru-RU" });
    await signIn(medic.page, server.baseUrl, "medic.sochi@fleethub.demo", DEMO_PASSWORD);
    await poll(() => medic.page.locator('nav a[data-nav="pretrip"]').count()).toBe(1);
    await medic.page.goto(`${server.baseUrl}/pretrip`);
    await medic.page.locator("main select").first().selectOption({ label: DEPOT });
    const denis = medic.page.locator('li[data-driver="Denis Kovalenko"]');
    await poll(() => denis.getAttribute("data-admitted")).toBe("false");
    const artur = medic.page.locator('li[data-driver="Artur Ashba"]');
    const medicDepots = await apiGet<{ id: string; name: string }[]>(medic.page, "/depots");
    const centralId = medicDepots.find((d) => d.name === DEPOT)?.id ?? "";
    const admissions = () =>
      apiGet<unknown[]>(medic.page, `/depots/${centralId}/medical-admissions`).then(
        (list) => list.length,
      );
    expect(await admissions()).toBe(2);
    // Optional medical details go with the decision; they are read only on request.
    await artur.locator('input[name="details"]').fill("АД 125/80, пульс 70");
    await artur.getByRole("button", { name: "Допущен", exact: true }).click();
    await poll(admissions).toBe(3);
    await artur.getByRole("button", { name: "Показать сведения" }).click();
    await poll(() => artur.locator("[data-medical-details]").textContent()).toBe(
      "АД 125/80, пульс 70",
    );
    await poll(() => artur.textContent()).toContain("Olga Morozova");
    expect(await artur.getAttribute("data-admitted")).toBe("true");

    // The controller, in Russian too.
    const controller = await openPage(browser, { browserLocale: "ru-RU" });
    const page = controller.page;
    await signIn(page, server.baseUrl, "controller.sochi@fleethub.demo", DEMO_PASSWORD);
    await poll(() => page.locator('nav a[data-nav="pretrip"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/pretrip`);
    await page.locator("main select").first().selectOption({ label: DEPOT });
    const depots = await apiGet<{ id: string; name: string }[]>(page, "/depots");
    const depotId = depots.find((d) => d.name === DEPOT)?.id ?? "";
    const before = await apiGet<Board>(page, `/depots/${depotId}/board`);
    // A bus checked this morning that waits only for its control.
    const waiting = before.vehicles.find(
      (v) => v.reasons.length === 1 && v.reasons[0]?.code === "PRETRIP_CONTROL_MISSING",
    );
    expect(waiting).toBeDefined();
    const held = before.vehicles.find((v) =>
      v.reasons.some((r) => r.code === "DRIVER_NOT_ADMITTED"),
    );
    expect(held?.state).toBe("held");

    // The odometer as the walkaround read it this morning, a little further on.
    const counted = await apiGet<{ value: number; status: string }[]>(
      page,
      `/vehicles/${waiting?.vehicleId}/meter-readings`,
    );
    const last = Math.max(...counted.filter((r) => r.status === "counted").map((r) => r.value));
    const departure = Math.round(last) + 12;
    const tile = page.locator(`article[data-vehicle="${waiting?.vehicleId}"]`);
    await tile.getByRole("button", { name: "Провести контроль" }).click();
    const form = page.locator("form", { hasText: "Предрейсовый контроль технического состояния" });
    await form.locator('select[name="driver"]').selectOption({ label: "Artur Ashba" });
    await form.locator('input[name="odometer"]').fill(String(departure));
    await form.locator('input[name="signature"]').fill("Кузнецов Г.А.");
    await form.getByRole("button", { name: "Провести контроль" }).click();
    await poll(() => tile.getAttribute("data-state")).toBe("ready");

    await tile.getByRole("button", { name: "Выдать путевой лист" }).click();
    const printLink = tile.getByRole("link", { name: /Печать путевого листа № \d+/ });
    await poll(() => printLink.count()).toBe(1);
    // The bus of the driver not admitted: held, no waybill to issue.
    const heldTile = page.locator(`article[data-vehicle="${held?.vehicleId}"]`);
    expect(await heldTile.getAttribute("data-state")).toBe("held");
    expect(await heldTile.getByRole("button", { name: "Выдать путевой лист" }).count()).toBe(0);
    const refused = await page.evaluate(async (vehicleId) => {
      const response = await fetch("/api/v1/waybills", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ vehicleId }),
      });
      return { status: response.status, body: await response.text() };
    }, held?.vehicleId ?? "");
    expect(refused.status).toBe(409);
    expect(refused.body).toMatch(/did not admit the driver/);

    // The printed waybill.
    await printLink.click();
    await poll(() => page.locator("main[data-waybill]").count()).toBe(1);
    const print = page.locator("main[data-waybill]");
    expect(await print.locator("[data-signature]").textContent()).toBe("Кузнецов Г.А.");
    expect(await print.locator("[data-driver]").textContent()).toBe("Artur Ashba");
    const grouped = (km: number) => new RegExp(String(km).replace(/\B(?=(\d{3})+$)/g, "\\s"));
    expect(await print.textContent()).toMatch(grouped(departure));
    expect(await print.textContent()).toContain("Olga Morozova");
    expect(await print.textContent()).toContain("приказу Минтранса России от 28.09.2022 № 390");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    // Back at the depot: the medical worker's post-trip examination…
    await artur.getByRole("button", { name: "После рейса: здоров" }).click();
    await poll(() => artur.locator("[data-post-trip]").getAttribute("data-post-trip")).toBe("true");
    // …then the controller closes the waybill; the odometer becomes a meter reading.
    const close = page.locator("form", { hasText: "Закрыть по возвращении" });
    await close.locator('input[name="returnOdometer"]').fill(String(departure + 234));
    await close.locator('input[name="signature"]').fill("Кузнецов Г.А.");
    await close.getByRole("button", { name: "Закрыть по возвращении" }).click();
    await poll(() => print.textContent()).toMatch(/пробег 234 км/);
    expect(await print.locator("[data-post-trip]").textContent()).toMatch(
      /Послерейсовый медицинский осмотр .*: пройден; Olga Morozova/,
    );
    const readings = await apiGet<{ value: number }[]>(
      page,
      `/vehicles/${waiting?.vehicleId}/meter-readings`,
    );
    expect(readings.map((r) => r.value)).toContain(departure + 234);

    // The journal lists the control.
    await page.goto(`${server.baseUrl}/pretrip`);
    await page.locator("main select").first().selectOption({ label: DEPOT });
    await poll(() => page.locator("table[data-journal]").textContent()).toMatch(grouped(departure));
    // Printing the journal prints it alone: in print media the navigation and the other
    // sections are hidden, the journal is not.
    await page.evaluate(() => document.body.classList.add("printing-one"));
    await page.emulateMedia({ media: "print" });
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility("nav")).toBe("hidden");
    expect(await visibility("#pretrip-calendar")).toBe("hidden");
    expect(await visibility("table[data-journal]")).toBe("visible");
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.body.classList.remove("printing-one"));

    // A document from the page: an expiry before the issue is refused with the field named
    // and nothing stored; an expired tachograph calibration then shows in the calendar and holds the bus.
    const docForm = page.locator("form", { hasText: "Внести документ" });
    const bus = before.vehicles.find(
      (v) => v.vehicleId !== held?.vehicleId && v.vehicleId !== waiting?.vehicleId,
    )!;
    await docForm
      .locator('select[name="holder"]')
      .selectOption({ value: `vehicle:${bus.vehicleId}` });
    await docForm.locator('select[name="kind"]').selectOption({ value: "tachograph_calibration" });
    await docForm.locator('input[name="number"]').fill("DK-TEST-1");
    await docForm.locator('input[name="issuedOn"]').fill("2026-06-01");
    await docForm.locator('input[name="expiresOn"]').fill("2026-05-01");
    await docForm.getByRole("button", { name: "Внести документ" }).click();
    await poll(() => docForm.textContent()).toMatch(/expiresOn/);
    const stored = () =>
      apiGet<{ number: string }[]>(page, `/vehicles/${bus.vehicleId}/compliance-documents`).then(
        (list) => list.filter((d) => d.number === "DK-TEST-1").length,
      );
    expect(await stored()).toBe(0);
    // Issued 150 days ago and run out two days ago (within the 6-month term of an old bus):
    // before the day of the shift under way whatever the hour (at 03:00 in Sochi the shift
    // under way began at 13:00 the day before, and a card that ran out that day was in date).
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await docForm.locator('input[name="issuedOn"]').fill(day(-150));
    await docForm.locator('input[name="expiresOn"]').fill(day(-2));
    await docForm.getByRole("button", { name: "Внести документ" }).click();
    await poll(stored).toBe(1);
    await poll(() => page.locator("table[data-calendar]").textContent()).toContain("DK-TEST-1");
    const after = await apiGet<Board>(page, `/depots/${depotId}/board`);
    expect(
      after.vehicles
        .find((v) => v.vehicleId === bus.vehicleId)
        ?.reasons.some((r) => r.code === "VEHICLE_DOCUMENT_EXPIRED"),
    ).toBe(true);

    // Adler has had no control this shift: its journal says so instead of an empty table.
    await page.locator("main select").first().selectOption({ label: "Adler Depot" });
    await poll(() => page.locator("[data-journal-empty]").textContent()).toBe(
      "В эту смену на этой площадке предрейсовый контроль ещё не проводился.",
    );
  });
});
