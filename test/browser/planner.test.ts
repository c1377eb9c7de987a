/**
 * The planner page in a real Chromium: a planner uploads the Detroit feed, runs a plan with
 * the defaults and one with a saved scenario, sees the charts, and compares the two runs.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  DESKTOP_VIEWPORT,
  launchBrowser,
  openPage,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";
import { DETROIT_GTFS } from "../fixtures/paths.js";

const DETROIT = DETROIT_GTFS;

describe.skipIf(skipBrowserSuite)("planner page", { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("uploads a feed, runs two plans, shows the charts and compares the runs", async ({
    expect,
  }) => {
    const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 60_000 });
    const { page } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await signIn(page, server.baseUrl, "planner@fleethub.demo", DEMO_PASSWORD);
    await page.locator('nav a[data-nav="planner"]').first().click();
    await eventually(() => page.locator("main h1").textContent()).toBe("Transition planner");

    await page.getByLabel("GTFS feed (.zip)").setInputFiles(DETROIT);
    await page.getByRole("button", { name: "Upload GTFS zip" }).click();
    const timetables = page.getByRole("table", { name: "Timetables (GTFS)" });
    await eventually(() => timetables.textContent()).toContain("detroit-ddot-subset");

    // A scenario through the form: the figure lands in the JSON, which the validator checks.
    await page.getByLabel("Scenario name").fill("Cheap power");
    await page.getByLabel("Electricity price per kWh").fill("0.05");
    await eventually(() => page.getByLabel(/Scenario JSON/).inputValue()).toContain(
      '"electricityPerKwh": 0.05',
    );
    await page.getByRole("button", { name: "Save scenario" }).click();
    await eventually(() => page.getByRole("status").allTextContents()).toContain("Saved.");
    // A bad figure in the raw JSON shows the validator's line and field.
    await page.getByLabel(/Scenario JSON/).fill('{\n  "prices": { "dieselPerLitre": -1 }\n}');
    await eventually(() => page.getByTestId("scenario-problem").textContent()).toContain(
      "prices.dieselPerLitre",
    );

    const runs = page.getByRole("table", { name: "Runs" });
    await page.getByLabel("Service date").fill("2022-07-05");
    await page.getByRole("button", { name: "Run plan" }).click();
    await eventually(() => runs.locator("tbody tr").first().textContent()).toContain("done");
    await page
      .locator("form.planner-run-form select")
      .nth(1)
      .selectOption({ label: "Cheap power" });
    await page.getByLabel("Sensitivity runs (slower)").check();
    await page.getByRole("button", { name: "Run plan" }).click();
    await eventually(() => runs.getByText("done").count()).toBe(2);

    await runs.getByRole("button", { name: "View" }).first().click();
    for (const chart of ["soc-chart", "power-chart", "tco-chart", "co2-chart"])
      await eventually(() => page.getByTestId(chart).locator("svg").count()).toBe(1);
    await expect(
      page.getByTestId("soc-chart").locator("path, polyline").count(),
    ).resolves.toBeGreaterThan(3);

    // Data checks: the Detroit subset's 56 feed blocks for 4 trips at once are named.
    const checks = page.getByRole("table", { name: "Data checks" });
    await eventually(() => checks.textContent()).toContain(
      "Fleet far above the peak of trips at once",
    );
    // The plan's warnings are on the page too: Detroit's calendar runs 82 days from 5 July
    // to 24 September 2022 (calendar.txt), so the year is those days scaled by 365 / 82.
    const warnings = page.getByRole("region", { name: "Warnings" });
    await eventually(() => warnings.textContent()).toContain(
      "covers 82 day(s) from 2022-07-05 (to 2022-09-24), less than a year",
    );
    // The year from Detroit's calendar (Mon–Fri to 24 Sep 2022): 59 weekdays from 5 July.
    const year = page.getByRole("table", { name: "A year from the service calendar" });
    await eventually(() => year.locator("tbody tr").count()).toBe(1);
    await expect(year.locator("tbody tr td").nth(0).textContent()).resolves.toBe("Mon–Fri");
    await expect(year.locator("tbody tr td").nth(1).textContent()).resolves.toBe("59");
    // The sensitivity of the ranking is on the page, not only in the HTML report.
    const sensitivity = page.getByRole("table", { name: "Sensitivity of the ranking" });
    await eventually(() => sensitivity.textContent()).toContain("electricity price × 0.5");
    await expect(sensitivity.textContent()).resolves.toContain("winter day -15 °C");
    // The cost parts: the default CNG option carries its filling station, 1.5 M€ plus
    // 75 k€ a year at 4 % over 20 years (annuity factor 13.5903): 2,519,274 €; diesel none.
    const costs = page.getByRole("table", {
      name: "Cost parts, present value over the horizon (EUR)",
    });
    await eventually(() => costs.locator("thead").textContent()).toContain("demand charges");
    await expect(costs.locator("thead").textContent()).resolves.toContain("CNG filling station");
    const stationColumn = (await costs.locator("thead th").allTextContents()).indexOf(
      "CNG filling station",
    );
    const cell = (option: string) =>
      costs.locator("tbody tr", { hasText: option }).locator("td").nth(stationColumn).textContent();
    await expect(cell("12 m CNG bus").then((t) => t?.replace(/\D/g, ""))).resolves.toBe("2519274");
    await expect(cell("12 m diesel bus")).resolves.toBe("0");
    // No option name is cut off on the left of the cost chart: every label's box, measured by
    // the browser, starts inside the chart.
    const leftmost = await page
      .getByTestId("tco-chart")
      .locator("svg")
      .evaluate((svg) =>
        Math.min(
          ...[...svg.querySelectorAll("text[text-anchor='end']")].map(
            (t) => (t as SVGTextElement).getBBox().x,
          ),
        ),
      );
    expect(leftmost).toBeGreaterThanOrEqual(0);
    // The saved scenario's report carries its name, not "default" (the newest run is first).
    const reportTitle = await page.evaluate(async () => {
      const list = (await (await fetch("/api/v1/planner/runs")).json()) as { id: string }[];
      const html = await (await fetch(`/api/v1/planner/runs/${list[0]!.id}/report`)).text();
      return /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
    });
    expect(reportTitle).toBe("Transition plan: Cheap power");

    await runs.getByLabel("A").nth(1).check();
    await runs.getByLabel("B").nth(0).check();
    const comparison = page.getByTestId("comparison");
    await eventually(() => comparison.textContent()).toContain("B − A");
    await expect(comparison.getByRole("table").count()).resolves.toBeGreaterThanOrEqual(3);
    await eventually(() => comparison.textContent()).toContain("Cheap power");
    // No column of the comparison is clipped: every table fits its box (no hidden overflow).
    const clipped = await comparison
      .locator(".table-wrap")
      .evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
    expect(clipped).toBe(0);

    // In Russian the page names the options as the report does, and its report link opens
    // the report in Russian: a link the browser opens sends no header, so the page's
    // language rides in ?locale=.
    await page.getByRole("button", { name: "Русский" }).click();
    await eventually(() =>
      page.getByRole("table", { name: "Варианты технологий" }).textContent(),
    ).toContain("дизельный автобус 12 м");
    // The first run's scenario is the built-in one, named in the page's language.
    await eventually(() => page.getByRole("table", { name: "Расчёты" }).textContent()).toContain(
      "по умолчанию",
    );
    await eventually(() =>
      page.getByRole("region", { name: "Предупреждения" }).textContent(),
    ).toContain("календарь фида охватывает меньше года — дней: 82");
    const reportLink = page.getByRole("link", { name: "Отчёт (HTML)" });
    await eventually(() => reportLink.getAttribute("href")).toMatch(/\/report\?locale=ru$/);
    const href = (await reportLink.getAttribute("href")) ?? "";
    const report = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(report).toContain('<html lang="ru">');
    expect(report).toContain("<h1>План перехода: Cheap power</h1>");
    expect(report).toContain("<h2>Варианты технологий</h2>");

    // Leave no uploaded file behind in the data directory.
    const ids = await page.evaluate(async () => {
      const list = (await (await fetch("/api/v1/planner/timetables")).json()) as { id: string }[];
      return list.map((x) => x.id);
    });
    for (const id of ids)
      await page.evaluate(
        (timetableId) => fetch(`/api/v1/planner/timetables/${timetableId}`, { method: "DELETE" }),
        id,
      );
  });
});
