import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPlan } from "../plan.js";
import { loadSimbaScenario } from "./read-simba.js";
import { SIMBA_EXAMPLE_DIR } from "../../../test/fixtures/paths.js";

/**
 * Reference figures computed here independently of the planner, following SimBA's documented
 * method (simba/consumption.py, trip.py, util.nd_interp): energy = consumption × distance;
 * with a table, consumption is interpolated linearly in incline, temperature, load and mean
 * speed, inputs clipped to the table's bounds; mean speed = distance / max(1 min, travel time);
 * temperature and load come from the trip row, else from the hourly CSVs at the arrival hour.
 */
const DIR = SIMBA_EXAMPLE_DIR;

function csvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(DIR, file), "utf8").trim().split(/\r?\n/);
  const cols = (header ?? "").split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i] ?? "", v])));
}

/** SimBA's nd_interp, re-implemented: reduce the corner points one dimension at a time. */
function ndInterp(input: number[], table: number[][]): number {
  const dims = input.length;
  const values = Array.from({ length: dims }, (_, i) =>
    [...new Set(table.map((r) => r[i]!))].sort((a, b) => a - b),
  );
  const lower: number[] = [];
  const upper: number[] = [];
  input.forEach((v, i) => {
    const vals = values[i]!;
    lower[i] = vals[0]!;
    upper[i] = vals[vals.length - 1]!;
    for (const c of vals) {
      if (v >= c) lower[i] = c;
      if (v <= c) {
        upper[i] = c;
        break;
      }
    }
  });
  let points = table.filter((row) =>
    row.slice(0, dims).every((v, i) => v === lower[i] || v === upper[i]),
  );
  for (let i = 0; i < dims; i++) {
    const next: number[][] = [];
    const used = new Set<number>();
    points.forEach((p1, j) => {
      if (used.has(j)) return;
      const k = points.findIndex(
        (p2, k2) =>
          k2 > j && !used.has(k2) && p2.slice(0, dims).every((v, d) => d === i || v === p1[d]),
      );
      if (k < 0 || points[k]![i] === p1[i]) {
        next.push(p1);
        return;
      }
      used.add(k);
      const p2 = points[k]!;
      const m = (p2[dims]! - p1[dims]!) / (p2[i]! - p1[i]!);
      const p = [...p1];
      p[i] = input[i]!;
      p[dims] = p1[dims]! + m * (input[i]! - p1[i]!);
      next.push(p);
    });
    points = next;
  }
  return points[0]![dims]!;
}

/** Energy of every trip row of trips_example.csv, kWh. */
function referenceTripEnergies(cfg: "basic" | "extensive"): number[] {
  const trips = csvRows("trips_example.csv");
  const fixed: Record<string, number> = { AB_depb: 1.8, AB_oppb: 1.7, SB_depb: 1.2, SB_oppb: 1.1 }; // vehicle_types_constant_mileage.json
  const table = csvRows("energy_consumption_example.csv");
  const temp = new Map(
    csvRows("default_temp_winter.csv").map((r) => [Number(r.hour), Number(r.temperature)]),
  );
  const lol = new Map(
    csvRows("default_level_of_loading_over_day.csv").map((r) => [
      Number(r.hour),
      Number(r.level_of_loading),
    ]),
  );
  const chargingType = new Map<string, string>();
  for (const t of trips) if (t.charging_type) chargingType.set(t.rotation_id!, t.charging_type);
  return trips.map((t) => {
    const distM = Number(t.distance);
    let kwhPerKm: number;
    if (cfg === "basic") {
      kwhPerKm = fixed[`${t.vehicle_type}_${chargingType.get(t.rotation_id!) ?? "depb"}`]!;
    } else {
      const dep = new Date(`${t.departure_time!.replace(" ", "T")}Z`).getTime();
      const arr = new Date(`${t.arrival_time!.replace(" ", "T")}Z`).getTime();
      const hours = Math.max(1 / 60, (arr - dep) / 3_600_000);
      const speed = distM / 1000 / hours;
      const hour = new Date(arr).getUTCHours();
      const tAmb = t.temperature ? Number(t.temperature) : temp.get(hour)!;
      const load = t.level_of_loading
        ? Math.min(1, Math.max(0, Number(t.level_of_loading)))
        : lol.get(hour)!;
      const rows = table
        .filter((r) => r.vehicle_type === t.vehicle_type)
        .map((r) => [
          Number(r.incline),
          Number(r.t_amb),
          Number(r.level_of_loading),
          Number(r.mean_speed_kmh),
          Number(r.consumption_kwh_per_km),
        ]);
      kwhPerKm = ndInterp([0, tAmb, load, speed], rows); // all stations at elevation 0 → incline 0
    }
    return (kwhPerKm * distM) / 1000;
  });
}

function referenceEnergies(cfg: "basic" | "extensive"): Map<string, number> {
  const trips = csvRows("trips_example.csv");
  const perTrip = referenceTripEnergies(cfg);
  const out = new Map<string, number>();
  trips.forEach((t, i) => out.set(t.rotation_id!, (out.get(t.rotation_id!) ?? 0) + perTrip[i]!));
  return out;
}

/**
 * Rotations whose SoC goes below zero, by a plain walk: start full, subtract each trip's energy,
 * and for opportunity-charged rotations charge during layovers at "opps" stations at
 * min(charge point, charging curve) with 95 % efficiency in one-minute steps.
 */
function referenceNegativeRotations(
  cfg: "basic" | "extensive",
  energyPerTrip: (row: number) => number,
): Set<string> {
  const trips = csvRows("trips_example.csv");
  const chargingType = new Map<string, string>();
  for (const t of trips) if (t.charging_type) chargingType.set(t.rotation_id!, t.charging_type);
  const oppPowerKw: Record<string, number> = {
    "Station-3": cfg === "basic" ? 300 : 500,
    "Station-10": 140,
  };
  const curve = (soc: number): number =>
    soc <= 0.8 ? 500 : 500 + ((soc - 0.8) / 0.2) * (25 - 500);
  const negative = new Set<string>();
  const byRot = new Map<string, number[]>();
  trips.forEach((t, i) => byRot.set(t.rotation_id!, [...(byRot.get(t.rotation_id!) ?? []), i]));
  for (const [rot, rows] of byRot) {
    const oppb = chargingType.get(rot) === "oppb";
    const capacity = oppb ? 150 : 250;
    let soc = 1;
    rows.forEach((row, k) => {
      soc -= energyPerTrip(row) / capacity;
      if (soc < 0) negative.add(rot);
      const next = rows[k + 1];
      const station = trips[row]!.arrival_name!;
      if (oppb && next !== undefined && oppPowerKw[station] !== undefined) {
        const from = new Date(`${trips[row]!.arrival_time!.replace(" ", "T")}Z`).getTime();
        const to = new Date(`${trips[next]!.departure_time!.replace(" ", "T")}Z`).getTime();
        for (let m = 0; m < (to - from) / 60000 && soc < 1; m++)
          soc = Math.min(
            1,
            soc + (Math.min(oppPowerKw[station], curve(soc)) * 0.95) / 60 / capacity,
          );
      }
    });
  }
  return negative;
}

describe.each(["basic", "extensive"] as const)("SimBA example, %s.cfg", (cfg) => {
  it("gives every rotation the energy SimBA's method gives, within 1 %", async () => {
    const { timetable, scenario } = await loadSimbaScenario(path.join(DIR, `${cfg}.cfg`));
    const result = runPlan({ timetable, scenario }, { sensitivity: false });
    const assigned = result.electric.find((e) => e.id === "as-assigned")!;
    const reference = referenceEnergies(cfg);
    // basic.cfg names no temperature file, so the default winter and summer days apply.
    expect(assigned.days).toHaveLength(cfg === "basic" ? 2 : 1);
    const blocks = assigned.days[0]!.blocks;
    expect(blocks.map((b) => b.blockId).sort()).toEqual([...reference.keys()].sort());
    for (const b of blocks) {
      const ref = reference.get(b.blockId)!;
      expect(
        Math.abs(b.energyKwh - ref) / ref,
        `rotation ${b.blockId}: ${b.energyKwh} vs ${ref}`,
      ).toBeLessThan(0.01);
    }
    // The example's 949 km over 8 rotations (DOMAIN.md §4).
    expect(blocks.reduce((s, b) => s + b.distanceKm, 0)).toBeCloseTo(948.903, 2);
  });

  it("flags the same rotations with negative SoC as a plain SoC walk", async () => {
    const { timetable, scenario } = await loadSimbaScenario(path.join(DIR, `${cfg}.cfg`));
    const result = runPlan({ timetable, scenario }, { sensitivity: false });
    const day = result.electric.find((e) => e.id === "as-assigned")!.days[0]!;
    const planner = new Set(day.blocks.filter((b) => b.negativeSoc).map((b) => b.blockId));
    const energies = referenceTripEnergies(cfg);
    const reference = referenceNegativeRotations(cfg, (row) => energies[row]!);
    expect(reference.size).toBeGreaterThan(0);
    expect([...planner].sort()).toEqual([...reference].sort());
  });
});
