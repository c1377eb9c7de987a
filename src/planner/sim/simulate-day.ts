import type { BatteryVehicleType, ChargingStation } from "../scenario/types.js";
import { DEPOT_STOP_ID, type Block } from "../timetable.js";
import {
  chargeBalanced,
  chargeBattery,
  type BatteryProperties,
  type HeadroomKw,
} from "./charging.js";

/** One block to simulate: its legs, the battery vehicle running it, and each leg's energy. */
export interface BlockRun {
  block: Block;
  vehicleTypeId: string;
  vehicle: BatteryVehicleType;
  legEnergyKwh: Float64Array;
}

export interface SimulationSettings {
  stations: Record<string, ChargingStation>;
  /** The depot's charge points; its grid limit, when it has one, holds its charging. */
  depot: { powerKw: number; count: number | null; gridLimitKw?: number | null };
  stepS: number;
  /** Days the timetable spans; profiles and occupancy wrap around after this many days. */
  serviceDays: number;
  /** Keep SoC traces and power profiles (off for sensitivity runs). */
  detailed: boolean;
  /**
   * How vehicles charge at depots: "greedy" at full power on arrival, or "balanced" with the
   * least power that reaches socMax by the next departure (SimBA's depot strategy).
   */
  depotCharging: "greedy" | "balanced";
}

export interface BlockSocResult {
  blockId: string;
  vehicleTypeId: string;
  distanceKm: number;
  energyKwh: number;
  /** Energy the block's vehicle received from chargers during the day (at the battery). */
  chargedKwh: number;
  /** SoC at the first departure: socMax, or what the vehicle has after its previous block. */
  startSoc: number;
  endSoc: number;
  /** Index of the vehicle running this block (vehicles.length vehicles in all). */
  vehicle: number;
  minSoc: number;
  minSocAtS: number;
  /** SoC stays at or above socMin + reserveSoc all day. */
  feasible: boolean;
  /** SoC went below zero (SimBA's "negative SoC" rotations). */
  negativeSoc: boolean;
  /** [time s, SoC] at every leg boundary and charging stop; empty when not detailed. */
  socTrace: [number, number][];
  overnight: {
    stationId: string;
    rechargeKwh: number;
    requiredH: number;
    availableH: number;
    ok: boolean;
  };
}

export interface StationResult {
  stationId: string;
  kind: "depot" | "opportunity";
  chargePointKw: number;
  chargePointsAvailable: number | null;
  /** Most charge points in use at the same time over the (wrapped) day. */
  chargePointsNeeded: number;
  /** Highest one-minute mean grid power with the station's charging strategy. */
  peakPowerKw: number;
  /** The same peak if every vehicle charged at full power on arrival (no strategy). */
  peakPowerUnmanagedKw: number;
  /** The station's grid limit gave some bus less power than it would have drawn. */
  heldByGridLimit: boolean;
  energyKwh: number;
  sessions: number;
  /** Charging sessions that found every charge point busy until the vehicle left. */
  missedSessions: number;
  /** Minutes vehicles waited for a free charge point. */
  waitingMin: number;
  /**
   * Grid energy drawn in each hour of the day (0–23) over the simulated days, for
   * time-of-use tariffs (kept for every run, also without detail).
   */
  energyByHourKwh: number[];
  /** Mean grid power in each `profileBinMin` bin from midnight of the first service day. */
  powerProfileKw: number[];
  profileBinMin: number;
}

const PROFILE_BIN_MIN = 15;

/** Elements Math.max takes at once: well within any engine's limit on arguments. */
const MAX_CHUNK = 8192;

/**
 * The largest element, or 0 if none is larger (NaN elements are passed over). Math.max over
 * chunks instead of a loop in JavaScript: a plan runs the interpreter (src/cli/short-run-tiering.ts),
 * where a per-element loop over every station's minutes cost ~5 ms of SimBA's extensive example.
 */
function maxOf(xs: Int32Array | Float64Array): number {
  let m = 0;
  for (let i = 0; i < xs.length; i += MAX_CHUNK) {
    const chunk = xs.subarray(i, i + MAX_CHUNK);
    const c = Math.max.apply(null, chunk as unknown as number[]);
    if (c > m) m = c;
    else if (Number.isNaN(c)) for (const x of chunk) if (x > m) m = x;
  }
  return m;
}

class StationState {
  readonly occupancy: Int32Array;
  readonly energyPerBinKwh: Float64Array;
  /** Grid energy per minute with the strategy, and with every vehicle at full power. */
  readonly energyPerMinKwh: Float64Array;
  readonly unmanagedPerMinKwh: Float64Array;
  readonly energyByHourKwh = new Float64Array(24);
  readonly freeAtS: number[] | null;
  energyKwh = 0;
  sessions = 0;
  missed = 0;
  waitingS = 0;

  constructor(
    readonly id: string,
    readonly kind: "depot" | "opportunity",
    readonly powerKw: number,
    readonly count: number | null,
    readonly powerByType: Record<string, number>,
    private readonly periodS: number,
    detailed: boolean,
    /** The grid connection's limit (kW); null: none, charging is not held. */
    readonly gridLimitKw: number | null = null,
  ) {
    this.occupancy = new Int32Array(periodS / 60);
    // Power profiles and the unmanaged peak only for detailed runs; every run keeps the
    // managed peak and the energy per hour of the day (demand charges, time-of-use tariffs).
    const minutes = detailed ? periodS / 60 : 0;
    this.energyPerBinKwh = new Float64Array(minutes / PROFILE_BIN_MIN);
    this.energyPerMinKwh = new Float64Array(periodS / 60);
    this.unmanagedPerMinKwh = new Float64Array(minutes);
    this.freeAtS = count === null ? null : Array.from({ length: count }, () => -Infinity);
    const limit = gridLimitKw;
    const perMin = this.energyPerMinKwh;
    this.headroomKw =
      limit === null
        ? undefined
        : (atS, durationS, wantedKw) => {
            const n = perMin.length;
            const a = Math.floor(atS / 60);
            const b = Math.max(a + 1, Math.ceil((atS + durationS) / 60));
            let drawnKw = 0;
            for (let m = a; m < b && m - a < n; m++)
              drawnKw = Math.max(drawnKw, perMin[((m % n) + n) % n]! * 60);
            const kw = Math.min(wantedKw, Math.max(0, limit - drawnKw));
            if (kw < wantedKw - 1e-9) this.heldByGridLimit = true;
            return kw;
          };
  }

  occupy(fromS: number, toS: number): void {
    const n = this.occupancy.length;
    const a = Math.floor(fromS / 60);
    const b = Math.ceil(toS / 60);
    for (let m = a; m < b && m - a < n; m++) this.occupancy[((m % n) + n) % n]!++;
  }

  /** Adds the energy of `kw` over a span to the bins it touches (and to `alsoInto`'s, alike). */
  private static spread(
    into: Float64Array,
    binS: number,
    atS: number,
    durationS: number,
    kw: number,
    alsoInto: Float64Array | null = null,
  ): void {
    let t = atS;
    const end = atS + durationS;
    const bins = into.length;
    if (bins === 0) return;
    while (t < end - 1e-9) {
      const binIndex = Math.floor(t / binS);
      const binEnd = (binIndex + 1) * binS;
      const dt = Math.min(end, binEnd) - t;
      const bin = ((binIndex % bins) + bins) % bins;
      const kwh = (kw * dt) / 3600;
      into[bin]! += kwh;
      if (alsoInto !== null) alsoInto[bin]! += kwh;
      t += dt;
    }
  }

  /**
   * What the grid connection has left over a span (kW): the limit less the highest
   * one-minute mean already drawn in the minutes it touches, so that no minute's mean goes
   * above the limit (the peak the plan reports). Undefined without a limit.
   */
  readonly headroomKw: HeadroomKw | undefined;
  /** The grid limit gave some bus less than it would have drawn. */
  heldByGridLimit = false;

  /** Power drawn with the station's strategy (and, unless `managedOnly`, without one too). */
  addPower = (atS: number, durationS: number, kw: number, managedOnly = false): void => {
    StationState.spread(this.energyPerBinKwh, PROFILE_BIN_MIN * 60, atS, durationS, kw);
    StationState.spread(this.energyByHourKwh, 3600, atS, durationS, kw);
    // The minutes with and without a strategy in one pass when both are kept (the same sums).
    const alsoUnmanaged = !managedOnly && this.unmanagedPerMinKwh.length > 0;
    StationState.spread(
      this.energyPerMinKwh,
      60,
      atS,
      durationS,
      kw,
      alsoUnmanaged ? this.unmanagedPerMinKwh : null,
    );
    this.energyKwh += (kw * durationS) / 3600;
  };

  /** Power the same session would draw at full power on arrival (for the unmanaged peak). */
  addUnmanaged = (atS: number, durationS: number, kw: number): void => {
    StationState.spread(this.unmanagedPerMinKwh, 60, atS, durationS, kw);
  };

  result(): StationResult {
    const binH = PROFILE_BIN_MIN / 60;
    const profile = Array.from(this.energyPerBinKwh, (e) => e / binH);
    return {
      stationId: this.id,
      kind: this.kind,
      chargePointKw: this.powerKw,
      chargePointsAvailable: this.count,
      chargePointsNeeded: maxOf(this.occupancy),
      peakPowerKw: maxOf(this.energyPerMinKwh) * 60,
      peakPowerUnmanagedKw: maxOf(this.unmanagedPerMinKwh) * 60,
      heldByGridLimit: this.heldByGridLimit,
      energyKwh: this.energyKwh,
      sessions: this.sessions,
      missedSessions: this.missed,
      waitingMin: this.waitingS / 60,
      energyByHourKwh: Array.from(this.energyByHourKwh),
      powerProfileKw: profile,
      profileBinMin: PROFILE_BIN_MIN,
    };
  }
}

interface ChargeEvent {
  run: number;
  /** Index of the leg just finished. */
  legIndex: number;
  stationId: string;
  arriveS: number;
  leaveS: number;
  /** A stay at the depot between two blocks of one vehicle: the block that follows. */
  nextRun: number | null;
}

const VIRTUAL_DEPOT = DEPOT_STOP_ID;

/** Least power of a charge point, as a share of its maximum (SimBA's 10 %, see chargeBalanced). */
const MIN_POWER_FRACTION = 0.1;

/** Depot charge-point power for a vehicle type at a stop (the stop's depot, else the depot). */
function depotFor(
  stopId: string,
  typeId: string,
  settings: SimulationSettings,
): { id: string; kw: number } | null {
  const st = settings.stations[stopId];
  if (st === undefined) return null;
  if (st.kind !== "depot") return null;
  return { id: stopId, kw: st.powerKwByVehicleType[typeId] ?? st.powerKw };
}

/**
 * Which vehicle runs which blocks, in the manner of SimBA's "adaptive" assignment
 * (`Schedule.assign_vehicles_w_adaptive_soc`): blocks are taken in order of departure; a
 * vehicle of the same type that has arrived (strictly before the departure) at the block's
 * first stop may take it; its SoC at the departure is estimated from its SoC at arrival (the
 * previous block's energy taken from the SoC it started with, opportunity charging not
 * counted) plus depot charging at full power while it stands, capped at socMax; of those
 * that could run the block without going below zero, or that are full, the one with the
 * least SoC is taken; else a new vehicle. Unlike SimBA, a vehicle standing at a stop that is
 * not a depot is taken only if its SoC suffices. Returns the runs of each vehicle in order.
 */
export function assignVehicles(
  runs: readonly BlockRun[],
  settings: SimulationSettings,
): number[][] {
  const order = runs
    .map((r, i) => ({ i, dep: r.block.legs[0]?.departureS ?? 0 }))
    .sort((a, b) => a.dep - b.dep || a.i - b.i);
  const chains: number[][] = [];
  /** Vehicles not on the road: where, since when, and their estimated SoC on arrival. */
  const standing: { vehicle: number; stop: string; typeId: string; sinceS: number; soc: number }[] =
    [];
  /** Vehicles on the road, released once the next departure is after their arrival. */
  let onRoad: { vehicle: number; stop: string; typeId: string; arriveS: number; soc: number }[] =
    [];
  for (const { i, dep } of order) {
    const r = runs[i]!;
    const legs = r.block.legs;
    const first = legs[0];
    const last = legs[legs.length - 1];
    if (first === undefined || last === undefined) {
      chains.push([i]);
      continue;
    }
    // In order of arrival, as SimBA keeps its vehicles in progress.
    onRoad.sort((a, b) => a.arriveS - b.arriveS);
    onRoad = onRoad.filter((v) => {
      if (v.arriveS >= dep) return true;
      standing.push({
        vehicle: v.vehicle,
        stop: v.stop,
        typeId: v.typeId,
        sinceS: v.arriveS,
        soc: v.soc,
      });
      return false;
    });
    const need = r.legEnergyKwh.reduce((a, e) => a + e, 0) / r.vehicle.batteryKwh;
    const depot = depotFor(first.fromStopId, r.vehicleTypeId, settings);
    const candidates = standing
      .filter((v) => v.typeId === r.vehicleTypeId && v.stop === first.fromStopId)
      .map((v) => {
        const start = r.vehicle.chargeAt.includes("opportunity") ? Math.max(v.soc, 0) : v.soc;
        const soc =
          depot === null
            ? start
            : chargeBattery(r.vehicle, start, depot.kw, v.sinceS, dep, settings.stepS).socEnd;
        return { v, soc: Math.min(soc, r.vehicle.socMax) };
      })
      .sort((a, b) => a.soc - b.soc);
    const pick = candidates.find((c) => c.soc - need > 0 || c.soc >= r.vehicle.socMax - 1e-9);
    let vehicle: number;
    let startSoc: number;
    if (pick !== undefined) {
      vehicle = pick.v.vehicle;
      startSoc = pick.soc;
      standing.splice(standing.indexOf(pick.v), 1);
      chains[vehicle]!.push(i);
    } else {
      vehicle = chains.length;
      startSoc = r.vehicle.socMax;
      chains.push([i]);
    }
    onRoad.push({
      vehicle,
      stop: last.toStopId,
      typeId: r.vehicleTypeId,
      arriveS: last.arrivalS,
      soc: startSoc - need,
    });
  }
  return chains;
}

/**
 * State-of-charge simulation of the timetable's days. Vehicles are assigned to blocks as
 * SimBA does (`assignVehicles`): a vehicle's first block starts at socMax, a later block with
 * the SoC the vehicle has after charging at the depot between the two. During layovers at
 * stations its vehicle type may use it charges (power limited by the charge point and the
 * charging curve). Charge points are shared: vehicles are served first come, first served,
 * a vehicle unplugs when full or when it leaves. Depots charge as `depotCharging` says.
 * After its last block each vehicle charges at the depot until its first block comes round
 * again (the timetable repeats); the overnight check compares the time a full-power
 * recharge takes with that gap.
 */
export function simulateDay(
  runs: readonly BlockRun[],
  settings: SimulationSettings,
): { blocks: BlockSocResult[]; stations: StationResult[]; vehicles: number } {
  const periodS = Math.max(1, settings.serviceDays) * 86400;
  const stationStates = new Map<string, StationState>();
  const stateFor = (id: string): StationState => {
    let s = stationStates.get(id);
    if (s === undefined) {
      const def = settings.stations[id];
      s =
        def === undefined
          ? new StationState(
              id,
              "depot",
              settings.depot.powerKw,
              settings.depot.count,
              {},
              periodS,
              settings.detailed,
              settings.depot.gridLimitKw ?? null,
            )
          : new StationState(
              id,
              def.kind,
              def.powerKw,
              def.count,
              def.powerKwByVehicleType,
              periodS,
              settings.detailed,
              def.gridLimitKw,
            );
      stationStates.set(id, s);
    }
    return s;
  };

  const chains = assignVehicles(runs, settings);
  const vehicleOf = new Int32Array(runs.length);
  const nextOf = new Int32Array(runs.length).fill(-1);
  const headOf = new Int32Array(runs.length);
  chains.forEach((chain, v) => {
    chain.forEach((run, k) => {
      vehicleOf[run] = v;
      headOf[run] = chain[0]!;
      if (k + 1 < chain.length) nextOf[run] = chain[k + 1]!;
    });
  });

  // Charging opportunities, in order of arrival: layovers within a block, and the depot stay
  // between two blocks of one vehicle.
  const events: ChargeEvent[] = [];
  runs.forEach((r, run) => {
    const legs = r.block.legs;
    for (let k = 0; k + 1 < legs.length; k++) {
      const stop = legs[k]!.toStopId;
      const station = settings.stations[stop];
      if (station === undefined || !r.vehicle.chargeAt.includes(station.kind)) continue;
      const arriveS = legs[k]!.arrivalS;
      const leaveS = legs[k + 1]!.departureS;
      if (leaveS > arriveS)
        events.push({ run, legIndex: k, stationId: stop, arriveS, leaveS, nextRun: null });
    }
    const next = nextOf[run]!;
    const last = legs[legs.length - 1];
    if (next >= 0 && last !== undefined) {
      const leaveS = runs[next]!.block.legs[0]?.departureS ?? last.arrivalS;
      const depot = depotFor(last.toStopId, r.vehicleTypeId, settings);
      events.push({
        run,
        legIndex: legs.length - 1,
        // A stop that is no depot: the vehicle waits there without charging.
        stationId: depot === null ? "" : depot.id,
        arriveS: last.arrivalS,
        leaveS,
        nextRun: next,
      });
    }
  });
  events.sort((a, b) => a.arriveS - b.arriveS || a.run - b.run);

  const soc = runs.map((r) => r.vehicle.socMax);
  /** SoC on arrival after the last leg, before any depot charging. */
  const arrivalSoc = runs.map((r) => r.vehicle.socMax);
  const startSoc = runs.map((r) => r.vehicle.socMax);
  const nextLeg = new Int32Array(runs.length); // first leg not yet driven
  const minSoc = runs.map((r) => r.vehicle.socMax);
  const minAt = runs.map((r) => r.block.legs[0]?.departureS ?? 0);
  const charged = new Float64Array(runs.length);
  const traces: [number, number][][] = runs.map((r) =>
    settings.detailed ? [[r.block.legs[0]?.departureS ?? 0, r.vehicle.socMax]] : [],
  );

  const driveUpTo = (run: number, legExclusive: number): void => {
    const r = runs[run]!;
    for (let k = nextLeg[run]!; k < legExclusive; k++) {
      const leg = r.block.legs[k]!;
      soc[run] = soc[run]! - r.legEnergyKwh[k]! / r.vehicle.batteryKwh;
      if (soc[run] < minSoc[run]!) {
        minSoc[run] = soc[run]!;
        minAt[run] = leg.arrivalS;
      }
      if (settings.detailed) {
        const trace = traces[run]!;
        const lastPoint = trace[trace.length - 1];
        if (lastPoint === undefined || lastPoint[0] !== leg.departureS)
          trace.push([leg.departureS, soc[run] + r.legEnergyKwh[k]! / r.vehicle.batteryKwh]);
        trace.push([leg.arrivalS, soc[run]]);
      }
    }
    if (legExclusive > nextLeg[run]!) nextLeg[run] = legExclusive;
  };

  /** The next block of a vehicle starts with the SoC its vehicle has now. */
  const handOver = (ev: ChargeEvent): void => {
    if (ev.nextRun === null) return;
    const s = soc[ev.run]!;
    soc[ev.nextRun] = s;
    startSoc[ev.nextRun] = s;
    minSoc[ev.nextRun] = s;
    if (settings.detailed) traces[ev.nextRun] = [[traces[ev.nextRun]![0]![0], s]];
  };

  for (const ev of events) {
    driveUpTo(ev.run, ev.legIndex + 1);
    if (ev.nextRun !== null) arrivalSoc[ev.run] = soc[ev.run]!;
    if (ev.stationId === "") {
      handOver(ev);
      continue;
    }
    const r = runs[ev.run]!;
    const st = stateFor(ev.stationId);
    const kw = st.powerByType[r.vehicleTypeId] ?? st.powerKw;
    let startS = ev.arriveS;
    let chargerIndex = -1;
    if (st.freeAtS !== null) {
      let best = 0;
      for (let c = 1; c < st.freeAtS.length; c++) if (st.freeAtS[c]! < st.freeAtS[best]!) best = c;
      chargerIndex = best;
      startS = Math.max(ev.arriveS, st.freeAtS[best]!);
      if (startS >= ev.leaveS) {
        st.missed++;
        st.waitingS += ev.leaveS - ev.arriveS;
        handOver(ev);
        continue;
      }
      st.waitingS += startS - ev.arriveS;
    }
    if (soc[ev.run]! >= r.vehicle.socMax - 1e-12) {
      handOver(ev);
      continue;
    }
    st.sessions++;
    const onPower = st.addPower;
    const balanced = st.kind === "depot" && settings.depotCharging === "balanced";
    // Balanced or held within a grid limit, the power drawn is not what the bus would take at
    // full power on arrival: that peak (the one without a strategy) is recorded apart.
    const managed = balanced || st.headroomKw !== undefined;
    const res = balanced
      ? chargeBalanced(
          r.vehicle,
          soc[ev.run]!,
          kw,
          startS,
          ev.leaveS,
          settings.stepS,
          (a, d, p) => onPower(a, d, p, true),
          kw * MIN_POWER_FRACTION,
          st.headroomKw,
        )
      : chargeBattery(
          r.vehicle,
          soc[ev.run]!,
          kw,
          startS,
          ev.leaveS,
          settings.stepS,
          managed ? (a, d, p) => onPower(a, d, p, true) : onPower,
          st.headroomKw,
        );
    if (managed && settings.detailed)
      chargeBattery(
        r.vehicle,
        soc[ev.run]!,
        kw,
        startS,
        ev.leaveS,
        settings.stepS,
        st.addUnmanaged,
      );
    // Charging within the block (a depot stay between blocks is not the block's).
    if (ev.nextRun === null)
      charged[ev.run] = charged[ev.run]! + (res.socEnd - soc[ev.run]!) * r.vehicle.batteryKwh;
    soc[ev.run] = res.socEnd;
    if (chargerIndex >= 0 && st.freeAtS !== null) st.freeAtS[chargerIndex] = res.endS;
    st.occupy(startS, res.endS);
    if (settings.detailed && ev.nextRun === null)
      traces[ev.run]!.push(
        [startS, traces[ev.run]![traces[ev.run]!.length - 1]?.[1] ?? soc[ev.run]!],
        [res.endS, res.socEnd],
      );
    handOver(ev);
  }

  const blocks: BlockSocResult[] = runs.map((r, run) => {
    driveUpTo(run, r.block.legs.length);
    const legs = r.block.legs;
    const last = legs[legs.length - 1];
    const endS = last?.arrivalS ?? 0;
    const next = nextOf[run]!;
    const endSoc = next >= 0 ? arrivalSoc[run]! : soc[run]!;
    // The stay after the block: until the vehicle's next block, or (after its last block)
    // until its first block comes round again.
    const untilS =
      next >= 0
        ? (runs[next]!.block.legs[0]?.departureS ?? endS)
        : (runs[headOf[run]!]!.block.legs[0]?.departureS ?? 0) + periodS;
    const availableS = Math.max(0, untilS - endS);
    const endStop = last?.toStopId ?? VIRTUAL_DEPOT;
    const depotId = settings.stations[endStop]?.kind === "depot" ? endStop : VIRTUAL_DEPOT;
    const depot = stateFor(depotId);
    const depotKw = depot.powerByType[r.vehicleTypeId] ?? depot.powerKw;
    const startLevel = Math.max(endSoc, r.vehicle.socMin - 1);
    // Time a full-power recharge takes (the overnight check).
    const full = chargeBattery(
      r.vehicle,
      startLevel,
      depotKw,
      endS,
      endS + 7 * 86400,
      settings.stepS,
    );
    if (next < 0 && full.endS > endS) {
      // After the vehicle's last block: charge for its first block of the next period.
      const balanced = depot.kind === "depot" && settings.depotCharging === "balanced";
      const managed = balanced || depot.headroomKw !== undefined;
      const windowEnd = endS + Math.max(availableS, full.endS - endS);
      const res = balanced
        ? chargeBalanced(
            r.vehicle,
            startLevel,
            depotKw,
            endS,
            windowEnd,
            settings.stepS,
            (a, d, p) => depot.addPower(a, d, p, true),
            depotKw * MIN_POWER_FRACTION,
            depot.headroomKw,
          )
        : chargeBattery(
            r.vehicle,
            startLevel,
            depotKw,
            endS,
            windowEnd,
            settings.stepS,
            managed ? (a, d, p) => depot.addPower(a, d, p, true) : depot.addPower,
            depot.headroomKw,
          );
      if (managed && settings.detailed)
        chargeBattery(
          r.vehicle,
          startLevel,
          depotKw,
          endS,
          windowEnd,
          settings.stepS,
          depot.addUnmanaged,
        );
      depot.sessions++;
      depot.occupy(endS, res.endS);
    }
    const distanceKm = legs.reduce((s, l) => s + l.distanceKm, 0);
    const energyKwh = r.legEnergyKwh.reduce((s, e) => s + e, 0);
    return {
      blockId: r.block.id,
      vehicleTypeId: r.vehicleTypeId,
      distanceKm,
      energyKwh,
      chargedKwh: charged[run]!,
      startSoc: startSoc[run]!,
      endSoc,
      vehicle: vehicleOf[run]!,
      minSoc: minSoc[run]!,
      minSocAtS: minAt[run]!,
      feasible: minSoc[run]! >= r.vehicle.socMin + r.vehicle.reserveSoc - 1e-9,
      negativeSoc: minSoc[run]! < 0,
      socTrace: traces[run]!,
      overnight: {
        stationId: depotId,
        rechargeKwh: (r.vehicle.socMax - endSoc) * r.vehicle.batteryKwh,
        requiredH: (full.endS - endS) / 3600,
        availableH: availableS / 3600,
        ok: full.endS - endS <= availableS,
      },
    };
  });
  const stations = [...stationStates.values()]
    .map((s) => s.result())
    .sort((a, b) => (a.stationId < b.stationId ? -1 : 1));
  return { blocks, stations, vehicles: chains.length };
}

/**
 * Lowest SoC of one block run alone with a given battery size, charging wherever allowed
 * without waiting (used to size batteries and splits for infeasible blocks).
 */
export function minSocAlone(
  run: BlockRun,
  batteryKwh: number,
  settings: SimulationSettings,
  fromLeg = 0,
  toLegExclusive = run.block.legs.length,
): number {
  const v: BatteryProperties & { socMax: number } = { ...run.vehicle, batteryKwh };
  let soc = run.vehicle.socMax;
  let min = soc;
  const legs = run.block.legs;
  for (let k = fromLeg; k < toLegExclusive; k++) {
    soc -= run.legEnergyKwh[k]! / batteryKwh;
    if (soc < min) min = soc;
    if (k + 1 < toLegExclusive) {
      const station = settings.stations[legs[k]!.toStopId];
      if (station !== undefined && run.vehicle.chargeAt.includes(station.kind)) {
        const kw = station.powerKwByVehicleType[run.vehicleTypeId] ?? station.powerKw;
        soc = chargeBattery(
          v,
          soc,
          kw,
          legs[k]!.arrivalS,
          legs[k + 1]!.departureS,
          settings.stepS,
        ).socEnd;
      }
    }
  }
  return min;
}
