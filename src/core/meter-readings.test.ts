import { describe, expect, it } from "vitest";
import { checkReading } from "./meter-readings.js";

const at = (iso: string) => new Date(iso);
const base = { meter: "odometer_km" as const, vehicleType: "city_bus" as const, later: undefined };

describe("checkReading", () => {
  it("accepts a reading that continues the sequence at a normal pace", () => {
    expect(
      checkReading({
        ...base,
        value: 100_250,
        readAt: at("2026-03-02T06:00Z"),
        earlier: { value: 100_000, readAt: at("2026-03-01T06:00Z") },
      }),
    ).toEqual([]);
  });

  it("refuses a reading below the last one", () => {
    const problems = checkReading({
      ...base,
      value: 99_000,
      readAt: at("2026-03-02T06:00Z"),
      earlier: { value: 100_000, readAt: at("2026-03-01T06:00Z") },
    });
    expect(problems.map((p) => p.code)).toEqual(["BELOW_EARLIER"]);
    expect(problems[0]?.message).toMatch(/99000 km is below the reading of 100000 km/);
  });

  it("refuses a back-dated reading above a later one", () => {
    const problems = checkReading({
      ...base,
      value: 100_500,
      readAt: at("2026-03-01T12:00Z"),
      earlier: { value: 100_000, readAt: at("2026-03-01T06:00Z") },
      later: { value: 100_300, readAt: at("2026-03-02T06:00Z") },
    });
    expect(problems.map((p) => p.code)).toContain("ABOVE_LATER");
  });

  it.each([
    [1_500, []],
    [1_501, ["IMPLAUSIBLE_JUMP"]],
  ])("for a city bus, %i km in one day gives %j", (km, codes) => {
    const problems = checkReading({
      ...base,
      value: 100_000 + km,
      readAt: at("2026-03-02T06:00Z"),
      earlier: { value: 100_000, readAt: at("2026-03-01T06:00Z") },
    });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });

  it("flags a typo'd extra digit as an implausible jump", () => {
    const problems = checkReading({
      ...base,
      value: 1_002_500,
      readAt: at("2026-03-02T06:00Z"),
      earlier: { value: 100_250, readAt: at("2026-03-01T06:00Z") },
    });
    expect(problems[0]?.code).toBe("IMPLAUSIBLE_JUMP");
  });

  it("does not let a tractor add more engine hours than hours have passed", () => {
    const problems = checkReading({
      meter: "engine_hours",
      vehicleType: "tractor",
      value: 1_030,
      readAt: at("2026-03-02T06:00Z"),
      earlier: { value: 1_000, readAt: at("2026-03-01T06:00Z") },
      later: undefined,
    });
    expect(problems.map((p) => p.code)).toEqual(["IMPLAUSIBLE_JUMP"]);
  });
});
