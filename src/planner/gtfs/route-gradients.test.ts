import { describe, expect, it } from "vitest";
import { PlannerInputError } from "../errors.js";
import { runPlan } from "../plan.js";
import type { PlanResult } from "../plan-types.js";
import { prepareGtfsPlanInput, prepareSimbaPlanInput } from "../prepare-input.js";
import { gradientText } from "../report/gradient-text.js";
import { HILLY_DATE, writeTwoWayFeed } from "../../../test/helpers/hilly-feed.js";
import { SIMBA_EXAMPLE_DIR } from "../../../test/fixtures/paths.js";

/**
 * A 12 t battery bus with the physical model, no passengers (so its mass is its curb mass),
 * recovering 60 % of the energy of a descent, and `routeGradients` as given.
 */
function scenarioText(routeGradients: unknown[] | null): string {
  return JSON.stringify(
    {
      passengerLoadByHour: Array.from({ length: 24 }, () => 0),
      vehicleTypes: {
        "beb-12m": {
          consumption: { kind: "physical", curbMassKg: 12000, regenerationFraction: 0.6 },
        },
      },
      ...(routeGradients === null ? {} : { routeGradients }),
    },
    null,
    2,
  );
}

async function planOf(
  feed: string,
  routeGradients: unknown[] | null,
  elevations: string | null = null,
): Promise<PlanResult> {
  const input = await prepareGtfsPlanInput({
    gtfsPath: feed,
    date: HILLY_DATE,
    scenario: { text: scenarioText(routeGradients), fileName: "hill.json" },
    stopElevations: elevations === null ? null : { text: elevations, fileName: "heights.csv" },
  });
  return runPlan(input, { sensitivity: false });
}

/** The battery bus's energy of one trip on one design day, kWh. */
function tripKwh(plan: PlanResult, tripId: string, day: string): number {
  const i = plan.trips.findIndex((t) => t.id === tripId);
  const series = plan.tripEnergy.find(
    (s) => s.vehicleTypeId === "beb-12m" && s.designDayId === day,
  );
  return series!.values[i]!;
}

async function problemOf(promise: Promise<unknown>): Promise<PlannerInputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlannerInputError) return error;
    throw error;
  }
  throw new Error("expected a PlannerInputError");
}

// By hand, with the physical model's grade term (consumption.ts): lifting m = 12,000 kg by
// h = 100 m takes m·g·h = 12,000 × 9.81 × 100 = 11,772,000 J at the wheels; through the
// drivetrain (efficiency 0.85, the default) that is 11,772,000 / 0.85 = 13,849,412 J
// = 13,849,412 / 3.6e6 = 3.8471 kWh from the battery. Coming down the 100 m gives back
// 60 % of it: −0.6 × 3.8471 = −2.3082 kWh. (Each trip is about 8 km, so the trip's rolling,
// air and acceleration energy, ≈ 1.9 MJ/km, stays above what the descent gives back and
// the traction energy is never clipped at zero.)
const UP_KWH = (12_000 * 9.81 * 100) / 0.85 / 3.6e6;
const DOWN_KWH = -0.6 * UP_KWH;

describe("route gradients (the scenario's routeGradients)", () => {
  it("adds m·g·h of climb one way and gives back the regenerated descent the other way", async () => {
    const feed = writeTwoWayFeed();
    const flat = await planOf(feed, null);
    const hilly = await planOf(feed, [{ routeId: "UP", directionId: 0, climbM: 100 }]);
    expect(UP_KWH).toBeCloseTo(3.8471, 4);
    expect(DOWN_KWH).toBeCloseTo(-2.3082, 4);
    for (const day of ["winter", "summer"]) {
      expect(tripKwh(hilly, "UP1", day) - tripKwh(flat, "UP1", day)).toBeCloseTo(UP_KWH, 6);
      // Direction 1 has no entry of its own: it gets the mirror, 100 m of descent.
      expect(tripKwh(hilly, "DOWN1", day) - tripKwh(flat, "DOWN1", day)).toBeCloseTo(DOWN_KWH, 6);
      // Route R3 has no gradient: unchanged.
      expect(tripKwh(hilly, "R3A", day)).toBeCloseTo(tripKwh(flat, "R3A", day), 9);
    }
    const trip = (id: string) => hilly.trips.find((t) => t.id === id)!;
    expect([trip("UP1").climbM, trip("UP1").descentM]).toEqual([100, 0]);
    expect([trip("DOWN1").climbM, trip("DOWN1").descentM]).toEqual([0, 100]);
    expect(hilly.timetable.gradient).toMatchObject({
      file: null,
      climbM: 100,
      descentM: 100,
      tripsClimbing: 1,
      tripsFromRouteGradients: 2,
      tripsRouteGradientSetAside: 0,
    });
    expect(gradientText(hilly.timetable.gradient!)).toContain(
      "100 m of climb and 100 m of descent on the planned day",
    );
    expect(gradientText(hilly.timetable.gradient!)).toContain(
      "2 trip(s) from the scenario's routeGradients",
    );
    expect(gradientText(flat.timetable.gradient!)).toMatch(/^gradient: none/);
  });

  it("gives an entry without a direction to every trip of the route, descending as much as it climbs", async () => {
    const feed = writeTwoWayFeed();
    const flat = await planOf(feed, null);
    const hilly = await planOf(feed, [{ routeId: "R3", climbM: 40 }]);
    // 40 m up and 40 m down: m·g·(40 − 0.6 × 40) / 0.85 = 12,000 × 9.81 × 16 / 0.85 J
    // = 2,215,906 J = 0.61553 kWh.
    const expected = (12_000 * 9.81 * 16) / 0.85 / 3.6e6;
    expect(expected).toBeCloseTo(0.61553, 5);
    expect(tripKwh(hilly, "R3A", "winter") - tripKwh(flat, "R3A", "winter")).toBeCloseTo(
      expected,
      6,
    );
    expect(tripKwh(hilly, "UP1", "winter")).toBeCloseTo(tripKwh(flat, "UP1", "winter"), 9);
  });

  it("lets measured stop elevations win over a route gradient, and says so", async () => {
    const feed = writeTwoWayFeed();
    const plan = await planOf(
      feed,
      [{ routeId: "UP", directionId: 0, climbM: 100 }],
      "stop_id,elevation_m\nA,20\nE,80\n",
    );
    const trip = (id: string) => plan.trips.find((t) => t.id === id)!;
    // The elevations say 60 m (80 − 20), not the route gradient's 100 m.
    expect([trip("UP1").climbM, trip("UP1").descentM]).toEqual([60, 0]);
    expect([trip("DOWN1").climbM, trip("DOWN1").descentM]).toEqual([0, 60]);
    expect(plan.timetable.gradient).toMatchObject({
      file: "heights.csv",
      tripsFromRouteGradients: 0,
      tripsRouteGradientSetAside: 2,
    });
    expect(gradientText(plan.timetable.gradient!)).toContain(
      "2 trip(s) of routes with a route gradient use their stop elevations instead (measured elevations take precedence)",
    );
  });

  it("refuses route gradients with SimBA inputs, whose trips take heights from the stations", async () => {
    const e = await problemOf(
      prepareSimbaPlanInput({
        cfgPath: `${SIMBA_EXAMPLE_DIR}basic.cfg`,
        scenario: {
          text: JSON.stringify({ routeGradients: [{ routeId: "1", climbM: 10 }] }),
          fileName: "hill.json",
        },
      }),
    );
    expect(e.field).toBe("routeGradients");
    expect(e.problem).toContain("route gradients are for a GTFS feed");
  });

  it("warns when an entry with a direction meets trips without a direction_id", async () => {
    const plan = await planOf(writeTwoWayFeed(), [{ routeId: "R3", directionId: 1, climbM: 30 }]);
    expect(plan.trips.find((t) => t.id === "R3A")!.climbM).toBe(0);
    expect(plan.timetable.warnings).toContain(
      'routeGradients[0] gives route "R3" a direction, but 1 of its trip(s) have no direction_id in trips.txt and are planned flat; leave directionId out to give them the gradient',
    );
  });

  it("refuses an unknown route id naming the field, its line and the value, in English and Russian", async () => {
    const e = await problemOf(
      planOf(writeTwoWayFeed(), [
        { routeId: "UP", directionId: 0, climbM: 100 },
        { routeId: "R33", climbM: 20 },
      ]),
    );
    expect(e.file).toBe("hill.json");
    expect(e.field).toBe("routeGradients[1].routeId");
    // scenarioText writes the JSON two spaces deep: the second entry's routeId is on line 20.
    const line = scenarioText([
      { routeId: "UP", directionId: 0, climbM: 100 },
      { routeId: "R33", climbM: 20 },
    ])
      .split("\n")
      .findIndex((l) => l.includes('"R33"'));
    expect(e.line).toBe(line + 1);
    expect(e.problem).toBe(`unknown route id "R33": it is not in the feed's routes.txt`);
    expect(e.messageIn("ru")).toContain(`неизвестный маршрут "R33": его нет в routes.txt фида`);
  });

  it("refuses a negative climb, a direction other than 0 or 1, a second entry and a route steeper than 15 %", async () => {
    const feed = writeTwoWayFeed();
    const bad = async (entries: unknown[]) => problemOf(planOf(feed, entries));
    const negative = await bad([{ routeId: "UP", climbM: -5 }]);
    expect(negative.field).toBe("routeGradients[0].climbM");
    expect(negative.problem).toBe("must be at least 0 (got -5)");
    const direction = await bad([{ routeId: "UP", directionId: 2, climbM: 5 }]);
    expect(direction.field).toBe("routeGradients[0].directionId");
    expect(direction.problem).toContain("must be 0 or 1");
    expect(direction.messageIn("ru")).toContain("должно быть 0 или 1");
    const twice = await bad([
      { routeId: "UP", climbM: 5 },
      { routeId: "UP", directionId: 1, climbM: 5 },
    ]);
    expect(twice.field).toBe("routeGradients[1].routeId");
    expect(twice.problem).toBe(
      'route "UP" direction 1 already has a gradient in routeGradients[0]',
    );
    // UP1 is about 8 km as the crow flies, about 10 km by the stops' detour factor (1.25): 1,900 m of
    // climb is about 18 %, steeper than any bus route.
    const steep = await bad([{ routeId: "UP", directionId: 0, climbM: 1900 }]);
    expect(steep.field).toBe("routeGradients[0].climbM");
    expect(steep.problem).toMatch(
      /^1900 m up and 0 m down over trip "UP1" of \d+\.\d\d km is an average gradient of 1\d\.\d %, above the 15 %/,
    );
  });
});
