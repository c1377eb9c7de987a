import { PlannerInputError } from "./errors.js";
import {
  auxiliaryHeaterLitres,
  electricConsumption,
  fuelUse,
  type ElectricConsumption,
  type LegConditions,
} from "./energy/consumption.js";
import { tripMean } from "./energy/hourly-mean.js";
import {
  annuityFactor,
  batteryReplacementPresentValue,
  replacementPresentValue,
} from "./cost/tco.js";
import { chargedEnergyPrice, yearlyDemandCharge } from "./cost/grid.js";
import type {
  YearSummary,
  BlockRemedy,
  CostBreakdown,
  ElectricEvaluation,
  GradientSummary,
  PlanResult,
  SensitivityCase,
  TechnologyOption,
  TripEnergySeries,
} from "./plan-types.js";
import type { ProgressReporter } from "./progress.js";
import { fleetFinding, speedFindings } from "./quality/check-timetable.js";
import { FindingList, type DataQuality } from "./quality/findings.js";
import { addPullOutAndIn, buildBlocks } from "./schedule/build-blocks.js";
import type {
  BatteryVehicleType,
  CombustionVehicleType,
  DesignDay,
  Scenario,
  Technology,
} from "./scenario/types.js";
import {
  minSocAlone,
  simulateDay,
  type BlockRun,
  type BlockSocResult,
  type SimulationSettings,
} from "./sim/simulate-day.js";
import type { Block, BlockLeg, PlanWarning, Timetable, TimetableTrip } from "./timetable.js";
import { optionLabelRu, scenarioNameRu } from "./report/report-names.js";
import type { ServiceYear } from "./gtfs/service-year.js";

export interface PlanInput {
  timetable: Timetable;
  scenario: Scenario;
  /**
   * The year of service from a GTFS feed's calendar: `timetable` is the chosen date's day
   * type, `others` the other planned day types. Without it (SimBA inputs), yearly figures are
   * the design days' `daysPerYear`.
   */
  year?: YearInput;
}

export interface YearInput {
  service: ServiceYear;
  mainDayTypeId: string;
  /** Each other planned day type's timetable; null when none of its trips has stop times. */
  others: { dayTypeId: string; timetable: Timetable | null }[];
}

export interface PlanOptions {
  onProgress?: ProgressReporter;
  /** Compute the sensitivity of the ranking (default true). */
  sensitivity?: boolean;
}

/**
 * Conditions of a leg on a design day. Temperature and load come from the trip when it carries
 * its own values, else from the hourly profiles averaged over the leg as
 * `operation.tripAveraging` says (SimBA averages over the trip too, `simba/schedule.py`);
 * deadheads run empty.
 */
function legConditions(
  leg: BlockLeg,
  trip: TimetableTrip | undefined,
  day: DesignDay,
  scenario: Scenario,
  shiftC: number,
): LegConditions {
  const method = scenario.operation.tripAveraging;
  const temperatureC =
    (trip?.temperatureC ?? tripMean(day.temperatureByHourC, leg.departureS, leg.arrivalS, method)) +
    shiftC;
  const loadFactor =
    leg.kind === "deadhead"
      ? 0
      : (trip?.loadFactor ??
        tripMean(scenario.passengerLoadByHour, leg.departureS, leg.arrivalS, method));
  const heightDiffM = trip?.heightDiffM ?? 0;
  return {
    distanceKm: leg.distanceKm,
    durationS: leg.arrivalS - leg.departureS,
    temperatureC,
    loadFactor,
    incline: leg.distanceKm > 0 ? heightDiffM / (leg.distanceKm * 1000) : 0,
    // Deadheads have no stops with elevations: they are planned flat.
    climbM: trip?.climbM ?? 0,
    descentM: trip?.descentM ?? 0,
  };
}

/** How much the planned day's revenue trips climb and descend. */
function gradientSummary(timetable: Timetable, revenueKm: number): GradientSummary {
  let climbM = 0;
  let descentM = 0;
  let tripsClimbing = 0;
  let tripsFromRouteGradients = 0;
  let tripsRouteGradientSetAside = 0;
  for (const t of timetable.trips) {
    climbM += t.climbM;
    descentM += t.descentM;
    if (t.climbM > 0) tripsClimbing++;
    if (t.climbFrom === "route-gradient") tripsFromRouteGradients++;
    if (t.routeGradientSetAside === true) tripsRouteGradientSetAside++;
  }
  return {
    file: timetable.elevationFile,
    climbM,
    descentM,
    climbPerKm: revenueKm > 0 ? climbM / revenueKm : 0,
    tripsClimbing,
    tripsMissingElevations: timetable.quality.counts["elevation-missing"] ?? 0,
    tripsFromRouteGradients,
    tripsRouteGradientSetAside,
  };
}

/** The sum of an option's cost parts. */
function costTotal(tco: CostBreakdown): number {
  return (
    tco.vehicles +
    tco.batteryReplacement +
    tco.electricity +
    tco.fuel +
    tco.maintenance +
    tco.infrastructure +
    tco.gridConnection +
    tco.demandCharges +
    tco.fuelStation
  );
}

/** A day type's days in the year per design day (scaled to a year). */
interface YearWeights {
  daysByDesignDay: Record<string, number>;
}

/**
 * One option over a year from its figures on each day type (each already weighted by that
 * type's days): yearly use and running costs add up; the fleet, charge points and what is
 * bought with them (vehicles, batteries, chargers) are those of the day type that needs the
 * most, since the same buses and chargers serve every day. A mix is kept only when some day
 * type runs both technologies in it.
 */
export function combineYear(
  perDayType: readonly TechnologyOption[][],
  spareFraction: number,
): TechnologyOption[] {
  const ids: string[] = [];
  for (const list of perDayType) for (const o of list) if (!ids.includes(o.id)) ids.push(o.id);
  const out: TechnologyOption[] = [];
  for (const id of ids) {
    const parts = perDayType
      .map((list) => list.find((o) => o.id === id))
      .filter((o): o is TechnologyOption => o !== undefined);
    if (id.includes("+") && parts.every((o) => o.technologies.length < 2)) continue;
    const peak = parts.reduce((a, b) => (b.fleet > a.fleet ? b : a));
    const sum = (f: (o: TechnologyOption) => number): number =>
      parts.reduce((acc, o) => acc + f(o), 0);
    const max = (f: (o: TechnologyOption) => number): number => Math.max(...parts.map(f));
    const tco: CostBreakdown = {
      vehicles: max((o) => o.tco.vehicles),
      batteryReplacement: max((o) => o.tco.batteryReplacement),
      electricity: sum((o) => o.tco.electricity),
      fuel: sum((o) => o.tco.fuel),
      maintenance: sum((o) => o.tco.maintenance),
      infrastructure: max((o) => o.tco.infrastructure),
      gridConnection: max((o) => o.tco.gridConnection),
      demandCharges: max((o) => o.tco.demandCharges),
      fuelStation: max((o) => o.tco.fuelStation),
      total: 0,
    };
    tco.total = costTotal(tco);
    const fleet = peak.fleet;
    out.push({
      id,
      label: parts.some((o) => o.extraBusesForSplits > 0 || o.unresolvedBlocks > 0)
        ? (parts.find((o) => o.extraBusesForSplits > 0 || o.unresolvedBlocks > 0)?.label ??
          peak.label)
        : peak.label,
      technologies: [...new Set(parts.flatMap((o) => o.technologies))],
      blocksByVehicleType: peak.blocksByVehicleType,
      fleet,
      spareVehicles: Math.ceil(fleet * spareFraction),
      extraBusesForSplits: max((o) => o.extraBusesForSplits),
      unresolvedBlocks: max((o) => o.unresolvedBlocks),
      chargePoints: {
        depot: max((o) => o.chargePoints.depot),
        opportunity: max((o) => o.chargePoints.opportunity),
      },
      annual: {
        distanceKm: sum((o) => o.annual.distanceKm),
        electricityKwh: sum((o) => o.annual.electricityKwh),
        dieselLitres: sum((o) => o.annual.dieselLitres),
        gasM3: sum((o) => o.annual.gasM3),
        co2Tonnes: sum((o) => o.annual.co2Tonnes),
        noxKg: sum((o) => o.annual.noxKg),
      },
      tco,
    });
  }
  return out;
}

interface DayContext {
  id: string;
  day: DesignDay;
  shiftC: number;
}

/** Results reused across sensitivity runs: only the shifted design day is recomputed. */
interface EvalCache {
  legs: Map<string, Float64Array[]>;
  /** Diesel litres of battery buses' auxiliary heaters per block, by the same key as `legs`. */
  heaterLitres: Map<string, Float64Array>;
  days: Map<string, ElectricEvaluation["days"][number]>;
  /**
   * Each battery type's consumption model, built once (a table's lookup grid is sorted and
   * checked when built): it depends on the scenario only, not on the day or its shift.
   */
  consumption: Map<string, ElectricConsumption>;
}

interface Evaluated {
  electric: ElectricEvaluation[];
  options: TechnologyOption[];
  tripEnergy: TripEnergySeries[];
}

const MAX_BATTERY_KWH = 10_000;

/** Smallest battery keeping the block above its reserve when run alone (bisection to 1 kWh). */
function requiredBatteryKwh(run: BlockRun, settings: SimulationSettings): number | null {
  const threshold = run.vehicle.socMin + run.vehicle.reserveSoc - 1e-9;
  if (minSocAlone(run, MAX_BATTERY_KWH, settings) < threshold) return null;
  let lo = run.vehicle.batteryKwh;
  let hi = MAX_BATTERY_KWH;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (minSocAlone(run, mid, settings) >= threshold) hi = mid;
    else lo = mid;
  }
  return Math.ceil(hi);
}

/** Fewest consecutive pieces of the block that are each feasible from a full battery. */
function splitPieces(run: BlockRun, settings: SimulationSettings): number | null {
  const threshold = run.vehicle.socMin + run.vehicle.reserveSoc - 1e-9;
  const n = run.block.legs.length;
  let start = 0;
  let pieces = 0;
  while (start < n) {
    let end = start;
    while (
      end < n &&
      minSocAlone(run, run.vehicle.batteryKwh, settings, start, end + 1) >= threshold
    )
      end++;
    if (end === start) return null;
    pieces++;
    start = end;
  }
  return pieces;
}

/**
 * Vehicles needed for a set of blocks: a vehicle may take a later block that starts where its
 * previous block ended, once `readyAfterS` (layover, or the recharge time of a battery bus,
 * SimBA's minimum standing time) has passed. Blocks of one service day never chain when they
 * come from the scheduler, so this mostly matters for multi-day inputs and feed block_ids.
 */
export function fleetForBlocks(blocks: readonly Block[], readyAfterS: readonly number[]): number {
  const items = blocks
    .map((b, i) => {
      const first = b.legs[0];
      const last = b.legs[b.legs.length - 1];
      return first === undefined || last === undefined
        ? null
        : {
            from: first.fromStopId,
            to: last.toStopId,
            startS: first.departureS,
            readyS: last.arrivalS + (readyAfterS[i] ?? 0),
          };
    })
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .sort((a, b) => a.startS - b.startS);
  // Idle vehicles per stop, released in order of ready time.
  const idle = new Map<string, number[]>();
  const pending: { stop: string; readyS: number }[] = [];
  let fleet = 0;
  for (const item of items) {
    for (let k = pending.length - 1; k >= 0; k--) {
      const p = pending[k]!;
      if (p.readyS <= item.startS) {
        const list = idle.get(p.stop) ?? [];
        list.push(p.readyS);
        idle.set(p.stop, list);
        pending.splice(k, 1);
      }
    }
    const list = idle.get(item.from);
    if (list !== undefined && list.length > 0) list.shift();
    else fleet++;
    pending.push({ stop: item.to, readyS: item.readyS });
  }
  return fleet;
}

function evaluate(
  timetable: Timetable,
  scenario: Scenario,
  days: DayContext[],
  detailed: boolean,
  cache: EvalCache,
  progress?: ProgressReporter,
  year?: YearWeights,
): Evaluated {
  const trips = timetable.trips;
  const blocks = timetable.blocks;
  const settings: SimulationSettings = {
    stations: scenario.stations,
    depot: scenario.depot,
    stepS: scenario.operation.chargingStepS,
    serviceDays: timetable.serviceDays,
    detailed,
    depotCharging: scenario.operation.depotCharging,
  };
  const vehicleIds = Object.keys(scenario.vehicleTypes);
  const consumptionById = cache.consumption;
  for (const id of vehicleIds) {
    const vt = scenario.vehicleTypes[id]!;
    if (vt.technology === "battery-electric" && !consumptionById.has(id))
      consumptionById.set(
        id,
        electricConsumption(vt.consumption, `vehicleTypes.${id}.consumption`),
      );
  }
  const tripEnergy: TripEnergySeries[] = [];
  // Energy (kWh) or fuel (l, m³) per leg, per vehicle type and day: [typeId][dayIndex][blockIndex].
  const legValues = new Map<string, Float64Array[][]>();
  // Diesel of auxiliary heaters per battery type and day: [typeId][dayIndex][blockIndex].
  const heaterLitres = new Map<string, Float64Array[]>();
  let done = 0;
  const total = vehicleIds.length * days.length;
  // Each leg's conditions on a day, [dayIndex][blockIndex][legIndex]: the same for every
  // vehicle type, so worked out once per day (when some type needs them).
  const conditionsByDay: LegConditions[][][] = [];
  const conditionsOn = (dayIndex: number): LegConditions[][] => {
    let byBlock = conditionsByDay[dayIndex];
    if (byBlock === undefined) {
      const d = days[dayIndex]!;
      byBlock = blocks.map((b) =>
        b.legs.map((leg) =>
          legConditions(
            leg,
            leg.tripIndex >= 0 ? trips[leg.tripIndex] : undefined,
            d.day,
            scenario,
            d.shiftC,
          ),
        ),
      );
      conditionsByDay[dayIndex] = byBlock;
    }
    return byBlock;
  };
  for (const id of vehicleIds) {
    const vt = scenario.vehicleTypes[id]!;
    const perDay: Float64Array[][] = [];
    const heaterPerDay: Float64Array[] = [];
    const heaterModel =
      vt.technology === "battery-electric" &&
      vt.consumption.kind === "physical" &&
      vt.consumption.dieselHeater !== null
        ? vt.consumption
        : null;
    for (const [dayIndex, d] of days.entries()) {
      progress?.({ phase: "energy per trip", done: done++, total });
      const key = `${id}|${d.id}|${d.shiftC}`;
      const cached = detailed ? undefined : cache.legs.get(key);
      if (cached !== undefined) {
        perDay.push(cached);
        heaterPerDay.push(cache.heaterLitres.get(key) ?? new Float64Array(blocks.length));
        continue;
      }
      const heater = new Float64Array(blocks.length);
      const perTrip = detailed ? new Float64Array(trips.length) : null;
      const conditions = conditionsOn(dayIndex);
      const perBlock = blocks.map((b, bi) => {
        const values = new Float64Array(b.legs.length);
        b.legs.forEach((leg, k) => {
          const c = conditions[bi]![k]!;
          const v =
            vt.technology === "battery-electric"
              ? consumptionById.get(id)!(c)
              : fuelUse(vt.fuel, c);
          values[k] = v;
          if (heaterModel !== null)
            heater[bi] = heater[bi]! + auxiliaryHeaterLitres(heaterModel, c);
          if (perTrip !== null && leg.tripIndex >= 0) perTrip[leg.tripIndex] = v;
        });
        return values;
      });
      perDay.push(perBlock);
      heaterPerDay.push(heater);
      cache.legs.set(key, perBlock);
      cache.heaterLitres.set(key, heater);
      if (perTrip !== null) {
        tripEnergy.push({
          vehicleTypeId: id,
          designDayId: d.id,
          unit:
            vt.technology === "battery-electric" ? "kWh" : vt.technology === "diesel" ? "l" : "m3",
          values: Array.from(perTrip),
        });
      }
    }
    legValues.set(id, perDay);
    heaterLitres.set(id, heaterPerDay);
  }

  // Battery-electric evaluations: each battery type on every block, plus the input's own assignment.
  const electricPlans: { id: string; label: string; typeOf: (b: number) => string }[] = [];
  // Types the input assigns to its blocks (SimBA rotations) are evaluated as assigned only.
  const assignedTypes = new Set(
    blocks.map((b) => b.vehicleTypeId).filter((t): t is string => t !== null),
  );
  for (const id of vehicleIds) {
    if (scenario.vehicleTypes[id]!.technology === "battery-electric" && !assignedTypes.has(id)) {
      electricPlans.push({ id, label: scenario.vehicleTypes[id]!.name, typeOf: () => id });
    }
  }
  if (blocks.some((b) => b.vehicleTypeId !== null)) {
    for (const b of blocks) {
      const t = b.vehicleTypeId;
      if (t !== null && scenario.vehicleTypes[t]?.technology !== "battery-electric") {
        throw new PlannerInputError(
          { file: timetable.source, field: "vehicle_type" },
          {
            en: `block ${b.id} is assigned vehicle type "${t}", which is not a battery-electric type of the scenario`,
            ru: `блоку ${b.id} назначен тип подвижного состава "${t}", а он в сценарии не электробус`,
          },
        );
      }
    }
    const fallback = [...assignedTypes][0];
    electricPlans.unshift({
      id: "as-assigned",
      label: "Battery-electric, vehicle types as in the input",
      typeOf: (i) => blocks[i]!.vehicleTypeId ?? fallback ?? "",
    });
  }
  const electric: ElectricEvaluation[] = [];
  electricPlans.forEach((plan, planIndex) => {
    const evalDays: ElectricEvaluation["days"] = [];
    days.forEach((d, dayIndex) => {
      progress?.({
        phase: `state of charge (${plan.id}, ${d.id})`,
        done: planIndex * days.length + dayIndex,
        total: electricPlans.length * days.length,
      });
      const dayKey = `${plan.id}|${d.id}|${d.shiftC}`;
      const cachedDay = cache.days.get(dayKey);
      if (cachedDay !== undefined) {
        evalDays.push(cachedDay);
        return;
      }
      const runs: BlockRun[] = blocks.map((block, i) => {
        const typeId = plan.typeOf(i);
        return {
          block,
          vehicleTypeId: typeId,
          vehicle: scenario.vehicleTypes[typeId] as BatteryVehicleType,
          legEnergyKwh: legValues.get(typeId)![dayIndex]![i]!,
        };
      });
      const sim = simulateDay(runs, settings);
      const remedies: BlockRemedy[] = [];
      sim.blocks.forEach((br, i) => {
        if (br.feasible) return;
        const run = runs[i]!;
        const pieces = splitPieces(run, settings);
        remedies.push({
          blockId: br.blockId,
          designDayId: d.id,
          minSoc: br.minSoc,
          requiredBatteryKwh: requiredBatteryKwh(run, settings),
          splitPieces: pieces,
          extraBuses: pieces === null ? null : pieces - 1,
        });
      });
      const dayResult: ElectricEvaluation["days"][number] = {
        designDayId: d.id,
        blocks: sim.blocks,
        stations: sim.stations,
        remedies,
        feasibleBlocks: sim.blocks.filter((b) => b.feasible).length,
        infeasibleBlocks: sim.blocks.filter((b) => !b.feasible).length,
        negativeSocBlocks: sim.blocks.filter((b) => b.negativeSoc).length,
        overnightShortfalls: sim.blocks.filter((b) => !b.overnight.ok).length,
        peakGridPowerKw: sim.stations.reduce((s, st) => s + st.peakPowerKw, 0),
      };
      cache.days.set(dayKey, dayResult);
      evalDays.push(dayResult);
    });
    electric.push({ id: plan.id, label: plan.label, days: evalDays });
  });

  const options = technologyOptions(
    timetable,
    scenario,
    days,
    legValues,
    heaterLitres,
    electric,
    electricPlans,
    year,
  );
  return { electric, options, tripEnergy };
}

/**
 * Stations with a grid limit: the simulation holds charging within it, first come first
 * served (sim/simulate-day.ts), so the plan says where the limit held charging back (a bus
 * got less than it would have drawn; what it could not take shows in its SoC), with the peak
 * with every bus at full power on arrival, and warns should a peak still be above it.
 */
function gridLimitWarnings(
  electric: readonly ElectricEvaluation[],
  scenario: Scenario,
): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const ev of electric)
    for (const d of ev.days)
      for (const st of d.stations) {
        const limit = gridLimitOf(scenario, st.stationId);
        if (limit === null) continue;
        const where = `${ev.label}, ${d.designDayId}: station ${st.stationId}`;
        const whereRu = `${optionLabelRu(ev.label)}, ${scenarioNameRu(d.designDayId)}: станция ${st.stationId}`;
        if (st.peakPowerKw > limit + 1e-6)
          out.push({
            en: `${where} peaks at ${Math.round(st.peakPowerKw)} kW, above its grid limit of ${limit} kW`,
            ru: `${whereRu}: пик ${Math.round(st.peakPowerKw)} кВт, выше её лимита сети ${limit} кВт`,
          });
        else if (st.heldByGridLimit)
          out.push({
            en: `${where}: charging held within its grid limit of ${limit} kW (peak ${Math.round(st.peakPowerKw)} kW; ${Math.round(st.peakPowerUnmanagedKw)} kW with every bus at full power on arrival)`,
            ru: `${whereRu}: зарядка удержана в пределах лимита сети ${limit} кВт (пик ${Math.round(st.peakPowerKw)} кВт; ${Math.round(st.peakPowerUnmanagedKw)} кВт, если каждый автобус заряжается на полной мощности по прибытии)`,
          });
      }
  return out;
}

/**
 * Elevations that some vehicle types cannot use: a fixed kWh/km (a fleet average) has no
 * gradient term, nor has the fuel norm of diesel and CNG buses (docs/planner.md § Gradient).
 */
function gradientModelWarnings(timetable: Timetable, scenario: Scenario): PlanWarning[] {
  if (!timetable.trips.some((t) => t.climbM > 0)) return [];
  const fromRoutes = timetable.trips.some((t) => t.climbFrom === "route-gradient");
  const file = timetable.elevationFile;
  const from = {
    en: [
      ...(file === null ? [] : [file]),
      ...(fromRoutes ? ["the scenario's routeGradients"] : []),
    ].join(" and "),
    ru: [
      ...(file === null ? [] : [`подъёмов из ${file}`]),
      ...(fromRoutes ? ["подъёмов маршрутов из сценария"] : []),
    ].join(" и "),
  };
  const out: PlanWarning[] = [];
  for (const [id, vt] of Object.entries(scenario.vehicleTypes))
    if (vt.technology === "battery-electric" && vt.consumption.kind === "fixed")
      out.push({
        en: `vehicle type ${id} uses a fixed kWh/km, which ignores the climb in ${from.en}; set its consumption to "physical" (climb and descent) or a table (net incline) to plan the gradient`,
        ru: `тип подвижного состава ${id} считается с постоянным расходом кВт·ч/км, без ${from.ru}; чтобы учесть уклоны, задайте ему физическую модель расхода (подъём и спуск) или таблицу по уклону`,
      });
  return out;
}

/** The grid-connection limit of a station: the scenario's depot, or a station of its own. */
export function gridLimitOf(scenario: Scenario, stationId: string): number | null {
  const st = scenario.stations[stationId];
  return st === undefined ? scenario.depot.gridLimitKw : st.gridLimitKw;
}

function technologyOptions(
  timetable: Timetable,
  scenario: Scenario,
  days: DayContext[],
  legValues: Map<string, Float64Array[][]>,
  heaterLitres: Map<string, Float64Array[]>,
  electric: ElectricEvaluation[],
  electricPlans: { id: string; label: string; typeOf: (b: number) => string }[],
  year?: YearWeights,
): TechnologyOption[] {
  const blocks = timetable.blocks;
  const p = scenario.prices;
  const annuity = annuityFactor(p.discountRate, p.horizonYears);
  // Days of the year each design day stands for: from the service calendar (this day type's
  // days in the months mapped to the design day), else the scenario's `daysPerYear`.
  const perYear = (dayIndex: number): number =>
    (year?.daysByDesignDay[days[dayIndex]!.id] ??
      (year === undefined ? days[dayIndex]!.day.daysPerYear : 0)) /
    Math.max(1, timetable.serviceDays);
  const blockKm = blocks.map((b) => b.legs.reduce((s, l) => s + l.distanceKm, 0));
  const combustion = Object.entries(scenario.vehicleTypes).filter(
    (e): e is [string, CombustionVehicleType] => e[1].technology !== "battery-electric",
  );
  const layoverS = scenario.operation.minLayoverMin * 60;

  interface Part {
    typeId: string;
    blockIdx: number[];
    /** For battery plans: the evaluation and per-block type. */
    electricIndex: number | null;
  }

  const build = (id: string, label: string, parts: Part[]): TechnologyOption => {
    const blocksByVehicleType: Record<string, number> = {};
    let fleet = 0;
    let extraBuses = 0;
    let unresolved = 0;
    const annual = {
      distanceKm: 0,
      electricityKwh: 0,
      dieselLitres: 0,
      gasM3: 0,
      co2Tonnes: 0,
      noxKg: 0,
    };
    const tco: CostBreakdown = {
      vehicles: 0,
      batteryReplacement: 0,
      electricity: 0,
      fuel: 0,
      maintenance: 0,
      infrastructure: 0,
      gridConnection: 0,
      demandCharges: 0,
      fuelStation: 0,
      total: 0,
    };
    let cngStation = false;
    const chargePoints = { depot: 0, opportunity: 0 };
    const technologies = new Set<Technology>();
    for (const part of parts) {
      if (part.blockIdx.length === 0) continue;
      const inPart = new Set(part.blockIdx);
      if (part.electricIndex === null) {
        const vt = scenario.vehicleTypes[part.typeId] as CombustionVehicleType;
        technologies.add(vt.technology);
        blocksByVehicleType[part.typeId] =
          (blocksByVehicleType[part.typeId] ?? 0) + part.blockIdx.length;
        const n = fleetForBlocks(
          part.blockIdx.map((i) => blocks[i]!),
          part.blockIdx.map(() => layoverS),
        );
        fleet += n;
        const fleetWithSpares = n + Math.ceil(n * scenario.operation.spareFraction);
        let km = 0;
        let fuel = 0;
        days.forEach((_, di) => {
          const values = legValues.get(part.typeId)![di]!;
          for (const i of part.blockIdx) {
            km += blockKm[i]! * perYear(di);
            fuel += values[i]!.reduce((s, v) => s + v, 0) * perYear(di);
          }
        });
        annual.distanceKm += km;
        if (vt.technology === "diesel") {
          annual.dieselLitres += fuel;
          annual.co2Tonnes += (fuel * scenario.emissions.dieselKgCo2PerLitre) / 1000;
          tco.fuel += fuel * p.dieselPerLitre * annuity;
        } else {
          cngStation = true;
          annual.gasM3 += fuel;
          annual.co2Tonnes += (fuel * scenario.emissions.gasKgCo2PerM3) / 1000;
          tco.fuel += fuel * p.gasPerM3 * annuity;
        }
        annual.noxKg += (km * vt.noxGPerKm) / 1000;
        tco.vehicles +=
          fleetWithSpares *
          replacementPresentValue(
            vt.capexPerVehicle,
            vt.lifetimeYears,
            p.discountRate,
            p.horizonYears,
          );
        tco.maintenance += km * vt.maintenancePerKm * annuity;
        continue;
      }
      technologies.add("battery-electric");
      const ev = electric[part.electricIndex]!;
      const plan = electricPlans[part.electricIndex]!;
      // Per vehicle type within the plan (a plan may assign several types).
      const byType = new Map<string, number[]>();
      for (const i of part.blockIdx) {
        const t = plan.typeOf(i);
        const list = byType.get(t) ?? [];
        list.push(i);
        byType.set(t, list);
      }
      const blockResult = (di: number, i: number): BlockSocResult => ev.days[di]!.blocks[i]!;
      // The price of a kWh on each design day: the time-of-use tariff weighted by the hours
      // in which this plan's stations charged (docs/planner.md § Grid and tariffs).
      const dayPrice = ev.days.map((d) => {
        const byHour = Array.from({ length: 24 }, () => 0);
        for (const st of d.stations)
          st.energyByHourKwh.forEach((e, h) => (byHour[h] = byHour[h]! + e));
        return chargedEnergyPrice(byHour, p);
      });
      for (const [typeId, idx] of byType) {
        const vt = scenario.vehicleTypes[typeId] as BatteryVehicleType;
        blocksByVehicleType[typeId] = (blocksByVehicleType[typeId] ?? 0) + idx.length;
        // Vehicles as the simulation assigned them (SimBA-style: a bus takes a later block
        // after charging at the depot), the most any design day needs.
        let n = Math.max(
          0,
          ...days.map((_, di) => new Set(idx.map((i) => blockResult(di, i).vehicle)).size),
        );
        for (const i of idx) {
          let worst = 0;
          let impossible = false;
          days.forEach((_, di) => {
            const r = ev.days[di]!.remedies.find((x) => x.blockId === blocks[i]!.id);
            if (r === undefined) return;
            if (r.extraBuses === null) impossible = true;
            else worst = Math.max(worst, r.extraBuses);
          });
          if (impossible) unresolved++;
          extraBuses += worst;
          n += worst;
        }
        fleet += n;
        const fleetWithSpares = n + Math.ceil(n * scenario.operation.spareFraction);
        let km = 0;
        let kwh = 0;
        let electricityCost = 0;
        let heaterDiesel = 0;
        days.forEach((_, di) => {
          let dayKwh = 0;
          const heater = heaterLitres.get(typeId)?.[di];
          for (const i of idx) {
            km += blockKm[i]! * perYear(di);
            if (heater !== undefined) heaterDiesel += heater[i]! * perYear(di);
            dayKwh += (blockResult(di, i).energyKwh / vt.chargingEfficiency) * perYear(di);
          }
          kwh += dayKwh;
          electricityCost += dayKwh * dayPrice[di]!;
        });
        annual.distanceKm += km;
        annual.electricityKwh += kwh;
        annual.co2Tonnes += (kwh * scenario.emissions.gridKgCo2PerKwh) / 1000;
        annual.noxKg += (km * vt.noxGPerKm) / 1000;
        tco.electricity += electricityCost * annuity;
        // A diesel auxiliary heater's fuel and CO₂ count like a diesel bus's.
        annual.dieselLitres += heaterDiesel;
        annual.co2Tonnes += (heaterDiesel * scenario.emissions.dieselKgCo2PerLitre) / 1000;
        tco.fuel += heaterDiesel * p.dieselPerLitre * annuity;
        tco.vehicles +=
          fleetWithSpares *
          replacementPresentValue(
            vt.capexPerVehicle,
            vt.lifetimeYears,
            p.discountRate,
            p.horizonYears,
          );
        tco.batteryReplacement +=
          fleetWithSpares *
          batteryReplacementPresentValue(
            vt.batteryKwh * vt.batteryCostPerKwh,
            vt.batteryLifetimeYears,
            vt.lifetimeYears,
            p.discountRate,
            p.horizonYears,
          );
        tco.maintenance += km * vt.maintenancePerKm * annuity;
      }
      // Charge points: the most any design day needs, for the blocks of this part.
      const stationNeeds = new Map<
        string,
        { kind: "depot" | "opportunity"; points: number; kw: number }
      >();
      // Each station's peak on each design day (its share for a mix, as its charge points).
      const peaks = new Map<string, Map<string, number>>();
      ev.days.forEach((d) => {
        for (const st of d.stations) {
          const prev = stationNeeds.get(st.stationId);
          const points = st.chargePointsAvailable ?? st.chargePointsNeeded;
          // A mixed fleet uses only part of a depot: scale depot points by its share of blocks.
          const share =
            st.kind === "depot" && st.chargePointsAvailable === null
              ? inPart.size / Math.max(1, blocks.length)
              : 1;
          const need = Math.ceil(points * share);
          const byDay = peaks.get(st.stationId) ?? new Map<string, number>();
          byDay.set(d.designDayId, st.peakPowerKw * share);
          peaks.set(st.stationId, byDay);
          if (prev === undefined || need > prev.points)
            stationNeeds.set(st.stationId, { kind: st.kind, points: need, kw: st.chargePointKw });
        }
      });
      for (const s of stationNeeds.values()) {
        const perKw = s.kind === "depot" ? p.depotChargerPerKw : p.opportunityChargerPerKw;
        const capex = s.points * s.kw * perKw;
        if (s.kind === "depot") chargePoints.depot += s.points;
        else chargePoints.opportunity += s.points;
        tco.infrastructure +=
          replacementPresentValue(capex, p.chargerLifetimeYears, p.discountRate, p.horizonYears) +
          capex * p.chargerMaintenanceFractionPerYear * annuity;
      }
      // Grid connections: sized to the station's limit where the scenario gives one, else to
      // its highest peak; demand charges on each month's peak.
      for (const [stationId, byDay] of peaks) {
        const limit = gridLimitOf(scenario, stationId);
        const connectionKw = limit ?? Math.max(0, ...byDay.values());
        tco.gridConnection += replacementPresentValue(
          connectionKw * p.gridConnectionPerKw,
          p.gridConnectionLifetimeYears,
          p.discountRate,
          p.horizonYears,
        );
        tco.demandCharges +=
          yearlyDemandCharge(byDay, scenario.designDayByMonth, p.demandChargePerKwMonth) * annuity;
      }
    }
    if (cngStation)
      tco.fuelStation =
        replacementPresentValue(
          p.cngStationCapex,
          p.cngStationLifetimeYears,
          p.discountRate,
          p.horizonYears,
        ) +
        p.cngStationRunningPerYear * annuity;
    tco.total = costTotal(tco);
    return {
      id,
      label,
      technologies: [...technologies],
      blocksByVehicleType,
      fleet,
      spareVehicles: Math.ceil(fleet * scenario.operation.spareFraction),
      extraBusesForSplits: extraBuses,
      unresolvedBlocks: unresolved,
      chargePoints,
      annual,
      tco,
    };
  };

  const all = blocks.map((_, i) => i);
  const options: TechnologyOption[] = [];
  for (const [typeId, vt] of combustion)
    options.push(build(typeId, vt.name, [{ typeId, blockIdx: all, electricIndex: null }]));
  electric.forEach((ev, ei) => {
    const anyInfeasible = all.some((i) => !ev.days.every((d) => d.blocks[i]!.feasible));
    options.push(
      build(ev.id, anyInfeasible ? `${ev.label} (infeasible blocks split)` : ev.label, [
        { typeId: ev.id, blockIdx: all, electricIndex: ei },
      ]),
    );
    // Mixes: battery buses where feasible on every design day, a combustion type elsewhere.
    const feasible = all.filter((i) => ev.days.every((d) => d.blocks[i]!.feasible));
    const rest = all.filter((i) => !ev.days.every((d) => d.blocks[i]!.feasible));
    // Over a year every day type offers the same options (combineYear drops a mix that is
    // all one technology on every day type).
    if ((rest.length === 0 || feasible.length === 0) && year === undefined) return;
    for (const [typeId, vt] of combustion) {
      options.push(
        build(`${ev.id}+${typeId}`, `${ev.label} where feasible, ${vt.name} elsewhere`, [
          { typeId: ev.id, blockIdx: feasible, electricIndex: ei },
          { typeId, blockIdx: rest, electricIndex: null },
        ]),
      );
    }
  });
  return options;
}

/** A planned day type with its timetable and its days per design day over the year. */
interface PlannedDayType {
  id: string;
  label: string;
  main: boolean;
  timetable: Timetable | null;
  weights: YearWeights;
}

/**
 * The planned day types and how many days of the year each stands for per design day: its
 * own days and those of the day types counted as it, × the window's scale to a year.
 */
function yearDayTypes(
  year: YearInput,
  mainTimetable: Timetable,
  scenario: Scenario,
): PlannedDayType[] {
  const planned = year.service.dayTypes.filter((t) => t.plannedAs === null);
  return planned.map((t) => {
    const daysByDesignDay: Record<string, number> = {};
    for (const member of year.service.dayTypes) {
      if (member.id !== t.id && member.plannedAs !== t.id) continue;
      for (const [designDay, n] of Object.entries(member.designDayDays)) {
        if (scenario.designDays[designDay] === undefined) continue;
        daysByDesignDay[designDay] = (daysByDesignDay[designDay] ?? 0) + n * year.service.scale;
      }
    }
    const main = t.id === year.mainDayTypeId;
    return {
      id: t.id,
      label: t.label,
      main,
      timetable: main
        ? mainTimetable
        : (year.others.find((o) => o.dayTypeId === t.id)?.timetable ?? null),
      weights: { daysByDesignDay },
    };
  });
}

function yearSummary(input: YearInput, planned: PlannedDayType[], scenario: Scenario): YearSummary {
  const service = input.service;
  const byId = new Map(planned.map((t) => [t.id, t]));
  let yearlyKm = 0;
  const dayTypes = service.dayTypes.map((t) => {
    const p = byId.get(t.plannedAs ?? t.id);
    const tt = p?.timetable ?? null;
    const dailyKm =
      tt === null
        ? 0
        : tt.blocks.reduce((s, b) => s + b.legs.reduce((x, l) => x + l.distanceKm, 0), 0);
    const daysInYear = t.days * service.scale;
    yearlyKm += dailyKm * daysInYear;
    return {
      id: t.id,
      label: t.label,
      weekdays: t.weekdays,
      otherDays: t.otherDays,
      date: t.date,
      serviceIds: t.serviceIds,
      days: t.days,
      daysInYear,
      designDayDays: t.designDayDays,
      representativeDate: t.representativeDate,
      plannedAs: t.plannedAs,
      tripCount: tt?.trips.length ?? 0,
      blockCount: tt?.blocks.length ?? 0,
      dailyDistanceKm: dailyKm,
      yearlyDistanceKm: dailyKm * daysInYear,
    };
  });
  return {
    from: service.from,
    to: service.to,
    windowDays: service.windowDays,
    scale: service.scale,
    noServiceDays: service.noServiceDays,
    designDayByMonth: scenario.designDayByMonth,
    dayTypes,
    yearlyDistanceKm: yearlyKm,
    warnings: service.warnings.map((w) => w.en),
    warningsRu: service.warnings.map((w) => w.ru),
  };
}

function coldestDayId(scenario: Scenario): string {
  let best = "";
  let bestMean = Infinity;
  for (const [id, d] of Object.entries(scenario.designDays)) {
    const mean = d.temperatureByHourC.reduce((s, t) => s + t, 0) / d.temperatureByHourC.length;
    if (mean < bestMean) {
      bestMean = mean;
      best = id;
    }
  }
  return best;
}

function rank(totals: Record<string, number>): string[] {
  return Object.keys(totals).sort((a, b) => totals[a]! - totals[b]!);
}

/**
 * Runs the transition plan: energy per trip and block for every vehicle type and design day,
 * state of charge with shared chargers, remedies for infeasible blocks, charging needs, and
 * fleet, cost and emissions per technology option with the sensitivity of their ranking.
 * Pure and synchronous: the result is plain JSON-serialisable data.
 */
export function runPlan(input: PlanInput, options: PlanOptions = {}): PlanResult {
  const { timetable, scenario } = input;
  const progress = options.onProgress;
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };
  const days: DayContext[] = Object.entries(scenario.designDays).map(([id, day]) => ({
    id,
    day,
    shiftC: 0,
  }));
  const cache: EvalCache = {
    legs: new Map(),
    heaterLitres: new Map(),
    days: new Map(),
    consumption: new Map(),
  };
  const year = input.year === undefined ? null : yearDayTypes(input.year, timetable, scenario);
  const mainWeights = year?.find((t) => t.main)?.weights;
  const base = evaluate(timetable, scenario, days, true, cache, progress, mainWeights);
  // Every other planned day type once, without the per-trip detail.
  const others = (year ?? [])
    .filter((t) => !t.main && t.timetable !== null)
    .map((t, k, all) => {
      progress?.({ phase: `day type ${t.label}`, done: k, total: all.length });
      const dayCache: EvalCache = {
        legs: new Map(),
        heaterLitres: new Map(),
        days: new Map(),
        consumption: cache.consumption,
      };
      const ev = evaluate(t.timetable!, scenario, days, false, dayCache, undefined, t.weights);
      return { type: t, cache: dayCache, options: ev.options };
    });
  const yearOptions =
    year === null
      ? base.options
      : combineYear(
          [base.options, ...others.map((o) => o.options)],
          scenario.operation.spareFraction,
        );
  lap("evaluate");

  const sensitivity: SensitivityCase[] = [];
  if (options.sensitivity !== false) {
    for (const m of scenario.sensitivity.electricityPriceMultipliers) {
      const totals: Record<string, number> = {};
      for (const o of yearOptions)
        totals[o.id] = o.tco.total - o.tco.electricity + o.tco.electricity * m;
      sensitivity.push({ parameter: "electricityPrice", value: m, ranking: rank(totals), totals });
    }
    const cold = coldestDayId(scenario);
    scenario.sensitivity.winterTemperatureShiftsC.forEach((shift, k) => {
      progress?.({
        phase: "sensitivity to winter temperature",
        done: k,
        total: scenario.sensitivity.winterTemperatureShiftsC.length,
      });
      const shiftedDays = days.map((d) => (d.id === cold ? { ...d, shiftC: shift } : d));
      const shifted =
        shift === 0
          ? yearOptions
          : year === null
            ? evaluate(timetable, scenario, shiftedDays, false, cache).options
            : combineYear(
                [
                  evaluate(timetable, scenario, shiftedDays, false, cache, undefined, mainWeights)
                    .options,
                  ...others.map(
                    (o) =>
                      evaluate(
                        o.type.timetable!,
                        scenario,
                        shiftedDays,
                        false,
                        o.cache,
                        undefined,
                        o.type.weights,
                      ).options,
                  ),
                ],
                scenario.operation.spareFraction,
              );
      const totals: Record<string, number> = {};
      for (const o of shifted) totals[o.id] = o.tco.total;
      sensitivity.push({
        parameter: "winterTemperature",
        value: shift,
        ranking: rank(totals),
        totals,
      });
    });
    lap("sensitivity");
  }
  const warnings = [
    ...timetable.warnings,
    ...gridLimitWarnings(base.electric, scenario),
    ...gradientModelWarnings(timetable, scenario),
  ];

  const blockOfTrip = new Array<string>(timetable.trips.length).fill("");
  for (const b of timetable.blocks)
    for (const l of b.legs) if (l.tripIndex >= 0) blockOfTrip[l.tripIndex] = b.id;
  let revenueKm = 0;
  let deadheadKm = 0;
  for (const b of timetable.blocks) {
    for (const l of b.legs) {
      if (l.kind === "trip") revenueKm += l.distanceKm;
      else deadheadKm += l.distanceKm;
    }
  }
  progress?.({ phase: "done", done: 1, total: 1 });
  return {
    schemaVersion: 1,
    scenarioName: scenario.name,
    currency: scenario.currency,
    timetable: {
      source: timetable.source,
      serviceDate: timetable.serviceDate,
      serviceDays: timetable.serviceDays,
      blockMethod: timetable.blockMethod,
      tripCount: timetable.trips.length,
      blockCount: timetable.blocks.length,
      revenueDistanceKm: revenueKm,
      deadheadDistanceKm: deadheadKm,
      distanceSources: timetable.distanceSources,
      warnings: warnings.map((w) => w.en),
      warningsRu: warnings.map((w) => w.ru),
      quality: timetable.quality,
      gradient: gradientSummary(timetable, revenueKm),
    },
    designDays: days.map((d) => ({
      id: d.id,
      meanTemperatureC:
        d.day.temperatureByHourC.reduce((s, x) => s + x, 0) / d.day.temperatureByHourC.length,
      // From the service calendar when there is one: the days with service in its months.
      daysPerYear:
        year === null
          ? d.day.daysPerYear
          : year
              .filter((t) => t.timetable !== null)
              .reduce((sum, t) => sum + (t.weights.daysByDesignDay[d.id] ?? 0), 0),
    })),
    vehicleTypes: Object.entries(scenario.vehicleTypes).map(([id, vt]) => ({
      id,
      name: vt.name,
      technology: vt.technology,
    })),
    trips: timetable.trips.map((tr, i) => ({
      id: tr.id,
      blockId: blockOfTrip[i]!,
      routeId: tr.routeId,
      departureS: tr.departureS,
      arrivalS: tr.arrivalS,
      fromStopId: tr.fromStopId,
      toStopId: tr.toStopId,
      distanceKm: tr.distanceKm,
      distanceSource: tr.distanceSource ?? "given",
      climbM: tr.climbM,
      descentM: tr.descentM,
    })),
    tripEnergy: base.tripEnergy,
    blocks: timetable.blocks.map((b) => ({
      id: b.id,
      tripCount: b.legs.filter((l) => l.kind === "trip").length,
      startS: b.legs[0]?.departureS ?? 0,
      endS: b.legs[b.legs.length - 1]?.arrivalS ?? 0,
      distanceKm: b.legs.reduce((s, l) => s + l.distanceKm, 0),
      vehicleTypeId: b.vehicleTypeId,
    })),
    electric: base.electric,
    options: yearOptions,
    ...(year === null || input.year === undefined
      ? {}
      : { year: yearSummary(input.year, year, scenario) }),
    sensitivity,
    timingsMs: timings,
  };
}

/** Attaches blocks to a GTFS day: the feed's block_id, or minimum-fleet scheduling. */
export function timetableFromTrips(
  day: {
    source: string;
    serviceDate: string;
    trips: TimetableTrip[];
    stops: Timetable["stops"];
    distanceSources: Timetable["distanceSources"];
    warnings: PlanWarning[];
    quality?: DataQuality;
    elevationFile?: string | null;
  },
  scenario: Scenario,
): Timetable {
  const { blocks, method, warnings, findings } = buildBlocks(day.trips, {
    minLayoverS: scenario.operation.minLayoverMin * 60,
    deadhead: scenario.operation.deadhead,
    stops: day.stops,
  });
  const { deadhead, pullOut } = scenario.operation;
  addPullOutAndIn(blocks, day.stops, {
    ...pullOut,
    speedKmh: deadhead.speedKmh,
    detourFactor: deadhead.detourFactor,
  });
  const quality = new FindingList();
  if (day.quality !== undefined) quality.addAll(day.quality);
  for (const f of findings) quality.add(f);
  for (const f of speedFindings(day.trips)) quality.add(f);
  const fleet = fleetFinding(blocks, day.trips, 1, method);
  if (fleet !== null) quality.add(fleet);
  return {
    quality: quality.result(),
    source: day.source,
    serviceDate: day.serviceDate,
    serviceDays: 1,
    trips: day.trips,
    blocks,
    blockMethod: method,
    stops: day.stops,
    distanceSources: day.distanceSources,
    warnings: [...day.warnings, ...warnings],
    elevationFile: day.elevationFile ?? null,
  };
}
