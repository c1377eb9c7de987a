/**
 * Tyre rules, with expected values from Government decree No. 837 of 27 May 2023 (item 5.4:
 * tread "not more than" 2 mm for M2/M3, 1.6 mm for M1/N1/O1/O2, 1 mm for N2/N3/O3/O4 forbids
 * operation) and the seasonal rule (winter tyres December–February, no studs June–August).
 */
import { describe, expect, it } from "vitest";
import {
  TREAD_LIMIT_MM,
  checkTreadDepth,
  localMonth,
  seasonalTyreFault,
  treadCategoryOf,
  treadFault,
} from "./tyres.js";

describe("legal tread minimum per category", () => {
  it.each([
    ["M2_M3", 2.0],
    ["M1_N1_O1_O2", 1.6],
    ["N2_N3_O3_O4", 1.0],
  ] as const)("%s: %s mm", (category, expected) => {
    expect(TREAD_LIMIT_MM[category]).toBe(expected);
  });

  it.each([
    // category, depth, forbidden?
    ["M2_M3", 1.9, true],
    ["M2_M3", 2.0, true],
    ["M2_M3", 2.1, false],
    ["M1_N1_O1_O2", 1.5, true],
    ["M1_N1_O1_O2", 1.6, true],
    ["M1_N1_O1_O2", 1.7, false],
    ["N2_N3_O3_O4", 0.9, true],
    ["N2_N3_O3_O4", 1.0, true],
    ["N2_N3_O3_O4", 1.1, false],
  ] as const)("%s with %s mm forbidden: %s", (category, depth, forbidden) => {
    expect(treadFault(depth, category) !== null).toBe(forbidden);
  });

  it("puts buses in M2/M3, a haul truck in N3, and leaves self-propelled machines out", () => {
    expect(treadCategoryOf("city_bus")).toBe("M2_M3");
    expect(treadCategoryOf("intercity_bus")).toBe("M2_M3");
    expect(treadCategoryOf("mining_dump_truck")).toBe("N2_N3_O3_O4");
    expect(treadCategoryOf("tractor")).toBeNull();
    expect(treadFault(0.5, null)).toBeNull();
  });

  it.each([
    [undefined, /is required/],
    [Number.NaN, /must be a number/],
    [-0.5, /must not be negative/],
    [41, /not a plausible tread depth/],
  ])("refuses %s naming the field", (value, problem) => {
    let thrown: unknown;
    try {
      checkTreadDepth("results.3.measuredValue", value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ field: "results.3.measuredValue" });
    expect((thrown as Error).message).toMatch(problem);
  });

  it("accepts 0 mm (a bald tyre is a measurement, and a fault)", () => {
    expect(checkTreadDepth("x", 0)).toBe(0);
  });
});

describe("seasonal tyres by the local date", () => {
  it.each([
    // instant, time zone, local month
    ["2025-11-30T20:59:59Z", "Europe/Moscow", 11],
    ["2025-11-30T21:00:00Z", "Europe/Moscow", 12],
    ["2025-11-30T21:00:00Z", "UTC", 11],
    ["2026-02-28T20:59:59Z", "Europe/Moscow", 2],
    ["2026-02-28T21:00:00Z", "Europe/Moscow", 3],
    ["2026-05-31T20:00:00Z", "Asia/Vladivostok", 6],
    ["2026-08-31T21:00:00Z", "Europe/Moscow", 9],
    ["2026-01-15T12:00:00Z", "not/a-zone", 1],
  ])("%s in %s is month %s", (at, zone, month) => {
    expect(localMonth(new Date(at), zone)).toBe(month);
  });

  it.each([
    // month, tyres, fault?
    [11, "summer", false],
    [12, "summer", true],
    [1, "summer", true],
    [2, "summer", true],
    [3, "summer", false],
    [12, "winter", false],
    [12, "winter_studded", false],
    [5, "winter_studded", false],
    [6, "winter_studded", true],
    [8, "winter_studded", true],
    [9, "winter_studded", false],
    [7, "winter", false],
    [7, "summer", false],
  ] as const)("month %s with %s tyres is a fault: %s", (month, tyres, fault) => {
    expect(seasonalTyreFault(tyres, month) !== null).toBe(fault);
  });
});
