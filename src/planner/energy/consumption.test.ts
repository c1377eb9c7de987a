import { describe, expect, it } from "vitest";
import type { TableConsumption } from "../scenario/types.js";
import { PHYSICAL_MODEL_DEFAULTS } from "../scenario/defaults.js";
import {
  buildConsumptionGrid,
  electricConsumption,
  fuelUse,
  interpolateKwhPerKm,
  meanSpeedKmh,
  physicalKwhPerKm,
} from "./consumption.js";

// A 2×1×2×2 table: kWh/km = 1 + load + speed/100 + (10 − temperature)/10.
const rows: TableConsumption["rows"] = [];
for (const loadFactor of [0, 1])
  for (const speedKmh of [10, 30])
    for (const temperatureC of [-10, 10])
      rows.push({
        loadFactor,
        incline: 0,
        speedKmh,
        temperatureC,
        kwhPerKm: 1 + loadFactor + speedKmh / 100 + (10 - temperatureC) / 10,
      });
const grid = buildConsumptionGrid({ kind: "table", rows }, "t");

describe("consumption table", () => {
  it("returns table values at grid points", () => {
    expect(interpolateKwhPerKm(grid, 1, 0, 30, -10)).toBeCloseTo(1 + 1 + 0.3 + 2, 12);
  });
  it("interpolates linearly between grid points in every dimension", () => {
    expect(interpolateKwhPerKm(grid, 0.5, 0, 20, 0)).toBeCloseTo(1 + 0.5 + 0.2 + 1, 12);
  });
  it("clips inputs outside the table to its bounds, as SimBA does", () => {
    expect(interpolateKwhPerKm(grid, 2, 0.05, 80, -30)).toBeCloseTo(
      interpolateKwhPerKm(grid, 1, 0, 30, -10),
      12,
    );
  });
  it("refuses a table that is not a full grid", () => {
    expect(() =>
      buildConsumptionGrid({ kind: "table", rows: rows.slice(1) }, "vehicleTypes.x.consumption"),
    ).toThrow(/not a full grid/);
  });
  it("uses the trip's mean speed with at least one minute of travel", () => {
    expect(meanSpeedKmh(1, 0)).toBe(60);
    const f = electricConsumption({ kind: "table", rows }, "t");
    expect(
      f({ distanceKm: 10, durationS: 3600, temperatureC: 10, loadFactor: 0, incline: 0 }),
    ).toBeCloseTo(10 * (1 + 0.1), 12);
  });
});

describe("fixed consumption with temperature surcharges (ViriCiti)", () => {
  const f = electricConsumption(
    {
      kind: "fixed",
      kwhPerKm: 1.15,
      coldIncreaseFraction: 0.14,
      coldBelowC: 14,
      hotIncreaseFraction: 0.09,
      hotAboveC: 25,
    },
    "f",
  );
  const at = (t: number): number =>
    f({ distanceKm: 100, durationS: 18000, temperatureC: t, loadFactor: 0.5, incline: 0 });
  it("adds 14 % below +14 °C, 9 % above 25 °C, nothing between", () => {
    expect(at(13.9)).toBeCloseTo(115 * 1.14, 9);
    expect(at(14)).toBeCloseTo(115, 9);
    expect(at(25)).toBeCloseTo(115, 9);
    expect(at(25.1)).toBeCloseTo(115 * 1.09, 9);
  });
});

describe("physical model", () => {
  const base = { distanceKm: 10, durationS: 1800, temperatureC: 18, loadFactor: 0.5, incline: 0 };
  it("lands near the fleet average of 1.15 kWh/km for a mild day (ViriCiti)", () => {
    const kwhPerKm = physicalKwhPerKm({ kind: "physical", ...PHYSICAL_MODEL_DEFAULTS }, base);
    expect(kwhPerKm).toBeGreaterThan(0.8);
    expect(kwhPerKm).toBeLessThan(1.6);
  });
  it("costs more in winter (heating), with load and uphill", () => {
    const m = { kind: "physical" as const, ...PHYSICAL_MODEL_DEFAULTS };
    const mild = physicalKwhPerKm(m, base);
    expect(physicalKwhPerKm(m, { ...base, temperatureC: -10 })).toBeCloseTo(mild + 6.6 / 20, 9);
    expect(physicalKwhPerKm(m, { ...base, loadFactor: 1 })).toBeGreaterThan(mild);
    expect(physicalKwhPerKm(m, { ...base, incline: 0.03 })).toBeGreaterThan(mild);
  });
});

describe("diesel and CNG by the norm formula Q = 0.01·Hs·S·(1 + 0.01·D) + Hот·T", () => {
  const diesel = {
    basePer100Km: 40,
    winterIncreasePercent: 10,
    winterBelowC: 0,
    heaterPerHour: 1,
    heaterBelowC: 5,
    kwhPerUnit: 10,
  };
  it("applies the base norm on a warm day", () => {
    expect(
      fuelUse(diesel, {
        distanceKm: 100,
        durationS: 5 * 3600,
        temperatureC: 20,
        loadFactor: 0.5,
        incline: 0,
      }),
    ).toBeCloseTo(40, 9);
  });
  it("adds the winter increase and heater hours in the cold", () => {
    expect(
      fuelUse(diesel, {
        distanceKm: 100,
        durationS: 5 * 3600,
        temperatureC: -5,
        loadFactor: 0.5,
        incline: 0,
      }),
    ).toBeCloseTo(44 + 5, 9);
    expect(
      fuelUse(diesel, {
        distanceKm: 100,
        durationS: 5 * 3600,
        temperatureC: 2,
        loadFactor: 0.5,
        incline: 0,
      }),
    ).toBeCloseTo(40 + 5, 9);
  });
});
