import type { TripAveraging } from "../energy/hourly-mean.js";

/** The three drivetrain technologies the planner compares. */
export type Technology = "diesel" | "cng" | "battery-electric";

/** One row of a consumption table, the layout SimBA uses (DOMAIN.md §4). */
export interface ConsumptionTableRow {
  /** Passenger load as a fraction of capacity, 0..1. */
  loadFactor: number;
  /** Road gradient as a fraction (0.02 = 2 % uphill). */
  incline: number;
  speedKmh: number;
  temperatureC: number;
  kwhPerKm: number;
}

/** Fixed consumption with optional cold/heat surcharges (ViriCiti fleet figures, DOMAIN.md §4). */
export interface FixedConsumption {
  kind: "fixed";
  kwhPerKm: number;
  /** Extra consumption as a fraction when the ambient temperature is below `coldBelowC`. */
  coldIncreaseFraction: number;
  coldBelowC: number;
  /** Extra consumption as a fraction when the ambient temperature is above `hotAboveC`. */
  hotIncreaseFraction: number;
  hotAboveC: number;
}

/** Consumption table interpolated linearly in every dimension, clipped at its bounds (as SimBA). */
export interface TableConsumption {
  kind: "table";
  rows: ConsumptionTableRow[];
}

/** Longitudinal-dynamics model with auxiliaries and HVAC (NREL T3CO, TU Berlin eFLIPS figures). */
export interface PhysicalConsumption {
  kind: "physical";
  /** Empty vehicle mass including battery. */
  curbMassKg: number;
  passengerCapacity: number;
  passengerMassKg: number;
  dragCoefficient: number;
  frontalAreaM2: number;
  rollingResistance: number;
  /** Battery-to-wheel efficiency. */
  drivetrainEfficiency: number;
  /** Share of braking energy recovered. */
  regenerationFraction: number;
  auxiliaryKw: number;
  heatingKw: number;
  heatingBelowC: number;
  coolingKw: number;
  coolingAboveC: number;
  /**
   * Heating and cooling power as a continuous function of the outside temperature: [°C, kW]
   * points, °C strictly increasing, linear between them and flat beyond the ends. When set,
   * it replaces the heating/cooling classes above (docs/planner.md § Heating and cooling).
   */
  hvacKwByTemperatureC: [number, number][] | null;
  /**
   * A diesel auxiliary heater: below `belowC` it heats the bus instead of the battery (the
   * electric heating power is not drawn) and burns `litresPerHour`, counted as diesel.
   */
  dieselHeater: { belowC: number; litresPerHour: number } | null;
  /** Stops (accelerations to cruise speed) per km. */
  stopsPerKm: number;
  cruiseSpeedKmh: number;
  airDensityKgPerM3: number;
}

export type ConsumptionModel = FixedConsumption | TableConsumption | PhysicalConsumption;

/** Fuel use by the Russian norm formula Q = 0.01·Hs·S·(1 + 0.01·D) + Hот·T (DOMAIN.md §4). */
export interface FuelModel {
  /** Hs: base norm, litres (diesel) or m³ (CNG) per 100 km. */
  basePer100Km: number;
  /** D: winter increase in percent, applied when the temperature is below `winterBelowC`. */
  winterIncreasePercent: number;
  winterBelowC: number;
  /** Hот: heater use per hour of operation when the temperature is below `heaterBelowC`. */
  heaterPerHour: number;
  heaterBelowC: number;
  /** Energy content, to compare fuels with electricity (kWh per litre or per m³). */
  kwhPerUnit: number;
}

interface VehicleTypeBase {
  name: string;
  capexPerVehicle: number;
  lifetimeYears: number;
  maintenancePerKm: number;
  noxGPerKm: number;
}

export interface BatteryVehicleType extends VehicleTypeBase {
  technology: "battery-electric";
  batteryKwh: number;
  /** Usable window of the state of charge; blocks start at `socMax`. */
  socMin: number;
  socMax: number;
  /** A block is feasible when the SoC never drops below socMin + reserveSoc. */
  reserveSoc: number;
  /** [SoC, kW] points, SoC strictly increasing from 0 to 1. */
  chargingCurve: [number, number][];
  /** Share of grid energy that reaches the battery. */
  chargingEfficiency: number;
  consumption: ConsumptionModel;
  /** Where this type may charge during the day. */
  chargeAt: ("depot" | "opportunity")[];
  batteryCostPerKwh: number;
  batteryLifetimeYears: number;
}

export interface CombustionVehicleType extends VehicleTypeBase {
  technology: "diesel" | "cng";
  fuel: FuelModel;
}

export type VehicleType = BatteryVehicleType | CombustionVehicleType;

export interface DesignDay {
  /** 24 hourly ambient temperatures, hour 0 first. */
  temperatureByHourC: number[];
  /** Days of the year this design day stands for (for annual figures). */
  daysPerYear: number;
}

export interface ChargingStation {
  kind: "depot" | "opportunity";
  /** Power of one charge point. */
  powerKw: number;
  /** Number of charge points; null = as many as needed (the planner reports how many). */
  count: number | null;
  /** Charge-point power for particular vehicle types (SimBA's cs_power_deps_depb/oppb). */
  powerKwByVehicleType: Record<string, number>;
  /**
   * Power of the station's grid connection; null = sized to the peak the simulation finds.
   * It must carry at least one charge point at full power (validate.ts).
   */
  gridLimitKw: number | null;
}

/** One band of a time-of-use tariff: whole hours of the day, wrapping past midnight when `fromHour > toHour`. */
export interface TariffBand {
  /** First hour of the band, 0–23. */
  fromHour: number;
  /** Hour the band ends (exclusive), 1–24; below `fromHour` the band runs past midnight. */
  toHour: number;
  perKwh: number;
}

export interface Scenario {
  name: string;
  currency: string;
  designDays: Record<string, DesignDay>;
  /**
   * The design day of each month, January first (12 ids of `designDays`): a GTFS plan's year
   * from the service calendar gives each day the temperatures of its month's design day.
   */
  designDayByMonth: string[];
  /** 24 hourly passenger loads as a fraction of capacity. */
  passengerLoadByHour: number[];
  vehicleTypes: Record<string, VehicleType>;
  /** Electrified stops keyed by stop id (GTFS stop_id or SimBA station name). */
  stations: Record<string, ChargingStation>;
  depot: {
    /** Power of one overnight depot charge point. */
    powerKw: number;
    /** Depot charge points; null = one per bus. */
    count: number | null;
    /** Power of the depot's grid connection; null = sized to the simulated peak. */
    gridLimitKw: number | null;
  };
  prices: {
    electricityPerKwh: number;
    dieselPerLitre: number;
    gasPerM3: number;
    depotChargerPerKw: number;
    opportunityChargerPerKw: number;
    chargerLifetimeYears: number;
    chargerMaintenanceFractionPerYear: number;
    discountRate: number;
    horizonYears: number;
    /**
     * Time-of-use tariff: the price of electricity charged in each band's hours; hours in no
     * band cost `electricityPerKwh`. Applied to when the simulation charges (docs/planner.md).
     */
    timeOfUse: TariffBand[];
    /** Capital cost of a charging station's grid connection per kW of its size. */
    gridConnectionPerKw: number;
    gridConnectionLifetimeYears: number;
    /** Demand (capacity) charge per kW of a station's monthly peak, per month. */
    demandChargePerKwMonth: number;
    /** A CNG filling station at the depot: capital, life and yearly running cost (options with CNG buses). */
    cngStationCapex: number;
    cngStationLifetimeYears: number;
    cngStationRunningPerYear: number;
  };
  emissions: {
    dieselKgCo2PerLitre: number;
    gasKgCo2PerM3: number;
    gridKgCo2PerKwh: number;
  };
  operation: {
    /** Minimum layover between two trips of one block when the planner builds blocks. */
    minLayoverMin: number;
    deadhead: {
      enabled: boolean;
      speedKmh: number;
      maxDistanceKm: number;
      /** Ratio of road distance to great-circle distance for deadhead legs. */
      detourFactor: number;
    };
    /**
     * Runs from the depot to a block's first stop and back from its last (GTFS feeds; SimBA
     * rotations carry their own). With a depot location, great-circle × the deadhead detour
     * factor; without one, `distanceKm` each way. Driven at the deadhead speed, empty.
     */
    pullOut: {
      enabled: boolean;
      depotLocation: { lat: number; lon: number } | null;
      distanceKm: number;
    };
    /** Spare vehicles as a fraction of the peak fleet. */
    spareFraction: number;
    /** Integration step of the charging simulation. */
    chargingStepS: number;
    /** How hourly temperature and load profiles are averaged over a trip (energy/hourly-mean.ts). */
    tripAveraging: TripAveraging;
    /**
     * Depot charging: "balanced" spreads each stay's charge over the stay (SpiceEV's balanced
     * strategy, SimBA's default at depots); "greedy" charges at full power on arrival.
     */
    depotCharging: "greedy" | "balanced";
  };
  sensitivity: {
    electricityPriceMultipliers: number[];
    winterTemperatureShiftsC: number[];
  };
  /**
   * The climb of GTFS routes without a stop-elevation file (docs/planner.md § Gradient): each
   * entry gives the trips of one route (and direction) their climb and descent. Stop
   * elevations, where a trip has them, take precedence.
   */
  routeGradients: RouteGradient[];
}

/**
 * How much every trip of a route climbs and descends, metres (a planner reads the heights of
 * the terminals and the hills between them off a map).
 */
export interface RouteGradient {
  /** A route_id of the feed's routes.txt. */
  routeId: string;
  /**
   * The GTFS direction_id of the trips it gives (0 or 1); null: every trip of the route. A
   * trip of the other direction without an entry of its own gets the mirror: it descends
   * `climbM` and climbs `descentM`.
   */
  directionId: 0 | 1 | null;
  /** Total rise along one trip, metres. */
  climbM: number;
  /**
   * Total fall along one trip, metres. When not given: 0 with a direction (the way up), and
   * `climbM` without one (a trip that climbs both ways comes down as much as it climbs).
   */
  descentM: number;
}
