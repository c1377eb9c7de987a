import type { DistanceSource } from "./quality/trip-distance.js";
import type { DataQuality } from "./quality/findings.js";
import type { BlockSocResult, StationResult } from "./sim/simulate-day.js";
import type { BlockMethod } from "./timetable.js";
import type { Technology } from "./scenario/types.js";

export type { BlockSocResult, StationResult };

/** Which fix makes an infeasible block feasible. */
export interface BlockRemedy {
  blockId: string;
  designDayId: string;
  minSoc: number;
  /** Smallest battery (same SoC window) that keeps the block above its reserve; null if none up to 10 MWh. */
  requiredBatteryKwh: number | null;
  /** Pieces the block must be cut into so each is feasible on a fresh bus; null if a single trip is already infeasible. */
  splitPieces: number | null;
  extraBuses: number | null;
}

/** Battery-electric operation of every block with one vehicle type (or the types the input assigned). */
export interface ElectricEvaluation {
  id: string;
  label: string;
  days: {
    designDayId: string;
    blocks: BlockSocResult[];
    stations: StationResult[];
    remedies: BlockRemedy[];
    feasibleBlocks: number;
    infeasibleBlocks: number;
    negativeSocBlocks: number;
    overnightShortfalls: number;
    peakGridPowerKw: number;
  }[];
}

export interface CostBreakdown {
  vehicles: number;
  batteryReplacement: number;
  electricity: number;
  fuel: number;
  maintenance: number;
  /** Charge points (kW × price per kW, replacements, maintenance). */
  infrastructure: number;
  /** Grid connections of the charging stations: their limit, else their peak, × price per kW. */
  gridConnection: number;
  /** Demand charges: each month's peak kW of every station × the charge per kW and month. */
  demandCharges: number;
  /** The CNG filling station of options with CNG buses: capital and running cost. */
  fuelStation: number;
  total: number;
}

/** One technology option (pure or mixed) with its fleet, yearly use, cost and emissions. */
export interface TechnologyOption {
  id: string;
  label: string;
  technologies: Technology[];
  /** Blocks run by each vehicle type. */
  blocksByVehicleType: Record<string, number>;
  fleet: number;
  spareVehicles: number;
  /** Extra buses needed because infeasible blocks are split. */
  extraBusesForSplits: number;
  /** Blocks this option cannot run even after splitting. */
  unresolvedBlocks: number;
  chargePoints: { depot: number; opportunity: number };
  annual: {
    distanceKm: number;
    electricityKwh: number;
    dieselLitres: number;
    gasM3: number;
    co2Tonnes: number;
    noxKg: number;
  };
  /** Present values over the horizon, in the scenario's currency. */
  tco: CostBreakdown;
}

export interface SensitivityCase {
  parameter: "electricityPrice" | "winterTemperature";
  /** Multiplier of the electricity price, or shift of the winter day in °C. */
  value: number;
  /** Option ids, cheapest first. */
  ranking: string[];
  totals: Record<string, number>;
}

export interface TripEnergySeries {
  vehicleTypeId: string;
  designDayId: string;
  unit: "kWh" | "l" | "m3";
  /** One value per trip, in the order of `PlanResult.trips`. */
  values: number[];
}

/** One day type of the service calendar: days running one and the same set of services. */
export interface YearDayType {
  id: string;
  /** English name ("Mon–Fri", "Sat", "Sun + 4 other days", or the date of a one-off day). */
  label: string;
  /** Weekdays it regularly falls on, 0 = Sunday … 6 = Saturday (for labels in any language). */
  weekdays: number[];
  /** Its days on other weekdays (holidays). */
  otherDays: number;
  /** The date of a day type with a single day, else null. */
  date: string | null;
  serviceIds: string[];
  /** Its days in the calendar window, and those scaled to a year. */
  days: number;
  daysInYear: number;
  /** Its days per design day (by the month of each day), before scaling. */
  designDayDays: Record<string, number>;
  /** The date whose trips were planned for it. */
  representativeDate: string;
  /** Null when planned itself; else the planned day type it was counted as. */
  plannedAs: string | null;
  tripCount: number;
  blockCount: number;
  /** Kilometres of one day (trips, deadheads, pull-out and pull-in), and over the year. */
  dailyDistanceKm: number;
  yearlyDistanceKm: number;
}

/** The year of service a GTFS plan stands for (docs/planner.md § A year from the calendar). */
export interface YearSummary {
  /** The window: 365 days from the chosen date, cut at the end of the feed's calendar. */
  from: string;
  to: string;
  windowDays: number;
  /** 365 / windowDays: how much the window's figures were scaled to make a year. */
  scale: number;
  noServiceDays: number;
  /** The design day of each month, January first. */
  designDayByMonth: string[];
  dayTypes: YearDayType[];
  yearlyDistanceKm: number;
  warnings: string[];
  /** The same in Russian, one for one (absent in plans made before it was kept). */
  warningsRu?: string[];
}

/** The climb and descent of a plan's revenue trips on the planned day. */
export interface GradientSummary {
  /** Where the elevations come from (stop-elevation file, SimBA station data); null: planned flat. */
  file: string | null;
  /** Sum over the trips of their climb (rises between consecutive stops), metres. */
  climbM: number;
  /** Sum over the trips of their descent, metres (positive). */
  descentM: number;
  /** Climb per revenue km, m/km. */
  climbPerKm: number;
  /** Trips that climb at all. */
  tripsClimbing: number;
  /** Trips with stops missing from the elevation file (finding `elevation-missing`). */
  tripsMissingElevations: number;
  /**
   * Trips whose climb comes from the scenario's `routeGradients` (absent in results made
   * before route gradients existed).
   */
  tripsFromRouteGradients?: number;
  /**
   * Trips of a route with a route gradient that were planned with their measured stop
   * elevations instead: measured elevations take precedence.
   */
  tripsRouteGradientSetAside?: number;
}

export interface PlanResult {
  schemaVersion: 1;
  scenarioName: string;
  currency: string;
  timetable: {
    source: string;
    serviceDate: string;
    serviceDays: number;
    blockMethod: BlockMethod;
    tripCount: number;
    blockCount: number;
    revenueDistanceKm: number;
    deadheadDistanceKm: number;
    distanceSources: { shapeDistTraveled: number; shape: number; stops: number; given: number };
    warnings: string[];
    /** The same in Russian, one for one (absent in plans made before it was kept). */
    warningsRu?: string[];
    /** The data-quality stage's findings (first 500 of each kind) and counts of each kind. */
    quality: DataQuality;
    /**
     * How much climbing the planned day's revenue trips include (docs/planner.md § Gradient).
     * Absent in results computed before gradients were planned (runs stored by the API).
     */
    gradient?: GradientSummary;
  };
  designDays: { id: string; meanTemperatureC: number; daysPerYear: number }[];
  vehicleTypes: { id: string; name: string; technology: Technology }[];
  trips: {
    id: string;
    blockId: string;
    routeId: string;
    departureS: number;
    arrivalS: number;
    fromStopId: string;
    toStopId: string;
    distanceKm: number;
    /** Where the distance came from: shape_dist_traveled, the shape, the stops, or given (SimBA). */
    distanceSource: DistanceSource;
    /** Total rise and fall along the trip's stops, metres (0 without elevations). */
    climbM: number;
    descentM: number;
  }[];
  tripEnergy: TripEnergySeries[];
  blocks: {
    id: string;
    tripCount: number;
    startS: number;
    endS: number;
    distanceKm: number;
    vehicleTypeId: string | null;
  }[];
  electric: ElectricEvaluation[];
  options: TechnologyOption[];
  sensitivity: SensitivityCase[];
  /** GTFS plans: the year from the service calendar that the yearly figures sum. */
  year?: YearSummary;
  timingsMs: Record<string, number>;
}
