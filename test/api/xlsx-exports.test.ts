/**
 * Every export that has a CSV also comes as an Excel workbook (`?format=xlsx`, issue #14
 * item 3). The workbook is read back with exceljs, as an independent reader of the file:
 * the headers in the person's language, numbers as number cells and times as date cells
 * (so Excel sums and sorts them), names beside ids, the header row bold and frozen. Who
 * may download what is exactly the CSV's: another operator's depot is not found, its
 * records are in no file.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  disableDefectWorkOrders,
  makeCertificate,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const today = new Date().toISOString().slice(0, 10);

async function signIn(email: string): Promise<Client> {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

interface Sheet {
  sheet: ExcelJS.Worksheet;
  headers: string[];
  /** Each data row as header → cell value (a number, a Date, text or null). */
  rows: Record<string, ExcelJS.CellValue>[];
}

/** Downloads an export as a workbook and reads its one sheet with exceljs. */
async function download(client: Client, url: string): Promise<Sheet> {
  const response = await client.get(url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers["content-type"]).toBe(XLSX);
  expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="[^"]+\.xlsx"$/);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer (its own "Buffer"); JSZip reads either.
  await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  }
  return { sheet, headers, rows };
}

interface World {
  operatorName: string;
  modelName: string;
  fleetNumber: string;
  fleetNumberB: string;
  inspectionId: string;
  submittedAt: Date;
  depotId: string;
  depotIdB: string;
  driverName: string;
  russian: Client;
  english: Client;
}
let w: World;

beforeAll(async () => {
  const n = await makeNetwork(t.db);
  await disableDefectWorkOrders(t.db, n.operatorA.id);
  await disableDefectWorkOrders(t.db, n.operatorB.id);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "diesel" });
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const englishManager = await makeUser(t.db, [[n.operatorA.id, "operator_manager"]]);
  await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", n.managerA.id).execute();
  const controllerUser = await makeUser(t.db, [[n.operatorA.id, "technical_controller"]]);
  await makeCertificate(t.db, controllerUser.id, n.operatorA.id, "pretrip_technical_control");
  const russian = await signIn(n.managerA.email);
  const english = await signIn(englishManager.email);
  expect(
    (
      await russian.put("/api/v1/release-policy", {
        organisationId: n.operatorA.id,
        policy: "ru_pretrip",
      })
    ).statusCode,
  ).toBe(200);
  const driver = await signIn(n.driverA.email);
  const form = await formFor(driver, vehicle.id);
  const submitted = await submit(
    driver,
    inspectionBody(form, vehicle.id, { fail: ["lights"], meterValue: 40_000 }),
  );
  expect(submitted.statusCode).toBe(201);
  const inspection = submitted.json<{ inspection: { id: string; submittedAt: string } }>();
  const controller = await signIn(controllerUser.email);
  const control = await controller.post("/api/v1/technical-controls", {
    vehicleId: vehicle.id,
    driverUserId: n.driverA.id,
    passed: true,
    odometerKm: 98_765.4,
    signature: "Иванов И.И.",
  });
  expect(control.statusCode).toBe(201);

  // Operator B: a depot, a vehicle and a failed check of its own, in no file of A's.
  const depotB = await makeDepot(t.db, n.operatorB.id);
  const vehicleB = await makeVehicle(t.db, n.operatorB.id, model.id, { depotId: depotB.id });
  const driverB = await makeUser(t.db, [[n.operatorB.id, "driver"]]);
  const driverBClient = await signIn(driverB.email);
  const formB = await formFor(driverBClient, vehicleB.id);
  expect(
    (await submit(driverBClient, inspectionBody(formB, vehicleB.id, { fail: ["lights"] })))
      .statusCode,
  ).toBe(201);

  const operator = await t.db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", n.operatorA.id)
    .executeTakeFirstOrThrow();
  w = {
    operatorName: operator.name,
    modelName: `${model.maker} ${model.model}`,
    fleetNumber: vehicle.fleet_number,
    fleetNumberB: vehicleB.fleet_number,
    inspectionId: inspection.inspection.id,
    submittedAt: new Date(inspection.inspection.submittedAt),
    depotId: depot.id,
    depotIdB: depotB.id,
    driverName: n.driverA.name,
    russian,
    english,
  };
});

/** Whether two instants fall in the same minute (the file keeps minutes, as Excel shows). */
function sameMinute(a: ExcelJS.CellValue, b: Date): boolean {
  return a instanceof Date && Math.abs(a.getTime() - b.getTime()) < 60_000;
}

describe("a Russian manager's workbooks", () => {
  it("inspections: Russian headers, the odometer a number cell, the time a date cell, names beside the vehicle", async () => {
    const { sheet, headers, rows } = await download(
      w.russian,
      `/api/v1/inspections/export.csv?from=${today}&to=${today}&format=xlsx`,
    );
    expect(headers).toContain("Гар. №");
    expect(headers).toContain("Пробег по одометру, км");
    expect(headers.slice(0, 4)).toEqual([
      "ID осмотра",
      "Отправлен (UTC)",
      "Начало смены (UTC)",
      "Организация",
    ]);
    expect(sheet.name).toBe("Осмотры");
    const row = rows.find((r) => r["ID осмотра"] === w.inspectionId);
    expect(row?.["Пробег по одометру, км"]).toBe(40_000);
    expect(sameMinute(row?.["Отправлен (UTC)"] ?? null, w.submittedAt)).toBe(true);
    expect(row?.["Организация"]).toBe(w.operatorName);
    expect(row?.["Модель ТС"]).toBe(w.modelName);
    expect(row?.["Результат"]).toBe("неисправен");
    // The header row is bold and stays in view; dates show as a Russian Excel writes them.
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(2).getCell(2).numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual("ID осмотра".length);
  });

  it("defects: words for status, severity and category; only the manager's own operator", async () => {
    const { rows } = await download(
      w.russian,
      `/api/v1/defects/export.csv?from=${today}&to=${today}&format=xlsx`,
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.["Гар. №"]).toBe(w.fleetNumber);
    expect(row?.["Состояние"]).toBe("открыта");
    expect(row?.["Важность"]).toBe("существенно");
    expect(row?.["Категория"]).toBe("световые приборы");
    expect(row?.["ID осмотра"]).toBe(w.inspectionId);
    expect(sameMinute(row?.["Выявлена (UTC)"] ?? null, w.submittedAt)).toBe(true);
    expect(rows.some((r) => r["Гар. №"] === w.fleetNumberB)).toBe(false);
  });

  it("vehicles: the day in service a date cell (1 May 2022), status and powertrain in words", async () => {
    const { sheet, rows } = await download(w.russian, "/api/v1/vehicles/export.csv?format=xlsx");
    const row = rows.find((r) => r["Гар. №"] === w.fleetNumber);
    expect(row?.["Организация"]).toBe(w.operatorName);
    expect(row?.["Состояние"]).toBe("в работе");
    expect(row?.["Силовая установка"]).toBe("дизель");
    // makeVehicle puts every vehicle in service on 1 May 2022.
    expect(row?.["В эксплуатации с"]).toEqual(new Date(Date.UTC(2022, 4, 1)));
    const column = sheet.getRow(1).values as ExcelJS.CellValue[];
    expect(sheet.getRow(2).getCell(column.indexOf("В эксплуатации с")).numFmt).toBe("dd.mm.yyyy");
    expect(rows.some((r) => r["Гар. №"] === w.fleetNumberB)).toBe(false);
  });

  it("pre-trip journal: 98 765.4 km a number cell, the control's times date cells, the driver's name", async () => {
    const { rows } = await download(
      w.russian,
      `/api/v1/depots/${w.depotId}/pretrip-journal.csv?format=xlsx`,
    );
    const [row] = rows;
    expect(row?.["Пробег по одометру, км"]).toBe(98_765.4);
    expect(row?.["Результат"]).toBe("пройден");
    expect(row?.["Водитель"]).toBe(w.driverName);
    expect(row?.["Время контроля (UTC)"]).toBeInstanceOf(Date);
    expect(row?.["Время контроля (местное)"]).toBeInstanceOf(Date);
  });

  it("every report: a workbook whose every header is in Russian words", async () => {
    const reports = [
      "agreement-targets",
      "availability",
      "check-flags-weekly",
      "check-proof",
      "defects-by-category",
      "mkbf",
      "deliveries",
      "overdue-maintenance",
      "training-coverage",
      "work-order-backlog",
    ];
    const undated = [
      "deliveries",
      "overdue-maintenance",
      "training-coverage",
      "work-order-backlog",
    ];
    for (const name of reports) {
      const query = undated.includes(name)
        ? "?format=xlsx"
        : `?from=${today}&to=${today}&format=xlsx`;
      const { headers } = await download(w.russian, `/api/v1/reports/${name}.csv${query}`);
      expect(headers.length, name).toBeGreaterThan(2);
      for (const header of headers) expect(header, `${name}: ${header}`).toMatch(/[А-Яа-яЁё]/);
    }
    const { rows } = await download(
      w.russian,
      `/api/v1/reports/defects-by-category.csv?from=${today}&to=${today}&format=xlsx`,
    );
    const lights = rows.find((r) => r["Категория"] === "световые приборы");
    expect(lights?.["Неисправности"]).toBe(1);
  });
});

describe("an English manager's workbook", () => {
  it("English headers and words, dates as day/month/year", async () => {
    const { sheet, rows } = await download(
      w.english,
      `/api/v1/defects/export.csv?from=${today}&to=${today}&format=xlsx`,
    );
    expect(sheet.name).toBe("Defects");
    expect(rows[0]?.["Fleet number"]).toBe(w.fleetNumber);
    expect(rows[0]?.["Status"]).toBe("open");
    expect(rows[0]?.["Category"]).toBe("lights");
    expect(sheet.getRow(2).getCell(2).numFmt).toBe("dd/mm/yyyy hh:mm");
  });
});

describe("who may download a workbook: exactly who may download the CSV", () => {
  it("another operator's depot journal is not found; without a session nothing", async () => {
    const other = await w.russian.get(
      `/api/v1/depots/${w.depotIdB}/pretrip-journal.csv?format=xlsx`,
    );
    expect(other.statusCode).toBe(404);
    const anonymous = await new Client(t.app).get("/api/v1/vehicles/export.csv?format=xlsx");
    expect(anonymous.statusCode).toBe(401);
  });
});
