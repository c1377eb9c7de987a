/**
 * What the server says, in the person's language (issue #14 item 1): the account's
 * locale, else Accept-Language, else English. The expected Russian is written here by
 * hand, as a Russian user should read it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SERVER_TEXT,
  renderMessage,
  renderText,
  type TextKey,
} from "../../src/core/server-text.js";
import { todayIso } from "../../src/db/scope.js";
import { AppError, errorBody } from "../../src/errors.js";
import { requireCompetencies } from "../../src/modules/training/competence.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the catalogue of server messages", () => {
  const keys = Object.keys(SERVER_TEXT) as TextKey[];

  it("has every message in English and Russian, with the same values in both", () => {
    expect(keys.length).toBeGreaterThan(30);
    // An unsafe character's English detail (core/text-safety.ts) is English words; the
    // Russian message names the character instead.
    const ownValues: Partial<Record<TextKey, { en: string[]; ru: string[] }>> = {
      "validation.text": { en: ["problem"], ru: ["char"] },
      "validation.other": { en: ["problem"], ru: [] },
    };
    for (const key of keys) {
      const { en, ru } = SERVER_TEXT[key];
      expect(en.trim(), key).not.toBe("");
      expect(ru.trim(), key).not.toBe("");
      const own = ownValues[key];
      expect(placeholders(ru), key).toEqual(own ? own.ru : placeholders(en));
      if (own) expect(placeholders(en), key).toEqual(own.en);
    }
  });

  it("writes each Russian message in Russian words: nothing but values is left in Latin letters", () => {
    // The values a message may carry in Latin letters: codes, units of the API, formats.
    const allowed =
      /\b(API|UUID|URL|ISO|JSON|CSV|VIN|Origin|null|true|false|application\/json|U\+[0-9A-F]+|UTC|ГГГГ-ММ-ДД|NUL|JPEG|PNG|WebP|multipart\/form-data)\b/g;
    // The API's own field names and routes, where a message tells a client what to send.
    const apiNames =
      /\b(description|competencies|photo|from|basedOnId|intervalKm|intervalHours|intervalDays|POST \/[\w/-]+)(?![\w-])/g;
    for (const key of keys) {
      const text = SERVER_TEXT[key].ru
        .replace(/\{\w+\}/g, "")
        .replace(allowed, "")
        .replace(apiNames, "");
      expect(text, key).not.toMatch(/[A-Za-z]{2,}/);
      expect(text, key).toMatch(/[а-яё]/i);
    }
  });

  it("renders every message in both languages with sample values, leaving no place unfilled", () => {
    for (const key of keys) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      // A number where the name says so, else a word: each place must be filled either way.
      const params: Record<string, string | number> = {};
      for (const [i, name] of [
        ...names(SERVER_TEXT[key].en),
        ...names(SERVER_TEXT[key].ru),
      ].entries())
        params[name] ??= /^(number|value|limit|min|max|days)$/.test(name) ? 7 + i : `v${i}`;
      for (const locale of ["en", "ru"] as const) {
        const message = renderMessage({ key, params }, locale, "someField");
        expect(message, `${key} ${locale}`).not.toMatch(/\{\w+\}/);
        for (const name of names(SERVER_TEXT[key][locale])) {
          const value = params[name];
          // Russian starts a message with a capital letter, whatever the value.
          if (typeof value === "string")
            expect(message.toLowerCase(), `${key} ${locale}`).toContain(value);
        }
      }
    }
  });
});

describe("a refusal in the caller's language", () => {
  const login = (headers: Record<string, string>, password = "not the password") =>
    new Client(t.app).request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody@example.test", password },
      headers,
    });

  it("answers a wrong password in English by default and in Russian when the browser asks for it", async () => {
    const english = await login({});
    expect(english.statusCode).toBe(401);
    expect(english.json<ErrorJson>().error).toMatchObject({
      code: "UNAUTHENTICATED",
      field: "password",
      key: "auth.wrongPassword",
      message: "password: the email or password is wrong",
    });
    // Russian second in the browser's list, after a language fleethub does not speak.
    const russian = await login({ "accept-language": "de-DE, ru;q=0.8, en;q=0.5" });
    expect(russian.statusCode).toBe(401);
    expect(russian.json<ErrorJson>().error).toMatchObject({
      code: "UNAUTHENTICATED",
      field: "password",
      message: "Неверный адрес электронной почты или пароль (поле password)",
    });
  });

  it("words a request's validation in Russian: what is wrong, then the field", async () => {
    const missing = await new Client(t.app).request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody@example.test" },
      headers: { "accept-language": "ru-RU" },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorJson>().error).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "password",
      message: "Обязательное поле (поле password)",
    });
  });

  it("uses the account's language over the browser's once the person is signed in", async () => {
    const n = await makeNetwork(t.db);
    const user = await makeUser(t.db, [[n.operatorA.id, "dispatcher"]]);
    await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", user.id).execute();
    const client = new Client(t.app);
    expect((await client.login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const unknown = await client.request({
      method: "GET",
      url: "/api/v1/vehicles/00000000-0000-4000-8000-000000000000",
      headers: { "accept-language": "en" },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<ErrorJson>().error.message).toBe("Не найдено: транспортное средство");
  });

  it("uses the web page's own language over the account's: a phone set to Russian, an account in English", async () => {
    const n = await makeNetwork(t.db);
    const user = await makeUser(t.db, [[n.operatorA.id, "dispatcher"]]);
    const client = new Client(t.app);
    expect((await client.login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const ask = (headers: Record<string, string>) =>
      client.request({
        method: "GET",
        url: "/api/v1/vehicles/00000000-0000-4000-8000-000000000000",
        headers,
      });
    // The account says English (the factory's default) and wins over the browser's list...
    expect((await ask({ "accept-language": "ru" })).json<ErrorJson>().error.message).toBe(
      "vehicle not found",
    );
    // ...but the page the person is looking at is in Russian, and says so.
    expect(
      (await ask({ "accept-language": "ru", "x-fleethub-locale": "ru" })).json<ErrorJson>().error
        .message,
    ).toBe("Не найдено: транспортное средство");
    // A value the server does not speak is ignored.
    expect((await ask({ "x-fleethub-locale": "de" })).json<ErrorJson>().error.message).toBe(
      "vehicle not found",
    );
  });

  it("asks the odometer question in Russian, with the figures as Russian writes them", async () => {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const model = await makeModel(t.db, { powertrain: "diesel" });
    const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
    const dispatcher = await makeUser(t.db, [[n.operatorA.id, "dispatcher"]]);
    await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", dispatcher.id).execute();
    const client = new Client(t.app);
    expect((await client.login(dispatcher.email, TEST_PASSWORD)).statusCode).toBe(200);
    const readAt = new Date(Date.now() - 2 * 3_600_000);
    readAt.setUTCSeconds(0, 0);
    const morning = await client.post(`/api/v1/vehicles/${vehicle.id}/meter-readings`, {
      meter: "odometer_km",
      value: 120_000,
      readAt: readAt.toISOString(),
    });
    expect(morning.statusCode, morning.body).toBe(201);
    // Two hours later (and up to a minute), 181 km more: over 2,100 km a day, above a city
    // bus's plausible 1,500.
    const jump = await client.post(`/api/v1/vehicles/${vehicle.id}/meter-readings`, {
      meter: "odometer_km",
      value: 120_181,
    });
    expect(jump.statusCode).toBe(409);
    const error = jump.json<ErrorJson>().error;
    expect(error).toMatchObject({ code: "CONFIRMATION_REQUIRED", field: "value" });
    const at = `${String(readAt.getUTCDate()).padStart(2, "0")}.${String(readAt.getUTCMonth() + 1).padStart(2, "0")}.${readAt.getUTCFullYear()}, ${String(readAt.getUTCHours()).padStart(2, "0")}:${String(readAt.getUTCMinutes()).padStart(2, "0")} UTC`;
    expect(error.message).toMatch(
      new RegExp(
        `^181 км с ${at.replace(/[.+]/g, "\\$&")} — это 2\\s1\\d\\d км в сутки, больше правдоподобных для этой техники 1\\s500 км в сутки; подтвердите, если показание верно \\(поле value\\)$`,
      ),
    );
  });

  it("tells a Russian driver, in Russian, that a gas leak needs its photo, naming the item by its Russian label", async () => {
    const n = await makeNetwork(t.db);
    const depot = await makeDepot(t.db, n.operatorA.id);
    const model = await makeModel(t.db, { powertrain: "cng" });
    const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
    await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", n.driverA.id).execute();
    const driver = new Client(t.app);
    expect((await driver.login(n.driverA.email, TEST_PASSWORD)).statusCode).toBe(200);
    const form = await formFor(driver, vehicle.id);
    const body = inspectionBody(form, vehicle.id, { fail: ["cng_leak_check"] });
    const index = body.results.findIndex((r) => r.itemKey === "cng_leak_check");
    const refused = await submit(driver, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorJson>().error).toMatchObject({
      code: "VALIDATION_FAILED",
      field: `results.${index}.photoIds`,
      message: `Нужна фотография, если не выполнено «Нет запаха газа; проверка герметичности баллонов, трубопроводов и соединений пройдена» (поле results.${index}.photoIds)`,
    });
    // Nothing was stored.
    const stored = await t.db
      .selectFrom("inspections")
      .select("id")
      .where("vehicle_id", "=", vehicle.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it("names the missing certificate in Russian, by the competency's Russian name", async () => {
    const n = await makeNetwork(t.db);
    const mechanic = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
    const refusal = await requireCompetencies(t.db, mechanic.id, ["brakes"], todayIso(), {
      en: "reline the brakes",
      ru: "заменить тормозные накладки",
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    const body = errorBody(refusal as AppError, "ru");
    expect(body.error.message).toBe(
      "Вы не можете выполнить действие «заменить тормозные накладки»: нет действующего сертификата: Тормозные системы (brakes) (поле competencies)",
    );
    expect(errorBody(refusal as AppError, "en").error.message).toBe(
      "competencies: you may not reline the brakes: no valid certificate for Brake systems (brakes)",
    );
  });
});

describe("rendering", () => {
  it("fills values and words from the lists, and keeps a key's English as clients have read it", () => {
    expect(renderText({ key: "validation.type", params: { type: "integer" } }, "ru")).toBe(
      "должно быть целым числом",
    );
    expect(
      renderMessage(
        { key: "validation.range", params: { comparison: "<=", limit: 2147483647 } },
        "en",
        "value",
      ),
    ).toBe("value: must be <= 2147483647");
    expect(
      renderMessage(
        { key: "validation.range", params: { comparison: "<=", limit: 2147483647 } },
        "ru",
        "value",
      ),
    ).toBe("Должно быть не больше 2\u00a0147\u00a0483\u00a0647 (поле value)");
  });
});
