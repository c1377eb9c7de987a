import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PlanResult } from "../plan-types.js";
import { registerPlanCommand, runPlanCommand } from "./plan-command.js";
import { DETROIT_GTFS, SIMBA_EXAMPLE_DIR } from "../../../test/fixtures/paths.js";
import { buildZip, tinyFeed } from "../../../test/helpers/zip.js";
import {
  HILLY_DATE,
  HILLY_ELEVATIONS,
  writeHillyFeed,
  writeTempFile,
  writeTwoWayFeed,
} from "../../../test/helpers/hilly-feed.js";

describe("fleethub plan", () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());

  it("writes JSON, CSV and a self-contained HTML report for a GTFS feed", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "plan-out-"));
    const program = new Command("fleethub").exitOverride();
    registerPlanCommand(program);
    await program.parseAsync([
      "node",
      "fleethub",
      "plan",
      "--gtfs",
      DETROIT_GTFS,
      "--date",
      "2022-07-05",
      "--out",
      out,
    ]);
    expect(process.exitCode ?? 0).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "blocks.csv",
      "options.csv",
      "plan.json",
      "report.html",
      "sensitivity.csv",
      "stations.csv",
      "trips.csv",
    ]);
    const plan = JSON.parse(readFileSync(path.join(out, "plan.json"), "utf8")) as PlanResult;
    expect(plan.timetable.tripCount).toBe(83);
    expect(plan.options.map((o) => o.id)).toEqual(
      expect.arrayContaining(["diesel-12m", "cng-12m", "beb-12m"]),
    );
    const html = readFileSync(path.join(out, "report.html"), "utf8");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(html).toContain("State of charge per block");
    expect(html).toContain("Station power over the day");
    const tripsCsv = readFileSync(path.join(out, "trips.csv"), "utf8").trim().split("\n");
    expect(tripsCsv).toHaveLength(84);
    expect(stderr.join("")).toContain("state of charge");
    // The year: calendar.txt runs service 2 Mon–Fri 2022-06-27 – 2022-09-24. From Tuesday 5
    // July that is 82 days (27 + 31 + 24): 11 weeks and Tue–Sat, so 55 + 4 = 59 weekdays and
    // 12 Saturdays + 11 Sundays without service; scaled × 365 / 82 to a year.
    expect(plan.year).toMatchObject({ from: "2022-07-05", to: "2022-09-24", windowDays: 82 });
    expect(plan.year!.noServiceDays).toBe(23);
    expect(plan.year!.dayTypes.map((t) => [t.label, t.days])).toEqual([["Mon–Fri", 59]]);
    expect(plan.year!.scale).toBeCloseTo(365 / 82, 12);
    expect(html).toContain("A year from the service calendar");
    expect(stderr.join("")).toContain(
      "year 2022-07-05 – 2022-09-24 (82 days, 23 without service): Mon–Fri 59 d",
    );
    expect(stderr.join("")).toContain("warning: the feed's calendar covers 82 day(s)");
    expect(stderr.join("")).toMatch(
      /cheapest: [^\n]+, TCO \d+ EUR \(grid connection \d+, demand charges \d+, CNG filling station \d+\)/,
    );
    process.exitCode = 0;
  });

  it("reads SimBA inputs relative to the cfg", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "plan-out-"));
    const code = await runPlanCommand({
      simba: `${SIMBA_EXAMPLE_DIR}basic.cfg`,
      out,
      sensitivity: false,
      quiet: true,
    });
    expect(code).toBe(0);
    const blocks = readFileSync(path.join(out, "blocks.csv"), "utf8");
    expect(blocks).toMatch(/as-assigned,winter,4,AB_depb,155\.39279,279\.707/);
  });

  it("saves nothing and names file, line and field on bad input", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "plan-bad-"));
    const scenario = path.join(dir, "sochi.json");
    writeFileSync(scenario, '{\n  "prices": { "electricityPerKwh": -0.1 }\n}\n');
    const out = path.join(dir, "out");
    const code = await runPlanCommand({
      gtfs: DETROIT_GTFS,
      date: "2022-07-05",
      scenario,
      out,
      sensitivity: true,
      quiet: true,
    });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toContain(
      `${scenario}:2: prices.electricityPerKwh: must be at least 0`,
    );
  });
  it("refuses a grid limit below the largest single charger: exit 2, file, line and field, nothing written", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "plan-grid-"));
    const scenario = path.join(dir, "sochi.json");
    writeFileSync(
      scenario,
      '{\n  "stations": {\n    "T1": { "kind": "opportunity", "powerKw": 450,\n      "gridLimitKw": 300 }\n  }\n}\n',
    );
    const out = path.join(dir, "out");
    const code = await runPlanCommand({
      gtfs: DETROIT_GTFS,
      date: "2022-07-05",
      scenario,
      out,
      sensitivity: true,
      quiet: true,
    });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toContain(
      `${scenario}:4: stations.T1.gridLimitKw: grid limit 300 kW is below the largest single charge point of 450 kW`,
    );
  });

  it("refuses calendar_dates.txt naming a service nothing else knows, and saves nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "plan-calendar-"));
    const feed = path.join(dir, "feed.zip");
    writeFileSync(
      feed,
      buildZip([
        ...tinyFeed("S,1,1,1,1,1,0,0,20240101,20241231"),
        { name: "agency.txt", data: Buffer.from("agency_id,agency_name\nA,Agency\n") },
        {
          name: "calendar_dates.txt",
          data: Buffer.from("service_id,date,exception_type\nS,20240501,2\nSX,20240502,1\n"),
        },
      ]),
    );
    const out = path.join(dir, "out");
    const code = await runPlanCommand({
      gtfs: feed,
      date: "2024-03-07",
      out,
      sensitivity: false,
      quiet: true,
    });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toContain(
      `${feed}/calendar_dates.txt:3: service_id: unknown service_id "SX": it is in neither calendar.txt nor trips.txt`,
    );
  });

  it("refuses a damaged zip with exit code 2, naming the damaged file, and saves nothing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "plan-damaged-"));
    const feed = path.join(dir, "feed.zip");
    const entries = tinyFeed("S,1,1,1,1,1,0,0,20240101,20241231");
    const stopTimes = entries.findIndex((e) => e.name === "stop_times.txt");
    entries[stopTimes] = { ...entries[stopTimes]!, crc32: 0x12345678 };
    writeFileSync(
      feed,
      buildZip([
        ...entries,
        { name: "agency.txt", data: Buffer.from("agency_id,agency_name\nA,Agency\n") },
      ]),
    );
    const out = path.join(dir, "out");
    const code = await runPlanCommand({
      gtfs: feed,
      date: "2024-03-07",
      out,
      sensitivity: false,
      quiet: true,
    });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toContain(
      `${feed}/stop_times.txt: damaged: its checksum (CRC-32) does not match`,
    );
  });
});

describe("the documented example scenario", () => {
  it("validates and runs, adding an opportunity-charged type that charges at its station", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "plan-out-"));
    const code = await runPlanCommand({
      gtfs: DETROIT_GTFS,
      date: "2022-07-05",
      scenario: path.resolve("test/fixtures/planner/sochi-scenario.json"),
      out,
      sensitivity: false,
      quiet: true,
    });
    expect(code).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(out, "plan.json"), "utf8")) as PlanResult;
    expect(plan.scenarioName).toBe("Sochi");
    const opp = plan.electric.find((e) => e.id === "beb-opp")!;
    const station = opp.days[0]!.stations.find((s) => s.stationId === "531");
    expect(station?.kind).toBe("opportunity");
    expect(station!.energyKwh).toBeGreaterThan(0);
  });
});

describe("fleethub plan --stop-elevations", () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterEach(() => vi.restoreAllMocks());
  // A 12 t bus with the physical model and no passengers, so the sums below are by hand.
  const scenarioText = JSON.stringify({
    passengerLoadByHour: Array.from({ length: 24 }, () => 0),
    vehicleTypes: { "beb-12m": { consumption: { kind: "physical", curbMassKg: 12000 } } },
  });

  it("plans the climb of a GTFS feed from a stop-elevation CSV", async () => {
    const feed = writeHillyFeed();
    const elevations = writeTempFile("elevations.csv", HILLY_ELEVATIONS);
    const scenario = writeTempFile("hill.json", scenarioText);
    const run = async (withElevations: boolean): Promise<PlanResult> => {
      const out = mkdtempSync(path.join(os.tmpdir(), "plan-out-"));
      const program = new Command("fleethub").exitOverride();
      registerPlanCommand(program);
      await program.parseAsync([
        "node",
        "fleethub",
        "plan",
        "--gtfs",
        feed,
        "--date",
        HILLY_DATE,
        "--scenario",
        scenario,
        ...(withElevations ? ["--stop-elevations", elevations] : []),
        "--no-sensitivity",
        "-q",
        "--out",
        out,
      ]);
      expect(process.exitCode ?? 0).toBe(0);
      return JSON.parse(readFileSync(path.join(out, "plan.json"), "utf8")) as PlanResult;
    };
    const hilly = await run(true);
    // UPDOWN climbs 150 m and descends 150 m; CLIMB climbs 150 m and descends 30 m.
    expect(hilly.timetable.gradient).toMatchObject({
      file: elevations,
      climbM: 300,
      descentM: 180,
      tripsClimbing: 2,
    });
    expect(stderr.join("")).toContain(
      `gradient: 300 m of climb and 180 m of descent on the planned day`,
    );
    const flat = await run(false);
    expect(stderr.join("")).toContain("gradient: none; no elevations were given");
    // The day's battery energy: + m·g·(300 − 0.5 × 180) / 0.85 = 12,000 × 9.81 × 210 / 0.85 J
    // = 8.079 kWh on each design day.
    const dayKwh = (r: PlanResult, day: string): number =>
      r.tripEnergy
        .find((s) => s.vehicleTypeId === "beb-12m" && s.designDayId === day)!
        .values.reduce((a, b) => a + b, 0);
    for (const day of ["winter", "summer"])
      expect(dayKwh(hilly, day) - dayKwh(flat, day)).toBeCloseTo(
        (12_000 * 9.81 * 210) / 0.85 / 3.6e6,
        6,
      );
    process.exitCode = 0;
  });

  it("refuses a bad elevation file with exit code 2, naming file, line and field, and saves nothing", async () => {
    const elevations = writeTempFile("elevations.csv", "stop_id,elevation_m\nA,20\nB,1O0\n");
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "plan-bad-")), "out");
    const code = await runPlanCommand({
      gtfs: writeHillyFeed(),
      date: HILLY_DATE,
      stopElevations: elevations,
      out,
      sensitivity: false,
      quiet: true,
    });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toContain(
      `${elevations}:3: elevation_m: not a number of metres: "1O0"`,
    );
  });

  it("refuses an unknown stop, a missing file and elevations with --simba (exit 2)", async () => {
    const unknown = writeTempFile("elevations.csv", `${HILLY_ELEVATIONS}Q9,15\n`);
    const base = { out: path.join(os.tmpdir(), "never"), sensitivity: false, quiet: true };
    const feed = writeHillyFeed();
    expect(
      await runPlanCommand({ ...base, gtfs: feed, date: HILLY_DATE, stopElevations: unknown }),
    ).toBe(2);
    expect(stderr.join("")).toContain(
      `${unknown}:6: stop_id: unknown stop id "Q9": it is not in the feed's stops.txt`,
    );
    expect(
      await runPlanCommand({
        ...base,
        gtfs: feed,
        date: HILLY_DATE,
        stopElevations: path.join(os.tmpdir(), "no-such-elevations.csv"),
      }),
    ).toBe(2);
    expect(stderr.join("")).toContain("--stop-elevations: elevation file not found");
    expect(
      await runPlanCommand({
        ...base,
        simba: `${SIMBA_EXAMPLE_DIR}basic.cfg`,
        stopElevations: unknown,
      }),
    ).toBe(2);
    expect(stderr.join("")).toContain("--stop-elevations is for --gtfs");
    expect(existsSync(base.out)).toBe(false);
  });

  it("refuses a route gradient naming a route the feed lacks (exit 2, nothing written)", async () => {
    const scenario = writeTempFile(
      "hills.json",
      '{\n  "routeGradients": [\n    { "routeId": "UP", "climbM": 20 },\n    { "routeId": "UPP", "climbM": 20 }\n  ]\n}\n',
    );
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "plan-bad-")), "out");
    const code = await runPlanCommand({
      gtfs: writeTwoWayFeed(),
      date: HILLY_DATE,
      scenario,
      out,
      sensitivity: false,
      quiet: true,
    });
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(stderr.join("")).toContain(
      `${scenario}:4: routeGradients[1].routeId: unknown route id "UPP": it is not in the feed's routes.txt`,
    );
  });
});
