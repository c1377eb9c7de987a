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
    [{ PORT: "70000" }, /PORT: 70000 is outside 0–65535/],
    [{ DATABASE_URL: "mysql://x@y/z" }, /DATABASE_URL: protocol "mysql:" is not postgres:/],
    [{ DATABASE_URL: "not a url" }, /DATABASE_URL: is not a URL/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL: "loud" is not one of/],
    [{ FLEETHUB_SEED_DEMO: "maybe" }, /FLEETHUB_SEED_DEMO: "maybe" is not a yes\/no value/],
    [{ FLEETHUB_ALLOWED_ORIGINS: "nope" }, /FLEETHUB_ALLOWED_ORIGINS: "nope" is not an origin URL/],
    [
      { FLEETHUB_PRINCIPAL_CACHE: "redis" },
      /FLEETHUB_PRINCIPAL_CACHE: "redis" is not one of off, notify/,
    ],
    [
      { FLEETHUB_PRINCIPAL_CACHE_MAX_AGE_S: "0" },
      /FLEETHUB_PRINCIPAL_CACHE_MAX_AGE_S: 0 is outside 1–300/,
    ],
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

describe("denial-of-service and sign-in settings", () => {
  it("has safe defaults: no proxy trusted, timeouts set, a capped back-off", () => {
    const config = loadConfig({});
    expect(config.trustProxy).toBe(false);
    expect(config.headersTimeoutSeconds).toBe(10);
    expect(config.requestTimeoutSeconds).toBe(120);
    expect(config.maxConnectionsPerAddress).toBe(100);
    expect(config.loginBackoffMaxMs).toBe(4000);
  });

  it.each([
    ["1", 1],
    ["true", true],
    ["10.0.0.1, 192.168.0.0/16", ["10.0.0.1", "192.168.0.0/16"]],
  ])("reads FLEETHUB_TRUST_PROXY=%s", (value, expected) => {
    expect(loadConfig({ FLEETHUB_TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it("does not cap connections per address behind a proxy unless told to", () => {
    expect(loadConfig({ FLEETHUB_TRUST_PROXY: "1" }).maxConnectionsPerAddress).toBe(0);
  });

  it.each([
    [{ FLEETHUB_TRUST_PROXY: "proxy.local" }, /FLEETHUB_TRUST_PROXY: "proxy.local" is not an IP/],
    [{ FLEETHUB_TRUST_PROXY: "10.0.0.300" }, /FLEETHUB_TRUST_PROXY: "10.0.0.300"/],
    [{ FLEETHUB_TRUST_PROXY: "50" }, /FLEETHUB_TRUST_PROXY: 50 hops is outside 0–10/],
    [{ FLEETHUB_HEADERS_TIMEOUT_S: "0" }, /FLEETHUB_HEADERS_TIMEOUT_S: 0 is outside/],
    [
      { FLEETHUB_HEADERS_TIMEOUT_S: "60", FLEETHUB_REQUEST_TIMEOUT_S: "30" },
      /FLEETHUB_HEADERS_TIMEOUT_S: must not be longer than FLEETHUB_REQUEST_TIMEOUT_S/,
    ],
    [
      { FLEETHUB_LOGIN_BACKOFF_BASE_MS: "5000", FLEETHUB_LOGIN_BACKOFF_MAX_MS: "1000" },
      /FLEETHUB_LOGIN_BACKOFF_MAX_MS: must be at least FLEETHUB_LOGIN_BACKOFF_BASE_MS/,
    ],
    [{ FLEETHUB_GTFS_MAX_FILE_MB: "lots" }, /FLEETHUB_GTFS_MAX_FILE_MB: "lots" is not a whole/],
  ])("refuses %o naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
