import { describe, expect, it } from "vitest";
import { PlannerInputError } from "../errors.js";
import { runPlan } from "../plan.js";
import { parseScenario } from "../scenario/validate.js";
import type { Block, Timetable, TimetableTrip } from "../timetable.js";

/**
 * One bus, one block: 06:00–13:00 D→X and 13:00–20:00 X→D, 30 km each at 1 kWh/km = 60 kWh
 * (battery 100 kWh, efficiency 1). Back at 20:00, it must be full again at 06:00: 10 hours.
 * Balanced depot charging spreads 60 kWh over 10 h = 6 kW from 20:00 to 06:00; greedy charges
 * at the depot's 50 kW from 20:00 for 72 minutes. Expected figures below are worked out by
 * hand from these numbers, one year of 365 days, no discounting, a one-year horizon.
 */
function trip(i: number, from: string, to: string, depH: number, arrH: number): TimetableTrip {
  return {
    id: `t${i}`,
    routeId: "r",
    departureS: depH * 3600,
    arrivalS: arrH * 3600,
    fromStopId: from,
    toStopId: to,
    distanceKm: 30,
    heightDiffM: 0,
    climbM: 0,
    descentM: 0,
    temperatureC: null,
    loadFactor: null,
    feedBlockId: null,
  };
}

function timetable(buses: number): Timetable {
  const trips: TimetableTrip[] = [];
  const blocks: Block[] = [];
  for (let b = 0; b < buses; b++) {
    const legs = [trip(2 * b, "D", "X", 6, 13), trip(2 * b + 1, "X", "D", 13, 20)];
    blocks.push({
      id: `b${b}`,
      vehicleTypeId: null,
      legs: legs.map((t, k) => ({
        kind: "trip" as const,
        tripIndex: 2 * b + k,
        departureS: t.departureS,
        arrivalS: t.arrivalS,
        fromStopId: t.fromStopId,
        toStopId: t.toStopId,
        distanceKm: t.distanceKm,
      })),
    });
    trips.push(...legs);
  }
  return {
    source: "test",
    serviceDate: "2025-07-01",
    serviceDays: 1,
    trips,
    elevationFile: null,
    blocks,
    blockMethod: "feed-block-id",
    stops: {},
    distanceSources: { shapeDistTraveled: 0, shape: 0, stops: 0, given: trips.length },
    warnings: [],
    quality: { findings: [], counts: {} },
  };
}

function scenarioText(depot: object, depotCharging: "balanced" | "greedy"): string {
  return JSON.stringify({
    designDays: {
      summer: null,
      winter: { temperatureByHourC: Array.from({ length: 24 }, () => 20), daysPerYear: 365 },
    },
    vehicleTypes: {
      "beb-12m": {
        batteryKwh: 100,
        socMin: 0,
        socMax: 1,
        reserveSoc: 0,
        chargingCurve: [
          [0, 1000],
          [1, 1000],
        ],
        chargingEfficiency: 1,
        consumption: {
          kind: "fixed",
          kwhPerKm: 1,
          coldIncreaseFraction: 0,
          hotIncreaseFraction: 0,
        },
      },
    },
    depot: { powerKw: 50, ...depot },
    prices: {
      electricityPerKwh: 0.2,
      // Night tariff 22:00–06:00.
      timeOfUse: [{ fromHour: 22, toHour: 6, perKwh: 0.05 }],
      depotChargerPerKw: 0,
      discountRate: 0,
      horizonYears: 1,
      gridConnectionPerKw: 100,
      gridConnectionLifetimeYears: 1,
      demandChargePerKwMonth: 10,
      cngStationCapex: 1000,
      cngStationLifetimeYears: 1,
      cngStationRunningPerYear: 100,
    },
    operation: { depotCharging },
  });
}

function plan(depot: object, depotCharging: "balanced" | "greedy", buses = 1) {
  const scenario = parseScenario(scenarioText(depot, depotCharging), "tariff.json");
  return runPlan({ timetable: timetable(buses), scenario }, { sensitivity: false });
}

describe("grid connection, demand charges and time-of-use tariffs", () => {
  it("balanced depot charging: 12 kWh at the day price, 48 kWh at night, a 6 kW peak", () => {
    const result = plan({}, "balanced");
    const beb = result.options.find((o) => o.id === "beb-12m")!;
    expect(beb.annual.electricityKwh).toBeCloseTo(60 * 365, 6);
    // 20:00–22:00: 2 h × 6 kW × 0.20; 22:00–06:00: 8 h × 6 kW × 0.05 → 4.80 a day.
    expect(beb.tco.electricity).toBeCloseTo(365 * (12 * 0.2 + 48 * 0.05), 6);
    // 6 kW × 10 per kW and month × 12 months.
    expect(beb.tco.demandCharges).toBeCloseTo(720, 6);
    // Without a grid limit the connection is sized to the 6 kW peak: 6 × 100.
    expect(beb.tco.gridConnection).toBeCloseTo(600, 6);
    const hours = result.electric[0]!.days[0]!.stations[0]!.energyByHourKwh;
    expect(hours[20]).toBeCloseTo(6, 6);
    expect(hours[3]).toBeCloseTo(6, 6);
    expect(hours[12]).toBe(0);
  });

  it("greedy charging pays the day price and the demand charge on 50 kW", () => {
    const beb = plan({}, "greedy").options.find((o) => o.id === "beb-12m")!;
    // 60 kWh at 50 kW from 20:00: done at 21:12, all at 0.20.
    expect(beb.tco.electricity).toBeCloseTo(365 * 60 * 0.2, 6);
    expect(beb.tco.demandCharges).toBeCloseTo(50 * 10 * 12, 6);
    expect(beb.tco.gridConnection).toBeCloseTo(50 * 100, 6);
  });

  it("a grid limit sizes the connection and holds the charging within it, reporting both peaks", () => {
    const one = plan({ gridLimitKw: 80 }, "balanced").options.find((o) => o.id === "beb-12m")!;
    expect(one.tco.gridConnection).toBeCloseTo(80 * 100, 6);
    // Two buses charging greedily at once would draw 100 kW through an 80 kW connection:
    // the simulation holds them to 80 kW and says so, with the peak without the limit.
    const two = plan({ gridLimitKw: 80 }, "greedy", 2);
    expect(two.timetable.warnings.join("\n")).toMatch(
      /charging held within its grid limit of 80 kW \(peak 80 kW; 100 kW with every bus at full power on arrival\)/,
    );
    expect(two.timetable.warnings.join("\n")).not.toMatch(/above its grid limit/);
    expect(plan({}, "greedy", 2).timetable.warnings.join("\n")).not.toMatch(/grid limit/);
  });

  it("the CNG option carries its filling station; diesel and battery options do not", () => {
    const options = plan({}, "balanced").options;
    expect(options.find((o) => o.id === "cng-12m")!.tco.fuelStation).toBeCloseTo(1000 + 100, 6);
    expect(options.find((o) => o.id === "diesel-12m")!.tco.fuelStation).toBe(0);
    expect(options.find((o) => o.id === "beb-12m")!.tco.fuelStation).toBe(0);
    const cng = options.find((o) => o.id === "cng-12m")!;
    const parts =
      cng.tco.vehicles +
      cng.tco.batteryReplacement +
      cng.tco.electricity +
      cng.tco.fuel +
      cng.tco.maintenance +
      cng.tco.infrastructure +
      cng.tco.gridConnection +
      cng.tco.demandCharges +
      cng.tco.fuelStation;
    expect(cng.tco.total).toBeCloseTo(parts, 6);
  });
});

describe("bad grid and tariff settings", () => {
  function errorOf(text: string): PlannerInputError {
    try {
      parseScenario(text, "sochi.json");
    } catch (e) {
      if (e instanceof PlannerInputError) return e;
      throw e;
    }
    throw new Error("expected a PlannerInputError");
  }

  it("refuses a grid limit below the largest single charger, naming line and field", () => {
    const e = errorOf('{\n  "depot": {\n    "powerKw": 150,\n    "gridLimitKw": 100\n  }\n}');
    expect(e.field).toBe("depot.gridLimitKw");
    expect(e.line).toBe(4);
    expect(e.problem).toMatch(/100 kW is below the largest single charge point of 150 kW/);
    const s = errorOf(
      JSON.stringify({
        stations: {
          T1: {
            kind: "opportunity",
            powerKw: 300,
            powerKwByVehicleType: { x: 450 },
            gridLimitKw: 400,
          },
        },
      }),
    );
    expect(s.field).toBe("stations.T1.gridLimitKw");
    expect(s.problem).toMatch(/largest single charge point of 450 kW/);
  });

  it("refuses time-of-use bands that overlap or are empty", () => {
    const overlap = errorOf(
      JSON.stringify({
        prices: {
          timeOfUse: [
            { fromHour: 22, toHour: 6, perKwh: 0.05 },
            { fromHour: 5, toHour: 9, perKwh: 0.3 },
          ],
        },
      }),
    );
    expect(overlap.field).toBe("prices.timeOfUse[1]");
    expect(overlap.problem).toMatch(/hour 5 is already in band 0/);
    const empty = errorOf(
      JSON.stringify({ prices: { timeOfUse: [{ fromHour: 7, toHour: 7, perKwh: 0.3 }] } }),
    );
    expect(empty.field).toBe("prices.timeOfUse[0].toHour");
  });
});

describe("heating as a function of the outside temperature, and a diesel auxiliary heater", () => {
  const physical = {
    kind: "physical",
    // Heating 6.6 kW at +2 °C, nothing from +12 °C, 20 kW at −20 °C; linear in between.
    hvacKwByTemperatureC: [
      [-20, 20],
      [2, 6.6],
      [12, 0],
    ],
  };
  function planAt(temperatureC: number, consumption: object) {
    const scenario = parseScenario(
      JSON.stringify({
        designDays: {
          summer: null,
          winter: {
            temperatureByHourC: Array.from({ length: 24 }, () => temperatureC),
            daysPerYear: 365,
          },
        },
        vehicleTypes: {
          "diesel-12m": null,
          "cng-12m": null,
          "beb-12m": { batteryKwh: 1000, reserveSoc: 0, chargingEfficiency: 1, consumption },
        },
        prices: { dieselPerLitre: 2, discountRate: 0, horizonYears: 1 },
      }),
      "hvac.json",
    );
    return runPlan({ timetable: timetable(1), scenario }, { sensitivity: false }).options[0]!;
  }

  it("draws the interpolated heating power over the hours driven", () => {
    const warm = planAt(12, physical);
    const cold = planAt(-9, physical);
    // At −9 °C: 6.6 + (20 − 6.6) × 11/22 = 13.3 kW over 14 h of driving, every day.
    expect(cold.annual.electricityKwh - warm.annual.electricityKwh).toBeCloseTo(13.3 * 14 * 365, 6);
    expect(cold.annual.dieselLitres).toBe(0);
  });

  it("a diesel heater takes over below its threshold: no heating from the battery, its diesel and CO₂ counted", () => {
    const withHeater = { ...physical, dieselHeater: { belowC: 5, litresPerHour: 1.5 } };
    const warm = planAt(12, physical);
    const cold = planAt(-9, withHeater);
    expect(cold.annual.electricityKwh).toBeCloseTo(warm.annual.electricityKwh, 6);
    // 14 h × 1.5 l/h × 365 days; 2.66 kg CO₂e per litre (UK DEFRA 2024).
    const litres = 14 * 1.5 * 365;
    expect(cold.annual.dieselLitres).toBeCloseTo(litres, 6);
    expect(cold.annual.co2Tonnes - warm.annual.co2Tonnes).toBeCloseTo((litres * 2.66) / 1000, 6);
    expect(cold.tco.fuel).toBeCloseTo(litres * 2, 6);
    // Above its threshold the heater is off and the curve applies (0 kW at +12 °C).
    expect(planAt(12, withHeater).annual.dieselLitres).toBe(0);
  });

  it("refuses a curve whose temperatures do not increase, naming the point", () => {
    let error: unknown = null;
    try {
      parseScenario(
        JSON.stringify({
          vehicleTypes: {
            "beb-12m": {
              consumption: {
                kind: "physical",
                hvacKwByTemperatureC: [
                  [2, 6.6],
                  [-5, 9],
                ],
              },
            },
          },
        }),
        "hvac.json",
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlannerInputError);
    expect((error as PlannerInputError).field).toBe(
      "vehicleTypes.beb-12m.consumption.hvacKwByTemperatureC[1]",
    );
  });
});
