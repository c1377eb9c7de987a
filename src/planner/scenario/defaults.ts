import type { Scenario } from "./types.js";

/**
 * Default scenario. Every figure can be overridden in the scenario JSON (objects merge key
 * by key; a `null` value removes a default entry such as a vehicle type).
 *
 * Sources are DOMAIN.md §4 unless marked "assumption": those figures are not in DOMAIN.md
 * and must be set for the city being planned.
 */
export function defaultScenario(): Scenario {
  return {
    name: "default",
    currency: "EUR",
    designDays: {
      // SimBA example data/examples/consumption/default_temp_winter.csv (DOMAIN.md §4 data).
      winter: {
        temperatureByHourC: [
          -1.1, -1.1, -2.2, -2.7, -2.7, -2.7, -2.7, -3.8, -3.8, -3.8, -3.8, -2.7, -1.1, 1.1, 2.2,
          2.2, 1.1, 0, 0, -1.1, -1.1, -1.1, -1.1, -1.1,
        ],
        daysPerYear: 182, // assumption: half of the year is "winter"
      },
      // SimBA example default_temp_summer.csv.
      summer: {
        temperatureByHourC: [
          23.8, 23.8, 22.7, 22.2, 21.1, 20, 20, 21.1, 22.7, 25, 28.8, 31.1, 32.7, 33.8, 36.1, 36.1,
          36.1, 33.8, 32.2, 32.2, 27.2, 25, 23.8, 25,
        ],
        daysPerYear: 183, // assumption
      },
    },
    // assumption: October–March "winter", April–September "summer". In a common year that is
    // 182 winter and 183 summer days, the split of `daysPerYear` above.
    designDayByMonth: [
      "winter",
      "winter",
      "winter",
      "summer",
      "summer",
      "summer",
      "summer",
      "summer",
      "summer",
      "winter",
      "winter",
      "winter",
    ],
    // SimBA example default_level_of_loading_over_day.csv: 0.5 at every hour.
    passengerLoadByHour: Array.from({ length: 24 }, () => 0.5),
    vehicleTypes: {
      "beb-12m": {
        name: "12 m battery-electric bus, depot charging",
        technology: "battery-electric",
        // NREL T3CO transit bus: 440 kWh.
        batteryKwh: 440,
        // assumption: usable window 10-95 % and a 5 % reserve.
        socMin: 0.1,
        socMax: 0.95,
        reserveSoc: 0.05,
        // SimBA example vehicle_types.json, depot-charged bus: [[0,150],[0.8,150],[1,15]].
        chargingCurve: [
          [0, 150],
          [0.8, 150],
          [1, 15],
        ],
        // SimBA default battery_efficiency 0.95.
        chargingEfficiency: 0.95,
        // ViriCiti, 79 buses in NL: 1.15 kWh/km, +14 % in cold (-10…+14 °C), +9 % in heat.
        consumption: {
          kind: "fixed",
          kwhPerKm: 1.15,
          coldIncreaseFraction: 0.14,
          coldBelowC: 14,
          hotIncreaseFraction: 0.09,
          hotAboveC: 25, // assumption: where "heat" starts
        },
        chargeAt: ["depot"],
        // SimBA cost defaults: solo e-bus 420 k€, 14-year life, battery 250 €/kWh, 7-year life.
        capexPerVehicle: 420_000,
        lifetimeYears: 14,
        batteryCostPerKwh: 250,
        batteryLifetimeYears: 7,
        // eFLIPS TCO: maintenance 0.35 €/km.
        maintenancePerKm: 0.35,
        noxGPerKm: 0,
      },
      "diesel-12m": {
        name: "12 m diesel bus",
        technology: "diesel",
        fuel: {
          // Russian norm R3112194-0366-03: city buses 34.8–44.4 l/100 km; 40 inside that range.
          basePer100Km: 40,
          // assumption: winter increase D = 10 % below 0 °C (the norm sets it by region).
          winterIncreasePercent: 10,
          winterBelowC: 0,
          // assumption: heater Hот = 1 l/h below +5 °C.
          heaterPerHour: 1,
          heaterBelowC: 5,
          // physics: diesel lower heating value ≈ 10 kWh/l.
          kwhPerUnit: 10,
        },
        // assumption (not in DOMAIN.md); CNG is set 20 % above it, the Moscow press ratio
        // (diesel ≈ 5 M RUB, gas > 6 M RUB, DOMAIN.md §4).
        capexPerVehicle: 250_000,
        lifetimeYears: 12, // assumption
        maintenancePerKm: 0.4, // assumption
        noxGPerKm: 2, // assumption: real-world Euro V/VI city-bus mix
      },
      "cng-12m": {
        name: "12 m CNG bus",
        technology: "cng",
        fuel: {
          // 40 l diesel ≈ 50–55 m³ methane per 100 km (DOMAIN.md §4, inferred): 52.
          basePer100Km: 52,
          winterIncreasePercent: 10, // assumption, as diesel
          winterBelowC: 0,
          heaterPerHour: 1.3, // assumption: the diesel heater figure × 52/40
          heaterBelowC: 5,
          // physics: methane ≈ 9.97 kWh/m³.
          kwhPerUnit: 9.97,
        },
        capexPerVehicle: 300_000, // 1.2 × diesel (Moscow press ratio, DOMAIN.md §4)
        lifetimeYears: 12, // assumption
        maintenancePerKm: 0.42, // assumption
        // Madrid PEMS study: NOx about 60 % lower than diesel.
        noxGPerKm: 0.8,
      },
    },
    stations: {},
    // SimBA default depot charge-point power cs_power_deps: 150 kW.
    // No grid limit: the connection is sized to the peak the simulation finds.
    depot: { powerKw: 150, count: null, gridLimitKw: null },
    prices: {
      // SimBA example cost_params.json, per-kWh parts: procurement 7.7 + levies 1.237 +
      // concession 1.32 + electricity tax 2.05 + MV commodity charge 3.49 ct/kWh.
      electricityPerKwh: 0.158,
      dieselPerLitre: 1.6, // assumption
      gasPerM3: 1.1, // assumption
      // SimBA defaults: depot chargers 1,000 €/kW, opportunity chargers 877.5 €/kW, 20 years,
      // 2 % of capex per year maintenance.
      depotChargerPerKw: 1000,
      opportunityChargerPerKw: 877.5,
      chargerLifetimeYears: 20,
      chargerMaintenanceFractionPerYear: 0.02,
      // eFLIPS TCO: 20-year horizon at 4 %.
      discountRate: 0.04,
      horizonYears: 20,
      // SimBA example cost_params.json prices electricity at one flat rate: no bands.
      timeOfUse: [],
      // SimBA example cost_params.json, default_grid_operator: grid connection at medium
      // voltage (gc.MV.capex_gc_per_kW) 158.3 €/kW, lifetime_gc 50 years; capacity charge
      // for RLM customers under 2,500 h/a at MV 41.06 €/(kW·a) = 3.42 €/kW per month (the
      // same tariff row as the MV commodity charge in `electricityPerKwh`).
      gridConnectionPerKw: 158.3,
      gridConnectionLifetimeYears: 50,
      demandChargePerKwMonth: 3.42,
      // fleethub assumption (no source known): a depot CNG filling station (compressors,
      // storage, dispensers) of the order of 1.5 M€, 20 years, running cost (compression
      // power, maintenance) 5 % of its capital a year. Set these for the city.
      cngStationCapex: 1_500_000,
      cngStationLifetimeYears: 20,
      cngStationRunningPerYear: 75_000,
    },
    emissions: {
      // UK DEFRA 2024: diesel 2.66 kg CO₂e/l.
      dieselKgCo2PerLitre: 2.66,
      // natural gas 56.9 t CO₂/TJ ≈ 1.9–2.0 kg CO₂/m³ (inferred): 1.95.
      gasKgCo2PerM3: 1.95,
      // Russian grid 310–634 g CO₂e/kWh by region (Energies 2025, 18(1):14): midpoint.
      gridKgCo2PerKwh: 0.472,
    },
    operation: {
      minLayoverMin: 5, // assumption
      // Empty running between terminals is allowed by default (issue #9): without it a feed
      // without block_id needs a bus for nearly every trip (a real city: 521 buses for a peak
      // of 84 trips at once) and the cheapest technology flips. The scheduler prefers the
      // shortest empty run among those that keep the fleet smallest (build-blocks.ts).
      // Speed, reach and detour are assumptions: set them from the operator's own figures.
      deadhead: { enabled: true, speedKmh: 20, maxDistanceKm: 10, detourFactor: 1.3 },
      // Pull-out and pull-in from the depot (assumption: 3 km each way when the depot's
      // location is not given).
      pullOut: { enabled: true, depotLocation: null, distanceKm: 3 },
      spareFraction: 0.1, // assumption
      chargingStepS: 60, // SimBA default simulation interval: 1 min
      tripAveraging: "time-weighted",
      depotCharging: "balanced", // SimBA's strategy_deps default (simba/util.py)
    },
    sensitivity: {
      electricityPriceMultipliers: [0.5, 0.75, 1, 1.5, 2],
      winterTemperatureShiftsC: [-15, -10, -5, 0],
    },
    // No route gradients: trips are flat unless stop elevations are given.
    routeGradients: [],
  };
}

/**
 * Parameters of the physical consumption model a scenario gets when it asks for
 * `{"kind": "physical"}` and leaves fields out.
 */
export const PHYSICAL_MODEL_DEFAULTS = {
  // NREL T3CO transit bus: glider 10,000 kg; + battery, motor and body: assumption 13,000 kg.
  curbMassKg: 13_000,
  passengerCapacity: 70, // assumption (12 m city bus)
  passengerMassKg: 68, // assumption (average passenger)
  dragCoefficient: 0.5, // NREL T3CO
  frontalAreaM2: 8.42, // NREL T3CO
  rollingResistance: 0.00697, // NREL T3CO
  drivetrainEfficiency: 0.85, // assumption (battery to wheel)
  regenerationFraction: 0.5, // assumption
  auxiliaryKw: 6, // NREL T3CO auxiliaries 6 kW
  heatingKw: 6.6, // TU Berlin eFLIPS: heating ≈ 6.6 kW
  heatingBelowC: 12, // assumption
  coolingKw: 3.2, // TU Berlin eFLIPS: cooling ≈ 3.2 kW
  coolingAboveC: 22, // assumption
  // Off by default: the classes above apply. docs/planner.md gives a documented curve to set.
  hvacKwByTemperatureC: null,
  dieselHeater: null,
  stopsPerKm: 2, // assumption (urban stop spacing ≈ 500 m)
  cruiseSpeedKmh: 40, // assumption
  airDensityKgPerM3: 1.2, // physics, ~20 °C at sea level
} as const;
