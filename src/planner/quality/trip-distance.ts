/**
 * How long a trip is, from the best source in a GTFS feed that is consistent with its stops.
 *
 * Feeds get this wrong in ways that look plausible: `shape_dist_traveled` 0 at every stop,
 * filled at the first stop only, or decreasing; a shape that covers the whole route while the
 * trip runs part of it. Each source is therefore checked against the stops before it is used,
 * in this order: `shape_dist_traveled`, the stops projected onto the shape, and great-circle
 * distance between consecutive stops times a detour factor.
 */

import { greatCircleKm } from "../geo.js";
import { ruDecimal } from "./findings.js";

/** Where a trip's distance came from. */
export type DistanceSource = "shape_dist_traveled" | "shape" | "stops" | "given";

/**
 * Road distance over great-circle distance along consecutive stops. Urban bus routes run
 * about 1.1–1.4 × the straight line between stops; 1.25 is the middle of that range and the
 * ratio the reader also uses to infer the unit of `shape_dist_traveled`.
 */
export const STOP_DETOUR_FACTOR = 1.25;

/**
 * A distance along the stops is consistent when it is at least this share of the great-circle
 * distance along the same stops. A road is never shorter than the straight line between two
 * points, but stops sit beside the road, on alternating sides: on a short trip with many stops
 * the zig-zag between them adds up to about 10 % (Curitiba's short feeders: 0.87 km of shape
 * for 0.98 km of zig-zag)…
 */
const MIN_RATIO_TO_STOPS = 0.85;
/** …and at most this many times it (a loop around blocks between two stops, not a whole route). */
const MAX_RATIO_TO_STOPS = 3;
/** Below this great-circle length, ratios are noise: a short trip only needs a short distance. */
const SHORT_TRIP_KM = 0.3;
const SHORT_TRIP_MAX_KM = 3;
/** Slack on the lower bound, for stops a few metres off the shape on a very short trip. */
const SHORT_SLACK_KM = 0.05;

/** A stop further than this from the shape means the shape is not the trip's path. */
export const MAX_STOP_OFFSET_M = 200;

/** A source found inconsistent: why, in English and in Russian (the web page's finding). */
export type Verdict = { ok: true; km: number } | { ok: false; problem: string; problemRu: string };

function fitsStops(km: number, stopsKm: number): { en: string; ru: string } | null {
  if (km < MIN_RATIO_TO_STOPS * stopsKm - SHORT_SLACK_KM)
    return {
      en: `${round(km)} km is shorter than the ${round(stopsKm)} km between its stops in a straight line`,
      ru: `${ruDecimal(round(km))} км — меньше, чем ${ruDecimal(round(stopsKm))} км между его остановками по прямой`,
    };
  if (stopsKm < SHORT_TRIP_KM)
    return km <= SHORT_TRIP_MAX_KM
      ? null
      : {
          en: `${round(km)} km for stops ${round(stopsKm)} km apart`,
          ru: `${ruDecimal(round(km))} км при остановках в ${ruDecimal(round(stopsKm))} км друг от друга`,
        };
  const ratio = km / stopsKm;
  if (ratio > MAX_RATIO_TO_STOPS)
    return {
      en: `${round(km)} km is ${ratio.toFixed(1)} times the ${round(stopsKm)} km between its stops in a straight line`,
      ru: `${ruDecimal(round(km))} км — в ${ruDecimal(ratio.toFixed(1))} раза больше, чем ${ruDecimal(round(stopsKm))} км между его остановками по прямой`,
    };
  return null;
}

const round = (km: number): string => (Math.round(km * 100) / 100).toString();

/**
 * Checks a trip's `shape_dist_traveled` values (one per stop time in stop order, NaN where
 * empty) against the great-circle length along its stops. `perKm` converts the feed's unit.
 */
export function checkShapeDistTraveled(
  values: ArrayLike<number>,
  perKm: number,
  stopsKm: number,
): Verdict {
  const n = values.length;
  const first = values[0] ?? NaN;
  const last = values[n - 1] ?? NaN;
  if (!Number.isFinite(first) || !Number.isFinite(last)) {
    let filled = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(values[i]!)) filled++;
    return {
      ok: false,
      problem:
        filled === 0
          ? "shape_dist_traveled is empty at every stop"
          : `shape_dist_traveled is filled at ${filled} of ${n} stops, not at the ${Number.isFinite(first) ? "last" : "first"}`,
      problemRu:
        filled === 0
          ? "shape_dist_traveled пуст на всех остановках"
          : `shape_dist_traveled заполнен на ${filled} из ${n} остановок, но не на ${Number.isFinite(first) ? "последней" : "первой"}`,
    };
  }
  let previous = first;
  for (let i = 1; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < previous)
      return {
        ok: false,
        problem: `shape_dist_traveled decreases at stop ${i + 1} (${previous} → ${v})`,
        problemRu: `shape_dist_traveled уменьшается на остановке ${i + 1} (${previous} → ${v})`,
      };
    previous = v;
  }
  if (last - first <= 0)
    return {
      ok: false,
      problem: `shape_dist_traveled is ${first} at every stop`,
      problemRu: `shape_dist_traveled равен ${first} на всех остановках`,
    };
  const km = (last - first) / perKm;
  const misfit = fitsStops(km, stopsKm);
  return misfit === null
    ? { ok: true, km }
    : {
        ok: false,
        problem: `shape_dist_traveled gives ${misfit.en}`,
        problemRu: `по shape_dist_traveled выходит ${misfit.ru}`,
      };
}

/** A shape as parallel arrays of its points, in sequence, with the distance along it. */
export interface ShapeLine {
  lat: Float64Array;
  lon: Float64Array;
  /** Kilometres from the first point (great-circle between consecutive points). */
  cumKm: Float64Array;
}

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Projects a point onto segment i of the shape in a local plane (equirectangular around the
 * point; exact enough over one segment of a bus route). Returns the offset in metres and the
 * distance along the shape in km.
 */
function projectOnSegment(
  shape: ShapeLine,
  i: number,
  lat: number,
  lon: number,
): { offsetM: number; alongKm: number } {
  const k = Math.cos(lat * RAD);
  const ax = (shape.lon[i]! - lon) * k;
  const ay = shape.lat[i]! - lat;
  const bx = (shape.lon[i + 1]! - lon) * k;
  const by = shape.lat[i + 1]! - lat;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
  const px = ax + t * dx;
  const py = ay + t * dy;
  const offsetM = Math.sqrt(px * px + py * py) * RAD * EARTH_KM * 1000;
  const segKm = shape.cumKm[i + 1]! - shape.cumKm[i]!;
  return { offsetM, alongKm: shape.cumKm[i]! + t * segKm };
}

/**
 * The length of the part of the shape a trip runs: its stops projected onto the shape in
 * order, from the first stop's projection to the last's. A shape may pass a stop more than
 * once (a loop, a terminal turn), so each stop has candidates — the closest point of every
 * stretch of the shape within {@link MAX_STOP_OFFSET_M} of it — and the candidates are chosen
 * together, never going backwards along the shape, with the least total offset plus
 * {@link DETOUR_COST_M_PER_KM} per km run (dynamic programming over stops). A stop with no candidate, or no forward choice, makes the shape
 * inconsistent with the trip.
 */
/**
 * Each kilometre along the shape between two stops costs as much as this many metres of
 * offset: of two ways through a loop that fit the stops about as well, the shorter one wins
 * (a bus does not run a loop twice between two stops).
 */
const DETOUR_COST_M_PER_KM = 50;

export function projectStopsOnShape(
  shape: ShapeLine,
  stopLat: ArrayLike<number>,
  stopLon: ArrayLike<number>,
  stopsKm: number,
): Verdict {
  const segments = shape.lat.length - 1;
  if (segments < 1)
    return {
      ok: false,
      problem: "the shape has fewer than two points",
      problemRu: "в форме маршрута (shape) меньше двух точек",
    };
  const n = stopLat.length;
  /** Per stop: candidate positions along the shape (km) and their offsets (m). */
  const along: number[][] = [];
  const offset: number[][] = [];
  for (let s = 0; s < n; s++) {
    const a: number[] = [];
    const o: number[] = [];
    let inStretch = false;
    for (let i = 0; i < segments; i++) {
      const p = projectOnSegment(shape, i, stopLat[s]!, stopLon[s]!);
      if (p.offsetM > MAX_STOP_OFFSET_M) {
        inStretch = false;
        continue;
      }
      if (!inStretch) {
        a.push(p.alongKm);
        o.push(p.offsetM);
        inStretch = true;
      } else if (p.offsetM < o[o.length - 1]!) {
        a[a.length - 1] = p.alongKm;
        o[o.length - 1] = p.offsetM;
      }
    }
    if (a.length === 0)
      return {
        ok: false,
        problem: `stop ${s + 1} of the trip is more than ${MAX_STOP_OFFSET_M} m from its shape`,
        problemRu: `остановка ${s + 1} рейса дальше ${MAX_STOP_OFFSET_M} м от его формы маршрута (shape)`,
      };
    along.push(a);
    offset.push(o);
  }
  // cost[c]: least total offset of stops 0..s ending at candidate c of stop s; from[s][c]: its
  // predecessor candidate.
  let cost = offset[0]!.slice();
  const from: number[][] = [[]];
  for (let s = 1; s < n; s++) {
    const next: number[] = [];
    const back: number[] = [];
    for (let c = 0; c < along[s]!.length; c++) {
      let best = Infinity;
      let arg = -1;
      for (let q = 0; q < along[s - 1]!.length; q++)
        if (along[s - 1]![q]! <= along[s]![c]! + 1e-9) {
          const total = cost[q]! + (along[s]![c]! - along[s - 1]![q]!) * DETOUR_COST_M_PER_KM;
          if (total < best) {
            best = total;
            arg = q;
          }
        }
      next.push(best + offset[s]![c]!);
      back.push(arg);
    }
    cost = next;
    from.push(back);
  }
  let end = -1;
  for (let c = 0; c < cost.length; c++)
    if (Number.isFinite(cost[c]!) && (end < 0 || cost[c]! < cost[end]!)) end = c;
  if (end < 0)
    return {
      ok: false,
      problem: "its stops do not follow the shape's direction",
      problemRu: "его остановки идут не в направлении формы маршрута (shape)",
    };
  let start = end;
  for (let s = n - 1; s > 0; s--) start = from[s]![start]!;
  const km = along[n - 1]![end]! - along[0]![start]!;
  const misfit = fitsStops(km, stopsKm);
  return misfit === null
    ? { ok: true, km }
    : {
        ok: false,
        problem: `the shape between its first and last stop gives ${misfit.en}`,
        problemRu: `участок формы маршрута между первой и последней остановкой даёт ${misfit.ru}`,
      };
}

/** Builds a {@link ShapeLine} from points in sequence. */
export function shapeLine(points: readonly { lat: number; lon: number }[]): ShapeLine {
  const n = points.length;
  const line: ShapeLine = {
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    cumKm: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    line.lat[i] = p.lat;
    line.lon[i] = p.lon;
    if (i > 0) {
      const q = points[i - 1]!;
      line.cumKm[i] = line.cumKm[i - 1]! + greatCircleKm(q.lat, q.lon, p.lat, p.lon);
    }
  }
  return line;
}
