import { defaultScenario } from "./defaults.js";
import type { BatteryVehicleType, CombustionVehicleType, Scenario } from "./types.js";

/**
 * Price presets a scenario file starts from with `"preset": "<id>"` instead of the European
 * defaults (docs/planner.md § Presets). Every figure can still be overridden.
 */
export const SCENARIO_PRESETS = {
  /** The documented European defaults (defaults.ts), in EUR. */
  eu: defaultScenario,
  /** Russian prices of 2025, in RUB. */
  "ru-2025": russianPreset2025,
} as const;

export type ScenarioPresetId = keyof typeof SCENARIO_PRESETS;

export const SCENARIO_PRESET_IDS = Object.keys(SCENARIO_PRESETS) as ScenarioPresetId[];

/**
 * Russian prices, 2025, in roubles. Sourced figures say where they come from; figures marked
 * "fleethub assumption" have no source known to fleethub and are an order of magnitude only
 * (most are the European default at an assumed 100 RUB/€): set them for the city.
 */
export function russianPreset2025(): Scenario {
  const s = defaultScenario();
  s.name = "ru-2025";
  s.currency = "RUB";
  const beb = s.vehicleTypes["beb-12m"] as BatteryVehicleType;
  // E-bus about 72.5 M RUB each (progorodchelny.ru; kommersant.ru/doc/8179761).
  beb.capexPerVehicle = 72_500_000;
  // A Moscow tender sets battery life at 7.5 years or 420,000 km (kommersant.ru).
  beb.batteryLifetimeYears = 7.5;
  // fleethub assumption: 250 €/kWh (SimBA) at 100 RUB/€.
  beb.batteryCostPerKwh = 25_000;
  // fleethub assumption: 0.35 €/km (eFLIPS) at 100 RUB/€.
  beb.maintenancePerKm = 35;
  const cng = s.vehicleTypes["cng-12m"] as CombustionVehicleType;
  // Moscow, Dec 2025: about 35 M RUB per LiAZ or NefAZ, including 7 years of service
  // (msknovosti.ru). The service in that price is not taken off the maintenance below.
  cng.capexPerVehicle = 35_000_000;
  cng.maintenancePerKm = 42; // fleethub assumption: 0.42 €/km at 100 RUB/€
  const diesel = s.vehicleTypes["diesel-12m"] as CombustionVehicleType;
  // The CNG bus at 1.2 × the diesel bus (Moscow press ratio, defaults.ts): 35 M / 1.2.
  diesel.capexPerVehicle = Math.round(35_000_000 / 1.2);
  diesel.maintenancePerKm = 40; // fleethub assumption: 0.40 €/km at 100 RUB/€
  s.prices = {
    ...s.prices,
    // fleethub assumption: no source for a Russian business electricity tariff is known;
    // 8 RUB/kWh is an order of magnitude only.
    electricityPerKwh: 8,
    // July 2025: diesel about 70.2 RUB/l, CNG about 25.94 RUB/m³ (vedomosti.ru, 2025-08-10);
    // Gazprom keeps methane at no more than 50 % of the diesel price (gmt.gazprom.ru).
    dieselPerLitre: 70.2,
    gasPerM3: 25.94,
    // fleethub assumption: SimBA's 1,000 and 877.5 €/kW at 100 RUB/€.
    depotChargerPerKw: 100_000,
    opportunityChargerPerKw: 87_750,
    // fleethub assumption (no source for a Russian grid-connection price per kW or demand
    // charge): SimBA's MV figures, 158.3 €/kW and 3.42 €/kW per month, at 100 RUB/€.
    gridConnectionPerKw: 15_830,
    demandChargePerKwMonth: 342,
    timeOfUse: [],
    // fleethub assumption (no source for a CNG station's cost): the European assumption,
    // 1.5 M€ and 5 % a year, at 100 RUB/€. Sochi is building one in a depot (news.mail.ru
    // economics/68320778); set its real figures when known.
    cngStationCapex: 150_000_000,
    cngStationRunningPerYear: 7_500_000,
  };
  // Russian grid 310–634 g CO₂e/kWh by region (Energies 2025, 18(1):14): the default's
  // midpoint is kept; set the region's own figure.
  s.emissions = { ...s.emissions };
  return s;
}
