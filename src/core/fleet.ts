/** The fleet's vocabulary and the checks on identifiers. */
import { invalid } from "../errors.js";

export const VEHICLE_TYPES = [
  "city_bus",
  "intercity_bus",
  "tractor",
  "combine_harvester",
  "mining_dump_truck",
  "other",
] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

export const POWERTRAINS = ["diesel", "cng", "battery_electric", "hybrid"] as const;
export type Powertrain = (typeof POWERTRAINS)[number];

export const LENGTH_CLASSES = [
  "up_to_8m",
  "8_to_10_5m",
  "10_5_to_13m",
  "articulated_18m",
  "not_applicable",
] as const;
export type LengthClass = (typeof LENGTH_CLASSES)[number];

export const VEHICLE_STATUSES = ["active", "in_repair", "out_of_service", "retired"] as const;
export type VehicleStatus = (typeof VEHICLE_STATUSES)[number];

export const METERS = ["odometer_km", "engine_hours"] as const;
export type Meter = (typeof METERS)[number];

/** Machinery is tracked by engine hours, road vehicles by kilometres. */
export function primaryMeter(type: VehicleType): Meter {
  return type === "tractor" || type === "combine_harvester" ? "engine_hours" : "odometer_km";
}

/**
 * A VIN is 17 characters of digits and capital letters without I, O and Q
 * (ISO 3779; the letters are left out so they cannot be read as 1 and 0).
 * Returns the VIN in capitals, or throws naming the field.
 */
export function normaliseVin(raw: string, field = "vin"): string {
  const vin = raw.trim().toUpperCase();
  if (vin.length !== 17) throw invalid(field, `must be 17 characters (got ${vin.length})`);
  const bad = /[^A-HJ-NPR-Z0-9]/.exec(vin);
  if (bad) {
    throw invalid(
      field,
      /[IOQ]/.test(bad[0])
        ? `must not contain the letter ${bad[0]} (I, O and Q are not used in VINs)`
        : `must not contain "${bad[0]}"`,
    );
  }
  return vin;
}

/** Registration plates are kept as written, in capitals, without spaces. */
export function normalisePlate(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}
