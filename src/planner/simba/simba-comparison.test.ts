import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runPlan } from "../plan.js";
import type { PlanResult } from "../plan-types.js";
import { loadSimbaScenario } from "./read-simba.js";
import { SIMBA_EXAMPLE_DIR, SIMBA_OUTPUT_DIR } from "../../../test/fixtures/paths.js";

/**
 * The planner against SimBA's own output (SimBA b08b829 + SpiceEV 2d96cf7 run on SimBA's
 * example; test/fixtures/README.md says how). Nothing here re-computes SimBA: the expected
 * figures are the rows SimBA wrote.
 */

type Row = Record<string, string>;

function csv(text: string): Row[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = (header ?? "").split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i] ?? "", v])));
}

function simbaFile(dir: string, file: string): Row[] {
  const p = path.join(SIMBA_OUTPUT_DIR, dir, file);
  const bytes = readFileSync(p);
  return csv(p.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8"));
}

async function plan(
  cfg: "basic" | "extensive",
  tripAveraging?: "time-weighted",
): Promise<PlanResult> {
  const { timetable, scenario } = await loadSimbaScenario(
    path.join(SIMBA_EXAMPLE_DIR, `${cfg}.cfg`),
  );
  if (tripAveraging !== undefined) scenario.operation.tripAveraging = tripAveraging;
  return runPlan({ timetable, scenario }, { sensitivity: false });
}

function assignedDay(result: PlanResult): PlanResult["electric"][number]["days"][number] {
  return result.electric.find((e) => e.id === "as-assigned")!.days[0]!;
}

describe.each(["basic", "extensive"] as const)("SimBA's own output, %s.cfg", (cfg) => {
  const simba = simbaFile(cfg, `rotation_summary_${cfg}_example.csv`);

  it("gives every rotation SimBA's energy within 1 %", async () => {
    const day = assignedDay(await plan(cfg));
    expect(day.blocks.map((b) => b.blockId).sort()).toEqual(simba.map((r) => r.rotation_id).sort());
    for (const row of simba) {
      const b = day.blocks.find((x) => x.blockId === row.rotation_id)!;
      const kwh = Number(row["total_consumption_[kWh]"]);
      expect(
        Math.abs(b.energyKwh - kwh) / kwh,
        `rotation ${row.rotation_id}: planner ${b.energyKwh} kWh, SimBA ${kwh} kWh`,
      ).toBeLessThan(0.01);
      expect(b.distanceKm).toBeCloseTo(Number(row.distance) / 1000, 6);
    }
  });

  it("gives every rotation SimBA's minimum and arrival SoC within 1 point", async () => {
    const day = assignedDay(await plan(cfg));
    for (const row of simba) {
      const b = day.blocks.find((x) => x.blockId === row.rotation_id)!;
      const id = `rotation ${row.rotation_id}`;
      expect(Math.abs(b.minSoc - Number(row.Minimum_SOC)), `${id} minimum SoC`).toBeLessThan(0.01);
      expect(Math.abs(b.endSoc - Number(row.SOC_at_arrival)), `${id} arrival SoC`).toBeLessThan(
        0.01,
      );
    }
  });

  it("flags the rotations SimBA flags with negative SoC, and no others", async () => {
    const day = assignedDay(await plan(cfg));
    const planner = day.blocks.filter((b) => b.negativeSoc).map((b) => b.blockId);
    const expected = simba.filter((r) => r.Negative_SOC === "1").map((r) => r.rotation_id);
    expect(expected.length).toBeGreaterThan(0);
    expect(planner.sort()).toEqual(expected.sort());
  });

  it("runs the rotations on as many vehicles as SimBA, with the same rotations sharing one", async () => {
    const day = assignedDay(await plan(cfg));
    // SimBA's vehicle_id column: which rotations one bus runs.
    const simbaGroups = new Map<string, string[]>();
    for (const r of simba)
      simbaGroups.set(r.vehicle_id!, [...(simbaGroups.get(r.vehicle_id!) ?? []), r.rotation_id!]);
    const plannerGroups = new Map<number, string[]>();
    for (const b of day.blocks)
      plannerGroups.set(b.vehicle, [...(plannerGroups.get(b.vehicle) ?? []), b.blockId]);
    const norm = (groups: Iterable<string[]>): string[] =>
      [...groups].map((g) => [...g].sort().join("+")).sort();
    expect(plannerGroups.size).toBe(simbaGroups.size);
    expect(norm(plannerGroups.values())).toEqual(norm(simbaGroups.values()));
  });

  it("peaks at SimBA's power at the opportunity station and, balanced, at the depot", async () => {
    const day = assignedDay(await plan(cfg));
    const overview = simbaFile(cfg, `gc_overview_${cfg}_example.csv`);
    // Station-3: greedy opportunity charging in both; SimBA's peak is its grid maximum.
    const opp = overview.find((r) => r.station_name === "Station-3")!;
    const plannerOpp = day.stations.find((s) => s.stationId === "Station-3")!;
    expect(plannerOpp.peakPowerKw).toBeCloseTo(Number(opp.maximum_power), 6);
    const oppKwh = Number(opp["sum of CS energy"]);
    expect(Math.abs(plannerOpp.energyKwh - oppKwh) / oppKwh).toBeLessThan(0.01);
    // Station-0, the depot: SimBA's charge-point power ("sum CS power", without the external
    // load it adds to the grid maximum) while the timetable repeats, i.e. before the second
    // day's buses return: after that SimBA spreads their charge over an assumed 8 h.
    const series = simbaFile(cfg, "ts_Station-0.csv.gz");
    const cycle = series.filter((r) => r.time! < "2022-03-09 04:00");
    const simbaDepotKw = Math.max(...cycle.map((r) => Number(r["sum CS power [kW]"])));
    const depot = day.stations.find((s) => s.stationId === "Station-0")!;
    expect(Math.abs(depot.peakPowerKw - simbaDepotKw) / simbaDepotKw).toBeLessThan(0.02);
    // Without a strategy every bus would charge at its charge point's full power on arrival.
    expect(depot.peakPowerUnmanagedKw).toBeGreaterThan(5 * simbaDepotKw);
  });
});

describe("SimBA with a time-weighted trip mean (extensive.cfg)", () => {
  // SimBA b08b829 run with util.get_mean_from_hourly_dict replaced by a time-weighted mean
  // (test/fixtures/simba-output/extensive-time-weighted-mean/run-with-time-weighted-mean.py).
  const simba = simbaFile("extensive-time-weighted-mean", "rotation_summary_extensive_example.csv");

  it("gives every rotation that run's energy and SoC with tripAveraging = time-weighted", async () => {
    const day = assignedDay(await plan("extensive", "time-weighted"));
    for (const row of simba) {
      const b = day.blocks.find((x) => x.blockId === row.rotation_id)!;
      const kwh = Number(row["total_consumption_[kWh]"]);
      expect(Math.abs(b.energyKwh - kwh) / kwh, `rotation ${row.rotation_id}`).toBeLessThan(0.01);
      expect(Math.abs(b.minSoc - Number(row.Minimum_SOC))).toBeLessThan(0.01);
      expect(Math.abs(b.endSoc - Number(row.SOC_at_arrival))).toBeLessThan(0.01);
    }
  });

  it("differs from SimBA's unmodified run by several percent on rotation 2", async () => {
    const day = assignedDay(await plan("extensive", "time-weighted"));
    const real = simbaFile("extensive", "rotation_summary_extensive_example.csv");
    const kwh = Number(real.find((r) => r.rotation_id === "2")!["total_consumption_[kWh]"]);
    const b = day.blocks.find((x) => x.blockId === "2")!;
    expect((kwh - b.energyKwh) / kwh).toBeGreaterThan(0.04);
  });
});
