import { describe, expect, it } from "vitest";
import { PlannerInputError } from "../errors.js";
import { runPlan } from "../plan.js";
import { prepareGtfsPlanInput } from "../prepare-input.js";
import { readGtfsDay } from "./read-gtfs.js";
import { parseStopElevations, tripClimb } from "./stop-elevations.js";
import { HILLY_DATE, HILLY_ELEVATIONS, writeHillyFeed } from "../../../test/helpers/hilly-feed.js";

function refusal(text: string): PlannerInputError {
  try {
    parseStopElevations(text, "elevations.csv");
  } catch (error) {
    if (error instanceof PlannerInputError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("stop-elevation CSV", () => {
  it("reads stop_id and elevation_m in any column order", () => {
    const e = parseStopElevations("elevation_m,stop_id\n12.5,A\n-3,B\n", "e.csv");
    expect([...e.byStop].map(([id, v]) => [id, v.elevationM, v.line])).toEqual([
      ["A", 12.5, 2],
      ["B", -3, 3],
    ]);
  });

  it("refuses a value that is not a number, naming file, line and field", () => {
    const e = refusal("stop_id,elevation_m\nA,20\nB,high\n");
    expect([e.file, e.line, e.field]).toEqual(["elevations.csv", 3, "elevation_m"]);
    expect(e.message).toBe('elevations.csv:3: elevation_m: not a number of metres: "high"');
  });

  it("refuses an empty elevation rather than reading it as sea level", () => {
    const e = refusal("stop_id,elevation_m\nA,\n");
    expect([e.line, e.field]).toEqual([2, "elevation_m"]);
  });

  it("refuses a stop given twice, naming both lines", () => {
    const e = refusal("stop_id,elevation_m\nA,20\nB,30\nA,25\n");
    expect([e.line, e.field]).toEqual([4, "stop_id"]);
    expect(e.problem).toBe('stop "A" is given twice (first on line 2)');
  });

  it("refuses a missing column and an elevation no road reaches", () => {
    const noColumn = refusal("stop_id,height\nA,20\n");
    expect([noColumn.line, noColumn.field]).toEqual([1, "elevation_m"]);
    const tooHigh = refusal("stop_id,elevation_m\nA,12000\n");
    expect([tooHigh.line, tooHigh.field]).toEqual([2, "elevation_m"]);
  });

  it("refuses a stop id that is not in the feed's stops.txt (nothing is planned)", async () => {
    const feed = writeHillyFeed();
    const elevations = parseStopElevations(`${HILLY_ELEVATIONS}Z,10\n`, "elevations.csv");
    const error = await readGtfsDay(feed, HILLY_DATE, undefined, elevations).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlannerInputError);
    const e = error as PlannerInputError;
    expect([e.file, e.line, e.field]).toEqual(["elevations.csv", 6, "stop_id"]);
    expect(e.problem).toBe(`unknown stop id "Z": it is not in the feed's stops.txt`);
  });
});

describe("climb and descent along a trip", () => {
  it("sums rises and falls between consecutive stops; unknown stops are joined over", () => {
    // 10 → 60 (+50) → 40 (−20) → 100 (+60) → ? → 70 (−30): climb 110, descent 50, net 60.
    expect(tripClimb([10, 60, 40, 100, NaN, 70])).toEqual({
      climbM: 110,
      descentM: 50,
      netM: 60,
      missingStops: 1,
    });
    expect(tripClimb([NaN, NaN])).toEqual({ climbM: 0, descentM: 0, netM: 0, missingStops: 2 });
  });

  it("gives each GTFS trip its climb, descent and net height from the file", async () => {
    const feed = writeHillyFeed();
    const day = await readGtfsDay(
      feed,
      HILLY_DATE,
      undefined,
      parseStopElevations(HILLY_ELEVATIONS, "elevations.csv"),
    );
    const byId = new Map(day.trips.map((t) => [t.id, t]));
    // UPDOWN A 20 m → B 170 m → C 20 m; CLIMB C 20 m → B 170 m → D 140 m.
    expect(byId.get("UPDOWN")).toMatchObject({ climbM: 150, descentM: 150, heightDiffM: 0 });
    expect(byId.get("CLIMB")).toMatchObject({ climbM: 150, descentM: 30, heightDiffM: 120 });
    expect(day.quality.counts["elevation-missing"]).toBeUndefined();
    expect(day.elevationFile).toBe("elevations.csv");
  });

  it("flags trips whose stops are missing from the file, naming the stop", async () => {
    const feed = writeHillyFeed();
    const day = await readGtfsDay(
      feed,
      HILLY_DATE,
      undefined,
      parseStopElevations("stop_id,elevation_m\nA,20\nC,20\nD,140\n", "elevations.csv"),
    );
    // Without B (the hilltop) UPDOWN is A 20 m → C 20 m: flat; CLIMB is C 20 → D 140: +120.
    const byId = new Map(day.trips.map((t) => [t.id, t]));
    expect(byId.get("UPDOWN")).toMatchObject({ climbM: 0, descentM: 0, heightDiffM: 0 });
    expect(byId.get("CLIMB")).toMatchObject({ climbM: 120, descentM: 0, heightDiffM: 120 });
    expect(day.quality.counts["elevation-missing"]).toBe(2);
    const f = day.quality.findings.find((x) => x.trip === "UPDOWN")!;
    expect(f.code).toBe("elevation-missing");
    expect(f.file).toMatch(/stop_times\.txt$/);
    expect(f.line).toBe(2);
    expect(f.message).toContain("1 of its 3 stops have no elevation in elevations.csv (B)");
  });

  it("without a file every GTFS trip stays flat", async () => {
    const day = await readGtfsDay(writeHillyFeed(), HILLY_DATE);
    for (const t of day.trips) expect([t.climbM, t.descentM, t.heightDiffM]).toEqual([0, 0, 0]);
    expect(day.elevationFile).toBeNull();
  });
});

describe("a hilly GTFS plan with the physical model", () => {
  // A 12 t bus (no passengers: load 0 all day) so that the hand sums below use m = 12,000 kg.
  const scenario = JSON.stringify({
    passengerLoadByHour: Array.from({ length: 24 }, () => 0),
    vehicleTypes: { "beb-12m": { consumption: { kind: "physical", curbMassKg: 12000 } } },
  });
  async function plan(elevations: string | null) {
    const input = await prepareGtfsPlanInput({
      gtfsPath: writeHillyFeed(),
      date: HILLY_DATE,
      scenario: { text: scenario, fileName: "s.json" },
      calendarYear: false,
      stopElevations: elevations === null ? null : { text: elevations, fileName: "e.csv" },
    });
    return runPlan(input, { sensitivity: false });
  }
  const tripKwh = (r: Awaited<ReturnType<typeof plan>>, trip: string, day: string): number => {
    const i = r.trips.findIndex((t) => t.id === trip);
    const series = r.tripEnergy.find(
      (s) => s.vehicleTypeId === "beb-12m" && s.designDayId === day,
    )!;
    return series.values[i]!;
  };

  it("charges the climb less the regenerated descent on every design day", async () => {
    const flat = await plan(null);
    const hilly = await plan(HILLY_ELEVATIONS);
    for (const day of ["winter", "summer"]) {
      // UPDOWN: m·g·(150 − 0.5 × 150) / 0.85 = 12,000 × 9.81 × 75 / 0.85 J = 2.885 kWh more,
      // though its net height is 0 m; without regeneration it would be 150 m: 5.771 kWh more.
      const extra = tripKwh(hilly, "UPDOWN", day) - tripKwh(flat, "UPDOWN", day);
      expect(extra).toBeCloseTo((12_000 * 9.81 * 75) / 0.85 / 3.6e6, 6);
      expect(extra).toBeGreaterThan(0);
      expect(extra).toBeLessThan((12_000 * 9.81 * 150) / 0.85 / 3.6e6);
      // CLIMB: m·g·(150 − 0.5 × 30) / 0.85 = 12,000 × 9.81 × 135 / 0.85 J = 5.194 kWh more.
      expect(tripKwh(hilly, "CLIMB", day) - tripKwh(flat, "CLIMB", day)).toBeCloseTo(
        (12_000 * 9.81 * 135) / 0.85 / 3.6e6,
        6,
      );
    }
    expect(hilly.timetable.gradient).toEqual({
      file: "e.csv",
      climbM: 300,
      descentM: 180,
      climbPerKm: 300 / hilly.timetable.revenueDistanceKm,
      tripsClimbing: 2,
      tripsMissingElevations: 0,
      // No route gradients in this scenario.
      tripsFromRouteGradients: 0,
      tripsRouteGradientSetAside: 0,
    });
    expect(flat.timetable.gradient?.file).toBeNull();
    expect(flat.timetable.gradient?.climbM).toBe(0);
    expect(hilly.timetable.warnings.filter((w) => w.includes("beb-12m"))).toEqual([]);
  });

  it("warns that a fixed kWh/km (the default) ignores the climb", async () => {
    const input = await prepareGtfsPlanInput({
      gtfsPath: writeHillyFeed(),
      date: HILLY_DATE,
      scenario: null,
      calendarYear: false,
      stopElevations: { text: HILLY_ELEVATIONS, fileName: "e.csv" },
    });
    const r = runPlan(input, { sensitivity: false });
    expect(r.timetable.warnings).toContain(
      'vehicle type beb-12m uses a fixed kWh/km, which ignores the climb in e.csv; set its consumption to "physical" (climb and descent) or a table (net incline) to plan the gradient',
    );
  });
});
