import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { csvText, type CsvRow } from "../../core/csv.js";
import type { PlanResult } from "../plan-types.js";
import { renderHtmlReport } from "./html-report.js";

/** Numbers with at most six decimals, trailing zeros dropped. */
function plannerNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(6).replace(/\.?0+$/, "");
}

/** Through the shared writer: ids and names from a GTFS feed are text from outside. */
function csv(headers: string[], rows: CsvRow[]): string {
  return csvText(headers, rows, { formatNumber: plannerNumber });
}

/** The CSV files of a result, by file name. */
export function resultCsvFiles(result: PlanResult): Record<string, string> {
  const files: Record<string, string> = {};
  files["trips.csv"] = csv(
    [
      "trip_id",
      "block_id",
      "route_id",
      "departure_s",
      "arrival_s",
      "from_stop",
      "to_stop",
      "distance_km",
      "climb_m",
      "descent_m",
      ...result.tripEnergy.map((s) => `${s.vehicleTypeId}@${s.designDayId}_${s.unit}`),
    ],
    result.trips.map((t, i) => [
      t.id,
      t.blockId,
      t.routeId,
      t.departureS,
      t.arrivalS,
      t.fromStopId,
      t.toStopId,
      t.distanceKm,
      t.climbM,
      t.descentM,
      ...result.tripEnergy.map((s) => s.values[i] ?? null),
    ]),
  );
  files["blocks.csv"] = csv(
    [
      "evaluation",
      "design_day",
      "block_id",
      "vehicle_type",
      "distance_km",
      "energy_kwh",
      "charged_kwh",
      "min_soc",
      "end_soc",
      "feasible",
      "negative_soc",
      "overnight_required_h",
      "overnight_available_h",
      "overnight_ok",
      "required_battery_kwh",
      "split_pieces",
    ],
    result.electric.flatMap((ev) =>
      ev.days.flatMap((d) =>
        d.blocks.map((b) => {
          const r = d.remedies.find((x) => x.blockId === b.blockId);
          return [
            ev.id,
            d.designDayId,
            b.blockId,
            b.vehicleTypeId,
            b.distanceKm,
            b.energyKwh,
            b.chargedKwh,
            b.minSoc,
            b.endSoc,
            b.feasible,
            b.negativeSoc,
            b.overnight.requiredH,
            b.overnight.availableH,
            b.overnight.ok,
            r?.requiredBatteryKwh ?? null,
            r?.splitPieces ?? null,
          ];
        }),
      ),
    ),
  );
  files["stations.csv"] = csv(
    [
      "evaluation",
      "design_day",
      "station",
      "kind",
      "charge_point_kw",
      "points_available",
      "points_needed",
      "peak_kw",
      "peak_unmanaged_kw",
      "energy_kwh",
      "sessions",
      "missed_sessions",
      "waiting_min",
    ],
    result.electric.flatMap((ev) =>
      ev.days.flatMap((d) =>
        d.stations.map((s) => [
          ev.id,
          d.designDayId,
          s.stationId,
          s.kind,
          s.chargePointKw,
          s.chargePointsAvailable,
          s.chargePointsNeeded,
          s.peakPowerKw,
          s.peakPowerUnmanagedKw,
          s.energyKwh,
          s.sessions,
          s.missedSessions,
          s.waitingMin,
        ]),
      ),
    ),
  );
  files["options.csv"] = csv(
    [
      "option",
      "label",
      "fleet",
      "spares",
      "extra_buses_splits",
      "unresolved_blocks",
      "depot_points",
      "opportunity_points",
      "km_per_year",
      "electricity_kwh_per_year",
      "diesel_l_per_year",
      "gas_m3_per_year",
      "co2_t_per_year",
      "nox_kg_per_year",
      "tco_vehicles",
      "tco_battery",
      "tco_electricity",
      "tco_fuel",
      "tco_maintenance",
      "tco_infrastructure",
      "tco_grid_connection",
      "tco_demand_charges",
      "tco_fuel_station",
      "tco_total",
    ],
    result.options.map((o) => [
      o.id,
      o.label,
      o.fleet,
      o.spareVehicles,
      o.extraBusesForSplits,
      o.unresolvedBlocks,
      o.chargePoints.depot,
      o.chargePoints.opportunity,
      o.annual.distanceKm,
      o.annual.electricityKwh,
      o.annual.dieselLitres,
      o.annual.gasM3,
      o.annual.co2Tonnes,
      o.annual.noxKg,
      o.tco.vehicles,
      o.tco.batteryReplacement,
      o.tco.electricity,
      o.tco.fuel,
      o.tco.maintenance,
      o.tco.infrastructure,
      o.tco.gridConnection,
      o.tco.demandCharges,
      o.tco.fuelStation,
      o.tco.total,
    ]),
  );
  files["sensitivity.csv"] = csv(
    ["parameter", "value", "rank", "option", "tco_total"],
    result.sensitivity.flatMap((s) =>
      s.ranking.map((id, k) => [s.parameter, s.value, k + 1, id, s.totals[id] ?? null]),
    ),
  );
  return files;
}

/**
 * Writes plan.json, the CSV files and report.html into `outDir`. Files are first written to a
 * scratch folder inside it and moved in only when all are written, so a failure leaves no
 * partial result behind.
 */
export async function writePlanOutputs(result: PlanResult, outDir: string): Promise<string[]> {
  // Synchronous calls: the files are small, and each asynchronous one is a round trip through
  // libuv's thread pool that a loaded machine makes the command wait for.
  mkdirSync(outDir, { recursive: true });
  const scratch = mkdtempSync(path.join(outDir, ".plan-partial-"));
  const files: Record<string, string> = {
    "plan.json": JSON.stringify(result),
    ...resultCsvFiles(result),
    "report.html": renderHtmlReport(result),
  };
  try {
    for (const [name, content] of Object.entries(files))
      writeFileSync(path.join(scratch, name), content, "utf8");
    for (const name of Object.keys(files))
      renameSync(path.join(scratch, name), path.join(outDir, name));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return Object.keys(files).map((n) => path.join(outDir, n));
}
