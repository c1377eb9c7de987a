import { describe, expect, it } from "vitest";
import type { TimetableTrip } from "../timetable.js";
import {
  fleetFinding,
  overlapFinding,
  peakTripsAtOnce,
  speedFindings,
  vehicleChains,
} from "./check-timetable.js";
import { checkShapeDistTraveled, projectStopsOnShape, shapeLine } from "./trip-distance.js";

// A straight shape due east along the equator: 0.01° of longitude is 1.11195 km there
// (2π × 6371.0088 km / 36000), so positions along it are known without the code under test.
const KM_PER_CENTIDEGREE = (2 * Math.PI * 6371.0088) / 36000;
const east = shapeLine(Array.from({ length: 11 }, (_, i) => ({ lat: 0, lon: i * 0.01 })));

describe("shape_dist_traveled is used only when it fits the stops", () => {
  it("accepts increasing values whose total fits the stops", () => {
    const v = checkShapeDistTraveled([0, 1200, 2500, 4000], 1000, 3.5);
    expect(v).toEqual({ ok: true, km: 4 });
  });
  it("refuses 0 at every stop", () => {
    const v = checkShapeDistTraveled([0, 0, 0, 0], 1000, 3.5);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toBe("shape_dist_traveled is 0 at every stop");
    if (!v.ok) expect(v.problemRu).toBe("shape_dist_traveled равен 0 на всех остановках");
  });
  it("refuses a value at the first stop only (a 4.5 km trip is not 18.9 km)", () => {
    const v = checkShapeDistTraveled([18900, NaN, NaN, NaN], 1000, 4.5);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toMatch(/filled at 1 of 4 stops, not at the last/);
  });
  it("refuses decreasing values", () => {
    const v = checkShapeDistTraveled([0, 900, 800, 2000], 1000, 1.8);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toMatch(/decreases at stop 3/);
  });
  it("refuses a total far above the stops (a whole route for part of it)", () => {
    const v = checkShapeDistTraveled([0, 20000], 1000, 4);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toMatch(/5\.0 times/);
  });
});

describe("stops projected onto the shape", () => {
  it("gives the part of a longer shape between the first and last stop", () => {
    // Stops at 0.02° and 0.07°, 50 m north of the line: the trip runs 5 of the shape's 10 parts.
    const v = projectStopsOnShape(
      east,
      [0.00045, 0.00045, 0.00045],
      [0.02, 0.05, 0.07],
      5 * KM_PER_CENTIDEGREE,
    );
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.km).toBeCloseTo(5 * KM_PER_CENTIDEGREE, 3);
  });
  it("reads a shape that passes a stop twice in the trip's direction", () => {
    // Out along the equator to 0.05° and back 100 m north of it: the stop at 0.01° is passed
    // going out (km 1.1) and coming back (km 9.9). A trip from 0.01° out to the far end and back
    // to 0.03° runs from the first pass to the return pass.
    const loop = shapeLine([
      ...Array.from({ length: 6 }, (_, i) => ({ lat: 0, lon: i * 0.01 })),
      ...Array.from({ length: 6 }, (_, i) => ({ lat: 0.0009, lon: 0.05 - i * 0.01 })),
    ]);
    const v = projectStopsOnShape(
      loop,
      [0, 0.0009, 0.0009],
      [0.01, 0.05, 0.03],
      6 * KM_PER_CENTIDEGREE,
    );
    expect(v.ok).toBe(true);
    // 0.04° out, 0.1 km across, 0.02° back.
    if (v.ok) expect(v.km).toBeCloseTo(6 * KM_PER_CENTIDEGREE + 0.1, 1);
  });
  it("refuses a shape a stop is far from", () => {
    const v = projectStopsOnShape(east, [0, 0.01], [0.02, 0.05], 3.3);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problem).toMatch(/stop 2 of the trip is more than 200 m/);
  });
});

const trip = (id: string, dep: string, arr: string, km: number, block = "0"): TimetableTrip => {
  const s = (t: string): number => Number(t.slice(0, 2)) * 3600 + Number(t.slice(3, 5)) * 60;
  return {
    id,
    routeId: "R",
    departureS: s(dep),
    arrivalS: s(arr),
    fromStopId: "A",
    toStopId: "A",
    distanceKm: km,
    heightDiffM: 0,
    climbM: 0,
    descentM: 0,
    temperatureC: null,
    loadFactor: null,
    feedBlockId: block,
    source: { file: "feed/stop_times.txt", line: 10 },
  };
};

describe("whole-timetable checks", () => {
  // A placeholder block "0" holding three buses' work: at 08:30 three trips run at once.
  const trips = [
    trip("a", "08:00", "09:00", 15),
    trip("b", "08:15", "08:45", 8),
    trip("c", "08:20", "09:10", 12),
    trip("d", "09:00", "09:30", 7),
    trip("e", "09:10", "10:00", 14),
  ];
  it("splits a block whose trips overlap into as many vehicles as run at once, and names it", () => {
    const chains = vehicleChains([0, 1, 2, 3, 4], trips);
    expect(chains).toHaveLength(3);
    expect(chains.flat().sort()).toEqual([0, 1, 2, 3, 4]);
    for (const chain of chains)
      for (let k = 1; k < chain.length; k++)
        expect(trips[chain[k]!]!.departureS).toBeGreaterThanOrEqual(trips[chain[k - 1]!]!.arrivalS);
    const f = overlapFinding("0", chains, trips);
    expect(f.block).toBe("0");
    expect(f.message).toBe(
      'block "0" cannot be one vehicle: trip "b" departs at 08:15, before trip "a" arrives at 09:00; planned as 3 vehicles (5 trips)',
    );
    expect(f.messageRu).toBe(
      "блок «0» не может выполнить одна машина: рейс «b» отправляется в 08:15, до прибытия рейса «a» в 09:00; запланирован на несколько машин: 3 (рейсов: 5)",
    );
  });
  it("counts the peak of trips at once and flags a fleet far above it", () => {
    expect(peakTripsAtOnce(trips)).toBe(3);
    const blocks = trips.map((t) => ({ id: t.id, legs: [], vehicleTypeId: null }));
    expect(fleetFinding(blocks.slice(0, 3), trips, 1, "scheduled-same-stop")).toBeNull();
    const many = [
      ...blocks,
      { id: "f", legs: [], vehicleTypeId: null },
      { id: "g", legs: [], vehicleTypeId: null },
    ];
    expect(fleetFinding(many, trips, 1, "scheduled-same-stop")?.message).toMatch(
      /^7 vehicles for a peak of 3 trips running at once \(2\.3 times\)/,
    );
    expect(fleetFinding(many, trips, 1, "scheduled-same-stop")?.messageRu).toMatch(
      /^машин: 7 при пике одновременных рейсов 3 \(в 2,3 раза больше\); без холостых перегонов/,
    );
  });
  it("flags implied speeds a bus cannot run", () => {
    const found = speedFindings([
      trip("ok", "08:00", "08:30", 10),
      trip("fast", "08:00", "08:05", 43.3),
      trip("still", "08:00", "09:00", 1),
    ]);
    expect(found.map((f) => [f.trip, f.line])).toEqual([
      ["fast", 10],
      ["still", 10],
    ]);
    expect(found[0]!.message).toBe('trip "fast" would run 43.3 km in 5 min, 520 km/h on average');
  });
});
