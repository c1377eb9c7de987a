import type { BatteryVehicleType, ChargingStation } from "../scenario/types.js";
import type { Block } from "../timetable.js";
import { chargeBattery, type BatteryProperties } from "./charging.js";

/** One block to simulate: its legs, the battery vehicle running it, and each leg's energy. */
export interface BlockRun {
  block: Block;
  vehicleTypeId: string;
  vehicle: BatteryVehicleType;
  legEnergyKwh: Float64Array;
}

export interface SimulationSettings {
  stations: Record<string, ChargingStation>;
  depot: { powerKw: number; count: number | null };
  stepS: number;
  /** Days the timetable spans; profiles and occupancy wrap around after this many days. */
  serviceDays: number;
  /** Keep SoC traces and power profiles (off for sensitivity runs). */
  detailed: boolean;
}

export interface BlockSocResult {
  blockId: string;
  vehicleTypeId: string;
  distanceKm: number;
  energyKwh: number;
  /** Energy the block's vehicle received from chargers during the day (at the battery). */
  chargedKwh: number;
  startSoc: number;
  endSoc: number;
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
  peakPowerKw: number;
  energyKwh: number;
  sessions: number;
  /** Charging sessions that found every charge point busy until the vehicle left. */
  missedSessions: number;
  /** Minutes vehicles waited for a free charge point. */
  waitingMin: number;
  /** Mean grid power in each `profileBinMin` bin from midnight of the first service day. */
  powerProfileKw: number[];
  profileBinMin: number;
}

const PROFILE_BIN_MIN = 15;

class StationState {
  readonly occupancy: Int32Array;
  readonly energyPerBinKwh: Float64Array;
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
  ) {
    this.occupancy = new Int32Array(periodS / 60);
    this.energyPerBinKwh = new Float64Array(periodS / 60 / PROFILE_BIN_MIN);
    this.freeAtS = count === null ? null : Array.from({ length: count }, () => -Infinity);
  }

  occupy(fromS: number, toS: number): void {
    const n = this.occupancy.length;
    const a = Math.floor(fromS / 60);
    const b = Math.ceil(toS / 60);
    for (let m = a; m < b && m - a < n; m++) this.occupancy[((m % n) + n) % n]!++;
  }

  addPower = (atS: number, durationS: number, kw: number): void => {
    const binS = PROFILE_BIN_MIN * 60;
    let t = atS;
    const end = atS + durationS;
    const bins = this.energyPerBinKwh.length;
    while (t < end - 1e-9) {
      const binIndex = Math.floor(t / binS);
      const binEnd = (binIndex + 1) * binS;
      const dt = Math.min(end, binEnd) - t;
      this.energyPerBinKwh[((binIndex % bins) + bins) % bins]! += (kw * dt) / 3600;
      t += dt;
    }
    this.energyKwh += (kw * durationS) / 3600;
  };

  result(): StationResult {
    const binH = PROFILE_BIN_MIN / 60;
    const profile = Array.from(this.energyPerBinKwh, (e) => e / binH);
    return {
      stationId: this.id,
      kind: this.kind,
      chargePointKw: this.powerKw,
      chargePointsAvailable: this.count,
      chargePointsNeeded: this.occupancy.reduce((m, v) => Math.max(m, v), 0),
      peakPowerKw: profile.reduce((m, v) => Math.max(m, v), 0),
      energyKwh: this.energyKwh,
      sessions: this.sessions,
      missedSessions: this.missed,
      waitingMin: this.waitingS / 60,
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
}

const VIRTUAL_DEPOT = "depot";

/**
 * State-of-charge simulation of a day. Every block starts at socMax; during layovers at
 * stations its vehicle type may use it charges (power limited by the charge point and the
 * charging curve). Charge points are shared: vehicles are served first come, first served,
 * a vehicle unplugs when full or when it leaves. After its last trip each vehicle charges at
 * the depot; the overnight check compares that time with the gap until the block's next start.
 */
export function simulateDay(
  runs: readonly BlockRun[],
  settings: SimulationSettings,
): { blocks: BlockSocResult[]; stations: StationResult[] } {
  const periodS = Math.max(1, settings.serviceDays) * 86400;
  const stationStates = new Map<string, StationState>();
  const stateFor = (id: string): StationState => {
    let s = stationStates.get(id);
    if (s === undefined) {
      const def = settings.stations[id];
      s =
        def === undefined
          ? new StationState(id, "depot", settings.depot.powerKw, settings.depot.count, {}, periodS)
          : new StationState(
              id,
              def.kind,
              def.powerKw,
              def.count,
              def.powerKwByVehicleType,
              periodS,
            );
      stationStates.set(id, s);
    }
    return s;
  };

  // Charging opportunities during the day, in order of arrival.
  const events: ChargeEvent[] = [];
  runs.forEach((r, run) => {
    const legs = r.block.legs;
    for (let k = 0; k + 1 < legs.length; k++) {
      const stop = legs[k]!.toStopId;
      const station = settings.stations[stop];
      if (station === undefined || !r.vehicle.chargeAt.includes(station.kind)) continue;
      const arriveS = legs[k]!.arrivalS;
      const leaveS = legs[k + 1]!.departureS;
      if (leaveS > arriveS) events.push({ run, legIndex: k, stationId: stop, arriveS, leaveS });
    }
  });
  events.sort((a, b) => a.arriveS - b.arriveS || a.run - b.run);

  const soc = runs.map((r) => r.vehicle.socMax);
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

  for (const ev of events) {
    driveUpTo(ev.run, ev.legIndex + 1);
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
        continue;
      }
      st.waitingS += startS - ev.arriveS;
    }
    if (soc[ev.run]! >= r.vehicle.socMax - 1e-12) continue;
    st.sessions++;
    const res = chargeBattery(
      r.vehicle,
      soc[ev.run]!,
      kw,
      startS,
      ev.leaveS,
      settings.stepS,
      settings.detailed ? st.addPower : (_a, d, p) => (st.energyKwh += (p * d) / 3600),
    );
    charged[ev.run] = charged[ev.run]! + (res.socEnd - soc[ev.run]!) * r.vehicle.batteryKwh;
    soc[ev.run] = res.socEnd;
    if (chargerIndex >= 0 && st.freeAtS !== null) st.freeAtS[chargerIndex] = res.endS;
    st.occupy(startS, res.endS);
    if (settings.detailed)
      traces[ev.run]!.push(
        [startS, traces[ev.run]![traces[ev.run]!.length - 1]?.[1] ?? soc[ev.run]!],
        [res.endS, res.socEnd],
      );
  }

  const blocks: BlockSocResult[] = runs.map((r, run) => {
    driveUpTo(run, r.block.legs.length);
    const legs = r.block.legs;
    const first = legs[0];
    const last = legs[legs.length - 1];
    const startS = first?.departureS ?? 0;
    const endS = last?.arrivalS ?? 0;
    // Overnight: charge at the depot (a depot station where the block ends, else the depot).
    const endStop = last?.toStopId ?? VIRTUAL_DEPOT;
    const depotId = settings.stations[endStop]?.kind === "depot" ? endStop : VIRTUAL_DEPOT;
    const depot = stateFor(depotId);
    const depotKw = depot.powerByType[r.vehicleTypeId] ?? depot.powerKw;
    const availableS = Math.max(0, 86400 - (endS - startS));
    const endSoc = soc[run]!;
    const overnight = chargeBattery(
      r.vehicle,
      Math.max(endSoc, r.vehicle.socMin - 1),
      depotKw,
      endS,
      endS + 7 * 86400,
      settings.stepS,
      settings.detailed ? depot.addPower : undefined,
    );
    if (overnight.endS > endS) {
      depot.sessions++;
      depot.occupy(endS, overnight.endS);
      if (!settings.detailed) depot.energyKwh += overnight.gridKwh;
    }
    const distanceKm = legs.reduce((s, l) => s + l.distanceKm, 0);
    const energyKwh = r.legEnergyKwh.reduce((s, e) => s + e, 0);
    return {
      blockId: r.block.id,
      vehicleTypeId: r.vehicleTypeId,
      distanceKm,
      energyKwh,
      chargedKwh: charged[run]!,
      startSoc: r.vehicle.socMax,
      endSoc,
      minSoc: minSoc[run]!,
      minSocAtS: minAt[run]!,
      feasible: minSoc[run]! >= r.vehicle.socMin + r.vehicle.reserveSoc - 1e-9,
      negativeSoc: minSoc[run]! < 0,
      socTrace: traces[run]!,
      overnight: {
        stationId: depotId,
        rechargeKwh: (r.vehicle.socMax - endSoc) * r.vehicle.batteryKwh,
        requiredH: (overnight.endS - endS) / 3600,
        availableH: availableS / 3600,
        ok: overnight.endS - endS <= availableS,
      },
    };
  });
  const stations = [...stationStates.values()]
    .map((s) => s.result())
    .sort((a, b) => (a.stationId < b.stationId ? -1 : 1));
  return { blocks, stations };
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
