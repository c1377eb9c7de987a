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

/**
 * The types of CNG cylinders (ГОСТ Р 51753 names them КПГ-1 to КПГ-4, the UN R110
 * "CNG-1" to "CNG-4"): all-metal; a metal liner hoop-wrapped in composite; a metal liner
 * fully wrapped; an all-composite cylinder on a non-metal liner.
 */
export const CNG_CYLINDER_TYPES = ["cng1", "cng2", "cng3", "cng4"] as const;
export type CngCylinderType = (typeof CNG_CYLINDER_TYPES)[number];

export const CNG_CYLINDER_TYPE_NAMES: Readonly<
  Record<CngCylinderType, { en: string; ru: string }>
> = {
  cng1: { en: "CNG-1 (all-metal)", ru: "КПГ-1 (металлический)" },
  cng2: {
    en: "CNG-2 (metal liner, hoop-wrapped)",
    ru: "КПГ-2 (металлокомпозитный, обмотка по цилиндру)",
  },
  cng3: {
    en: "CNG-3 (metal liner, fully wrapped)",
    ru: "КПГ-3 (металлокомпозитный, полная обмотка)",
  },
  cng4: { en: "CNG-4 (all-composite)", ru: "КПГ-4 (композитный)" },
};

/**
 * How often cylinders of each type are requalified (periodic technical examination by an
 * authorised body), in months: every 2, 3 or 5 years by the cylinder's material
 * (avtodigitals.ru, DOMAIN.md §1): all-metal every 5 years, metal-composite every 3,
 * all-composite every 2. One service provider's page gives 3 years for every wrapped
 * type, КПГ-4 included; the stricter 2 years is kept for КПГ-4.
 */
export const CNG_REQUALIFICATION_MONTHS: Readonly<Record<CngCylinderType, number>> = {
  cng1: 60,
  cng2: 36,
  cng3: 36,
  cng4: 24,
};

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
  if (vin.length !== 17)
    throw invalid(field, { key: "vin.length", params: { length: vin.length } });
  const bad = /[^A-HJ-NPR-Z0-9]/.exec(vin);
  if (bad) {
    throw invalid(
      field,
      /[IOQ]/.test(bad[0])
        ? { key: "vin.letterIOQ", params: { letter: bad[0] } }
        : { key: "vin.character", params: { char: bad[0] } },
    );
  }
  return vin;
}

/** Registration plates are kept as written, in capitals, without spaces. */
export function normalisePlate(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}
