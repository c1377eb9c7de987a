import type { DataQuality } from "./quality/findings.js";
import type { DistanceSource } from "./quality/trip-distance.js";

/** A revenue trip as the planner needs it: where and when it starts and ends, and how far it goes. */
export interface TimetableTrip {
  id: string;
  routeId: string;
  /** Seconds after midnight of the service day; may exceed 86,400 (GTFS times past 24:00). */
  departureS: number;
  arrivalS: number;
  fromStopId: string;
  toStopId: string;
  distanceKm: number;
  /** Where `distanceKm` came from (GTFS); absent when the input states it (SimBA). */
  distanceSource?: DistanceSource;
  /**
   * Height of the arrival stop minus the departure stop, metres: SimBA station data, or a
   * GTFS plan's stop-elevation file (the last stop with an elevation minus the first); 0 when
   * there are no elevations. Equals `climbM − descentM`.
   */
  heightDiffM: number;
  /**
   * Total rise along the trip, metres: the sum of the rises between consecutive stops with an
   * elevation (GTFS with a stop-elevation file). A SimBA trip knows its two ends only, so its
   * climb is `max(0, heightDiffM)`.
   */
  climbM: number;
  /** Total fall along the trip, metres (positive); for SimBA `max(0, −heightDiffM)`. */
  descentM: number;
  /**
   * Where a GTFS trip's climb comes from: its stops' elevations (two or more of them in the
   * stop-elevation file), or its route's entry in the scenario's `routeGradients`. Absent:
   * planned flat (or SimBA station data).
   */
  climbFrom?: "stop-elevations" | "route-gradient";
  /** The trip's route has a route gradient, set aside for the trip's measured stop elevations. */
  routeGradientSetAside?: boolean;
  /** Per-trip ambient temperature overriding the design day (SimBA trips CSV column). */
  temperatureC: number | null;
  /** Per-trip passenger load overriding the hourly profile (SimBA trips CSV column). */
  loadFactor: number | null;
  /** `block_id` from the feed, or SimBA's rotation id. */
  feedBlockId: string | null;
  /** The GTFS `service_id` the trip runs under (absent for SimBA trips). */
  serviceId?: string;
  /** Where the trip is defined: its first stop time (GTFS) or its row (SimBA trips file). */
  source?: { file: string; line: number };
}

/**
 * The stop id of the depot a GTFS block pulls out from and back into (it has no GTFS stop);
 * the state-of-charge simulation charges vehicles there overnight.
 */
export const DEPOT_STOP_ID = "depot";

/**
 * One leg of a block: a revenue trip, or a deadhead (empty run) the scheduler inserted
 * between terminals, or the pull-out from and pull-in to the depot.
 */
export interface BlockLeg {
  kind: "trip" | "deadhead";
  /** Index into `Timetable.trips` for a trip leg, -1 for a deadhead. */
  tripIndex: number;
  departureS: number;
  arrivalS: number;
  fromStopId: string;
  toStopId: string;
  distanceKm: number;
}

/** The day's work of one vehicle. */
export interface Block {
  id: string;
  legs: BlockLeg[];
  /** Vehicle type fixed by the input (a SimBA rotation's vehicle and charging type), else null. */
  vehicleTypeId: string | null;
}

/** How blocks were obtained. */
/**
 * A warning about a plan's input or answer, in English (the CLI's, plan.json's `warnings`)
 * and Russian (the report's and the web page's for a person reading Russian).
 */
export interface PlanWarning {
  en: string;
  ru: string;
}

export type BlockMethod =
  "feed-block-id" | "simba-rotations" | "scheduled-same-stop" | "scheduled-deadhead";

export interface StopInfo {
  name: string;
  lat: number;
  lon: number;
}

/** A day of service ready for planning, from GTFS or from a SimBA trips file. */
export interface Timetable {
  source: string;
  /** YYYY-MM-DD of the service day (the first day for a multi-day SimBA schedule). */
  serviceDate: string;
  /** Number of service days the trips span (1 for GTFS; SimBA examples may span several). */
  serviceDays: number;
  trips: TimetableTrip[];
  blocks: Block[];
  blockMethod: BlockMethod;
  stops: Record<string, StopInfo>;
  /** How many trips got their distance from each source. */
  distanceSources: { shapeDistTraveled: number; shape: number; stops: number; given: number };
  warnings: PlanWarning[];
  /**
   * The file the trips' elevations come from (a GTFS plan's stop-elevation file, a SimBA
   * scenario's station data), or null: no elevations, every trip is planned flat.
   */
  elevationFile: string | null;
  /** Findings of the data-quality stage, each naming its trip or block, file and line. */
  quality: DataQuality;
}
