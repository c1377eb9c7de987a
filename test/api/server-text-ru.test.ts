/**
 * Refusals of everyday work in Russian (issue #14 item 1): a Russian manager, dispatcher
 * or driver meets them in the web UI and an API client gets the same words. The expected
 * Russian is written here by hand, as a translator would put each refusal; the English
 * beside it is what clients have matched on so far.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "../../src/db/scope.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeVehicle,
} from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: { code: string; message: string; field?: string; key?: string };
}

const day = (offset: number) => todayIso(new Date(Date.now() + offset * 86_400_000));

async function signIn(email: string, locale?: "ru") {
  if (locale) await t.db.updateTable("users").set({ locale }).where("email", "=", email).execute();
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

describe("work orders, for a manager whose account is in Russian", () => {
  it("refuses a blank title, a skipped step and a schedule without its date in Russian, and the same in English for an English account", async () => {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const model = await makeModel(t.db, { powertrain: "diesel" });
    const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
    const english = await signIn(n.managerA.email);
    const blankInEnglish = await english.post("/api/v1/work-orders", {
      vehicleId: vehicle.id,
      title: "   ",
    });
    expect(blankInEnglish.statusCode).toBe(400);
    expect(blankInEnglish.json<ErrorJson>().error.message).toBe("title: must not be blank");

    const manager = await signIn(n.managerA.email, "ru");
    const blank = await manager.post("/api/v1/work-orders", {
      vehicleId: vehicle.id,
      title: "   ",
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<ErrorJson>().error).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "title",
      message: "Не может быть пустым (поле title)",
    });
    const stored = await t.db
      .selectFrom("work_orders")
      .select("id")
      .where("vehicle_id", "=", vehicle.id)
      .execute();
    expect(stored).toEqual([]);

    const created = await manager.post("/api/v1/work-orders", {
      vehicleId: vehicle.id,
      title: "Проверка",
    });
    expect(created.statusCode, created.body).toBe(201);
    const order = created.json<{ id: string; number: number }>();
    const skip = await manager.post(`/api/v1/work-orders/${order.id}/transitions`, {
      to: "verified",
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json<ErrorJson>().error).toMatchObject({
      code: "CONFLICT",
      field: "to",
      message: `Заказ-наряд ${order.number} запрошен; перевести его в состояние «принят» нельзя (поле to)`,
    });
    const noDate = await manager.post(`/api/v1/work-orders/${order.id}/transitions`, {
      to: "scheduled",
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json<ErrorJson>().error.message).toBe(
      "Укажите дату, чтобы запланировать заказ-наряд (поле scheduledFor)",
    );
  });
});

describe("the maintenance calendar and photos, for Russian accounts on an English browser", () => {
  it("refuses a backwards or too long calendar in Russian, with the day as sent", async () => {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const manager = await signIn(n.managerA.email, "ru");
    const ask = (from: string, to: string) =>
      manager.request({
        method: "GET",
        url: `/api/v1/maintenance/calendar?depotId=${depot.id}&from=${from}&to=${to}`,
        // The account's language wins over the browser's.
        headers: { "accept-language": "en-GB,en;q=0.9" },
      });
    const backwards = await ask(day(5), day(0));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorJson>().error.message).toBe(
      `Раньше начала периода (${day(5)}) (поле to)`,
    );
    const tooLong = await ask(day(0), day(400));
    expect(tooLong.statusCode).toBe(400);
    // 366 days: the calendar's own limit, a year with its leap day.
    expect(tooLong.json<ErrorJson>().error.message).toBe(
      "Календарь охватывает не более 366 дн. за раз (поле to)",
    );
  });

  it("asks a Russian driver for a photo sent as a form, not as JSON", async () => {
    const n = await makeNetwork(t.db);
    const driver = await signIn(n.driverA.email, "ru");
    const refused = await driver.request({
      method: "POST",
      url: `/api/v1/photos?organisationId=${n.operatorA.id}`,
      payload: { photo: "not a file" },
      headers: { "accept-language": "en" },
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json<ErrorJson>().error).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      field: "body",
      key: "photo.sendMultipart",
      message: "Отправьте multipart/form-data с полем «photo» (поле body)",
    });
  });
});
