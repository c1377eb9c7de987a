import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults: port 3000, embedded database, demo data", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe(true);
    expect(config.production).toBe(false);
  });

  it("loads no demo data in production unless told, and refuses to be told", () => {
    expect(loadConfig({ NODE_ENV: "production" }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: "production" }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", FLEETHUB_SEED_DEMO: "false" }).seedDemo).toBe(
      false,
    );
    expect(() => loadConfig({ NODE_ENV: "production", FLEETHUB_SEED_DEMO: "true" })).toThrow(
      /FLEETHUB_SEED_DEMO: the demo network's accounts share a published password/,
    );
    expect(loadConfig({ FLEETHUB_SEED_DEMO: "false" }).seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: "http" }, /PORT: "http" is not a whole number/],
    [{ PORT: "70000" }, /PORT: 70000 is outside 1–65535/],
    [{ DATABASE_URL: "mysql://x@y/z" }, /DATABASE_URL: protocol "mysql:" is not postgres:/],
    [{ DATABASE_URL: "not a url" }, /DATABASE_URL: is not a URL/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL: "loud" is not one of/],
    [{ FLEETHUB_SEED_DEMO: "maybe" }, /FLEETHUB_SEED_DEMO: "maybe" is not a yes\/no value/],
    [{ FLEETHUB_ALLOWED_ORIGINS: "nope" }, /FLEETHUB_ALLOWED_ORIGINS: "nope" is not an origin URL/],
  ])("refuses %o naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("accepts a PostgreSQL URL", () => {
    expect(
      loadConfig({ DATABASE_URL: "postgres://fleethub@127.0.0.1:5432/fleethub" }).databaseUrl,
    ).toMatch(/^postgres:/);
  });
});

describe("meter plausibility limits", () => {
  it("takes a vehicle type's daily limit from the environment, keeping the other defaults", () => {
    const config = loadConfig({
      FLEETHUB_METER_DAILY_LIMITS: "city_bus.odometer_km=900, tractor.engine_hours=20",
    });
    expect(config.meterDailyLimits.city_bus.odometer_km).toBe(900);
    expect(config.meterDailyLimits.tractor.engine_hours).toBe(20);
    expect(config.meterDailyLimits.intercity_bus.odometer_km).toBe(2000);
  });

  it.each([
    ["bus.odometer_km=900", /"bus" is not one of/],
    ["city_bus.miles=900", /"miles" is not one of/],
    ["city_bus.odometer_km=lots", /is not vehicle_type.meter=number/],
    ["city_bus.odometer_km=0", /must be above 0/],
  ])("refuses %s naming the variable", (value, message) => {
    expect(() => loadConfig({ FLEETHUB_METER_DAILY_LIMITS: value })).toThrow(message);
    expect(() => loadConfig({ FLEETHUB_METER_DAILY_LIMITS: value })).toThrow(
      /FLEETHUB_METER_DAILY_LIMITS/,
    );
  });
});
