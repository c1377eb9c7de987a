/**
 * Tyre rules a driver's measurement is held to: the legal minimum tread per vehicle
 * category and the seasonal rules, by the inspection's local date.
 *
 * Sources: Government decree No. 837 of 27 May 2023, list of faults that forbid operation,
 * item 5.4: operation is forbidden when the residual tread depth (no wear indicators) "is
 * not more than" 0.8 mm (L), 1 mm (N2, N3, O3, O4), 1.6 mm (M1, N1, O1, O2), 2 mm (M2,
 * M3) — so a tread exactly at the figure is already a fault. Seasonal rules (the same list,
 * section 5, and the technical regulation ТР ТС 018/2011, annex 8 §5.5): no vehicle
 * without winter tyres on all wheels in December, January and February; no studded tyres
 * in June, July and August.
 */
import { DateTime, IANAZone } from "luxon";
import { invalid } from "../errors.js";
import type { VehicleType } from "./fleet.js";

/** Vehicle categories of the decree (groups with one tread figure). */
export const TREAD_CATEGORIES = ["L", "M1_N1_O1_O2", "M2_M3", "N2_N3_O3_O4"] as const;
export type TreadCategory = (typeof TREAD_CATEGORIES)[number];

/** Decree 837, item 5.4: the tread depth at or below which operation is forbidden, mm. */
export const TREAD_LIMIT_MM: Readonly<Record<TreadCategory, number>> = {
  L: 0.8,
  M1_N1_O1_O2: 1.6,
  M2_M3: 2,
  N2_N3_O3_O4: 1,
};

/**
 * The category whose figure applies to a vehicle type: every bus carries more than eight
 * passengers (M2 or M3, both 2 mm); a mining dump truck weighs far over 12 t (N3, 1 mm).
 * Tractors and combines are self-propelled machines outside the decree: null.
 */
export function treadCategoryOf(vehicleType: VehicleType): TreadCategory | null {
  switch (vehicleType) {
    case "city_bus":
    case "intercity_bus":
      return "M2_M3";
    case "mining_dump_truck":
      return "N2_N3_O3_O4";
    default:
      return null;
  }
}

/**
 * A new road tyre has about 10–25 mm of tread (bus and truck drive tyres are the deepest);
 * a value above this is a typing error, not a measurement (inferred bound).
 */
export const MAX_PLAUSIBLE_TREAD_MM = 40;

/** Checks a measured tread depth, naming the field: present, a number, not negative, plausible. */
export function checkTreadDepth(field: string, value: number | undefined): number {
  if (value === undefined) throw invalid(field, { key: "tyres.depthRequired" });
  if (!Number.isFinite(value)) throw invalid(field, { key: "tyres.depthNotNumber" });
  if (value < 0) throw invalid(field, { key: "tyres.depthNegative", params: { value } });
  if (value > MAX_PLAUSIBLE_TREAD_MM)
    throw invalid(field, {
      key: "tyres.depthImplausible",
      params: { value, max: MAX_PLAUSIBLE_TREAD_MM },
    });
  return value;
}

/** The tread fault, or null: at or below the category's figure forbids operation. */
export function treadFault(depthMm: number, category: TreadCategory | null): string | null {
  if (category === null) return null;
  const limit = TREAD_LIMIT_MM[category];
  return depthMm <= limit
    ? `tread ${depthMm} mm: operation is forbidden at ${limit} mm or less for category ${category.replaceAll("_", "/")} (decree No. 837, item 5.4)`
    : null;
}

/**
 * What is fitted, as the driver sees it: `winter` means winter tyres (snowflake or M+S
 * marking) on every wheel, without studs; `winter_studded` the same with studs; `summer`
 * anything less than winter tyres on every wheel.
 */
export const TYRE_SETS = ["summer", "winter", "winter_studded"] as const;
export type TyreSet = (typeof TYRE_SETS)[number];

/** The local calendar month (1–12) of an instant in a depot's time zone (UTC if unknown). */
export function localMonth(at: Date, timeZone: string): number {
  const zone = IANAZone.isValidZone(timeZone) ? timeZone : "UTC";
  return DateTime.fromJSDate(at, { zone }).month;
}

/** The seasonal fault of a tyre set in a local month, or null. */
export function seasonalTyreFault(tyres: TyreSet, month: number): string | null {
  if ((month === 12 || month === 1 || month === 2) && tyres === "summer")
    return "winter tyres are required on all wheels in December, January and February";
  if ((month === 6 || month === 7 || month === 8) && tyres === "winter_studded")
    return "studded tyres are forbidden in June, July and August";
  return null;
}
