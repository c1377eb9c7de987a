import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GTFS_DIR } from "../../../test/fixtures/paths.js";
import { combineYear, runPlan } from "../plan.js";
import type { TechnologyOption } from "../plan-types.js";
import { prepareGtfsPlanInput } from "../prepare-input.js";
import { PlannerInputError } from "../errors.js";
import { weekdayLabel } from "./service-year.js";

/**
 * A town with one route A–B, 12 km by shape_dist_traveled (the stops are 0.09° of latitude
 * apart, 10.0 km in a straight line). Weekdays (service WK): two buses, W1 runs A→B 08:00
 * and back B→A 09:00, W2 runs A→B 08:00. Saturdays (SA): one bus, A→B 10:00. Sundays: none.
 * Each block also drives 3 km out of the depot and 3 km back (the default without a depot
 * location), so a weekday is 3+12+12+3 + 3+12+3 = 48 km and a Saturday 3+12+3 = 18 km.
 */
function writeTown(
  calendarEnd: string,
  calendarDates: string[],
  extraTrips: string[] = [],
): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "year-feed-"));
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string[]> = {
    "agency.txt": [
      "agency_id,agency_name,agency_url,agency_timezone",
      "A,Town,https://example.org,UTC",
    ],
    "stops.txt": ["stop_id,stop_name,stop_lat,stop_lon", "A,A,0.0,0.0", "B,B,0.09,0.0"],
    "routes.txt": ["route_id,agency_id,route_short_name,route_type", "R1,A,1,3"],
    "trips.txt": [
      "route_id,service_id,trip_id,block_id",
      "R1,WK,T1,W1",
      "R1,WK,T2,W1",
      "R1,WK,T4,W2",
      "R1,SA,T3,S1",
      ...extraTrips.map((service) => `R1,${service},T${service},${service}`),
    ],
    "stop_times.txt": [
      "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled",
      "T1,08:00:00,08:00:00,A,1,0",
      "T1,08:30:00,08:30:00,B,2,12",
      "T2,09:00:00,09:00:00,B,1,0",
      "T2,09:30:00,09:30:00,A,2,12",
      "T4,08:00:00,08:00:00,A,1,0",
      "T4,08:30:00,08:30:00,B,2,12",
      "T3,10:00:00,10:00:00,A,1,0",
      "T3,10:30:00,10:30:00,B,2,12",
      ...extraTrips.flatMap((service) => [
        `T${service},12:00:00,12:00:00,A,1,0`,
        `T${service},12:30:00,12:30:00,B,2,12`,
      ]),
    ],
    "calendar.txt": [
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date",
      `WK,1,1,1,1,1,0,0,20250106,${calendarEnd}`,
      `SA,0,0,0,0,0,1,0,20250106,${calendarEnd}`,
    ],
    "calendar_dates.txt": ["service_id,date,exception_type", ...calendarDates],
  };
  for (const [name, lines] of Object.entries(files))
    writeFileSync(path.join(dir, name), lines.join("\n") + "\n");
  return dir;
}

/**
 * Two design days of constant temperature, "cold" for January–March and October–December;
 * a battery bus at 1 kWh/km, +50 % below 14 °C, charging without losses.
 */
const SCENARIO = JSON.stringify({
  designDays: {
    winter: null,
    summer: null,
    cold: { temperatureByHourC: Array.from({ length: 24 }, () => -10), daysPerYear: 182 },
    warm: { temperatureByHourC: Array.from({ length: 24 }, () => 20), daysPerYear: 183 },
  },
  designDayByMonth: [
    "cold",
    "cold",
    "cold",
    "warm",
    "warm",
    "warm",
    "warm",
    "warm",
    "warm",
    "cold",
    "cold",
    "cold",
  ],
  vehicleTypes: {
    "cng-12m": null,
    "beb-12m": {
      chargingEfficiency: 1,
      consumption: {
        kind: "fixed",
        kwhPerKm: 1,
        coldIncreaseFraction: 0.5,
        coldBelowC: 14,
        hotIncreaseFraction: 0,
        hotAboveC: 25,
      },
    },
  },
});

async function planTown(dir: string, date = "2025-01-06") {
  const input = await prepareGtfsPlanInput({
    gtfsPath: dir,
    date,
    scenario: { text: SCENARIO, fileName: "town.json" },
  });
  return runPlan(input, { sensitivity: false });
}

describe("a year from the service calendar", () => {
  it("sums every service day of the year by day type, each planned once, winter months at winter energy", async () => {
    // 1 May 2025 (a Thursday) is a holiday: no weekday service.
    const result = await planTown(writeTown("20261231", ["WK,20250501,2"]));
    const year = result.year!;
    // 365 days from Monday 6 Jan 2025: 52 whole weeks and Monday 5 Jan 2026.
    expect(year).toMatchObject({ from: "2025-01-06", to: "2026-01-05", windowDays: 365, scale: 1 });
    // 52 × 5 + 1 Monday − the holiday = 260 weekdays; 52 Saturdays; 52 Sundays + the holiday
    // run nothing.
    expect(year.noServiceDays).toBe(53);
    expect(
      year.dayTypes.map((t) => [t.label, t.days, t.serviceIds, t.tripCount, t.blockCount]),
    ).toEqual([
      ["Mon–Fri", 260, ["WK"], 3, 2],
      ["Sat", 52, ["SA"], 1, 1],
    ]);
    // Cold months in the window: 6 Jan–31 Mar 2025 (12 weeks + a Monday: 61 weekdays, 12
    // Saturdays), Oct–Dec 2025 (13 weeks + a Wednesday: 66, 13) and 1–5 Jan 2026 (Thu–Mon:
    // 3, 1): 130 weekdays and 26 Saturdays; the rest (less the holiday) warm: 130 and 26.
    expect(year.dayTypes[0]!.designDayDays).toEqual({ cold: 130, warm: 130 });
    expect(year.dayTypes[1]!.designDayDays).toEqual({ cold: 26, warm: 26 });

    const km = 260 * 48 + 52 * 18; // 13,416 km
    const kwh = 130 * 48 * 1.5 + 130 * 48 * 1 + 26 * 18 * 1.5 + 26 * 18 * 1; // 16,770 kWh
    expect(year.yearlyDistanceKm).toBeCloseTo(km, 6);
    const diesel = result.options.find((o) => o.id === "diesel-12m")!;
    const battery = result.options.find((o) => o.id === "beb-12m")!;
    expect(diesel.annual.distanceKm).toBeCloseTo(km, 6);
    expect(battery.annual.distanceKm).toBeCloseTo(km, 6);
    expect(battery.annual.electricityKwh).toBeCloseTo(kwh, 6);
    // Grid 0.472 kg CO₂/kWh and diesel NOx 2 g/km (scenario defaults).
    expect(battery.annual.co2Tonnes).toBeCloseTo((kwh * 0.472) / 1000, 9);
    expect(diesel.annual.noxKg).toBeCloseTo((km * 2) / 1000, 9);
    // The fleet is the busiest day type's: two buses on weekdays, one on Saturdays.
    expect(diesel.fleet).toBe(2);
    expect(battery.fleet).toBe(2);
    // The design days show the days of the year they stand for.
    expect(result.designDays.map((d) => [d.id, d.daysPerYear])).toEqual([
      ["cold", 156],
      ["warm", 156],
    ]);
    expect(result.timetable.warnings.join(" ")).not.toContain("less than a year");
  });

  it("scales a feed shorter than a year up to one and says so", async () => {
    const result = await planTown(writeTown("20250331", []));
    const year = result.year!;
    // 6 Jan–31 Mar 2025: 85 days, 12 weeks + a Monday: 61 weekdays and 12 Saturdays.
    expect(year).toMatchObject({ windowDays: 85, to: "2025-03-31", noServiceDays: 12 });
    expect(year.dayTypes.map((t) => [t.label, t.days])).toEqual([
      ["Mon–Fri", 61],
      ["Sat", 12],
    ]);
    expect(year.scale).toBeCloseTo(365 / 85, 12);
    const km = ((61 * 48 + 12 * 18) * 365) / 85;
    expect(result.options.find((o) => o.id === "diesel-12m")!.annual.distanceKm).toBeCloseTo(km, 6);
    expect(year.warnings.join(" ")).toContain("covers 85 day(s)");
    // The same in Russian, one for one, days as Russian writes them; 365 / 85 = 4.294.
    expect(year.warningsRu).toHaveLength(year.warnings.length);
    expect(year.warningsRu!.join(" ")).toContain(
      "дней: 85, с 06.01.2025 по 31.03.2025; годовые показатели — показатели этих дней × 4,294",
    );
    expect(result.timetable.warnings.join(" ")).toContain("less than a year");
  });

  it("gives a one-off exceptional day a day type of its own, named by its date", async () => {
    // Saturday service on Thursday 1 May 2025 instead of the weekday one.
    const result = await planTown(writeTown("20261231", ["WK,20250501,2", "SA,20250501,1"]));
    const labels = result.year!.dayTypes.map((t) => [t.label, t.days]);
    // It runs the same services as a Saturday, so it joins the Saturdays.
    expect(labels).toEqual([
      ["Mon–Fri", 260],
      ["Sat + 1 other day", 53],
    ]);
    const extra = await planTown(writeTown("20261231", ["SA,20250501,1"]));
    // Weekday and Saturday service together on 1 May: a day type of its own.
    expect(extra.year!.dayTypes.map((t) => [t.label, t.days, t.date])).toEqual([
      ["Mon–Fri", 260, null],
      ["Sat", 52, null],
      ["2025-05-01", 1, "2025-05-01"],
    ]);
    // That day runs 48 + 18 km.
    const km = 260 * 48 + 52 * 18 + 66;
    expect(extra.options.find((o) => o.id === "diesel-12m")!.annual.distanceKm).toBeCloseTo(km, 6);
    // Still two buses: back at the depot at 08:39, W2's bus takes the Saturday block at 09:51.
    expect(extra.options.find((o) => o.id === "diesel-12m")!.fleet).toBe(2);
  });

  it("plans at most 8 day types; the rest count as the most alike planned one, and the result says so", async () => {
    // Ten extra services, each run on one Tuesday on top of the weekday service.
    const extra = Array.from({ length: 10 }, (_, i) => `X${i + 1}`);
    const tuesdays = extra.map((service, i) => {
      const d = new Date(Date.UTC(2025, 0, 7 + 7 * i));
      return `${service},${d.toISOString().slice(0, 10).replaceAll("-", "")},1`;
    });
    const result = await planTown(writeTown("20261231", tuesdays, extra));
    const year = result.year!;
    expect(year.dayTypes).toHaveLength(12);
    const merged = year.dayTypes.filter((t) => t.plannedAs !== null);
    // Kept: Mon–Fri (the chosen date's), Saturdays, and the first six one-off Tuesdays (all
    // one day each); the last four share WK with Mon–Fri (Jaccard 1/2 against 1/3).
    expect(merged.map((t) => [t.serviceIds, t.plannedAs])).toEqual(
      ["X7", "X8", "X9", "X10"].map((x) => [["WK", x], "dt1"]),
    );
    expect(year.warnings.join(" ")).toContain("the calendar has 12 day types");
    // 261 weekdays: 251 plain, 6 planned Tuesdays of 48 + 18 km, 4 counted as plain ones.
    const km = 251 * 48 + 52 * 18 + 6 * 66 + 4 * 48;
    expect(result.options.find((o) => o.id === "diesel-12m")!.annual.distanceKm).toBeCloseTo(km, 6);
  });

  it("Caltrain: weekday, Saturday and Sunday service, four holidays run as Sundays", async () => {
    const input = await prepareGtfsPlanInput({
      gtfsPath: `${GTFS_DIR}caltrain-2016-04-06.zip`,
      date: "2016-04-06",
      scenario: null,
    });
    const result = runPlan(input, { sensitivity: false });
    // calendar.txt: Weekday-01 Mon–Fri, Saturday-02, Sunday-02, all to 2019-03-31;
    // calendar_dates.txt moves 30 May, 4 Jul, 5 Sep and 24 Nov 2016 to Sunday service.
    // 365 days from Wednesday 6 Apr 2016: 52 weeks and Wednesday 5 Apr 2017, so 261
    // weekdays − 4 holidays = 257, 52 Saturdays, 52 Sundays + 4 = 56.
    expect(result.year!.dayTypes.map((t) => [t.label, t.days, t.serviceIds])).toEqual([
      ["Mon–Fri", 257, ["CT-16APR-Caltrain-Weekday-01"]],
      ["Sat", 52, ["CT-16APR-Caltrain-Saturday-02"]],
      ["Sun + 4 other days", 56, ["CT-16APR-Caltrain-Sunday-02"]],
    ]);
    expect(result.year!.noServiceDays).toBe(0);
    // Yearly kilometres are the day types' days × their daily kilometres.
    const sum = result.year!.dayTypes.reduce((s, t) => s + t.days * t.dailyDistanceKm, 0);
    expect(result.options[0]!.annual.distanceKm).toBeCloseTo(sum, 3);
  });

  it("refuses calendar_dates.txt naming an unknown service or a malformed date, with file, line and field", async () => {
    const unknown = writeTown("20261231", ["WK,20250501,2", "WKX,20250502,2"]);
    const error = await planTown(unknown).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerInputError);
    expect(error).toMatchObject({ line: 3, field: "service_id" });
    expect((error as PlannerInputError).file).toMatch(/calendar_dates\.txt$/);
    expect((error as PlannerInputError).problem).toContain('unknown service_id "WKX"');

    const malformed = writeTown("20261231", ["WK,2025-05-01,2"]);
    const bad = await planTown(malformed).catch((e: unknown) => e);
    expect(bad).toMatchObject({ line: 2, field: "date" });
    expect((bad as PlannerInputError).file).toMatch(/calendar_dates\.txt$/);
  });

  it("names weekdays as people read them", () => {
    expect(weekdayLabel([1, 2, 3, 4, 5])).toBe("Mon–Fri");
    expect(weekdayLabel([0, 6])).toBe("Sat, Sun");
    expect(weekdayLabel([1, 2, 4])).toBe("Mon, Tue, Thu");
  });
});

describe("adding an option up over day types", () => {
  const option = (
    id: string,
    fleet: number,
    km: number,
    tco: { vehicles: number; fuel: number; maintenance: number },
    technologies: TechnologyOption["technologies"] = ["diesel"],
  ): TechnologyOption => ({
    id,
    label: id,
    technologies,
    blocksByVehicleType: {},
    fleet,
    spareVehicles: 0,
    extraBusesForSplits: 0,
    unresolvedBlocks: 0,
    chargePoints: { depot: 0, opportunity: 0 },
    annual: {
      distanceKm: km,
      electricityKwh: 0,
      dieselLitres: km / 2,
      gasM3: 0,
      co2Tonnes: 0,
      noxKg: 0,
    },
    tco: {
      ...tco,
      batteryReplacement: 0,
      electricity: 0,
      infrastructure: 0,
      gridConnection: 0,
      demandCharges: 0,
      fuelStation: 0,
      total: tco.vehicles + tco.fuel + tco.maintenance,
    },
  });

  it("sums use and running costs, takes fleet and purchases from the busiest day type", () => {
    const [year] = combineYear(
      [
        [option("diesel", 10, 1000, { vehicles: 500, fuel: 40, maintenance: 30 })],
        [option("diesel", 4, 200, { vehicles: 200, fuel: 8, maintenance: 6 })],
      ],
      0.1,
    );
    expect(year).toMatchObject({
      fleet: 10,
      spareVehicles: 1,
      annual: { distanceKm: 1200, dieselLitres: 600 },
      tco: { vehicles: 500, fuel: 48, maintenance: 36, total: 584 },
    });
  });

  it("drops a mix that is one technology on every day type", () => {
    const ids = combineYear(
      [
        [
          option("beb", 2, 10, { vehicles: 1, fuel: 0, maintenance: 0 }, ["battery-electric"]),
          option("beb+diesel", 2, 10, { vehicles: 1, fuel: 0, maintenance: 0 }, [
            "battery-electric",
          ]),
        ],
      ],
      0,
    ).map((o) => o.id);
    expect(ids).toEqual(["beb"]);
  });
});
