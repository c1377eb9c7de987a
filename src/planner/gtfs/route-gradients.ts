import { PlannerInputError } from "../errors.js";
import type { RouteGradient } from "../scenario/types.js";

/**
 * The scenario's `routeGradients` with where they were written, for problems found against
 * the feed (docs/planner.md § Gradient).
 */
export interface RouteGradientInput {
  /** The scenario file's name, as in the scenario's own problems. */
  file: string;
  entries: readonly RouteGradient[];
  /** The line of a field of the scenario file, or null. */
  lineOf: (field: string) => number | null;
}

/**
 * Steepest average gradient accepted over a whole trip, climb plus descent over its length.
 * Assumption: city streets with buses reach about 10–15 % on short stretches only, so a
 * route steeper than 15 % end to end is a typo (a climb in feet, or a wrong route).
 */
export const MAX_AVERAGE_GRADIENT = 0.15;

/**
 * Refuses a route gradient naming a route the feed does not have (a typo, or the scenario of
 * another city), at the first such entry.
 */
export function checkRouteGradientRoutes(
  input: RouteGradientInput,
  isRoute: (routeId: string) => boolean,
): void {
  input.entries.forEach((e, i) => {
    if (isRoute(e.routeId)) return;
    const field = `routeGradients[${i}].routeId`;
    throw new PlannerInputError(
      { file: input.file, line: input.lineOf(field), field },
      {
        en: `unknown route id "${e.routeId}": it is not in the feed's routes.txt`,
        ru: `неизвестный маршрут "${e.routeId}": его нет в routes.txt фида`,
      },
    );
  });
}

/** The climb a route gradient gives one trip, and the entry it comes from. */
export interface RouteClimb {
  climbM: number;
  descentM: number;
  /** Index of the entry in `routeGradients`. */
  entry: number;
}

/**
 * The climb and descent of a trip of `routeId` in direction `directionId` (null: the trip has
 * no direction_id): the entry of its own direction; else the mirror of the other direction's
 * entry (up one way is down the other); else the entry for every trip of the route. Null:
 * no entry applies.
 */
export function routeClimbOf(
  entries: readonly RouteGradient[],
  routeId: string,
  directionId: 0 | 1 | null,
): RouteClimb | null {
  let mirror: RouteClimb | null = null;
  let both: RouteClimb | null = null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.routeId !== routeId) continue;
    if (e.directionId === null) both = { climbM: e.climbM, descentM: e.descentM, entry: i };
    else if (directionId === null) continue;
    else if (e.directionId === directionId)
      return { climbM: e.climbM, descentM: e.descentM, entry: i };
    else mirror = { climbM: e.descentM, descentM: e.climbM, entry: i };
  }
  return mirror ?? both;
}

/**
 * Refuses a route gradient steeper than MAX_AVERAGE_GRADIENT over a trip it applies to,
 * naming the entry's climb and the trip.
 */
export function checkRouteClimbSlope(
  input: RouteGradientInput,
  climb: RouteClimb,
  trip: { id: string; distanceKm: number },
): void {
  const lengthM = trip.distanceKm * 1000;
  if (climb.climbM + climb.descentM <= MAX_AVERAGE_GRADIENT * lengthM) return;
  const field = `routeGradients[${climb.entry}].climbM`;
  const km = trip.distanceKm.toFixed(2);
  const pct = lengthM > 0 ? ((100 * (climb.climbM + climb.descentM)) / lengthM).toFixed(1) : "∞";
  throw new PlannerInputError(
    { file: input.file, line: input.lineOf(field), field },
    {
      en: `${climb.climbM} m up and ${climb.descentM} m down over trip "${trip.id}" of ${km} km is an average gradient of ${pct} %, above the ${MAX_AVERAGE_GRADIENT * 100} % a bus route can have`,
      ru: `${climb.climbM} м подъёма и ${climb.descentM} м спуска на рейсе «${trip.id}» длиной ${km} км — средний уклон ${pct} %, больше ${MAX_AVERAGE_GRADIENT * 100} %, возможных на автобусном маршруте`,
    },
  );
}
