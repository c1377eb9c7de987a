import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StopInfo, TimetableTrip } from "../timetable.js";
import {
  addPullOutAndIn,
  buildBlocks,
  deadheadBetween,
  scheduleTripChains,
  type SchedulingOptions,
} from "./build-blocks.js";

const STOPS: Record<string, StopInfo> = {
  A: { name: "A", lat: 43.58, lon: 39.72 },
  B: { name: "B", lat: 43.6, lon: 39.74 }, // ≈ 2.8 km from A
  C: { name: "C", lat: 43.62, lon: 39.72 },
  D: { name: "D", lat: 43.7, lon: 39.9 }, // far away
};

function trip(id: string, from: string, to: string, depMin: number, durMin: number): TimetableTrip {
  return {
    id,
    routeId: "r",
    departureS: depMin * 60,
    arrivalS: (depMin + durMin) * 60,
    fromStopId: from,
    toStopId: to,
    distanceKm: 5,
    heightDiffM: 0,
    climbM: 0,
    descentM: 0,
    temperatureC: null,
    loadFactor: null,
    feedBlockId: null,
  };
}

function options(deadhead: boolean, layoverMin = 5): SchedulingOptions {
  return {
    minLayoverS: layoverMin * 60,
    deadhead: { enabled: deadhead, speedKmh: 20, maxDistanceKm: 10, detourFactor: 1.3 },
    stops: STOPS,
  };
}

/**
 * Greedy baseline written independently of the scheduler: trips in order of departure, each
 * taken by the first vehicle (in creation order) that can reach it in time, else a new one.
 */
function greedyFleet(trips: TimetableTrip[], opts: SchedulingOptions): number {
  const vehicles: { at: string; freeS: number }[] = [];
  for (const t of [...trips].sort((a, b) => a.departureS - b.departureS)) {
    const v = vehicles.find((veh) => {
      if (veh.at === t.fromStopId) return veh.freeS + opts.minLayoverS <= t.departureS;
      if (!opts.deadhead.enabled) return false;
      const dh = deadheadBetween(veh.at, t.fromStopId, opts);
      return (
        dh !== null &&
        dh.distanceKm <= opts.deadhead.maxDistanceKm &&
        veh.freeS + opts.minLayoverS + dh.durationS <= t.departureS
      );
    });
    if (v === undefined) vehicles.push({ at: t.toStopId, freeS: t.arrivalS });
    else {
      v.at = t.toStopId;
      v.freeS = t.arrivalS;
    }
  }
  return vehicles.length;
}

const tripsArb = fc
  .array(
    fc.record({
      from: fc.constantFrom("A", "B", "C", "D"),
      to: fc.constantFrom("A", "B", "C", "D"),
      dep: fc.integer({ min: 300, max: 1500 }),
      dur: fc.integer({ min: 0, max: 90 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((xs) => xs.map((x, i) => trip(`t${i}`, x.from, x.to, x.dep, x.dur)));

describe.each([false, true])("vehicle scheduling (deadhead %s)", (deadhead) => {
  const opts = options(deadhead);

  it("puts every trip in exactly one block, without overlaps, respecting layovers, with no more vehicles than greedy", () => {
    fc.assert(
      fc.property(tripsArb, fc.integer({ min: 0, max: 20 }), (trips, layover) => {
        const o = options(deadhead, layover);
        const chains = scheduleTripChains(trips, o);
        const all = chains.flat().sort((a, b) => a - b);
        expect(all).toEqual(trips.map((_, i) => i));
        for (const chain of chains) {
          for (let k = 1; k < chain.length; k++) {
            const prev = trips[chain[k - 1]!]!;
            const next = trips[chain[k]!]!;
            const dh = deadheadBetween(prev.toStopId, next.fromStopId, o);
            expect(dh).not.toBeNull();
            if (!deadhead) expect(next.fromStopId).toBe(prev.toStopId);
            else expect(dh!.distanceKm).toBeLessThanOrEqual(o.deadhead.maxDistanceKm);
            expect(next.departureS).toBeGreaterThanOrEqual(
              prev.arrivalS + o.minLayoverS + dh!.durationS - 1e-6,
            );
          }
        }
        expect(chains.length).toBeLessThanOrEqual(greedyFleet(trips, o));
      }),
      { numRuns: 200 },
    );
  });

  it("chains a simple shuttle into one vehicle", () => {
    const trips = [
      trip("1", "A", "B", 360, 30),
      trip("2", "B", "A", 400, 30),
      trip("3", "A", "B", 440, 30),
    ];
    expect(scheduleTripChains(trips, opts)).toEqual([[0, 1, 2]]);
  });
});

describe("minimum fleet", () => {
  it("needs fewer vehicles than first-fit greedy when greedy sends the wrong bus", () => {
    // V1 ends at A at 0:10, V2 at B at 0:15. P leaves B at 0:21: V1 can reach it by deadhead
    // (A→B ≈ 11 min) and first-fit takes V1. Q then leaves A at 0:23 and only V1 could have
    // run it, so greedy adds a third bus; the optimum gives P to V2 and Q to V1.
    const o = options(true, 0);
    const dhMin = deadheadBetween("A", "B", o)!.durationS / 60;
    expect(dhMin).toBeGreaterThan(8);
    expect(dhMin).toBeLessThanOrEqual(11);
    const trips = [
      trip("t1", "C", "A", 0, 10),
      trip("t2", "D", "B", 1, 14),
      trip("P", "B", "D", 21, 10),
      trip("Q", "A", "C", 23, 10),
    ];
    expect(greedyFleet(trips, o)).toBe(3);
    expect(scheduleTripChains(trips, o)).toHaveLength(2);
  });

  it("uses deadhead only when enabled", () => {
    const trips = [trip("1", "A", "B", 360, 30), trip("2", "C", "A", 430, 30)];
    expect(scheduleTripChains(trips, options(false))).toHaveLength(2);
    const withDeadhead = buildBlocks(trips, options(true));
    expect(withDeadhead.method).toBe("scheduled-deadhead");
    expect(withDeadhead.blocks).toHaveLength(1);
    const legs = withDeadhead.blocks[0]!.legs;
    expect(legs.map((l) => l.kind)).toEqual(["trip", "deadhead", "trip"]);
    expect(legs[1]!.distanceKm).toBeGreaterThan(2);
  });

  it("respects the minimum layover exactly at the boundary", () => {
    const at = (gapMin: number): number =>
      scheduleTripChains(
        [trip("1", "A", "B", 360, 30), trip("2", "B", "A", 390 + gapMin, 30)],
        options(false, 5),
      ).length;
    expect(at(4)).toBe(2);
    expect(at(5)).toBe(1);
    expect(at(6)).toBe(1);
  });

  it("keeps feed block_ids and schedules only the trips without one", () => {
    const trips = [
      { ...trip("1", "A", "B", 360, 30), feedBlockId: "X" },
      { ...trip("2", "B", "A", 400, 30), feedBlockId: "X" },
      trip("3", "C", "A", 360, 20),
      trip("4", "A", "C", 390, 20),
    ];
    const r = buildBlocks(trips, options(false));
    expect(r.method).toBe("feed-block-id");
    expect(
      r.blocks.map((b) => b.legs.filter((l) => l.kind === "trip").map((l) => l.tripIndex)),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(r.warnings.map((w) => w.en).join()).toMatch(/without block_id/);
    expect(r.warnings.map((w) => w.ru).join()).toMatch(/рейсов без block_id/);
  });
});

describe("empty running the scheduler chooses", () => {
  it("takes the trip at the same terminal over one that needs an empty run, for the same fleet", () => {
    // Two buses arrive at 7:00, one at A and one at B (≈ 2.8 km apart); at 8:00 a trip leaves
    // A and one leaves B. Either pairing needs two buses; only one needs no empty run at all.
    // (An early trip from A to the far stop D, a bus of its own, comes first in the list.)
    const trips = [
      trip("early", "A", "D", 100, 10),
      trip("toB", "C", "B", 360, 60),
      trip("toA", "C", "A", 360, 60),
      trip("fromB", "B", "C", 480, 30),
      trip("fromA", "A", "C", 480, 30),
    ];
    const r = buildBlocks(trips, options(true));
    expect(r.blocks).toHaveLength(3);
    const chains = r.blocks.map((b) =>
      b.legs.filter((l) => l.kind === "trip").map((l) => trips[l.tripIndex]!.id),
    );
    expect(chains.sort()).toEqual([["early"], ["toA", "fromA"], ["toB", "fromB"]]);
    expect(r.blocks.flatMap((b) => b.legs).filter((l) => l.kind === "deadhead")).toHaveLength(0);
  });
});

describe("pull-out from and pull-in to the depot", () => {
  const legsOf = (depotLocation: { lat: number; lon: number } | null) => {
    const r = buildBlocks([trip("1", "A", "B", 360, 30)], options(false));
    addPullOutAndIn(r.blocks, STOPS, {
      enabled: true,
      depotLocation,
      distanceKm: 3,
      speedKmh: 20,
      detourFactor: 1.3,
    });
    return r.blocks[0]!.legs;
  };

  it("runs from the depot's location to the first stop and back from the last", () => {
    // The depot 0.02° of latitude south of A: 0.02 × π/180 × 6,371 km = 2.224 km on a great
    // circle, × 1.3 detour = 2.891 km, at 20 km/h 8.67 min. B is 0.04° north (and 0.02° east)
    // of the depot.
    const legs = legsOf({ lat: 43.56, lon: 39.72 });
    expect(legs.map((l) => [l.kind, l.fromStopId, l.toStopId])).toEqual([
      ["deadhead", "depot", "A"],
      ["trip", "A", "B"],
      ["deadhead", "B", "depot"],
    ]);
    expect(legs[0]!.distanceKm).toBeCloseTo(2.891, 2);
    expect(legs[0]!.arrivalS).toBe(360 * 60);
    expect((legs[0]!.arrivalS - legs[0]!.departureS) / 60).toBeCloseTo(8.67, 1);
    // Depot → B: Δlat 0.04°, Δlon 0.02° at 43.58° N: √(4.448² + (2.224·cos 43.58°)²) = 4.749 km.
    expect(legs[2]!.distanceKm / 1.3).toBeCloseTo(4.749, 1);
    expect(legs[2]!.departureS).toBe(390 * 60);
  });

  it("takes the scenario's distance each way when the depot's location is not given", () => {
    const legs = legsOf(null);
    expect(legs.map((l) => l.distanceKm)).toEqual([3, 5, 3]);
    expect(legs[0]!.departureS).toBe(360 * 60 - 9 * 60); // 3 km at 20 km/h
  });

  it("leaves out a run of 0 km: the depot is at that terminal", () => {
    const legs = legsOf({ lat: STOPS.A!.lat, lon: STOPS.A!.lon });
    expect(legs.map((l) => l.fromStopId)).toEqual(["A", "B"]);
  });
});
