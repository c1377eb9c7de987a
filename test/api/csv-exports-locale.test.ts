/**
 * Every CSV export opens in the person's Excel (issue #14, item 2): a UTF-8 byte-order
 * mark, a semicolon between cells in Russian and a comma in English, headers, statuses and
 * other enumerations in the person's words, names beside ids, dates as the language writes
 * them. `?format=machine` keeps the headers integrations read today. Every file is read
 * with a real CSV parser (csv-parse) set to the separator the language uses.
 */
import { parse } from "csv-parse/sync";
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
  makeOrganisation,
  makeVehicle,
  randomVin,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const BOM = "\uFEFF";
const today = new Date().toISOString().slice(0, 10);
/** Today as Russian and British Excel write a date. */
const [year, month, dayOfMonth] = today.split("-");
const todayRu = `${dayOfMonth}.${month}.${year}`;
const todayEn = `${dayOfMonth}/${month}/${year}`;

async function signIn(email: string): Promise<Client> {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

/** The file read the way Excel reads it in that language: BOM first, then the separator. */
function read(body: string, delimiter: ";" | ","): Record<string, string>[] {
  expect(body.startsWith(BOM)).toBe(true);
  return parse(body, { bom: true, columns: true, delimiter, skip_empty_lines: true });
}

interface World {
  operatorName: string;
  modelName: string;
  fleetNumber: string;
  inspectionId: string;
  depotId: string;
  driverName: string;
  russian: Client;
  english: Client;
}
let w: World;

beforeAll(async () => {
  const n = await makeNetwork(t.db);
  await disableDefectWorkOrders(t.db, n.operatorA.id);
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
  const controller = await signIn(controllerUser.email);
  const control = await controller.post("/api/v1/technical-controls", {
    vehicleId: vehicle.id,
    driverUserId: n.driverA.id,
    passed: true,
    odometerKm: 98_765.4,
    signature: "Иванов И.И.",
  });
  expect(control.statusCode).toBe(201);
  const operator = await t.db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", n.operatorA.id)
    .executeTakeFirstOrThrow();
  w = {
    operatorName: operator.name,
    modelName: `${model.maker} ${model.model}`,
    fleetNumber: vehicle.fleet_number,
    inspectionId: submitted.json<{ inspection: { id: string } }>().inspection.id,
    depotId: depot.id,
    driverName: n.driverA.name,
    russian,
    english,
  };
});

const range = () => `from=${today}&to=${today}&depotId=${w.depotId}`;

describe("a Russian manager's downloads", () => {
  it("inspections: Russian headers, the organisation and model beside the vehicle, the result in words", async () => {
    const response = await w.russian.get(`/api/v1/inspections/export.csv?${range()}`);
    expect(response.statusCode).toBe(200);
    const [row, ...rest] = read(response.body, ";");
    expect(rest).toHaveLength(0);
    expect(row?.["ID осмотра"]).toBe(w.inspectionId);
    expect(row?.["Организация"]).toBe(w.operatorName);
    expect(row?.["Гар. №"]).toBe(w.fleetNumber);
    expect(row?.["Модель ТС"]).toBe(w.modelName);
    expect(row?.["Результат"]).toBe("неисправен");
    expect(row?.["Пробег по одометру, км"]).toBe("40000");
    expect(row?.["Отправлен (UTC)"]).toMatch(new RegExp(`^${todayRu} \\d{2}:\\d{2}$`));
  });

  it("defects: status, severity and category as Russian words", async () => {
    const response = await w.russian.get(`/api/v1/defects/export.csv?${range()}`);
    const [row] = read(response.body, ";");
    expect(row?.["Состояние"]).toBe("открыта");
    expect(row?.["Важность"]).toBe("существенно");
    expect(row?.["Категория"]).toBe("световые приборы");
    expect(row?.["Модель ТС"]).toBe(w.modelName);
    expect(row?.["ID осмотра"]).toBe(w.inspectionId);
  });

  it("vehicles: the organisation's name, status and powertrain in words, the day as dd.mm.yyyy", async () => {
    const response = await w.russian.get("/api/v1/vehicles/export.csv");
    const rows = read(response.body, ";");
    const row = rows.find((r) => r["Гар. №"] === w.fleetNumber);
    expect(row?.["Организация"]).toBe(w.operatorName);
    expect(row?.["Состояние"]).toBe("в работе");
    expect(row?.["Силовая установка"]).toBe("дизель");
    // makeVehicle puts every vehicle in service on 1 May 2022.
    expect(row?.["В эксплуатации с"]).toBe("01.05.2022");
  });

  it("pre-trip journal: the result in words, a decimal comma, the driver's name", async () => {
    const response = await w.russian.get(`/api/v1/depots/${w.depotId}/pretrip-journal.csv`);
    const [row] = read(response.body, ";");
    expect(row?.["Результат"]).toBe("пройден");
    expect(row?.["Пробег по одометру, км"]).toBe("98765,4");
    expect(row?.["Водитель"]).toBe(w.driverName);
    expect(row?.["Время контроля (UTC)"]).toMatch(new RegExp(`^${todayRu} \\d{2}:\\d{2}$`));
  });

  it("every report: BOM, semicolons, every header in Russian words", async () => {
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
    for (const name of reports) {
      const undated = [
        "deliveries",
        "overdue-maintenance",
        "training-coverage",
        "work-order-backlog",
      ].includes(name);
      const response = await w.russian.get(
        `/api/v1/reports/${name}.csv${undated ? "" : `?from=${today}&to=${today}`}`,
      );
      expect(response.statusCode, name).toBe(200);
      expect(response.body.startsWith(BOM), name).toBe(true);
      const headerLine = response.body.slice(1).split("\r\n")[0]?.split("\n")[0] ?? "";
      const headers = parse(headerLine, { delimiter: ";" })[0] as string[];
      expect(headers.length, name).toBeGreaterThan(2);
      for (const header of headers) expect(header, `${name}: ${header}`).toMatch(/[А-Яа-яЁё]/);
    }
    const defects = read(
      (await w.russian.get(`/api/v1/reports/defects-by-category.csv?from=${today}&to=${today}`))
        .body,
      ";",
    );
    expect(defects).toContainEqual(
      expect.objectContaining({
        Категория: "световые приборы",
        Важность: "существенно",
        Пожароопасно: "нет",
      }),
    );
    const availability = read(
      (await w.russian.get(`/api/v1/reports/availability.csv?from=${today}&to=${today}`)).body,
      ";",
    );
    expect(availability).toContainEqual(
      expect.objectContaining({ Организация: w.operatorName, Уровень: "весь перевозчик" }),
    );
  });
});

describe("an English manager's downloads", () => {
  it("comma separated, English headers and words, dd/mm/yyyy", async () => {
    const inspections = read(
      (await w.english.get(`/api/v1/inspections/export.csv?${range()}`)).body,
      ",",
    );
    expect(inspections[0]).toMatchObject({
      "Inspection ID": w.inspectionId,
      Organisation: w.operatorName,
      "Vehicle model": w.modelName,
      Result: "failed",
    });
    expect(inspections[0]?.["Submitted (UTC)"]).toMatch(new RegExp(`^${todayEn} \\d{2}:\\d{2}$`));
    const defects = read((await w.english.get(`/api/v1/defects/export.csv?${range()}`)).body, ",");
    expect(defects[0]).toMatchObject({ Status: "open", Severity: "major", Category: "lights" });
    const vehicles = read((await w.english.get("/api/v1/vehicles/export.csv")).body, ",");
    expect(vehicles.find((r) => r["Fleet number"] === w.fleetNumber)).toMatchObject({
      Organisation: w.operatorName,
      Status: "active",
      Powertrain: "diesel",
      "In service since": "01/05/2022",
    });
    const journal = read(
      (await w.english.get(`/api/v1/depots/${w.depotId}/pretrip-journal.csv`)).body,
      ",",
    );
    expect(journal[0]).toMatchObject({ Result: "passed", "Odometer, km": "98765.4" });
    const availability = await w.english.get(
      `/api/v1/reports/availability.csv?from=${today}&to=${today}`,
    );
    expect(read(availability.body, ",")).toContainEqual(
      expect.objectContaining({ Organisation: w.operatorName, Level: "whole operator" }),
    );
  });

  it("the account's language first; an API token (no account language) gets Accept-Language", async () => {
    // The Russian manager's browser asking for English still gets Russian.
    const asked = await w.russian.request({
      method: "GET",
      url: `/api/v1/defects/export.csv?${range()}`,
      headers: { "accept-language": "en-GB,en;q=0.9" },
    });
    expect(read(asked.body, ";")[0]?.["Состояние"]).toBe("открыта");
    const minted = await w.russian.post("/api/v1/api-tokens", {
      name: "excel",
      role: "operator_manager",
    });
    expect(minted.statusCode).toBe(201);
    const token = new Client(t.app, minted.json<{ secret: string }>().secret);
    const url = `/api/v1/defects/export.csv?${range()}`;
    const russian = await token.request({
      method: "GET",
      url,
      headers: { "accept-language": "de-DE,ru;q=0.8,en;q=0.5" },
    });
    expect(read(russian.body, ";")[0]?.["Состояние"]).toBe("открыта");
    const plain = await token.get(url);
    expect(read(plain.body, ",")[0]?.Status).toBe("open");
  });
});

describe("the machine file", () => {
  // The headers every export wrote before issue #14, copied from the code as it was then.
  const TODAY_HEADERS = {
    inspections:
      "inspection_id,submitted_at,shift_start,fleet_number,registration_plate,vin_or_serial,depot,checklist,odometer_km,engine_hours,result,failed_items,not_applicable_items,signed_by,comments,corrects_inspection_id",
    defects:
      "defect_id,opened_at,fleet_number,registration_plate,vin_or_serial,depot,item,category,severity,description,status,certified_by,resolved_at,reviewed_by,reviewed_at,inspection_id",
    vehicles:
      "fleet_number,vin,serial_number,registration_plate,maker,model,powertrain,depot,in_service_date,status",
    journal:
      "controlled_at_local,controlled_at_utc,shift_start_utc,fleet_number,registration_plate,model,odometer_km,result,driver,controller,signature,notes",
    availability:
      "level,organisationId,organisationName,depotId,depotName,vehicles,vehicleDays,unavailableDays,availableDays,availability",
    backlog:
      "organisationId,organisationName,status,open,age0To2Days,age3To7Days,age8To30Days,ageOver30Days,oldestWorkOrderId,oldestWorkOrderNumber,oldestOpenedAt,oldestAgeDays",
  };
  it("keeps today's headers, raw values, commas and no BOM, whatever the caller's language", async () => {
    const get = async (path: string) => {
      const response = await w.russian.get(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.body.startsWith(BOM), path).toBe(false);
      return response.body;
    };
    const inspections = await get(`/api/v1/inspections/export.csv?${range()}&format=machine`);
    expect(inspections.split("\n")[0]).toBe(TODAY_HEADERS.inspections);
    const defects = await get(`/api/v1/defects/export.csv?${range()}&format=machine`);
    expect(defects.split("\n")[0]).toBe(TODAY_HEADERS.defects);
    const defectRow = parse<Record<string, string>>(defects, { columns: true })[0];
    expect(defectRow).toMatchObject({ status: "open", severity: "major", category: "lights" });
    expect(defectRow?.opened_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const vehicles = await get("/api/v1/vehicles/export.csv?format=machine");
    expect(vehicles.split("\n")[0]).toBe(TODAY_HEADERS.vehicles);
    const journal = await get(`/api/v1/depots/${w.depotId}/pretrip-journal.csv?format=machine`);
    expect(journal.split("\n")[0]).toBe(TODAY_HEADERS.journal);
    expect(parse<Record<string, string>>(journal, { columns: true })[0]).toMatchObject({
      result: "passed",
      odometer_km: "98765.4",
    });
    const availability = await get(
      `/api/v1/reports/availability.csv?from=${today}&to=${today}&format=machine`,
    );
    expect(availability.split("\n")[0]).toBe(TODAY_HEADERS.availability);
    const backlog = await get("/api/v1/reports/work-order-backlog.csv?format=machine");
    expect(backlog.split("\n")[0]).toBe(TODAY_HEADERS.backlog);
  });

  it("refuses a format it does not know, naming the field", async () => {
    const response = await w.russian.get("/api/v1/vehicles/export.csv?format=ods");
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { field?: string } }>().error.field).toBe("format");
  });
});

describe("a Russian manager's vehicle file, back from Excel", () => {
  it("imports with semicolons, Russian headers, statuses in words and dd.mm.yyyy days", async () => {
    const operator = await makeOrganisation(t.db, "operator");
    const manager = await makeUser(t.db, [[operator.id, "operator_manager"]]);
    const client = await signIn(manager.email);
    const model = await makeModel(t.db, { powertrain: "cng" });
    const vin = randomVin();
    // Written by hand the way Russian Excel saves the person's export: BOM, semicolons,
    // the organisation column (ignored: the organisation is the query's).
    const file =
      `${BOM}Организация;Гар. №;VIN;Зав. №;Госномер;Производитель;Модель;Силовая установка;Депо;В эксплуатации с;Состояние\r\n` +
      `Любая;R-501;${vin};;А501ВС23;${model.maker};${model.model};КПГ;;15.03.2021;В ремонте\r\n`;
    const imported = await client.request({
      method: "POST",
      url: `/api/v1/vehicles/import?organisationId=${operator.id}`,
      payload: file,
      headers: { "content-type": "text/csv" },
    });
    expect(imported.json()).toEqual({ imported: 1 });
    const machine = await client.get(
      `/api/v1/vehicles/export.csv?organisationId=${operator.id}&format=machine`,
    );
    expect(parse<Record<string, string>>(machine.body, { columns: true })).toEqual([
      {
        fleet_number: "R-501",
        vin,
        serial_number: "",
        registration_plate: "А501ВС23",
        maker: model.maker,
        model: model.model,
        powertrain: "cng",
        depot: "",
        in_service_date: "2021-03-15",
        status: "in_repair",
      },
    ]);
  });
});
