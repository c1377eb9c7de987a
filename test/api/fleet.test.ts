/** The fleet registry: vehicles, CSV in and out, and checklists that change by new versions. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
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

async function managerOfA() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "cng" });
  const manager = new Client(t.app);
  await manager.login(n.managerA.email, TEST_PASSWORD);
  return { n, depot, model, manager };
}

const csv = (rows: string[]) =>
  [
    "fleet_number,vin,registration_plate,maker,model,powertrain,depot,in_service_date,status",
    ...rows,
  ].join("\n");

describe("vehicles", () => {
  it("registers a bus with a checked VIN and finds it by part of its plate", async () => {
    const { n, depot, model, manager } = await managerOfA();
    const created = await manager.post("/api/v1/vehicles", {
      organisationId: n.operatorA.id,
      depotId: depot.id,
      modelId: model.id,
      vin: "x9v21230070123456",
      registrationPlate: "а 123 вс 23",
      fleetNumber: "501",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      vin: "X9V21230070123456",
      registrationPlate: "А123ВС23",
      depotName: depot.name,
      status: "active",
    });
    const found = (await manager.get(`/api/v1/vehicles?q=${encodeURIComponent("123вс")}`)).json<
      { fleetNumber: string }[]
    >();
    expect(found.map((v) => v.fleetNumber)).toEqual(["501"]);
    const dup = await manager.post("/api/v1/vehicles", {
      organisationId: n.operatorA.id,
      modelId: model.id,
      vin: "X9V21230070123456",
      fleetNumber: "502",
    });
    expect(dup.json<ErrorJson>().error).toMatchObject({ code: "CONFLICT", field: "vin" });
    const badVin = await manager.post("/api/v1/vehicles", {
      organisationId: n.operatorA.id,
      modelId: model.id,
      vin: "X9V2123007O123456",
      fleetNumber: "503",
    });
    expect(badVin.json<ErrorJson>().error.message).toMatch(/vin: must not contain the letter O/);
  });

  it("takes a tractor by serial number, but not a bus", async () => {
    const { n, manager } = await managerOfA();
    const tractor = await makeModel(t.db, { vehicleType: "tractor" });
    expect(
      (
        await manager.post("/api/v1/vehicles", {
          organisationId: n.operatorA.id,
          modelId: tractor.id,
          serialNumber: "T250-0042",
          fleetNumber: "T42",
        })
      ).statusCode,
    ).toBe(201);
    const bus = await makeModel(t.db);
    expect(
      (
        await manager.post("/api/v1/vehicles", {
          organisationId: n.operatorA.id,
          modelId: bus.id,
          serialNumber: "B-1",
          fleetNumber: "B1",
        })
      ).json<ErrorJson>().error,
    ).toMatchObject({ field: "vin", message: "vin: is required for a bus" });
  });

  it("imports a CSV all or nothing, naming every bad line, then exports what it stored", async () => {
    const { n, depot, model, manager } = await managerOfA();
    const url = `/api/v1/vehicles/import?organisationId=${n.operatorA.id}`;
    const good1 = `601,${randomVin()},А601ВС23,${model.maker},${model.model},cng,${depot.name},2021-04-01,active`;
    const good2 = `602,${randomVin()},А602ВС23,${model.maker},${model.model},cng,${depot.name},2021-04-01,`;
    const bad = [
      `603,X9V2123007,А603ВС23,${model.maker},${model.model},cng,${depot.name},2021-04-01,active`,
      `604,${randomVin()},А604ВС23,Nobody,Nothing,cng,,2021-04-01,active`,
      `601,${randomVin()},А605ВС23,${model.maker},${model.model},cng,,2031-04-01,active`,
    ];
    const refused = await manager.request({
      method: "POST",
      url,
      payload: csv([good1, good2, ...bad]),
      headers: { "content-type": "text/csv" },
    });
    expect(refused.statusCode).toBe(400);
    const details = refused.json<ErrorJson>().error.details ?? [];
    expect(details.map((d) => d.line)).toEqual([4, 5, 6]);
    expect(details[0]?.message).toMatch(/vin: must be 17 characters/);
    expect(details[1]?.message).toMatch(/no model "Nobody Nothing"/);
    expect(details[2]?.message).toMatch(/in the future|also on line 2/);
    expect(
      (await manager.get(`/api/v1/vehicles?organisationId=${n.operatorA.id}`)).json<unknown[]>(),
    ).toHaveLength(0);

    const ok = await manager.request({
      method: "POST",
      url,
      payload: csv([good1, good2]),
      headers: { "content-type": "text/csv" },
    });
    expect(ok.json()).toEqual({ imported: 2 });
    const exported = await manager.get(
      `/api/v1/vehicles/export.csv?organisationId=${n.operatorA.id}&format=machine`,
    );
    expect(exported.headers["content-type"]).toMatch(/text\/csv/);
    const lines = exported.body.trim().split("\n");
    expect(lines[0]).toBe(
      "fleet_number,vin,serial_number,registration_plate,maker,model,powertrain,depot,in_service_date,status",
    );
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["601", "602"]);
    // What was exported imports again into another operator unchanged (the VINs clash, by design).
    const again = await manager.request({
      method: "POST",
      url,
      payload: exported.body,
      headers: { "content-type": "text/csv" },
    });
    expect(again.json<ErrorJson>().error.message).toMatch(/fleet number|VIN/);
  });

  it("refuses a CSV with a missing column", async () => {
    const { n, manager } = await managerOfA();
    const response = await manager.request({
      method: "POST",
      url: `/api/v1/vehicles/import?organisationId=${n.operatorA.id}`,
      payload: "fleet_number,vin\n1,X",
      headers: { "content-type": "text/csv" },
    });
    expect(response.json<ErrorJson>().error.details?.[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/missing columns: maker, model, powertrain/) as unknown,
    });
  });
});

describe("vehicles, for a manager whose account is in Russian", () => {
  it("refuses a VIN with the letter O and a CSV with bad lines in Russian, storing nothing; English keeps its words", async () => {
    const { n, depot, model, manager } = await managerOfA();
    const url = `/api/v1/vehicles/import?organisationId=${n.operatorA.id}`;
    const file = csv([
      `603,X9V2123007,А603ВС23,${model.maker},${model.model},cng,${depot.name},2021-04-01,active`,
      `604,${randomVin()},А604ВС23,Nobody,Nothing,cng,,2021-04-01,active`,
    ]);
    const post = (client: Client) =>
      client.request({
        method: "POST",
        url,
        payload: file,
        headers: { "content-type": "text/csv" },
      });
    // English, as API clients have read it: the count, then the first bad line.
    const inEnglish = await post(manager);
    expect(inEnglish.json<ErrorJson>().error.message).toBe(
      "the file has 2 problems; nothing was imported. First: line 2: vin: must be 17 characters (got 10)",
    );

    await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", n.managerA.id).execute();
    const russian = new Client(t.app);
    await russian.login(n.managerA.email, TEST_PASSWORD);
    const refused = await post(russian);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorJson>().error).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "file",
      message:
        "В файле ошибок: 2; ничего не импортировано. Первая: строка 2: Должен состоять из 17 символов (указано 10) (поле vin)",
    });
    // Each bad line too, as the import page lists them: in Russian here, in English above.
    const detailsOf = (response: { json: <T>() => T }) =>
      response.json<{ error: { details: { line?: number; field?: string; message: string }[] } }>()
        .error.details;
    expect(detailsOf(refused)[0]).toEqual({
      line: 2,
      field: "vin",
      message: "Должен состоять из 17 символов (указано 10) (поле vin)",
    });
    expect(detailsOf(refused)[1]?.message).toMatch(/[а-яё]/i);
    expect(detailsOf(inEnglish)[0]).toEqual({
      line: 2,
      field: "vin",
      message: "vin: must be 17 characters (got 10)",
    });

    const badVin = await russian.post("/api/v1/vehicles", {
      organisationId: n.operatorA.id,
      modelId: model.id,
      vin: "X9V2123007O123456",
      fleetNumber: "503",
    });
    expect(badVin.statusCode).toBe(400);
    expect(badVin.json<ErrorJson>().error.message).toBe(
      "Не может содержать букву O (в VIN не используются буквы I, O и Q) (поле vin)",
    );
    const stored = await t.db
      .selectFrom("vehicles")
      .select("id")
      .where("organisation_id", "=", n.operatorA.id)
      .execute();
    expect(stored).toEqual([]);
  });
});

describe("checklists", () => {
  it("copies the built-in checklist, changes it by a new version, and inspections keep the version they used", async () => {
    const { n, depot, model, manager } = await managerOfA();
    const vehicle = (
      await manager.post("/api/v1/vehicles", {
        organisationId: n.operatorA.id,
        depotId: depot.id,
        modelId: model.id,
        vin: randomVin(),
        fleetNumber: "701",
      })
    ).json<{ id: string }>();
    const builtIn = (await formFor(manager, vehicle.id)).template;
    const copy = await manager.post("/api/v1/inspection-templates", {
      basedOnId: builtIn.id,
      organisationId: n.operatorA.id,
      key: "our-bus-check",
    });
    expect(copy.json()).toMatchObject({ version: 1, builtIn: false, basedOnId: builtIn.id });
    const copyId = copy.json<{ id: string }>().id;
    const form1 = await formFor(manager, vehicle.id);
    expect(form1.template.id).toBe(copyId);
    const first = (
      await submit(manager, inspectionBody(form1, vehicle.id, { meterValue: 10_000 }))
    ).json<{ inspection: { templateId: string } }>();

    const full = (await manager.get(`/api/v1/inspection-templates/${copyId}`)).json<{
      items: object[];
    }>();
    const extra = {
      key: "ticket_validators",
      category: "equipment",
      label: { en: "Ticket validators work", ru: "Валидаторы работают" },
      severity: "minor",
      failNeedsComment: false,
      failNeedsPhoto: false,
      powertrains: [],
    };
    const v2 = await manager.post(`/api/v1/inspection-templates/${copyId}/versions`, {
      items: [...full.items, extra],
    });
    expect(v2.json()).toMatchObject({ version: 2, basedOnId: copyId });
    const form2 = await formFor(manager, vehicle.id);
    expect(form2.template.items.map((i) => i.key)).toContain("ticket_validators");
    // An answer for the old version is refused against the new one: the new item is missing.
    expect(
      (
        await submit(manager, {
          ...inspectionBody(form1, vehicle.id, { meterValue: 10_100 }),
          templateId: form2.template.id,
        })
      ).json<ErrorJson>().error.message,
    ).toMatch(/ticket_validators/);
    expect(first.inspection.templateId).toBe(copyId);
    const critical = { ...extra, key: "no_comment", severity: "critical" };
    expect(
      (
        await manager.post(`/api/v1/inspection-templates/${copyId}/versions`, { items: [critical] })
      ).json<ErrorJson>().error.field,
    ).toBe("items.0.failNeedsComment");
    expect(
      (
        await manager.post(`/api/v1/inspection-templates/${builtIn.id}/versions`, {
          items: [extra],
        })
      ).json<ErrorJson>().error.message,
    ).toMatch(/built-in template cannot be changed/);
  });
});
