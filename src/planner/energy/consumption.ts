import { PlannerInputError } from "../errors.js";
import type {
  ConsumptionModel,
  FuelModel,
  PhysicalConsumption,
  TableConsumption,
} from "../scenario/types.js";

/** What a leg looks like to a consumption model. */
export interface LegConditions {
  distanceKm: number;
  durationS: number;
  temperatureC: number;
  /** Passenger load as a fraction of capacity. */
  loadFactor: number;
  /** Height difference over distance (net: arrival minus departure). */
  incline: number;
  /**
   * Total climb and descent over the leg, metres (a trip's stops with elevations, see
   * TimetableTrip.climbM). When absent the leg is one even slope of `incline`: climb
   * `max(0, incline·distance)`, descent `max(0, −incline·distance)`.
   */
  climbM?: number;
  descentM?: number;
}

/**
 * Mean speed of a leg, km/h. As SimBA does, the travel time counts as at least one minute so
 * that zero-duration legs do not produce infinite speeds.
 */
export function meanSpeedKmh(distanceKm: number, durationS: number): number {
  return distanceKm / Math.max(1 / 60, durationS / 3600);
}

/** A consumption table laid out on its full grid for fast multilinear interpolation. */
export interface ConsumptionGrid {
  axes: [number[], number[], number[], number[]]; // load, incline, speed, temperature
  values: Float64Array;
}

/**
 * Lays a table out as a grid. Every combination of the axis values must be present, as in
 * SimBA's consumption files; otherwise interpolation would be undefined.
 */
export function buildConsumptionGrid(table: TableConsumption, fieldPath: string): ConsumptionGrid {
  const uniq = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);
  const axes: [number[], number[], number[], number[]] = [
    uniq(table.rows.map((r) => r.loadFactor)),
    uniq(table.rows.map((r) => r.incline)),
    uniq(table.rows.map((r) => r.speedKmh)),
    uniq(table.rows.map((r) => r.temperatureC)),
  ];
  const [la, ia, sa, ta] = axes;
  const size = la.length * ia.length * sa.length * ta.length;
  const values = new Float64Array(size).fill(NaN);
  for (const r of table.rows) {
    const k =
      ((la.indexOf(r.loadFactor) * ia.length + ia.indexOf(r.incline)) * sa.length +
        sa.indexOf(r.speedKmh)) *
        ta.length +
      ta.indexOf(r.temperatureC);
    values[k] = r.kwhPerKm;
  }
  const missing = values.findIndex((v) => Number.isNaN(v));
  if (missing >= 0) {
    throw new PlannerInputError(
      { file: "scenario", field: `${fieldPath}.rows` },
      {
        en: `the table is not a full grid: ${size - table.rows.length} combination(s) of load, incline, speed and temperature are missing`,
        ru: `таблица заполнена не полностью: нет сочетаний загрузки, уклона, скорости и температуры: ${size - table.rows.length}`,
      },
    );
  }
  return { axes, values };
}

/** Index of the cell below x and the fraction towards the next axis value; clipped at the ends. */
function locate(axis: readonly number[], x: number): [number, number] {
  const last = axis.length - 1;
  if (last === 0 || x <= axis[0]!) return [0, 0];
  if (x >= axis[last]!) return [last, 0];
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (axis[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return [lo, (x - axis[lo]!) / (axis[lo + 1]! - axis[lo]!)];
}

/** Multilinear interpolation in the grid, clipping every input to the table's bounds (SimBA's rule). */
export function interpolateKwhPerKm(
  grid: ConsumptionGrid,
  loadFactor: number,
  incline: number,
  speedKmh: number,
  temperatureC: number,
): number {
  const inputs = [loadFactor, incline, speedKmh, temperatureC];
  const lo: number[] = [];
  const frac: number[] = [];
  const len = grid.axes.map((a) => a.length);
  for (let d = 0; d < 4; d++) {
    const [i, f] = locate(grid.axes[d]!, inputs[d]!);
    lo.push(i);
    frac.push(f);
  }
  let sum = 0;
  for (let corner = 0; corner < 16; corner++) {
    let weight = 1;
    let k = 0;
    for (let d = 0; d < 4; d++) {
      const up = (corner >> d) & 1;
      const f = frac[d]!;
      if (up === 1 && f === 0) {
        weight = 0;
        break;
      }
      weight *= up === 1 ? f : 1 - f;
      k = k * len[d]! + lo[d]! + up;
    }
    if (weight !== 0) sum += weight * grid.values[k]!;
  }
  return sum;
}

const G = 9.81;

/** Linear between [x, y] points (x strictly increasing), flat beyond the first and last. */
export function piecewiseLinear(points: readonly (readonly [number, number])[], x: number): number {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (x <= x1) {
      const [x0, y0] = points[i - 1]!;
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return last[1];
}

/**
 * Diesel an auxiliary heater burns over a leg (litres): its hourly use while the outside
 * temperature is below its threshold; 0 for models without one.
 */
export function auxiliaryHeaterLitres(model: ConsumptionModel, c: LegConditions): number {
  if (model.kind !== "physical" || model.dieselHeater === null) return 0;
  return c.temperatureC < model.dieselHeater.belowC
    ? (model.dieselHeater.litresPerHour * c.durationS) / 3600
    : 0;
}

/** kWh/km of the physical model: rolling, air, grade and acceleration losses plus auxiliaries and HVAC. */
export function physicalKwhPerKm(m: PhysicalConsumption, c: LegConditions): number {
  const massKg = m.curbMassKg + c.loadFactor * m.passengerCapacity * m.passengerMassKg;
  const speedKmh = meanSpeedKmh(c.distanceKm, c.durationS);
  const cruiseMs = Math.max(m.cruiseSpeedKmh, speedKmh) / 3.6;
  const rollingJ = massKg * G * m.rollingResistance * 1000;
  const airJ =
    0.5 * m.airDensityKgPerM3 * m.dragCoefficient * m.frontalAreaM2 * cruiseMs * cruiseMs * 1000;
  // Grade: lifting the bus by the climb costs m·g·climb; coming down the descent gives back
  // m·g·descent of which the share `regenerationFraction` is recovered (the rest is braked
  // away). Per km, spread evenly over the leg. With climb and descent of an up-and-down trip
  // the net height alone (0 m) would hide the climbing energy.
  const legM = c.distanceKm * 1000;
  const climbM = c.climbM ?? Math.max(0, c.incline * legM);
  const descentM = c.descentM ?? Math.max(0, -c.incline * legM);
  const gradeJ =
    c.distanceKm > 0
      ? (massKg * G * (climbM - m.regenerationFraction * descentM)) / c.distanceKm
      : 0;
  const accelerationJ =
    m.stopsPerKm * 0.5 * massKg * cruiseMs * cruiseMs * (1 - m.regenerationFraction);
  const tractionKwh =
    Math.max(0, (rollingJ + airJ + gradeJ + accelerationJ) / m.drivetrainEfficiency) / 3.6e6;
  const auxiliaryHeaterOn = m.dieselHeater !== null && c.temperatureC < m.dieselHeater.belowC;
  const hvacKw = auxiliaryHeaterOn
    ? 0
    : m.hvacKwByTemperatureC !== null
      ? piecewiseLinear(m.hvacKwByTemperatureC, c.temperatureC)
      : c.temperatureC < m.heatingBelowC
        ? m.heatingKw
        : c.temperatureC > m.coolingAboveC
          ? m.coolingKw
          : 0;
  const auxKwhPerKm = (m.auxiliaryKw + hvacKw) / Math.max(speedKmh, 1);
  return tractionKwh + auxKwhPerKm;
}

/** Prepared consumption model of one vehicle type. */
export type ElectricConsumption = (c: LegConditions) => number;

/** Builds the kWh-per-leg function for a battery vehicle's consumption model. */
export function electricConsumption(
  model: ConsumptionModel,
  fieldPath: string,
): ElectricConsumption {
  switch (model.kind) {
    case "fixed":
      return (c) => {
        const surcharge =
          c.temperatureC < model.coldBelowC
            ? model.coldIncreaseFraction
            : c.temperatureC > model.hotAboveC
              ? model.hotIncreaseFraction
              : 0;
        return model.kwhPerKm * (1 + surcharge) * c.distanceKm;
      };
    case "table": {
      // The table is looked up at the leg's net incline (arrival minus departure height over
      // the distance), not its climb and descent: that is what SimBA does
      // (simba/consumption.py: `this_incline=height_difference / distance`), and a table has no
      // axis for "up and down".
      const grid = buildConsumptionGrid(model, fieldPath);
      return (c) => {
        if (c.distanceKm <= 0) return 0;
        const speed = meanSpeedKmh(c.distanceKm, c.durationS);
        return (
          interpolateKwhPerKm(grid, c.loadFactor, c.incline, speed, c.temperatureC) * c.distanceKm
        );
      };
    }
    case "physical":
      return (c) => (c.distanceKm <= 0 ? 0 : physicalKwhPerKm(model, c) * c.distanceKm);
  }
}

/**
 * Fuel of a combustion bus over a leg by the Russian norm R3112194-0366-03 (DOMAIN.md §4):
 * Q = 0.01·Hs·S·(1 + 0.01·D) + Hот·T, with the winter increase D and the heater term
 * applied below their temperature thresholds. Litres for diesel, m³ for CNG.
 */
export function fuelUse(model: FuelModel, c: LegConditions): number {
  const d = c.temperatureC < model.winterBelowC ? model.winterIncreasePercent : 0;
  const heaterHours = c.temperatureC < model.heaterBelowC ? c.durationS / 3600 : 0;
  return (
    0.01 * model.basePer100Km * c.distanceKm * (1 + 0.01 * d) + model.heaterPerHour * heaterHours
  );
}
