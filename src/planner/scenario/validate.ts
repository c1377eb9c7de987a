import path from "node:path";
import { PlannerInputError, type PlannerProblem } from "../errors.js";
import {
  childPath,
  isJsonObject,
  parseJsonWithLines,
  type JsonValue,
} from "../io/json-with-lines.js";
import { TRIP_AVERAGING_METHODS } from "../energy/hourly-mean.js";
import { defaultScenario, PHYSICAL_MODEL_DEFAULTS } from "./defaults.js";
import { SCENARIO_PRESET_IDS, SCENARIO_PRESETS } from "./presets.js";
import type {
  BatteryVehicleType,
  ChargingStation,
  CombustionVehicleType,
  ConsumptionModel,
  ConsumptionTableRow,
  DesignDay,
  FuelModel,
  RouteGradient,
  Scenario,
  TariffBand,
  VehicleType,
} from "./types.js";

type JsonObject = { [key: string]: JsonValue };

/**
 * Merges `override` into `base`: objects key by key, everything else replaced; `null`
 * removes the key. Used for defaults ← SimBA inputs ← the user's scenario file.
 */
export function mergeJson(base: JsonValue, override: JsonValue): JsonValue {
  if (!isJsonObject(base) || !isJsonObject(override)) return override;
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) {
      delete out[key];
    } else {
      const prev = out[key];
      out[key] = prev === undefined ? value : mergeJson(prev, value);
    }
  }
  return out;
}

/** The scenario as a JSON value, for merging. */
export function scenarioToJson(scenario: Scenario): JsonValue {
  return JSON.parse(JSON.stringify(scenario)) as JsonValue;
}

/** Reads and checks a merged scenario; each problem names the file, line and field. */
class ScenarioReader {
  constructor(
    private readonly fileName: string,
    private readonly lines: Map<string, number>,
  ) {}

  fail(path: string, problem: PlannerProblem): never {
    throw new PlannerInputError(
      { file: this.fileName, line: this.lines.get(path) ?? null, field: path },
      problem,
    );
  }

  object(value: JsonValue | undefined, path: string, allowedKeys?: readonly string[]): JsonObject {
    if (!isJsonObject(value))
      this.fail(path, { en: "must be an object", ru: "должно быть объектом" });
    if (allowedKeys !== undefined) {
      // A misspelt key would otherwise be ignored silently and its default used.
      for (const key of Object.keys(value)) {
        if (!allowedKeys.includes(key) && !key.startsWith("//") && key !== "$comment") {
          this.fail(childPath(path, key), {
            en: `unknown setting (expected one of: ${allowedKeys.join(", ")})`,
            ru: `неизвестный параметр (допустимы: ${allowedKeys.join(", ")})`,
          });
        }
      }
    }
    return value;
  }

  number(
    obj: JsonObject,
    key: string,
    path: string,
    opts: { min?: number; max?: number; positive?: boolean; integer?: boolean } = {},
  ): number {
    const p = childPath(path, key);
    const v = obj[key];
    if (typeof v !== "number" || !Number.isFinite(v))
      return this.fail(p, { en: "must be a number", ru: "должно быть числом" });
    if (opts.positive === true && !(v > 0))
      this.fail(p, {
        en: `must be greater than 0 (got ${v})`,
        ru: `должно быть больше 0 (указано ${v})`,
      });
    if (opts.min !== undefined && v < opts.min)
      this.fail(p, {
        en: `must be at least ${opts.min} (got ${v})`,
        ru: `должно быть не меньше ${opts.min} (указано ${v})`,
      });
    if (opts.max !== undefined && v > opts.max)
      this.fail(p, {
        en: `must be at most ${opts.max} (got ${v})`,
        ru: `должно быть не больше ${opts.max} (указано ${v})`,
      });
    if (opts.integer === true && !Number.isInteger(v))
      this.fail(p, {
        en: `must be a whole number (got ${v})`,
        ru: `должно быть целым числом (указано ${v})`,
      });
    return v;
  }

  nullableCount(obj: JsonObject, key: string, path: string): number | null {
    if (obj[key] === undefined || obj[key] === null) return null;
    return this.number(obj, key, path, { min: 1, integer: true });
  }

  /**
   * A station's grid-connection limit (null = none): it must carry the largest single charge
   * point at full power, else no bus could ever charge at the power the scenario gives it.
   */
  gridLimit(obj: JsonObject, path: string, largestChargePointKw: number): number | null {
    if (obj.gridLimitKw === undefined || obj.gridLimitKw === null) return null;
    const limit = this.number(obj, "gridLimitKw", path, { positive: true });
    if (limit < largestChargePointKw)
      this.fail(childPath(path, "gridLimitKw"), {
        en: `grid limit ${limit} kW is below the largest single charge point of ${largestChargePointKw} kW`,
        ru: `ограничение сети ${limit} кВт меньше мощности самой мощной зарядной точки (${largestChargePointKw} кВт)`,
      });
    return limit;
  }

  string(obj: JsonObject, key: string, path: string): string {
    const v = obj[key];
    if (typeof v !== "string" || v.length === 0)
      return this.fail(childPath(path, key), {
        en: "must be a non-empty string",
        ru: "должно быть непустой строкой",
      });
    return v;
  }

  oneOf<T extends string>(obj: JsonObject, key: string, path: string, allowed: readonly T[]): T {
    const v = obj[key];
    const found = allowed.find((a) => a === v);
    if (found === undefined)
      return this.fail(childPath(path, key), {
        en: `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`,
        ru: `должно быть одним из значений: ${allowed.map((a) => `"${a}"`).join(", ")}`,
      });
    return found;
  }

  boolean(obj: JsonObject, key: string, path: string): boolean {
    const v = obj[key];
    if (typeof v !== "boolean")
      return this.fail(childPath(path, key), {
        en: "must be true or false",
        ru: "должно быть true или false",
      });
    return v;
  }

  numberArray(
    obj: JsonObject,
    key: string,
    path: string,
    length?: number,
    opts: { min?: number; max?: number } = {},
  ): number[] {
    const p = childPath(path, key);
    const v = obj[key];
    if (!Array.isArray(v))
      return this.fail(p, { en: "must be an array of numbers", ru: "должно быть массивом чисел" });
    if (length !== undefined && v.length !== length)
      this.fail(p, {
        en: `must have ${length} values (got ${v.length})`,
        ru: `должно содержать значений: ${length} (указано ${v.length})`,
      });
    return v.map((item, i) => {
      if (typeof item !== "number" || !Number.isFinite(item))
        this.fail(childPath(p, i), { en: "must be a number", ru: "должно быть числом" });
      if (opts.min !== undefined && item < opts.min)
        this.fail(childPath(p, i), {
          en: `must be at least ${opts.min} (got ${item})`,
          ru: `должно быть не меньше ${opts.min} (указано ${item})`,
        });
      if (opts.max !== undefined && item > opts.max)
        this.fail(childPath(p, i), {
          en: `must be at most ${opts.max} (got ${item})`,
          ru: `должно быть не больше ${opts.max} (указано ${item})`,
        });
      return item;
    });
  }
}

function readConsumption(
  r: ScenarioReader,
  value: JsonValue | undefined,
  path: string,
): ConsumptionModel {
  const given = r.object(value, path);
  const kind = given.kind;
  // Physical-model fields left out take the documented defaults.
  // A fixed model without surcharges fields gets none.
  const o: JsonObject =
    kind === "physical"
      ? { ...PHYSICAL_MODEL_DEFAULTS, ...given }
      : kind === "fixed"
        ? { coldIncreaseFraction: 0, coldBelowC: 0, hotIncreaseFraction: 0, hotAboveC: 0, ...given }
        : given;
  if (kind === "fixed") {
    return {
      kind,
      kwhPerKm: r.number(o, "kwhPerKm", path, { positive: true }),
      coldIncreaseFraction: r.number(o, "coldIncreaseFraction", path, { min: 0 }),
      coldBelowC: r.number(o, "coldBelowC", path),
      hotIncreaseFraction: r.number(o, "hotIncreaseFraction", path, { min: 0 }),
      hotAboveC: r.number(o, "hotAboveC", path),
    };
  }
  if (kind === "table") {
    const rowsPath = childPath(path, "rows");
    const rowsValue = o.rows;
    if (!Array.isArray(rowsValue) || rowsValue.length === 0)
      r.fail(rowsPath, { en: "must be a non-empty array", ru: "должно быть непустым массивом" });
    const rows: ConsumptionTableRow[] = rowsValue.map((rv, i) => {
      const rp = childPath(rowsPath, i);
      const ro = r.object(rv, rp);
      return {
        loadFactor: r.number(ro, "loadFactor", rp, { min: 0, max: 1 }),
        incline: r.number(ro, "incline", rp, { min: -1, max: 1 }),
        speedKmh: r.number(ro, "speedKmh", rp, { min: 0 }),
        temperatureC: r.number(ro, "temperatureC", rp),
        kwhPerKm: r.number(ro, "kwhPerKm", rp),
      };
    });
    return { kind, rows };
  }
  if (kind === "physical") {
    return {
      kind,
      curbMassKg: r.number(o, "curbMassKg", path, { positive: true }),
      passengerCapacity: r.number(o, "passengerCapacity", path, { min: 0 }),
      passengerMassKg: r.number(o, "passengerMassKg", path, { min: 0 }),
      dragCoefficient: r.number(o, "dragCoefficient", path, { min: 0 }),
      frontalAreaM2: r.number(o, "frontalAreaM2", path, { min: 0 }),
      rollingResistance: r.number(o, "rollingResistance", path, { min: 0 }),
      drivetrainEfficiency: r.number(o, "drivetrainEfficiency", path, { positive: true, max: 1 }),
      regenerationFraction: r.number(o, "regenerationFraction", path, { min: 0, max: 1 }),
      auxiliaryKw: r.number(o, "auxiliaryKw", path, { min: 0 }),
      heatingKw: r.number(o, "heatingKw", path, { min: 0 }),
      heatingBelowC: r.number(o, "heatingBelowC", path),
      coolingKw: r.number(o, "coolingKw", path, { min: 0 }),
      coolingAboveC: r.number(o, "coolingAboveC", path),
      stopsPerKm: r.number(o, "stopsPerKm", path, { min: 0 }),
      cruiseSpeedKmh: r.number(o, "cruiseSpeedKmh", path, { positive: true }),
      airDensityKgPerM3: r.number(o, "airDensityKgPerM3", path, { positive: true }),
      hvacKwByTemperatureC: readHvacCurve(r, o, path),
      dieselHeater: readDieselHeater(r, o, path),
    };
  }
  return r.fail(childPath(path, "kind"), {
    en: 'must be "fixed", "table" or "physical"',
    ru: 'должно быть "fixed", "table" или "physical"',
  });
}

/** [°C, kW] points of heating/cooling power, °C strictly increasing, kW not negative. */
function readHvacCurve(r: ScenarioReader, o: JsonObject, path: string): [number, number][] | null {
  const p = childPath(path, "hvacKwByTemperatureC");
  const v = o.hvacKwByTemperatureC;
  if (v === undefined || v === null) return null;
  return readRisingCurve(r, v, p, {
    what: "°C",
    checkX: (x) =>
      x < -60 || x > 60
        ? {
            en: `temperature must be between -60 and 60 °C (got ${x})`,
            ru: `температура должна быть от -60 до 60 °C (указано ${x})`,
          }
        : null,
    rising: (x, before) => ({
      en: `temperatures must be increasing (${x} after ${before})`,
      ru: `температуры должны возрастать (${x} после ${before})`,
    }),
  });
}

/**
 * A curve given as [x, kW] points: at least two, each a pair of numbers with x in range
 * and power not negative, x rising from point to point. Each problem names its point.
 */
function readRisingCurve(
  r: ScenarioReader,
  v: JsonValue | undefined,
  p: string,
  rules: {
    what: string;
    checkX: (x: number) => PlannerProblem | null;
    rising: (x: number, before: number) => PlannerProblem;
  },
): [number, number][] {
  if (!Array.isArray(v) || v.length < 2)
    return r.fail(p, {
      en: `must list at least two [${rules.what}, kW] points`,
      ru: `должно содержать не меньше двух точек [${rules.what}, кВт]`,
    });
  const points = v.map((pt, i): [number, number] => {
    const pp = childPath(p, i);
    if (
      !Array.isArray(pt) ||
      pt.length !== 2 ||
      typeof pt[0] !== "number" ||
      typeof pt[1] !== "number"
    )
      return r.fail(pp, {
        en: `must be a [${rules.what}, kW] pair of numbers`,
        ru: `должно быть парой чисел [${rules.what}, кВт]`,
      });
    const xProblem = rules.checkX(pt[0]);
    if (xProblem) r.fail(pp, xProblem);
    if (pt[1] < 0)
      r.fail(pp, {
        en: `power must not be negative (got ${pt[1]})`,
        ru: `мощность не может быть отрицательной (указано ${pt[1]})`,
      });
    return [pt[0], pt[1]];
  });
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1];
    const point = points[i];
    if (before !== undefined && point !== undefined && !(point[0] > before[0]))
      r.fail(childPath(p, i), rules.rising(point[0], before[0]));
  }
  return points;
}

function readDieselHeater(
  r: ScenarioReader,
  o: JsonObject,
  path: string,
): { belowC: number; litresPerHour: number } | null {
  if (o.dieselHeater === undefined || o.dieselHeater === null) return null;
  const p = childPath(path, "dieselHeater");
  const h = r.object(o.dieselHeater, p, ["belowC", "litresPerHour"]);
  return {
    belowC: r.number(h, "belowC", p, { min: -60, max: 60 }),
    litresPerHour: r.number(h, "litresPerHour", p, { min: 0 }),
  };
}

function readFuel(r: ScenarioReader, value: JsonValue | undefined, path: string): FuelModel {
  const o = r.object(value, path);
  return {
    basePer100Km: r.number(o, "basePer100Km", path, { positive: true }),
    winterIncreasePercent: r.number(o, "winterIncreasePercent", path, { min: 0 }),
    winterBelowC: r.number(o, "winterBelowC", path),
    heaterPerHour: r.number(o, "heaterPerHour", path, { min: 0 }),
    heaterBelowC: r.number(o, "heaterBelowC", path),
    kwhPerUnit: r.number(o, "kwhPerUnit", path, { positive: true }),
  };
}

function readChargingCurve(r: ScenarioReader, o: JsonObject, path: string): [number, number][] {
  return readRisingCurve(r, o.chargingCurve, childPath(path, "chargingCurve"), {
    what: "SoC",
    checkX: (soc) =>
      soc < 0 || soc > 1
        ? {
            en: `SoC must be between 0 and 1 (got ${soc})`,
            ru: `SoC должен быть от 0 до 1 (указано ${soc})`,
          }
        : null,
    rising: (soc, before) => ({
      en: `SoC must be increasing along the curve (${soc} after ${before})`,
      ru: `SoC должен возрастать вдоль кривой (${soc} после ${before})`,
    }),
  });
}

function readVehicleType(
  r: ScenarioReader,
  value: JsonValue | undefined,
  path: string,
): VehicleType {
  const o = r.object(value, path);
  const common = {
    name: typeof o.name === "string" ? o.name : path,
    capexPerVehicle: r.number(o, "capexPerVehicle", path, { min: 0 }),
    lifetimeYears: r.number(o, "lifetimeYears", path, { positive: true }),
    maintenancePerKm: r.number(o, "maintenancePerKm", path, { min: 0 }),
    noxGPerKm: r.number(o, "noxGPerKm", path, { min: 0 }),
  };
  const technology = o.technology;
  if (technology === "battery-electric") {
    const socMin = r.number(o, "socMin", path, { min: 0, max: 1 });
    const socMax = r.number(o, "socMax", path, { min: 0, max: 1 });
    if (!(socMax > socMin))
      r.fail(childPath(path, "socMax"), {
        en: `must be above socMin (${socMin})`,
        ru: `должно быть больше socMin (${socMin})`,
      });
    const chargeAtPath = childPath(path, "chargeAt");
    const chargeAtValue = o.chargeAt;
    if (!Array.isArray(chargeAtValue))
      r.fail(chargeAtPath, {
        en: 'must be an array of "depot" / "opportunity"',
        ru: 'должно быть массивом из "depot" / "opportunity"',
      });
    const chargeAt = chargeAtValue.map((c, i) => {
      if (c !== "depot" && c !== "opportunity")
        return r.fail(childPath(chargeAtPath, i), {
          en: 'must be "depot" or "opportunity"',
          ru: 'должно быть "depot" или "opportunity"',
        });
      return c;
    });
    const vt: BatteryVehicleType = {
      ...common,
      technology,
      batteryKwh: r.number(o, "batteryKwh", path, { positive: true }),
      socMin,
      socMax,
      reserveSoc: r.number(o, "reserveSoc", path, { min: 0, max: 1 }),
      chargingCurve: readChargingCurve(r, o, path),
      chargingEfficiency: r.number(o, "chargingEfficiency", path, { positive: true, max: 1 }),
      consumption: readConsumption(r, o.consumption, childPath(path, "consumption")),
      chargeAt,
      batteryCostPerKwh: r.number(o, "batteryCostPerKwh", path, { min: 0 }),
      batteryLifetimeYears: r.number(o, "batteryLifetimeYears", path, { positive: true }),
    };
    return vt;
  }
  if (technology === "diesel" || technology === "cng") {
    const vt: CombustionVehicleType = {
      ...common,
      technology,
      fuel: readFuel(r, o.fuel, childPath(path, "fuel")),
    };
    return vt;
  }
  return r.fail(childPath(path, "technology"), {
    en: 'must be "diesel", "cng" or "battery-electric"',
    ru: 'должно быть "diesel", "cng" или "battery-electric"',
  });
}

/** Time-of-use bands: whole hours, each hour in at most one band (docs/planner.md § Grid and tariffs). */
function readTimeOfUse(r: ScenarioReader, prices: JsonObject): TariffBand[] {
  const p = "prices.timeOfUse";
  const v = prices.timeOfUse ?? [];
  if (!Array.isArray(v))
    return r.fail(p, {
      en: "must be an array of { fromHour, toHour, perKwh } bands",
      ru: "должно быть массивом интервалов { fromHour, toHour, perKwh }",
    });
  const owner: (number | null)[] = Array.from({ length: 24 }, () => null);
  return v.map((item, i) => {
    const bp = childPath(p, i);
    const b = r.object(item, bp, ["fromHour", "toHour", "perKwh"]);
    const fromHour = r.number(b, "fromHour", bp, { min: 0, max: 23, integer: true });
    const toHour = r.number(b, "toHour", bp, { min: 1, max: 24, integer: true });
    if (toHour === fromHour)
      r.fail(childPath(bp, "toHour"), {
        en: "must differ from fromHour",
        ru: "должно отличаться от fromHour",
      });
    const perKwh = r.number(b, "perKwh", bp, { min: 0 });
    const length = (toHour - fromHour + 24) % 24 || 24;
    for (let k = 0; k < length; k++) {
      const h = (fromHour + k) % 24;
      const other = owner[h];
      if (other !== null && other !== undefined)
        r.fail(bp, {
          en: `hour ${h} is already in band ${other} (prices.timeOfUse[${other}])`,
          ru: `час ${h} уже входит в интервал ${other} (prices.timeOfUse[${other}])`,
        });
      owner[h] = i;
    }
    return { fromHour, toHour, perKwh };
  });
}

function readScenario(r: ScenarioReader, value: JsonValue): Scenario {
  const o = r.object(value, "", [
    "name",
    "currency",
    "designDays",
    "designDayByMonth",
    "passengerLoadByHour",
    "vehicleTypes",
    "stations",
    "depot",
    "prices",
    "emissions",
    "operation",
    "sensitivity",
    "routeGradients",
  ]);
  const designDaysObj = r.object(o.designDays, "designDays");
  const designDays: Record<string, DesignDay> = {};
  for (const [id, dv] of Object.entries(designDaysObj)) {
    const p = childPath("designDays", id);
    const d = r.object(dv, p);
    designDays[id] = {
      temperatureByHourC: r.numberArray(d, "temperatureByHourC", p, 24, { min: -60, max: 60 }),
      daysPerYear: r.number(d, "daysPerYear", p, { min: 0, max: 366 }),
    };
  }
  if (Object.keys(designDays).length === 0)
    r.fail("designDays", {
      en: "must define at least one design day",
      ru: "нужен хотя бы один расчётный день",
    });
  const byMonth = o.designDayByMonth;
  if (!Array.isArray(byMonth) || byMonth.length !== 12)
    r.fail("designDayByMonth", {
      en: "must be an array of 12 design day ids, January first",
      ru: "должно быть массивом из 12 идентификаторов расчётных дней, начиная с января",
    });
  const designDayByMonth = byMonth.map((id, m) => {
    if (typeof id !== "string" || designDays[id] === undefined)
      r.fail(`designDayByMonth[${m}]`, {
        en: `must be one of the design days (${Object.keys(designDays).join(", ")}), got ${JSON.stringify(id)}`,
        ru: `должно быть одним из расчётных дней (${Object.keys(designDays).join(", ")}), указано ${JSON.stringify(id)}`,
      });
    return id;
  });

  const vtObj = r.object(o.vehicleTypes, "vehicleTypes");
  const vehicleTypes: Record<string, VehicleType> = {};
  for (const [id, v] of Object.entries(vtObj))
    vehicleTypes[id] = readVehicleType(r, v, childPath("vehicleTypes", id));
  if (Object.keys(vehicleTypes).length === 0)
    r.fail("vehicleTypes", {
      en: "must define at least one vehicle type",
      ru: "нужен хотя бы один тип подвижного состава",
    });

  const stationsObj = r.object(o.stations ?? {}, "stations");
  const stations: Record<string, ChargingStation> = {};
  for (const [id, sv] of Object.entries(stationsObj)) {
    const p = childPath("stations", id);
    const s = r.object(sv, p);
    const kind = s.kind;
    if (kind !== "depot" && kind !== "opportunity")
      r.fail(childPath(p, "kind"), {
        en: 'must be "depot" or "opportunity"',
        ru: 'должно быть "depot" или "opportunity"',
      });
    const byType: Record<string, number> = {};
    if (s.powerKwByVehicleType !== undefined) {
      const bp = childPath(p, "powerKwByVehicleType");
      const bo = r.object(s.powerKwByVehicleType, bp);
      for (const key of Object.keys(bo)) byType[key] = r.number(bo, key, bp, { positive: true });
    }
    const powerKw = r.number(s, "powerKw", p, { positive: true });
    stations[id] = {
      kind,
      powerKw,
      count: r.nullableCount(s, "count", p),
      powerKwByVehicleType: byType,
      gridLimitKw: r.gridLimit(s, p, Math.max(powerKw, ...Object.values(byType))),
    };
  }

  const keysOf = (x: object): string[] => Object.keys(x);
  const defaults = defaultScenario();
  const depot = r.object(o.depot, "depot", keysOf(defaults.depot));
  const prices = r.object(o.prices, "prices", keysOf(defaults.prices));
  const emissions = r.object(o.emissions, "emissions", keysOf(defaults.emissions));
  const operation = r.object(o.operation, "operation", keysOf(defaults.operation));
  const deadhead = r.object(
    operation.deadhead,
    "operation.deadhead",
    keysOf(defaults.operation.deadhead),
  );
  const pullOut = r.object(
    operation.pullOut,
    "operation.pullOut",
    keysOf(defaults.operation.pullOut),
  );
  const depotLocation =
    pullOut.depotLocation === undefined || pullOut.depotLocation === null
      ? null
      : r.object(pullOut.depotLocation, "operation.pullOut.depotLocation", ["lat", "lon"]);
  const sensitivity = r.object(o.sensitivity, "sensitivity", keysOf(defaults.sensitivity));
  const depotPowerKw = r.number(depot, "powerKw", "depot", { positive: true });
  return {
    name: r.string(o, "name", ""),
    currency: r.string(o, "currency", ""),
    designDays,
    designDayByMonth,
    passengerLoadByHour: r.numberArray(o, "passengerLoadByHour", "", 24, { min: 0, max: 1 }),
    vehicleTypes,
    stations,
    depot: {
      powerKw: depotPowerKw,
      count: r.nullableCount(depot, "count", "depot"),
      gridLimitKw: r.gridLimit(depot, "depot", depotPowerKw),
    },
    prices: {
      electricityPerKwh: r.number(prices, "electricityPerKwh", "prices", { min: 0 }),
      dieselPerLitre: r.number(prices, "dieselPerLitre", "prices", { min: 0 }),
      gasPerM3: r.number(prices, "gasPerM3", "prices", { min: 0 }),
      depotChargerPerKw: r.number(prices, "depotChargerPerKw", "prices", { min: 0 }),
      opportunityChargerPerKw: r.number(prices, "opportunityChargerPerKw", "prices", { min: 0 }),
      chargerLifetimeYears: r.number(prices, "chargerLifetimeYears", "prices", { positive: true }),
      chargerMaintenanceFractionPerYear: r.number(
        prices,
        "chargerMaintenanceFractionPerYear",
        "prices",
        { min: 0 },
      ),
      discountRate: r.number(prices, "discountRate", "prices", { min: 0, max: 1 }),
      horizonYears: r.number(prices, "horizonYears", "prices", { min: 1, max: 100, integer: true }),
      timeOfUse: readTimeOfUse(r, prices),
      gridConnectionPerKw: r.number(prices, "gridConnectionPerKw", "prices", { min: 0 }),
      gridConnectionLifetimeYears: r.number(prices, "gridConnectionLifetimeYears", "prices", {
        positive: true,
      }),
      demandChargePerKwMonth: r.number(prices, "demandChargePerKwMonth", "prices", { min: 0 }),
      cngStationCapex: r.number(prices, "cngStationCapex", "prices", { min: 0 }),
      cngStationLifetimeYears: r.number(prices, "cngStationLifetimeYears", "prices", {
        positive: true,
      }),
      cngStationRunningPerYear: r.number(prices, "cngStationRunningPerYear", "prices", { min: 0 }),
    },
    emissions: {
      dieselKgCo2PerLitre: r.number(emissions, "dieselKgCo2PerLitre", "emissions", { min: 0 }),
      gasKgCo2PerM3: r.number(emissions, "gasKgCo2PerM3", "emissions", { min: 0 }),
      gridKgCo2PerKwh: r.number(emissions, "gridKgCo2PerKwh", "emissions", { min: 0 }),
    },
    operation: {
      minLayoverMin: r.number(operation, "minLayoverMin", "operation", { min: 0 }),
      deadhead: {
        enabled: r.boolean(deadhead, "enabled", "operation.deadhead"),
        speedKmh: r.number(deadhead, "speedKmh", "operation.deadhead", { positive: true }),
        maxDistanceKm: r.number(deadhead, "maxDistanceKm", "operation.deadhead", { min: 0 }),
        detourFactor: r.number(deadhead, "detourFactor", "operation.deadhead", { min: 1 }),
      },
      pullOut: {
        enabled: r.boolean(pullOut, "enabled", "operation.pullOut"),
        depotLocation:
          depotLocation === null
            ? null
            : {
                lat: r.number(depotLocation, "lat", "operation.pullOut.depotLocation", {
                  min: -90,
                  max: 90,
                }),
                lon: r.number(depotLocation, "lon", "operation.pullOut.depotLocation", {
                  min: -180,
                  max: 180,
                }),
              },
        distanceKm: r.number(pullOut, "distanceKm", "operation.pullOut", { min: 0, max: 200 }),
      },
      spareFraction: r.number(operation, "spareFraction", "operation", { min: 0, max: 1 }),
      chargingStepS: r.number(operation, "chargingStepS", "operation", { min: 1, max: 900 }),
      tripAveraging: r.oneOf(operation, "tripAveraging", "operation", TRIP_AVERAGING_METHODS),
      depotCharging: r.oneOf(operation, "depotCharging", "operation", ["greedy", "balanced"]),
    },
    sensitivity: {
      electricityPriceMultipliers: r.numberArray(
        sensitivity,
        "electricityPriceMultipliers",
        "sensitivity",
        undefined,
        { min: 0 },
      ),
      winterTemperatureShiftsC: r.numberArray(
        sensitivity,
        "winterTemperatureShiftsC",
        "sensitivity",
        undefined,
        { min: -60, max: 60 },
      ),
    },
    routeGradients: readRouteGradients(r, o.routeGradients),
  };
}

/**
 * Most a trip may climb (or descend), metres. Assumption: about twice the rise of the
 * highest city networks' longest climbs; more is a typo (centimetres, or a height above sea
 * level instead of a climb).
 */
export const MAX_ROUTE_CLIMB_M = 2000;

/** The scenario's `routeGradients` (docs/planner.md § Gradient). */
function readRouteGradients(r: ScenarioReader, value: JsonValue | undefined): RouteGradient[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    return r.fail("routeGradients", {
      en: "must be an array of { routeId, directionId, climbM, descentM }",
      ru: "должно быть массивом из { routeId, directionId, climbM, descentM }",
    });
  const out: RouteGradient[] = [];
  /** Which entry already covers a route and direction ("null" = both), to refuse a second. */
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const p = childPath("routeGradients", i);
    const e = r.object(item, p, ["routeId", "directionId", "climbM", "descentM"]);
    const routeId = r.string(e, "routeId", p);
    let directionId: 0 | 1 | null = null;
    if (e.directionId !== undefined && e.directionId !== null) {
      if (e.directionId !== 0 && e.directionId !== 1)
        r.fail(childPath(p, "directionId"), {
          en: `must be 0 or 1, the GTFS direction_id (got ${JSON.stringify(e.directionId)}); leave it out for both directions`,
          ru: `должно быть 0 или 1, как direction_id в GTFS (указано ${JSON.stringify(e.directionId)}); для обоих направлений не указывайте его`,
        });
      directionId = e.directionId;
    }
    const climbM = r.number(e, "climbM", p, { min: 0, max: MAX_ROUTE_CLIMB_M });
    const descentM =
      e.descentM === undefined || e.descentM === null
        ? directionId === null
          ? climbM
          : 0
        : r.number(e, "descentM", p, { min: 0, max: MAX_ROUTE_CLIMB_M });
    const keys =
      directionId === null
        ? [`${routeId}\u0000null`, `${routeId}\u00000`, `${routeId}\u00001`]
        : [`${routeId}\u0000null`, `${routeId}\u0000${directionId}`];
    for (const key of keys) {
      const before = seen.get(key);
      if (before !== undefined)
        r.fail(childPath(p, "routeId"), {
          en: `route "${routeId}" ${directionId === null ? "" : `direction ${directionId} `}already has a gradient in routeGradients[${before}]`,
          ru: `у маршрута "${routeId}" ${directionId === null ? "" : `в направлении ${directionId} `}уже есть уклон в routeGradients[${before}]`,
        });
    }
    seen.set(`${routeId}\u0000${directionId === null ? "null" : directionId}`, i);
    out.push({ routeId, directionId, climbM, descentM });
  });
  return out;
}

/**
 * Builds a validated scenario: `base` (the defaults, or defaults merged with SimBA inputs)
 * overridden by the user's scenario JSON text. Throws PlannerInputError naming the file,
 * line and field of the first problem.
 */
export function parseScenario(text: string | null, fileName: string, base?: Scenario): Scenario {
  return parseScenarioWithLines(text, fileName, base).scenario;
}

/**
 * parseScenario, and where each field of the file is: `lineOf("routeGradients[2].routeId")`
 * is its line, or null (a default, or no file), for problems found later against the feed.
 */
export function parseScenarioWithLines(
  text: string | null,
  fileName: string,
  base?: Scenario,
): { scenario: Scenario; lineOf: (field: string) => number | null } {
  let merged = scenarioToJson(base ?? defaultScenario());
  let lines = new Map<string, number>();
  if (text !== null) {
    const parsed = parseJsonWithLines(text, fileName);
    if (!isJsonObject(parsed.value)) {
      throw new PlannerInputError(
        { file: fileName, line: 1 },
        { en: "scenario must be a JSON object", ru: "сценарий должен быть объектом JSON" },
      );
    }
    lines = parsed.lines;
    // `"preset": "ru-2025"` starts from that preset instead of the European defaults.
    const { preset, ...override } = parsed.value;
    if (preset !== undefined) {
      const where = { file: fileName, line: lines.get("preset") ?? null, field: "preset" };
      const id = SCENARIO_PRESET_IDS.find((p) => p === preset);
      if (id === undefined)
        throw new PlannerInputError(where, {
          en: `must be one of ${SCENARIO_PRESET_IDS.map((p) => `"${p}"`).join(", ")}`,
          ru: `должно быть одним из значений: ${SCENARIO_PRESET_IDS.map((p) => `"${p}"`).join(", ")}`,
        });
      if (base !== undefined)
        throw new PlannerInputError(where, {
          en: "a preset cannot be combined with SimBA inputs (they bring their own costs)",
          ru: "пресет нельзя сочетать с входными данными SimBA (в них свои затраты)",
        });
      merged = scenarioToJson(SCENARIO_PRESETS[id]());
    }
    merged = mergeJson(merged, override);
    // A scenario that keeps a single design day and says nothing of months has that day all
    // year (a scenario written before `designDayByMonth` existed still reads as it did).
    if (parsed.value.designDayByMonth === undefined && isJsonObject(merged)) {
      const remaining = isJsonObject(merged.designDays) ? Object.keys(merged.designDays) : [];
      if (remaining.length === 1)
        merged = { ...merged, designDayByMonth: Array.from({ length: 12 }, () => remaining[0]!) };
    }
    // A scenario file without its own name is called by its file name ("sochi.json" is
    // "sochi"; a saved scenario's runs pass "<its name>.json"), never "default".
    if (parsed.value.name === undefined && isJsonObject(merged))
      merged = { ...merged, name: path.basename(fileName).replace(/\.json$/i, "") };
  }
  const scenario = readScenario(new ScenarioReader(fileName, lines), merged);
  return { scenario, lineOf: (field) => lines.get(field) ?? null };
}

/** Validates a merged scenario JSON value (no line numbers available). */
export function scenarioFromJson(value: JsonValue, fileName: string): Scenario {
  return readScenario(new ScenarioReader(fileName, new Map()), value);
}

/** Validates an already-built scenario object (e.g. from an API body). */
export function validateScenarioObject(value: unknown, fileName = "scenario"): Scenario {
  return parseScenario(JSON.stringify(value), fileName);
}
