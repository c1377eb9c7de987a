import { PlannerInputError } from "../errors.js";
import { CsvColumns, fieldAt, readCsvText } from "../io/csv.js";

/**
 * Stop elevations for a GTFS plan (a feed has none): a CSV with the columns `stop_id` and
 * `elevation_m` (metres above sea level, or above any one reference: only differences
 * count). See docs/planner.md § Gradient.
 */
export interface StopElevations {
  /** The file name used in messages and findings. */
  file: string;
  byStop: Map<string, { elevationM: number; line: number }>;
}

/** Lowest and highest elevation accepted: the Dead Sea shore and Everest, with margin. */
const MIN_ELEVATION_M = -500;
const MAX_ELEVATION_M = 9000;

/**
 * Reads a stop-elevation CSV, all or nothing: a missing column, an empty stop id, an
 * elevation that is not a number (or is outside −500…9,000 m) and a stop given twice are each
 * refused naming the file, the line and the field.
 */
export function parseStopElevations(text: string, file: string): StopElevations {
  const byStop = new Map<string, { elevationM: number; line: number }>();
  let c = { stop: 0, elevation: 0 };
  readCsvText(
    text,
    file,
    (header) => {
      const cols = new CsvColumns(file, header);
      c = { stop: cols.required("stop_id"), elevation: cols.required("elevation_m") };
    },
    (fields, line) => {
      const stopId = fieldAt(fields, c.stop);
      if (stopId === "")
        throw new PlannerInputError(
          { file, line, field: "stop_id" },
          { en: "the stop id is empty", ru: "не указан идентификатор остановки" },
        );
      const raw = fieldAt(fields, c.elevation);
      // Number("") is 0: an empty cell must not read as sea level.
      const elevationM = raw === "" ? NaN : Number(raw);
      if (!Number.isFinite(elevationM))
        throw new PlannerInputError(
          { file, line, field: "elevation_m" },
          { en: `not a number of metres: "${raw}"`, ru: `не число метров: "${raw}"` },
        );
      if (elevationM < MIN_ELEVATION_M || elevationM > MAX_ELEVATION_M)
        throw new PlannerInputError(
          { file, line, field: "elevation_m" },
          {
            en: `${elevationM} m is outside ${MIN_ELEVATION_M}…${MAX_ELEVATION_M} m`,
            ru: `${elevationM} м вне диапазона ${MIN_ELEVATION_M}…${MAX_ELEVATION_M} м`,
          },
        );
      const before = byStop.get(stopId);
      if (before !== undefined)
        throw new PlannerInputError(
          { file, line, field: "stop_id" },
          {
            en: `stop "${stopId}" is given twice (first on line ${before.line})`,
            ru: `остановка "${stopId}" указана дважды (впервые в строке ${before.line})`,
          },
        );
      byStop.set(stopId, { elevationM, line });
    },
  );
  if (byStop.size === 0)
    throw new PlannerInputError(
      { file, line: 2, field: "stop_id" },
      {
        en: "the file has a header but no stop",
        ru: "в файле есть заголовок, но нет ни одной остановки",
      },
    );
  return { file, byStop };
}

/**
 * Refuses an elevation file that names a stop the feed does not have (a typo or the file of
 * another feed), at the first such line.
 */
export function checkElevationStops(
  elevations: StopElevations,
  isStop: (stopId: string) => boolean,
): void {
  // "the feed's": the feed's path may be a server's scratch copy, meaningless to the user.
  for (const [stopId, { line }] of elevations.byStop)
    if (!isStop(stopId))
      throw new PlannerInputError(
        { file: elevations.file, line, field: "stop_id" },
        {
          en: `unknown stop id "${stopId}": it is not in the feed's stops.txt`,
          ru: `неизвестная остановка "${stopId}": её нет в stops.txt фида`,
        },
      );
}

/** How much a trip climbs and descends along its stops, metres. */
export interface TripClimb {
  /** Sum of the rises between consecutive stops with an elevation. */
  climbM: number;
  /** Sum of the falls (positive metres). */
  descentM: number;
  /** Last stop with an elevation minus the first one (= climb − descent). */
  netM: number;
  /** Stops of the trip without an elevation (skipped: their neighbours are joined). */
  missingStops: number;
}

/**
 * Climb and descent along a trip's stops from their elevations (NaN = not known; such stops
 * are skipped). Stop to stop only: a hill between two stops is not seen.
 */
export function tripClimb(elevationsM: ArrayLike<number>): TripClimb {
  let climbM = 0;
  let descentM = 0;
  let first = NaN;
  let previous = NaN;
  let missingStops = 0;
  for (let i = 0; i < elevationsM.length; i++) {
    const e = elevationsM[i]!;
    if (Number.isNaN(e)) {
      missingStops++;
      continue;
    }
    if (Number.isNaN(first)) first = e;
    else if (e > previous) climbM += e - previous;
    else descentM += previous - e;
    previous = e;
  }
  return {
    climbM,
    descentM,
    netM: Number.isNaN(first) ? 0 : previous - first,
    missingStops,
  };
}
