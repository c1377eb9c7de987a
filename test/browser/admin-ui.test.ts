/**
 * Administration in Russian in a real Chromium (issue #14 item 5): Sochi Autotrans's
 * manager finds Denis Kovalenko by name, gives him the dispatcher's role and takes it
 * away; his history in the audit log shows both changes by their Russian names, and a
 * reversed date range is refused beside the field it names.
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

describe.skipIf(skipBrowserSuite)("administration", { timeout: 240_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds a person, gives and takes away a role, and shows both in their history", async ({
    expect,
  }) => {
    const poll = poller(expect);
    const { page } = await openPage(browser, { browserLocale: "ru-RU" });
    await signIn(page, server.baseUrl, "manager.sochi@fleethub.demo", DEMO_PASSWORD);
    await poll(() => page.locator('nav a[data-nav="users"]').count()).toBe(1);
    await page.goto(`${server.baseUrl}/users`);

    // Found by his surname in any case (the demo spells names in Latin letters).
    await page.getByLabel("Поиск по имени или почте").fill("KOVALENKO");
    await page.getByRole("button", { name: "Найти" }).click();
    const rows = page.locator("table.data-table tbody tr");
    await poll(() => rows.count()).toBe(1);
    const denis = rows.first();
    expect(await denis.textContent()).toContain("Denis Kovalenko");

    // Give the dispatcher's role in Sochi Autotrans.
    await denis.getByRole("button", { name: "Роли" }).click();
    const panel = page.getByRole("region", { name: "Роли: Denis Kovalenko" });
    await panel.getByLabel("Роль", { exact: true }).selectOption({ label: "Диспетчер" });
    await panel.getByRole("button", { name: "Выдать роль" }).click();
    const dispatcher = panel.locator("li", { hasText: "Диспетчер" });
    await poll(() => dispatcher.count()).toBe(1);
    await poll(() => denis.textContent()).toContain("Диспетчер");

    // And take it away (the browser asks first).
    page.once("dialog", (dialog) => void dialog.accept());
    await dispatcher.getByRole("button", { name: "Снять" }).click();
    await poll(() => dispatcher.count()).toBe(0);
    await poll(() => denis.textContent()).not.toContain("Диспетчер");
    const users = await apiGet<{ id: string; memberships: { role: string }[] }[]>(
      page,
      "/users?q=kovalenko",
    );
    expect(users[0]?.memberships.map((m) => m.role)).toEqual(["driver"]);

    // His history: the two changes, newest first, by their Russian names.
    await denis.getByRole("link", { name: "История" }).click();
    await poll(() => page.url()).toBe(`${server.baseUrl}/audit?entityId=${users[0]?.id}`);
    const entries = page.locator("table.data-table tbody tr");
    await poll(() => entries.count()).toBe(2);
    const actions = await entries.locator("td:nth-child(3)").allTextContents();
    expect(actions).toEqual(["Роль снята", "Роль выдана"]);
    for (const entry of await entries.all()) {
      const text = await entry.textContent();
      expect(text).toContain("Tatiana Pavlova");
      expect(text).toContain("Роль: Denis Kovalenko");
      expect(text).toContain("Sochi Autotrans");
    }

    // A reversed range: refused, the message beside "По", the list unchanged.
    await page.getByLabel("С", { exact: true }).fill("2026-06-02");
    await page.getByLabel("По", { exact: true }).fill("2026-06-01");
    await page.getByRole("button", { name: "Показать" }).click();
    const to = page.getByLabel("По", { exact: true });
    await poll(() => to.getAttribute("aria-invalid")).toBe("true");
    const problemId = (await to.getAttribute("aria-describedby")) ?? "";
    // In the page's language (Russian here), as the server words it.
    expect(await page.locator(`[id="${problemId}"]`).textContent()).toBe(
      "Должно быть позже начала периода",
    );
    expect(await entries.count()).toBe(2);
  });

  it("edits an organisation and an agreement, showing refusals beside their fields", async ({
    expect,
  }) => {
    const poll = poller(expect);
    const { page } = await openPage(browser, { browserLocale: "ru-RU" });
    await signIn(page, server.baseUrl, "admin@fleethub.demo", DEMO_PASSWORD);
    await poll(() => page.locator('nav a[data-nav="organisations"]').count()).toBe(1);
    // The network admin's account is in English; this device chooses Russian.
    await page.getByRole("button", { name: "Русский" }).click();
    await poll(() => page.locator("html").getAttribute("lang")).toBe("ru");

    // Another organisation's name: refused beside "Название"; a new one is saved.
    await page.goto(`${server.baseUrl}/organisations`);
    const adygea = page.locator("table.data-table tbody tr", { hasText: "Adygea Bus Lines" });
    await adygea.getByRole("button", { name: "Изменить" }).click();
    const form = page.getByRole("form", { name: "Изменить: Adygea Bus Lines" });
    const name = form.getByLabel("Название");
    await name.fill("Sochi Autotrans");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await poll(() => name.getAttribute("aria-invalid")).toBe("true");
    const nameProblem = (await name.getAttribute("aria-describedby")) ?? "";
    // The refusal comes in the page's language (issue #14 item 1).
    expect(await page.locator(`[id="${nameProblem}"]`).textContent()).toBe(
      "Это название уже у другой организации",
    );
    await name.fill("Adygea Bus Lines Ltd");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await poll(() => form.count()).toBe(0);
    const organisations = await apiGet<{ name: string }[]>(page, "/organisations");
    expect(organisations.map((o) => o.name)).toContain("Adygea Bus Lines Ltd");

    // An agreement ending before it begins: refused beside "Действует по".
    await page.goto(`${server.baseUrl}/agreements`);
    const first = page.locator("table.data-table tbody tr").first();
    await first.getByRole("button", { name: "Изменить" }).click();
    const agreementForm = page.getByRole("form", { name: /^Изменить договор/ });
    const validTo = agreementForm.getByLabel(/^Действует по/);
    await validTo.fill("2000-01-01");
    await agreementForm.getByRole("button", { name: "Сохранить" }).click();
    await poll(() => validTo.getAttribute("aria-invalid")).toBe("true");
    const toProblem = (await validTo.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${toProblem}"]`).textContent()).toBe(
      "Раньше даты начала действия",
    );
    await validTo.fill("2099-12-31");
    await agreementForm.getByLabel("Реакция, ч").fill("6");
    await agreementForm.getByRole("button", { name: "Сохранить" }).click();
    await poll(() => agreementForm.count()).toBe(0);
    const agreements = await apiGet<{ validTo: string | null; responseHours: number }[]>(
      page,
      "/service-agreements",
    );
    expect(agreements).toContainEqual(
      expect.objectContaining({ validTo: "2099-12-31", responseHours: 6 }),
    );
  });
});
