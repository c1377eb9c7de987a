import { greatCircleKm } from "../geo.js";
import { overlapFinding, vehicleChains } from "../quality/check-timetable.js";
import type { DataFinding } from "../quality/findings.js";
import {
  DEPOT_STOP_ID,
  type Block,
  type BlockLeg,
  type BlockMethod,
  type PlanWarning,
  type StopInfo,
  type TimetableTrip,
} from "../timetable.js";

export interface SchedulingOptions {
  /** Minimum time between a trip's arrival and the next departure of the same vehicle. */
  minLayoverS: number;
  deadhead: { enabled: boolean; speedKmh: number; maxDistanceKm: number; detourFactor: number };
  stops: Record<string, StopInfo>;
}

/** Deadhead between two stops: road distance (great-circle × detour) and driving time. */
export function deadheadBetween(
  fromStopId: string,
  toStopId: string,
  options: SchedulingOptions,
): { distanceKm: number; durationS: number } | null {
  if (fromStopId === toStopId) return { distanceKm: 0, durationS: 0 };
  const a = options.stops[fromStopId];
  const b = options.stops[toStopId];
  if (a === undefined || b === undefined) return null;
  const km = greatCircleKm(a.lat, a.lon, b.lat, b.lon) * options.deadhead.detourFactor;
  if (!Number.isFinite(km)) return null;
  return { distanceKm: km, durationS: (km / options.deadhead.speedKmh) * 3600 };
}

/** The leg of a block that runs trip `tripIndex`. */
export function tripLeg(tripIndex: number, trip: TimetableTrip): BlockLeg {
  return {
    kind: "trip",
    tripIndex,
    departureS: trip.departureS,
    arrivalS: trip.arrivalS,
    fromStopId: trip.fromStopId,
    toStopId: trip.toStopId,
    distanceKm: trip.distanceKm,
  };
}

/** Legs of a block from its trips in order, with a deadhead wherever a trip ends away from the next start. */
function legsFor(
  tripIndices: number[],
  trips: readonly TimetableTrip[],
  options: SchedulingOptions,
): BlockLeg[] {
  const legs: BlockLeg[] = [];
  let prev: TimetableTrip | null = null;
  for (const ti of tripIndices) {
    const t = trips[ti]!;
    if (prev !== null && prev.toStopId !== t.fromStopId) {
      const dh = deadheadBetween(prev.toStopId, t.fromStopId, options);
      const distanceKm = dh?.distanceKm ?? 0;
      const durationS = dh?.durationS ?? 0;
      legs.push({
        kind: "deadhead",
        tripIndex: -1,
        departureS: Math.max(prev.arrivalS, t.departureS - durationS),
        arrivalS: t.departureS,
        fromStopId: prev.toStopId,
        toStopId: t.fromStopId,
        distanceKm,
      });
    }
    legs.push(tripLeg(ti, t));
    prev = t;
  }
  return legs;
}

function byDeparture(trips: readonly TimetableTrip[]) {
  return (a: number, b: number): number => {
    const ta = trips[a]!;
    const tb = trips[b]!;
    return ta.departureS - tb.departureS || ta.arrivalS - tb.arrivalS || a - b;
  };
}

/**
 * Minimum-fleet vehicle scheduling without deadheads: a vehicle may take a trip that departs
 * from the stop where its last trip arrived, at least `minLayoverS` later.
 *
 * Per stop, a trip can follow any arrival that is ready by its departure, so each stop is a
 * matching problem with nested neighbourhoods where serving departures in time order from any
 * ready vehicle is optimal; the longest-waiting vehicle is taken (first in, first out).
 * Returns `next[i]`, the trip the vehicle of trip i runs next, or -1.
 */
function chainSameStop(trips: readonly TimetableTrip[], minLayoverS: number): Int32Array {
  const n = trips.length;
  const next = new Int32Array(n).fill(-1);
  const arrivalsByStop = new Map<string, number[]>();
  trips.forEach((t, i) => {
    const list = arrivalsByStop.get(t.toStopId);
    if (list === undefined) arrivalsByStop.set(t.toStopId, [i]);
    else list.push(i);
  });
  for (const list of arrivalsByStop.values())
    list.sort((a, b) => trips[a]!.arrivalS - trips[b]!.arrivalS || a - b);
  const released = new Map<string, { pointer: number; queue: number[]; head: number }>();
  const processed = new Uint8Array(n);
  const order = Array.from({ length: n }, (_, i) => i).sort(byDeparture(trips));
  for (const j of order) {
    const t = trips[j]!;
    const arrivals = arrivalsByStop.get(t.fromStopId);
    if (arrivals !== undefined) {
      let state = released.get(t.fromStopId);
      if (state === undefined) {
        state = { pointer: 0, queue: [], head: 0 };
        released.set(t.fromStopId, state);
      }
      while (state.pointer < arrivals.length) {
        const i = arrivals[state.pointer]!;
        if (trips[i]!.arrivalS + minLayoverS > t.departureS || processed[i] === 0) break;
        state.queue.push(i);
        state.pointer++;
      }
      if (state.head < state.queue.length) next[state.queue[state.head++]!] = j;
    }
    processed[j] = 1;
  }
  return next;
}

/**
 * Minimum-fleet vehicle scheduling with deadheads between terminals: maximum matching of
 * "trip i can be followed by trip j" (Hopcroft–Karp), so fleet = trips − matched pairs, the
 * minimum path cover of the trip graph. Edges are implicit: the trips departing from each
 * reachable stop after the vehicle could get there, kept sorted by departure.
 */
function chainWithDeadhead(
  trips: readonly TimetableTrip[],
  options: SchedulingOptions,
): Int32Array {
  const n = trips.length;
  const stopIds = [...new Set(trips.flatMap((t) => [t.fromStopId, t.toStopId]))];
  const stopIdx = new Map(stopIds.map((s, i) => [s, i]));
  const departuresAt: number[][] = stopIds.map(() => []);
  trips.forEach((t, i) => departuresAt[stopIdx.get(t.fromStopId)!]!.push(i));
  const cmp = byDeparture(trips);
  for (const list of departuresAt) list.sort(cmp);
  const departureStops = stopIds.map((_, i) => i).filter((i) => departuresAt[i]!.length > 0);
  // Reachable departure stops (and the deadhead time) from every arrival stop.
  const reach = new Map<number, { stop: number; durationS: number }[]>();
  for (const t of trips) {
    const from = stopIdx.get(t.toStopId)!;
    if (reach.has(from)) continue;
    const list: { stop: number; durationS: number }[] = [];
    for (const s of departureStops) {
      const dh = deadheadBetween(stopIds[from]!, stopIds[s]!, options);
      if (dh !== null && dh.distanceKm <= options.deadhead.maxDistanceKm)
        list.push({ stop: s, durationS: dh.durationS });
    }
    // Nearest first: the greedy start and every augmenting path try the shortest empty run
    // before a longer one, so among the matchings that keep the fleet smallest the one found
    // runs few empty kilometres (a bias, not a minimum: a minimum-cost matching would cost
    // far more time on a large city).
    list.sort((a, b) => a.durationS - b.durationS || a.stop - b.stop);
    reach.set(from, list);
  }
  const lowerBound = (list: number[], timeS: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (trips[list[mid]!]!.departureS < timeS) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /**
   * Calls visit(j) for every trip j that may follow trip i, nearest stop first and, at each
   * stop, in order of departure; stops when visit returns true.
   */
  const forEachSuccessor = (i: number, visit: (j: number) => boolean): boolean => {
    const ti = trips[i]!;
    for (const r of reach.get(stopIdx.get(ti.toStopId)!)!) {
      const list = departuresAt[r.stop]!;
      const ready = ti.arrivalS + options.minLayoverS + r.durationS;
      for (let k = lowerBound(list, ready); k < list.length; k++) {
        const j = list[k]!;
        const tj = trips[j]!;
        // Strict order of departures keeps the graph acyclic even with zero-length trips.
        if (j === i || tj.departureS < ti.departureS || (tj.departureS === ti.departureS && j < i))
          continue;
        if (visit(j)) return true;
      }
    }
    return false;
  };

  const matchLeft = new Int32Array(n).fill(-1); // i -> j
  const matchRight = new Int32Array(n).fill(-1); // j -> i
  // Greedy start: the first feasible successor at the nearest stop.
  for (let i = 0; i < n; i++) {
    forEachSuccessor(i, (j) => {
      if (matchRight[j] !== -1) return false;
      matchLeft[i] = j;
      matchRight[j] = i;
      return true;
    });
  }
  const dist = new Int32Array(n);
  const INF = 0x3fffffff;
  for (;;) {
    // BFS from free left vertices.
    const queue: number[] = [];
    for (let i = 0; i < n; i++) {
      if (matchLeft[i] === -1) {
        dist[i] = 0;
        queue.push(i);
      } else {
        dist[i] = INF;
      }
    }
    let found = false;
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q]!;
      forEachSuccessor(i, (j) => {
        const i2 = matchRight[j]!;
        if (i2 === -1) found = true;
        else if (dist[i2] === INF) {
          dist[i2] = dist[i]! + 1;
          queue.push(i2);
        }
        return false;
      });
    }
    if (!found) break;
    // DFS along the BFS layers (recursive: augmenting paths are short in practice).
    let augmented = 0;
    const path: { i: number; j: number }[] = [];
    const tryFrom = (i: number): boolean => {
      const ok = forEachSuccessor(i, (j) => {
        const i2 = matchRight[j]!;
        if (i2 === -1 || (dist[i2] === dist[i]! + 1 && tryFrom(i2))) {
          path.push({ i, j });
          return true;
        }
        return false;
      });
      // A vertex that cannot reach a free vertex is not tried again in this phase.
      if (!ok) dist[i] = INF;
      return ok;
    };
    for (let root = 0; root < n; root++) {
      if (matchLeft[root] !== -1) continue;
      path.length = 0;
      if (tryFrom(root)) {
        for (const { i, j } of path) {
          matchLeft[i] = j;
          matchRight[j] = i;
        }
        augmented++;
      }
    }
    if (augmented === 0) break;
  }
  return matchLeft;
}

/** Blocks from `next` pointers (trip i is followed by next[i]). */
function blocksFromChains(
  next: Int32Array,
  trips: readonly TimetableTrip[],
  options: SchedulingOptions,
): Block[] {
  const n = trips.length;
  const hasPrev = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (next[i]! >= 0) hasPrev[next[i]!] = 1;
  const starts = Array.from({ length: n }, (_, i) => i)
    .filter((i) => hasPrev[i] === 0)
    .sort(byDeparture(trips));
  const width = String(starts.length).length;
  return starts.map((start, k) => {
    const chain: number[] = [];
    for (let i = start; i >= 0; i = next[i]!) chain.push(i);
    return {
      id: `B${String(k + 1).padStart(width, "0")}`,
      legs: legsFor(chain, trips, options),
      vehicleTypeId: null,
    };
  });
}

/**
 * Blocks for a day: the feed's block_id where every trip has one, else built by minimum-fleet
 * vehicle scheduling (same-stop chaining, or with deadheads when enabled). Trips lacking a
 * block_id in a feed that has some are scheduled among themselves. A block_id whose trips
 * overlap in time (a placeholder such as "0", or an error) cannot be one bus: it becomes the
 * fewest vehicle chains its trips allow (`B`, `B/2`, …), each named in a finding.
 */
export function buildBlocks(
  trips: readonly TimetableTrip[],
  options: SchedulingOptions,
): { blocks: Block[]; method: BlockMethod; warnings: PlanWarning[]; findings: DataFinding[] } {
  const warnings: PlanWarning[] = [];
  const findings: DataFinding[] = [];
  const withBlock = trips.filter((t) => t.feedBlockId !== null).length;
  if (withBlock > 0) {
    const groups = new Map<string, number[]>();
    const loose: number[] = [];
    trips.forEach((t, i) => {
      if (t.feedBlockId === null) loose.push(i);
      else {
        const g = groups.get(t.feedBlockId);
        if (g === undefined) groups.set(t.feedBlockId, [i]);
        else g.push(i);
      }
    });
    const blocks: Block[] = [];
    let split = 0;
    for (const [id, list] of groups) {
      const chains = vehicleChains(list, trips);
      if (chains.length > 1) {
        split++;
        findings.push(overlapFinding(id, chains, trips));
      }
      chains.forEach((chain, k) =>
        blocks.push({
          id: k === 0 ? id : `${id}/${k + 1}`,
          legs: legsFor(chain, trips, options),
          vehicleTypeId: null,
        }),
      );
    }
    if (split > 0)
      warnings.push({
        en: `${split} block_id(s) have trips that overlap in time; each was split into the fewest vehicles its trips allow`,
        ru: `выпусков (block_id) с рейсами, перекрывающимися по времени: ${split}; каждый разделён на наименьшее число автобусов, какое позволяют его рейсы`,
      });
    if (loose.length > 0) {
      warnings.push({
        en: `${loose.length} trip(s) without block_id were scheduled into extra blocks`,
        ru: `рейсов без block_id: ${loose.length}; из них составлены дополнительные выпуски`,
      });
      const sub = loose.map((i) => trips[i]!);
      const next = options.deadhead.enabled
        ? chainWithDeadhead(sub, options)
        : chainSameStop(sub, options.minLayoverS);
      for (const b of blocksFromChains(next, sub, options)) {
        b.id = `sched-${b.id}`;
        for (const leg of b.legs) if (leg.tripIndex >= 0) leg.tripIndex = loose[leg.tripIndex]!;
        blocks.push(b);
      }
    }
    blocks.sort(
      (a, b) =>
        (a.legs[0]?.departureS ?? 0) - (b.legs[0]?.departureS ?? 0) || (a.id < b.id ? -1 : 1),
    );
    return { blocks, method: "feed-block-id", warnings, findings };
  }
  const next = options.deadhead.enabled
    ? chainWithDeadhead(trips, options)
    : chainSameStop(trips, options.minLayoverS);
  return {
    blocks: blocksFromChains(next, trips, options),
    method: options.deadhead.enabled ? "scheduled-deadhead" : "scheduled-same-stop",
    warnings,
    findings,
  };
}

export interface PullOutOptions {
  enabled: boolean;
  depotLocation: { lat: number; lon: number } | null;
  /** Each way, when the depot's location is not given (or a stop has no coordinates). */
  distanceKm: number;
  speedKmh: number;
  detourFactor: number;
}

/**
 * Each block with its pull-out from the depot before its first leg and its pull-in after its
 * last, as empty runs (`DEPOT_STOP_ID` at the depot end). A run of 0 km is left out: the
 * depot is at that terminal. The blocks are changed in place.
 */
export function addPullOutAndIn(
  blocks: Block[],
  stops: Readonly<Record<string, StopInfo>>,
  options: PullOutOptions,
): void {
  if (!options.enabled) return;
  const kmTo = (stopId: string): number => {
    const stop = stops[stopId];
    if (options.depotLocation === null || stop === undefined) return options.distanceKm;
    const { lat, lon } = options.depotLocation;
    const km = greatCircleKm(lat, lon, stop.lat, stop.lon) * options.detourFactor;
    return Number.isFinite(km) ? km : options.distanceKm;
  };
  const durationS = (km: number): number => (km / options.speedKmh) * 3600;
  for (const block of blocks) {
    const first = block.legs[0];
    const last = block.legs[block.legs.length - 1];
    if (first === undefined || last === undefined) continue;
    const outKm = kmTo(first.fromStopId);
    const inKm = kmTo(last.toStopId);
    if (outKm > 0)
      block.legs.unshift({
        kind: "deadhead",
        tripIndex: -1,
        departureS: first.departureS - durationS(outKm),
        arrivalS: first.departureS,
        fromStopId: DEPOT_STOP_ID,
        toStopId: first.fromStopId,
        distanceKm: outKm,
      });
    if (inKm > 0)
      block.legs.push({
        kind: "deadhead",
        tripIndex: -1,
        departureS: last.arrivalS,
        arrivalS: last.arrivalS + durationS(inKm),
        fromStopId: last.toStopId,
        toStopId: DEPOT_STOP_ID,
        distanceKm: inKm,
      });
  }
}

/** Chains of trip indices computed by the scheduler, without building legs (for tests). */
export function scheduleTripChains(
  trips: readonly TimetableTrip[],
  options: SchedulingOptions,
): number[][] {
  const next = options.deadhead.enabled
    ? chainWithDeadhead(trips, options)
    : chainSameStop(trips, options.minLayoverS);
  return blocksFromChains(next, trips, options).map((b) =>
    b.legs.filter((l) => l.kind === "trip").map((l) => l.tripIndex),
  );
}
