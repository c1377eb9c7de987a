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

describe("gradient from climb and descent (physical model)", () => {
  // A 12 t bus (curb mass 12,000 kg, no passengers) so that m is exact in the hand sums.
  const m = { kind: "physical" as const, ...PHYSICAL_MODEL_DEFAULTS, curbMassKg: 12_000 };
  const kwh = electricConsumption(m, "m");
  const flat = { distanceKm: 10, durationS: 1800, temperatureC: 18, loadFactor: 0, incline: 0 };
  const flatKwh = kwh({ ...flat, climbM: 0, descentM: 0 });
  // Lifting 12,000 kg by 100 m: m·g·h = 12,000 × 9.81 × 100 J = 11,772,000 J = 3.27 kWh at
  // the wheel; the battery gives it through the drivetrain: 3.27 / 0.85 = 3.847 kWh.
  const climb100Kwh = (12_000 * 9.81 * 100) / 3.6e6 / 0.85;

  it("a 12 t bus climbing 100 m needs m·g·h / drivetrain efficiency more than on the flat", () => {
    expect(climb100Kwh).toBeCloseTo(3.847, 3);
    expect(kwh({ ...flat, climbM: 100, descentM: 0 }) - flatKwh).toBeCloseTo(climb100Kwh, 9);
  });

  it("a net incline alone is one even slope: 1 % over 10 km is a 100 m climb", () => {
    expect(kwh({ ...flat, incline: 0.01 })).toBeCloseTo(
      kwh({ ...flat, incline: 0.01, climbM: 100, descentM: 0 }),
      9,
    );
  });

  it("an up-and-down trip (net 0 m) costs more than the flat one and less than the climb without regeneration", () => {
    // Up 150 m and down 150 m: m·g·(150 − 0.5 × 150) = 12,000 × 9.81 × 75 J = 8,829,000 J
    // = 2.4525 kWh at the wheel, 2.885 kWh from the battery (regeneration fraction 0.5).
    const upDown = kwh({ ...flat, climbM: 150, descentM: 150 });
    const withoutRegeneration = flatKwh + (12_000 * 9.81 * 150) / 3.6e6 / 0.85; // + 5.771 kWh
    expect(upDown).toBeGreaterThan(flatKwh);
    expect(upDown).toBeLessThan(withoutRegeneration);
    expect(upDown - flatKwh).toBeCloseTo((12_000 * 9.81 * 75) / 3.6e6 / 0.85, 9);
    // The net height (0 m) on its own, as before climb and descent were known, is the flat trip.
    expect(kwh({ ...flat, incline: 0 })).toBeCloseTo(flatKwh, 12);
  });

  it("the table model keeps SimBA's net incline: up and down reads as flat", () => {
    const table: TableConsumption = {
      kind: "table",
      rows: [-0.02, 0, 0.02].map((incline) => ({
        loadFactor: 0,
        incline,
        speedKmh: 20,
        temperatureC: 18,
        kwhPerKm: 1 + 50 * incline, // 0 at −2 %, 1 flat, 2 at +2 %
      })),
    };
    const f = electricConsumption(table, "t");
    expect(f({ ...flat, climbM: 150, descentM: 150 })).toBeCloseTo(10 * 1, 12);
    // 100 m up over 10 km is +1 %: halfway from 1 to 2 kWh/km.
    expect(f({ ...flat, incline: 0.01, climbM: 100, descentM: 0 })).toBeCloseTo(10 * 1.5, 12);
  });

  it("diesel and CNG by the norm do not change with climb (the norm has no gradient term)", () => {
    const diesel = {
      basePer100Km: 40,
      winterIncreasePercent: 10,
      winterBelowC: 0,
      heaterPerHour: 1,
      heaterBelowC: 5,
      kwhPerUnit: 10,
    };
    expect(fuelUse(diesel, { ...flat, distanceKm: 100, climbM: 500, descentM: 0 })).toBeCloseTo(
      40,
      9,
    );
  });
});
