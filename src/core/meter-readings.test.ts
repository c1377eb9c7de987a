import { describe, expect, it } from "vitest";
import { checkReading, waitingReason } from "./meter-readings.js";

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

describe("waitingReason", () => {
  // The morning: 100,000 km at 06:00, then a driver's 100,181 km at 08:00. 181 km
  // in two hours is 2,172 km a day, above a city bus's 1,500.
  const morning = { value: 100_000, readAt: at("2026-03-02T06:00Z") };
  const jump = checkReading({
    ...base,
    value: 100_181,
    readAt: at("2026-03-02T08:00Z"),
    earlier: morning,
  });

  it("lets a jump nobody confirmed wait, saying how fast it would have been", () => {
    expect(waitingReason(jump, false)).toMatch(
      /^181 km since .* is 2172 km a day, more than the 1500/,
    );
  });

  it("counts a jump the driver confirmed at once", () => {
    expect(waitingReason(jump, true)).toBeNull();
  });

  it("lets a reading below an earlier one wait even when the driver confirmed a jump", () => {
    const below = checkReading({
      ...base,
      value: 99_990,
      readAt: at("2026-03-02T08:00Z"),
      earlier: morning,
    });
    expect(waitingReason(below, true)).toMatch(/^99990 km is below the reading of 100000 km/);
  });

  it("counts a reading that fits", () => {
    expect(waitingReason([], false)).toBeNull();
  });
});
