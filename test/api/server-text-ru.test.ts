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

describe("tokens, accounts, reports, the audit log and depots, for a Russian manager", () => {
  it("refuses a token with a role the manager does not hold and a token's own profile change in Russian, storing nothing", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email, "ru");
    const notHeld = await manager.post("/api/v1/api-tokens", {
      name: "интеграция",
      role: "mechanic",
    });
    expect(notHeld.statusCode).toBe(403);
    expect(notHeld.json<ErrorJson>().error).toMatchObject({
      code: "FORBIDDEN",
      message: "У вас самих нет роли «механик» (поле role)",
    });
    const tokens = await t.db
      .selectFrom("api_tokens")
      .select("id")
      .where("organisation_id", "=", n.operatorA.id)
      .execute();
    expect(tokens).toEqual([]);

    // A token asks in Russian through its caller's browser header: it has no profile to change.
    const minted = await manager.post("/api/v1/api-tokens", {
      name: "учёт",
      role: "operator_manager",
    });
    expect(minted.statusCode, minted.body).toBe(201);
    const token = new Client(t.app, minted.json<{ secret: string }>().secret);
    const before = await t.db
      .selectFrom("users")
      .select("name")
      .where("id", "=", n.managerA.id)
      .executeTakeFirstOrThrow();
    const profile = await token.request({
      method: "PATCH",
      url: "/api/v1/me",
      payload: { name: "Кто-то другой" },
      headers: { "accept-language": "ru-RU,ru;q=0.9" },
    });
    expect(profile.statusCode).toBe(403);
    expect(profile.json<ErrorJson>().error.message).toBe("У API-токена нет профиля");
    const after = await t.db
      .selectFrom("users")
      .select("name")
      .where("id", "=", n.managerA.id)
      .executeTakeFirstOrThrow();
    expect(after.name).toBe(before.name);
  });

  it("refuses a backwards report period, a backwards audit query and a depot's bad shift start in Russian", async () => {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const manager = await signIn(n.managerA.email, "ru");
    const report = await manager.get(`/api/v1/reports/availability?from=${day(0)}&to=${day(-3)}`);
    expect(report.statusCode).toBe(400);
    expect(report.json<ErrorJson>().error.message).toBe(
      `Раньше начала периода (${day(0)}) (поле to)`,
    );
    const audit = await manager.get(
      `/api/v1/audit-log?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z`,
    );
    expect(audit.statusCode).toBe(400);
    expect(audit.json<ErrorJson>().error.message).toBe(
      "Должно быть позже начала периода (поле to)",
    );
    const shifts = await manager.request({
      method: "PATCH",
      url: `/api/v1/depots/${depot.id}`,
      payload: { timeZone: "UTC", shiftStarts: ["06:00", "25:00"] },
    });
    expect(shifts.statusCode).toBe(400);
    expect(shifts.json<ErrorJson>().error.message).toBe(
      "«25:00» — не время ЧЧ:ММ (поле shiftStarts)",
    );
    const stored = await t.db
      .selectFrom("depots")
      .select(["time_zone", "shift_starts"])
      .where("id", "=", depot.id)
      .executeTakeFirstOrThrow();
    expect(stored.shift_starts).toEqual([]);
  });
});

describe("the planner, for a Russian manager", () => {
  it("refuses a scenario sent both as text and as an object, and a second scenario of one name, in Russian", async () => {
    const n = await makeNetwork(t.db);
    const manager = await signIn(n.managerA.email, "ru");
    const defaults = await manager.get("/api/v1/planner/scenarios/default");
    expect(defaults.statusCode, defaults.body).toBe(200);
    const { text } = defaults.json<{ text: string }>();
    const both = await manager.post("/api/v1/planner/scenarios", {
      name: "Будни",
      text,
      scenario: JSON.parse(text) as Record<string, unknown>,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json<ErrorJson>().error.message).toBe(
      "Укажите только одно из полей: text или scenario (поле text)",
    );
    const stored = () =>
      t.db
        .selectFrom("planner_scenarios")
        .select("name")
        .where("organisation_id", "=", n.operatorA.id)
        .execute();
    expect(await stored()).toEqual([]);

    const first = await manager.post("/api/v1/planner/scenarios", { name: "Будни", text });
    expect(first.statusCode, first.body).toBe(201);
    const again = await manager.post("/api/v1/planner/scenarios", { name: "Будни", text });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorJson>().error).toMatchObject({
      code: "CONFLICT",
      message: "У организации уже есть сценарий «Будни» (поле name)",
    });
    expect(await stored()).toEqual([{ name: "Будни" }]);
  });
});
