/**
 * A download link carries the page's language (issue #14): the browser opens it without the
 * page's X-Fleethub-Locale header, so the web page adds `?locale=`, which comes before the
 * header, the account's language and Accept-Language. An English account on a page in
 * Russian downloads Russian files, and the planner's report reads Russian.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DETROIT_GTFS } from "../fixtures/paths.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
} from "../helpers/factories.js";
import { prepareGtfsPlanInput, runPlan } from "../../src/planner/index.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const BOM = "\uFEFF";

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}

async function signIn(email: string): Promise<Client> {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

describe("a download in the page's language", () => {
  let english: Client;
  let russian: Client;
  let fleetNumber: string;
  let runId: string;
  let planner: Client;
  beforeAll(async () => {
    const n = await makeNetwork(t.db);
    const model = await makeModel(t.db, { powertrain: "diesel" });
    fleetNumber = (await makeVehicle(t.db, n.operatorA.id, model.id)).fleet_number;
    // The factory's accounts are in English; one is switched to Russian.
    const englishManager = await makeUser(t.db, [[n.operatorA.id, "operator_manager"]]);
    const russianManager = await makeUser(t.db, [[n.operatorA.id, "operator_manager"]]);
    await t.db
      .updateTable("users")
      .set({ locale: "ru" })
      .where("id", "=", russianManager.id)
      .execute();
    english = await signIn(englishManager.email);
    russian = await signIn(russianManager.email);

    // A finished plan of the Detroit subset on 5 July 2022, stored as a run would store it.
    const plannerUser = await makeUser(t.db, [[n.operatorA.id, "planner"]]);
    planner = await signIn(plannerUser.email);
    const result = runPlan(
      await prepareGtfsPlanInput({ gtfsPath: DETROIT_GTFS, date: "2022-07-05", scenario: null }),
    );
    const timetable = await t.db
      .insertInto("planner_timetables")
      .values({
        organisation_id: n.operatorA.id,
        name: "Detroit",
        file_name: "detroit-ddot-subset.zip",
        size_bytes: 100,
        sha256: "0".repeat(64),
        storage_key: `${n.operatorA.id}/timetables/detroit.zip`,
        service_start: "2022-06-27",
        service_end: "2022-09-24",
        trip_count: 83,
        route_count: 1,
        stop_count: 2,
        has_block_ids: true,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const run = await t.db
      .insertInto("planner_runs")
      .values({
        organisation_id: n.operatorA.id,
        timetable_id: timetable.id,
        timetable_name: "Detroit",
        scenario_id: null,
        scenario_name: "default",
        scenario_text: "{}",
        service_date: "2022-07-05",
        sensitivity: true,
        status: "succeeded",
        summary: JSON.stringify({ scenarioName: "default", options: [] }),
        result: JSON.stringify(result),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    runId = run.id;
  }, 120_000);

  it("an English account's CSV in Russian with ?locale=ru: semicolons, Russian headers and words", async () => {
    const response = await english.get("/api/v1/vehicles/export.csv?locale=ru");
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith(BOM)).toBe(true);
    const rows = parse<Record<string, string>>(response.body, {
      bom: true,
      columns: true,
      delimiter: ";",
    });
    // makeVehicle puts every vehicle in service on 1 May 2022, as Russian writes it 01.05.2022.
    expect(rows.find((r) => r["Гар. №"] === fleetNumber)).toMatchObject({
      Состояние: "в работе",
      "Силовая установка": "дизель",
      "В эксплуатации с": "01.05.2022",
    });
    // Without it, the account's English, as before.
    const plain = await english.get("/api/v1/vehicles/export.csv");
    expect(plain.body.slice(1).split("\n")[0]).toMatch(/^Organisation,Fleet number,/);
  });

  it("puts ?locale= before the page's header and the account's language", async () => {
    const asked = await english.request({
      method: "GET",
      url: "/api/v1/vehicles/export.csv?format=xlsx&locale=ru",
      headers: { "x-fleethub-locale": "en", "accept-language": "en" },
    });
    expect(asked.statusCode).toBe(200);
    // The workbook read back with exceljs: its header row in Russian.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(asked.rawPayload).buffer);
    const headers = (workbook.worksheets[0]?.getRow(1).values as ExcelJS.CellValue[])
      .slice(1)
      .map(String);
    expect(headers).toEqual(expect.arrayContaining(["Гар. №", "Состояние", "Силовая установка"]));
    const back = await russian.get("/api/v1/vehicles/export.csv?locale=en");
    const header = back.body.slice(1).split("\n")[0] ?? "";
    expect(header).toMatch(/^Organisation,Fleet number,/);
    expect(header).not.toMatch(/[А-Яа-яЁё]/);
  });

  it("refuses a language it does not speak, naming the field `locale`, in the caller's language", async () => {
    const response = await russian.get("/api/v1/vehicles/export.csv?locale=de");
    expect(response.statusCode).toBe(400);
    const error = response.json<ErrorJson>().error;
    expect(error.field).toBe("locale");
    expect(error.message).toContain("locale");
    expect(error.message).toMatch(/[А-Яа-яЁё]/);
    const report = await english.get(`/api/v1/planner/runs/${runId}/report?locale=fr`);
    expect(report.statusCode).toBe(400);
    expect(report.json<ErrorJson>().error.field).toBe("locale");
  });

  it("the planner's report in Russian for an English account with ?locale=ru", async () => {
    const response = await planner.get(`/api/v1/planner/runs/${runId}/report?locale=ru`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain('<html lang="ru">');
    expect(response.body).toContain("<h2>Варианты технологий</h2>");
    // 83 trips in 56 blocks given by the feed's block_id (src/planner/cli/plan-command.test.ts).
    expect(response.body).toContain("рейсов — 83, выпусков — 56 (выпуски по block_id фида)");
    const plain = await planner.get(`/api/v1/planner/runs/${runId}/report`);
    expect(plain.body).toContain('<html lang="en">');
    expect(plain.body).toContain("<h2>Technology options</h2>");
    // The page's header alone (an API client of the page) gives Russian too.
    const header = await planner.request({
      method: "GET",
      url: `/api/v1/planner/runs/${runId}/report`,
      headers: { "x-fleethub-locale": "ru" },
    });
    expect(header.body).toContain("<h1>План перехода: по умолчанию</h1>");
  });
});
