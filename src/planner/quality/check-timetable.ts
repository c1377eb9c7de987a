/**
 * Checks of a whole timetable shared by GTFS and SimBA inputs: implied speeds per trip,
 * blocks whose trips overlap in time (split into the fewest vehicle chains the trips allow)
 * and a fleet far above the peak of trips running at once.
 */
import type { Block, BlockMethod, TimetableTrip } from "../timetable.js";
import { ruDecimal, type DataFinding } from "./findings.js";

/**
 * A trip's mean speed, stops included, outside this range is a data error: city buses average
 * 15–25 km/h, express and intercity coaches up to about 80 km/h; 100 km/h leaves room for
 * motorway express routes and rail feeds. Below 3 km/h over more than 15 minutes a bus is
 * slower than walking.
 */
export const MAX_PLAUSIBLE_KMH = 100;
export const MIN_PLAUSIBLE_KMH = 3;
const SLOW_CHECKED_FROM_H = 0.25;

/** A fleet above this multiple of the peak of trips at once is flagged. */
export const FLEET_PEAK_RATIO = 2;

const clock = (s: number): string => {
  const m = Math.round(s / 60);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

const distance = (km: number): string =>
  km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`;
const duration = (seconds: number): string =>
  seconds < 120 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`;
const distanceRu = (km: number): string =>
  km < 1 ? `${Math.round(km * 1000)} м` : `${ruDecimal(km.toFixed(1))} км`;
const durationRu = (seconds: number): string =>
  seconds < 120 ? `${Math.round(seconds)} с` : `${Math.round(seconds / 60)} мин`;

/** A finding for every trip whose distance over running time is not a road vehicle's. */
export function speedFindings(trips: readonly TimetableTrip[]): DataFinding[] {
  const out: DataFinding[] = [];
  for (const t of trips) {
    const hours = (t.arrivalS - t.departureS) / 3600;
    const speed = hours > 0 ? t.distanceKm / hours : Infinity;
    if (
      t.distanceKm > 0 &&
      (speed > MAX_PLAUSIBLE_KMH || (hours > SLOW_CHECKED_FROM_H && speed < MIN_PLAUSIBLE_KMH))
    )
      out.push({
        code: "speed-implausible",
        trip: t.id,
        block: t.feedBlockId,
        file: t.source?.file ?? null,
        line: t.source?.line ?? null,
        message:
          hours > 0
            ? `trip "${t.id}" would run ${distance(t.distanceKm)} in ${duration(t.arrivalS - t.departureS)}, ${Math.round(speed)} km/h on average`
            : `trip "${t.id}" runs ${distance(t.distanceKm)} with no running time (it arrives when it departs)`,
        messageRu:
          hours > 0
            ? `рейс «${t.id}» проехал бы ${distanceRu(t.distanceKm)} за ${durationRu(t.arrivalS - t.departureS)}, в среднем ${Math.round(speed)} км/ч`
            : `рейс «${t.id}» проходит ${distanceRu(t.distanceKm)} без времени в пути (прибывает, когда отправляется)`,
      });
  }
  return out;
}

/**
 * The fewest vehicle chains that run the given trips (indices into `trips`), none of which
 * overlap in time: trips in departure order, each to a chain already free, preferring one that
 * ended at the trip's first stop, else the one free longest. For intervals this greedy order
 * is optimal: the count equals the most trips running at once.
 */
export function vehicleChains(
  tripIndices: readonly number[],
  trips: readonly TimetableTrip[],
): number[][] {
  const order = [...tripIndices].sort(
    (a, b) => trips[a]!.departureS - trips[b]!.departureS || a - b,
  );
  const chains: number[][] = [];
  for (const ti of order) {
    const trip = trips[ti]!;
    let best = -1;
    let bestScore = Infinity;
    for (let c = 0; c < chains.length; c++) {
      const last = trips[chains[c]![chains[c]!.length - 1]!]!;
      if (last.arrivalS > trip.departureS) continue;
      const score = (last.toStopId === trip.fromStopId ? 0 : 1e9) + last.arrivalS;
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best >= 0) chains[best]!.push(ti);
    else chains.push([ti]);
  }
  return chains;
}

/** The finding for a block split into `chains` because its trips overlap. */
export function overlapFinding(
  blockId: string,
  chains: readonly (readonly number[])[],
  trips: readonly TimetableTrip[],
): DataFinding {
  const all = chains.flat().sort((a, b) => trips[a]!.departureS - trips[b]!.departureS);
  let pair: [TimetableTrip, TimetableTrip] | null = null;
  let latest: TimetableTrip | null = null;
  for (const ti of all) {
    const t = trips[ti]!;
    if (latest !== null && t.departureS < latest.arrivalS) {
      pair = [latest, t];
      break;
    }
    if (latest === null || t.arrivalS > latest.arrivalS) latest = t;
  }
  const first = pair?.[1] ?? trips[all[0]!]!;
  const example =
    pair === null
      ? ""
      : `: trip "${pair[1].id}" departs at ${clock(pair[1].departureS)}, before trip "${pair[0].id}" arrives at ${clock(pair[0].arrivalS)}`;
  const exampleRu =
    pair === null
      ? ""
      : `: рейс «${pair[1].id}» отправляется в ${clock(pair[1].departureS)}, до прибытия рейса «${pair[0].id}» в ${clock(pair[0].arrivalS)}`;
  return {
    code: "block-overlap",
    trip: first.id,
    block: blockId,
    file: first.source?.file ?? null,
    line: first.source?.line ?? null,
    message: `block "${blockId}" cannot be one vehicle${example}; planned as ${chains.length} vehicles (${all.length} trips)`,
    messageRu: `блок «${blockId}» не может выполнить одна машина${exampleRu}; запланирован на несколько машин: ${chains.length} (рейсов: ${all.length})`,
  };
}

/** Most trips running at the same moment (a trip occupies [departure, arrival)). */
export function peakTripsAtOnce(trips: readonly TimetableTrip[]): number {
  const events: [number, number][] = [];
  for (const t of trips) {
    events.push([t.departureS, 1]);
    events.push([t.arrivalS, -1]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let peak = 0;
  for (const [, d] of events) {
    running += d;
    peak = Math.max(peak, running);
  }
  return peak;
}

/** A finding when the blocks need far more vehicles than trips ever run at once. */
export function fleetFinding(
  blocks: readonly Block[],
  trips: readonly TimetableTrip[],
  serviceDays: number,
  method: BlockMethod,
): DataFinding | null {
  const peak = peakTripsAtOnce(trips);
  // A multi-day schedule (SimBA) reuses no block across days: compare per day.
  const fleet = blocks.length / Math.max(1, serviceDays);
  if (peak === 0 || fleet <= FLEET_PEAK_RATIO * peak) return null;
  const why =
    method === "scheduled-same-stop"
      ? "without deadhead runs a bus can only take a trip from the stop where its last trip ended: allow deadhead runs between terminals"
      : method === "scheduled-deadhead"
        ? "the deadhead limits (distance, speed) leave few trips a bus can reach: check them"
        : "the input's blocks divide the work among more vehicles than it needs: a subset of a feed, or block ids finer than the vehicles";
  const whyRu =
    method === "scheduled-same-stop"
      ? "без холостых перегонов автобус может взять рейс только с той остановки, где закончился его предыдущий рейс: разрешите холостые перегоны между конечными"
      : method === "scheduled-deadhead"
        ? "ограничения холостых перегонов (расстояние, скорость) оставляют автобусу мало досягаемых рейсов: проверьте их"
        : "блоки во входных данных делят работу между большим числом машин, чем нужно: это часть фида или блоки мельче, чем машины";
  return {
    code: "fleet-above-peak",
    trip: null,
    block: null,
    file: null,
    line: null,
    message: `${Math.round(fleet)} vehicles for a peak of ${peak} trips running at once (${(fleet / peak).toFixed(1)} times); ${why}`,
    messageRu: `машин: ${Math.round(fleet)} при пике одновременных рейсов ${peak} (в ${ruDecimal((fleet / peak).toFixed(1))} раза больше); ${whyRu}`,
  };
}
