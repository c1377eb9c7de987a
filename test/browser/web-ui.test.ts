/**
 * The web UI in a real Chromium against the real server and the demo network: what a
 * person sees when they sign in, change language or organisation, and sign out.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it, type ExpectStatic } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  launchBrowser,
  openPage,
  PHONE_VIEWPORT,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

/**
 * Waits for what the page shows; generous, as a loaded CI machine can be slow. Tests run
 * concurrently, so each uses its own `expect`.
 */
const poller =
  (expect: ExpectStatic) =>
  <T>(read: () => Promise<T> | T) =>
    expect.poll(read, { timeout: 45_000 });

// Each test has its own browser context and demo user, so they run side by side.
describe.skipIf(skipBrowserSuite)("web UI", { timeout: 120_000 }, () => {
  let server: WebServer;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage(options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
    const { page } = await openPage(browser, options);
    pages.push(page);
    return page;
  }
  const heading = (page: Page) => page.locator("main h1");
  const navLink = (page: Page, key: string) => page.locator(`nav a[data-nav="${key}"]`);

  it("shows an operator manager their shift and maintenance figures in English", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const page = await freshPage();
    await signIn(page, server.baseUrl, "manager.spb@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => heading(page).textContent()).toBe("St. Petersburg City Transport");
    await eventually(() => navLink(page, "dashboard").textContent()).toBe("Dashboard");
    // Two depots in the demo network, each with its shift's figures from the API.
    await eventually(() => page.locator('main [data-figure="held"]').count()).toBe(2);
    await eventually(() => page.locator("main").textContent()).toContain("Maintenance and people");
    await eventually(() => page.locator("main").textContent()).toContain("Operator manager");
  });

  it("switches to Russian, keeps it after a reload, and remembers it for the account", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const page = await freshPage();
    await signIn(page, server.baseUrl, "admin@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => navLink(page, "dashboard").textContent()).toBe("Dashboard");
    await page.getByRole("button", { name: "Русский" }).click();
    await eventually(() => navLink(page, "dashboard").textContent()).toBe("Обзор");
    await eventually(() => page.locator("main").textContent()).toContain(
      "Заявки по регионам, сначала просроченные",
    );
    await eventually(() => heading(page).textContent()).toBe("Vector Motors");
    await page.reload();
    await eventually(() => navLink(page, "users").textContent()).toBe("Пользователи");
    await eventually(() => page.locator("html").getAttribute("lang")).toBe("ru");

    // Another device with no choice of its own opens in the account's language…
    const other = await freshPage();
    await signIn(other, server.baseUrl, "admin@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => navLink(other, "dashboard").textContent()).toBe("Обзор");
    // …but a choice made on a device before signing in wins there.
    const third = await freshPage();
    await third.goto(`${server.baseUrl}/`);
    await third.getByRole("button", { name: "Русский" }).click();
    await eventually(() => third.locator("main h1").textContent()).toBe("Вход");
    await third.getByRole("button", { name: "English" }).click();
    await signIn(third, server.baseUrl, "admin@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => navLink(third, "dashboard").textContent()).toBe("Dashboard");
  });

  it("lets a person in several organisations switch, and the dashboard follows", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const page = await freshPage();
    await signIn(page, server.baseUrl, "planner@fleethub.demo", DEMO_PASSWORD);
    const switcher = page.getByRole("combobox", { name: "Switch organisation" });
    await eventually(() => switcher.locator("option").count()).toBe(3);
    const before = await heading(page).textContent();
    const target = before === "Sochi Autotrans" ? "Krasnodar City Bus" : "Sochi Autotrans";
    await switcher.selectOption({ label: target });
    await eventually(() => heading(page).textContent()).toBe(target);
    await eventually(() => page.locator("main").textContent()).toContain("Operator");
    // The switch is the session's, not the page's: a reload stays there.
    await page.reload();
    await eventually(() => heading(page).textContent()).toBe(target);
  });

  it("shows a driver no Users or API tokens, and a manager both; unknown pages say so", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const driver = await freshPage();
    await signIn(driver, server.baseUrl, "driver.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => navLink(driver, "inspect").count()).toBe(1);
    expect(await navLink(driver, "dashboard").count()).toBe(0);
    expect(await navLink(driver, "depots").count()).toBe(0);
    expect(await navLink(driver, "users").count()).toBe(0);
    expect(await navLink(driver, "apiTokens").count()).toBe(0);
    // Typing the address does not help: the page says it is not available.
    await driver.goto(`${server.baseUrl}/users`);
    await eventually(() => heading(driver).textContent()).toMatch(/Недоступно|Not available/);
    // An address no page has says so.
    await driver.goto(`${server.baseUrl}/no-such-page`);
    await eventually(() => heading(driver).textContent()).toBe("Страница не найдена");

    const manager = await freshPage();
    await signIn(manager, server.baseUrl, "manager.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => navLink(manager, "users").count()).toBe(1);
    await eventually(() => navLink(manager, "apiTokens").count()).toBe(1);
    await navLink(manager, "users").click();
    await eventually(() => manager.locator("table").textContent()).toContain("Artur Ashba");
  });

  it("shows the API's message when the password is wrong", async ({ expect }) => {
    const eventually = poller(expect);
    const page = await freshPage();
    await signIn(page, server.baseUrl, "manager.sochi@fleethub.demo", "not-the-password");
    await eventually(() => page.getByRole("alert").textContent()).toContain(
      "the email or password is wrong",
    );
    expect(await page.locator("#login-email").isVisible()).toBe(true);
  });

  it("signs out to the sign-in page, after which the API answers 401", async ({ expect }) => {
    const eventually = poller(expect);
    const page = await freshPage();
    await signIn(page, server.baseUrl, "manager.krasnodar@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => heading(page).textContent()).toBe("Krasnodar City Bus");
    await page.locator(".user-button").click();
    await page.getByRole("button", { name: /Sign out|Выйти/ }).click();
    await eventually(() => page.locator("#login-email").isVisible()).toBe(true);
    const status = await page.evaluate(async () => (await fetch("/api/v1/me")).status);
    expect(status).toBe(401);
    await page.reload();
    await eventually(() => page.locator("#login-email").isVisible()).toBe(true);
  });

  it("folds the navigation into a menu button at phone width", async ({ expect }) => {
    const eventually = poller(expect);
    const page = await freshPage({ viewport: PHONE_VIEWPORT });
    await signIn(page, server.baseUrl, "dispatcher.krasnodar@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => heading(page).textContent()).toBe("Krasnodar City Bus");
    expect(await navLink(page, "board").isVisible()).toBe(false);
    const menuButton = page.locator(".menu-button");
    expect(await menuButton.isVisible()).toBe(true);
    await menuButton.click();
    await eventually(() => navLink(page, "board").isVisible()).toBe(true);
    await navLink(page, "board").click();
    await eventually(() => page.url()).toBe(`${server.baseUrl}/board`);
    // Choosing a page closes the menu again.
    await eventually(() => navLink(page, "board").isVisible()).toBe(false);
    await eventually(() => page.locator("main").textContent()).toContain("Depot No. 1 Severnaya");
  });
});
