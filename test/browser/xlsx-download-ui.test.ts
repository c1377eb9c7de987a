/**
 * The Excel download in a real Chromium (issue #14 item 3): Sochi's manager, whose account
 * is in Russian, clicks «Выгрузить в Excel (XLSX)» on the vehicles page and gets a workbook
 * that exceljs opens: Russian headers, the demo's Sochi buses, the day in service a date.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import {
  launchBrowser,
  openPage,
  poller,
  signIn,
  skipBrowserSuite,
  startWebServer,
  type WebServer,
} from "../helpers/browser.js";

describe.skipIf(skipBrowserSuite)("the Excel download", { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a Russian manager clicks the Excel button and gets a workbook in Russian", async ({
    expect,
  }) => {
    const eventually = poller(expect);
    const { context, page } = await openPage(browser, { browserLocale: "ru-RU" });
    await signIn(page, server.baseUrl, "manager.sochi@fleethub.demo", DEMO_PASSWORD);
    await eventually(() => page.locator("nav a[data-nav]").count()).toBeGreaterThan(1);
    await page.goto(`${server.baseUrl}/vehicles`);
    const button = page.getByText("Выгрузить в Excel (XLSX)");
    await eventually(() => button.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("vehicles.xlsx");
    const file = await readFile(await download.path());
    // A workbook is a zip: "PK" first.
    expect(file.subarray(0, 2).toString("latin1")).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("Транспортные средства");
    const headers = (sheet?.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining(["Организация", "Гар. №", "Состояние", "В эксплуатации с"]),
    );
    const organisation = headers.indexOf("Организация") + 1;
    const inService = headers.indexOf("В эксплуатации с") + 1;
    const rows = (sheet?.rowCount ?? 0) - 1;
    expect(rows).toBeGreaterThan(0);
    for (let r = 2; r <= rows + 1; r++) {
      const row = sheet?.getRow(r);
      // Sochi's manager sees Sochi's buses only, each with a day in service.
      expect(row?.getCell(organisation).text).toMatch(/Сочи|Sochi/);
      expect(row?.getCell(inService).value).toBeInstanceOf(Date);
    }
    await context.close();
  });
});
