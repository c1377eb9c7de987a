/** What the charging simulation needs to know about a battery vehicle. */
export interface BatteryProperties {
  batteryKwh: number;
  socMax: number;
  /** [SoC, kW] points, SoC increasing. */
  chargingCurve: readonly (readonly [number, number])[];
  chargingEfficiency: number;
}

/** Power the vehicle accepts at a state of charge: the charging curve, linear between points. */
export function curvePowerKw(curve: readonly (readonly [number, number])[], soc: number): number {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (first === undefined || last === undefined) return 0;
  if (soc <= first[0]) return first[1];
  if (soc >= last[0]) return last[1];
  for (let i = 1; i < curve.length; i++) {
    const b = curve[i]!;
    if (soc <= b[0]) {
      const a = curve[i - 1]!;
      return a[1] + ((soc - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
    }
  }
  return last[1];
}

/** The least SoC from `soc` on at which the curve gives less than `kw` (Infinity if never). */
export function curveBelow(
  curve: readonly (readonly [number, number])[],
  soc: number,
  kw: number,
): number {
  if (curvePowerKw(curve, soc) < kw) return soc;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    if (b[0] <= soc || b[1] >= kw) continue;
    // The curve falls below kw within (a, b]: where it equals kw.
    const at = a[1] <= kw ? a[0] : a[0] + ((kw - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
    return Math.max(at, soc);
  }
  return Infinity;
}

/**
 * A SoC up to which (exclusive), from `soc` on, `curvePowerKw` gives at least `kw` beyond
 * doubt, rounding included; `soc` itself when that is not so. Cautious on purpose: it may
 * stop a little short of where the curve really falls below `kw`.
 * - Outside the curve's points it gives the end point's power itself.
 * - On a segment with both ends at or above `kw` the interpolation a + x·(b − a), 0 ≤ x ≤ 1,
 *   cannot round below `kw` when it rises (x·(b − a) ≥ 0), nor when it falls with b − a
 *   exact (Sterbenz: a ≤ 2b), the case of a flat top such as SimBA's [[0, 150], [0.8, 150], …].
 * - Elsewhere (a steep fall, or one through `kw`) only up to where the line is a margin
 *   above `kw`.
 */
export function curveAtLeastUntil(
  curve: readonly (readonly [number, number])[],
  soc: number,
  kw: number,
): number {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (first === undefined || last === undefined) return soc;
  if (soc <= first[0] && first[1] < kw) return soc;
  const marginKw = kw + Math.abs(kw) * 1e-9 + 1e-9;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    // curvePowerKw interpolates this segment for a SoC in (a[0], b[0]].
    if (b[0] < soc) continue;
    const lo = Math.min(a[1], b[1]);
    if (lo >= kw && (b[1] >= a[1] || (b[1] > 0 && a[1] <= 2 * b[1]))) continue;
    if (lo >= marginKw) continue;
    if (a[1] >= marginKw && b[0] > a[0]) {
      // Falling through the margin: up to where the line meets it.
      const at = a[0] + ((a[1] - marginKw) / (a[1] - b[1])) * (b[0] - a[0]);
      return Math.max(soc, at);
    }
    return Math.max(soc, a[0]);
  }
  return last[1] < kw ? Math.max(soc, last[0]) : Infinity;
}

export interface ChargeResult {
  socEnd: number;
  /** When charging stopped: the battery reached socMax, or the window ended. */
  endS: number;
  /** Energy drawn from the grid. */
  gridKwh: number;
}

/**
 * The power a bus may draw over a span when its station has a grid limit: what it wants,
 * or less, what the connection still has (kW). Charging is held within it, first come
 * first served.
 */
export type HeadroomKw = (atS: number, durationS: number, wantedKw: number) => number;

/**
 * Charges from `startS` until `endS` or until the battery reaches socMax, in steps of `stepS`:
 * power = min(charge point, charging curve at the current SoC, the grid's headroom); the
 * battery receives power × charging efficiency. `onPower` receives each step's grid power
 * for station profiles. With no headroom left in a step the vehicle waits for the next.
 */
export function chargeBattery(
  vehicle: BatteryProperties,
  socStart: number,
  chargerKw: number,
  startS: number,
  endS: number,
  stepS: number,
  onPower?: (atS: number, durationS: number, kw: number) => void,
  headroomKw?: HeadroomKw,
): ChargeResult {
  let soc = socStart;
  let t = startS;
  let gridKwh = 0;
  // Only the result wanted (no profile, no grid limit) and the charge point's power binding:
  // every whole step is the same, so take them in a short loop that does exactly the
  // arithmetic of the step below (the same result to the last bit) without evaluating the
  // curve each minute. The planner runs this ~35,000 steps a plan of SimBA's extensive
  // example (vehicles' SoC when assigned, overnight recharge times, battery sizing).
  // Once the curve binds, every further step goes the long way (always the same result).
  let fast = onPower === undefined && headroomKw === undefined && chargerKw > 1e-9;
  while (t < endS && soc < vehicle.socMax - 1e-12) {
    if (fast && endS - t >= stepS) {
      const until = curveAtLeastUntil(vehicle.chargingCurve, soc, chargerKw);
      const intoBatteryKwh = (chargerKw * vehicle.chargingEfficiency * stepS) / 3600;
      const socPerStep = intoBatteryKwh / vehicle.batteryKwh;
      const gridPerStepKwh = (chargerKw * stepS) / 3600;
      const from = t;
      while (
        soc < until &&
        endS - t >= stepS &&
        soc < vehicle.socMax - 1e-12 &&
        intoBatteryKwh < (vehicle.socMax - soc) * vehicle.batteryKwh
      ) {
        gridKwh += gridPerStepKwh;
        soc += socPerStep;
        t += stepS;
      }
      if (t !== from) continue;
      fast = false;
    }
    const dt = Math.min(stepS, endS - t);
    const vehicleKw = Math.min(chargerKw, curvePowerKw(vehicle.chargingCurve, soc));
    if (vehicleKw <= 0) break;
    const kw = headroomKw === undefined ? vehicleKw : headroomKw(t, dt, vehicleKw);
    if (kw <= 1e-9) {
      t += dt;
      continue;
    }
    const intoBatteryKwh = (kw * vehicle.chargingEfficiency * dt) / 3600;
    const roomKwh = (vehicle.socMax - soc) * vehicle.batteryKwh;
    if (intoBatteryKwh >= roomKwh) {
      const dtFull = (roomKwh / (kw * vehicle.chargingEfficiency)) * 3600;
      onPower?.(t, dtFull, kw);
      gridKwh += (kw * dtFull) / 3600;
      soc = vehicle.socMax;
      t += dtFull;
      break;
    }
    onPower?.(t, dt, kw);
    gridKwh += (kw * dt) / 3600;
    soc += intoBatteryKwh / vehicle.batteryKwh;
    t += dt;
  }
  return { socEnd: soc, endS: t, gridKwh };
}

/**
 * Balanced charging (SpiceEV's "balanced" strategy, which SimBA uses at depots): in every step
 * the power is the least that still reaches socMax by `endS` — the energy still missing
 * divided by the steps left — capped by the charge point and the charging curve. Charging is
 * spread over the whole stay instead of running at full power on arrival. A charge point
 * delivers nothing below `minKw` (SimBA gives every charge point a minimum power of 10 % of
 * its maximum, `simba/schedule.py` generate_scenario; SpiceEV `util.clamp_power`), so a
 * vehicle needing less waits until the power it needs reaches that minimum. With a grid
 * limit (`headroomKw`) the power is also held within what the station's connection has left.
 */
export function chargeBalanced(
  vehicle: BatteryProperties,
  socStart: number,
  chargerKw: number,
  startS: number,
  endS: number,
  stepS: number,
  onPower?: (atS: number, durationS: number, kw: number) => void,
  minKw = 0,
  headroomKw?: HeadroomKw,
): ChargeResult {
  let soc = socStart;
  let t = startS;
  let gridKwh = 0;
  let lastPowerEndS = startS;
  while (t < endS - 1e-9 && soc < vehicle.socMax - 1e-12) {
    const dt = Math.min(stepS, endS - t);
    const stepsLeft = Math.ceil((endS - t) / stepS - 1e-9);
    const neededGridKwh =
      ((vehicle.socMax - soc) * vehicle.batteryKwh) / vehicle.chargingEfficiency;
    const wantedKw = (neededGridKwh / (stepsLeft * stepS)) * 3600;
    const vehicleKw = Math.min(wantedKw, chargerKw, curvePowerKw(vehicle.chargingCurve, soc));
    const kw = headroomKw === undefined ? vehicleKw : headroomKw(t, dt, vehicleKw);
    if (kw < minKw || kw <= 0) {
      if (wantedKw < minKw && kw === wantedKw) {
        // Waiting for the power needed to reach the minimum: nothing changes until the steps
        // left are few enough, so jump to that step (the same result as stepping through).
        const stepsWhenDue = Math.floor((neededGridKwh * 3600) / (minKw * stepS));
        const jumpSteps = stepsLeft - Math.max(1, stepsWhenDue);
        if (jumpSteps > 1) {
          t += (jumpSteps - 1) * stepS;
          continue;
        }
      }
      t += dt;
      continue;
    }
    if (headroomKw === undefined && kw === wantedKw && dt === stepS && stepsLeft > 2) {
      // The needed power is what binds: charging at it leaves the needed power unchanged,
      // so it stays the same for every step that starts where the curve still allows it
      // (and before the last step). Take those steps at once (the same result as stepping).
      const perStep = (kw * vehicle.chargingEfficiency * stepS) / 3600 / vehicle.batteryKwh;
      const limit = Math.min(curveBelow(vehicle.chargingCurve, soc, kw), vehicle.socMax);
      const n = Math.min(stepsLeft - 2, Math.floor((limit - soc) / perStep));
      if (n >= 2) {
        onPower?.(t, n * stepS, kw);
        gridKwh += (kw * n * stepS) / 3600;
        soc += n * perStep;
        t += n * stepS;
        lastPowerEndS = t;
        continue;
      }
    }
    const intoBatteryKwh = Math.min(
      (kw * vehicle.chargingEfficiency * dt) / 3600,
      (vehicle.socMax - soc) * vehicle.batteryKwh,
    );
    const usedS = (intoBatteryKwh / (kw * vehicle.chargingEfficiency)) * 3600;
    onPower?.(t, usedS, kw);
    gridKwh += (kw * usedS) / 3600;
    soc += intoBatteryKwh / vehicle.batteryKwh;
    if (intoBatteryKwh > 0) lastPowerEndS = t + usedS;
    t += dt;
  }
  if (soc > vehicle.socMax - 1e-12) soc = vehicle.socMax;
  return { socEnd: soc, endS: lastPowerEndS, gridKwh };
}
