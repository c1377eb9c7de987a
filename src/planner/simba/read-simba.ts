import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  fleetFinding,
  overlapFinding,
  speedFindings,
  vehicleChains,
} from "../quality/check-timetable.js";
import { FindingList } from "../quality/findings.js";
import { tripLeg } from "../schedule/build-blocks.js";
import { PlannerInputError, type PlannerProblem } from "../errors.js";
import { CsvColumns, fieldAt, readCsvText } from "../io/csv.js";
import { isJsonObject, parseJsonWithLines, type JsonValue } from "../io/json-with-lines.js";
import { defaultScenario } from "../scenario/defaults.js";
import type { Scenario } from "../scenario/types.js";
import { mergeJson, scenarioFromJson, scenarioToJson } from "../scenario/validate.js";
import type { Block, Timetable, TimetableTrip } from "../timetable.js";

type JsonObject = { [key: string]: JsonValue };

/** A SimBA scenario turned into the planner's timetable and scenario. */
export interface SimbaInputs {
  timetable: Timetable;
  /** Defaults overridden by SimBA's vehicle types, stations, profiles and costs. */
  scenario: Scenario;
  /** The files actually read, by cfg key. */
  files: Record<string, string>;
}

/** `key = value` lines of a SimBA .cfg, with the line of each key. */
export function parseSimbaCfg(text: string): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const eq = line.indexOf("=");
    if (eq < 0) return;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const hash = value.search(/\s#/);
    if (hash >= 0) value = value.slice(0, hash).trim();
    if (/^".*"$/.test(value) || /^'.*'$/.test(value)) value = value.slice(1, -1);
    out.set(key, { value, line: i + 1 });
  });
  return out;
}

/**
 * Resolves a path written in a SimBA file relative to that file's folder. SimBA's own example
 * paths (data/examples/...) are relative to its repository, so when that path does not exist
 * the file's base name in the same folder is tried, which is how the example is shipped here.
 */
function resolveInput(
  p: string,
  baseDir: string,
  where: { file: string; line: number | null; field: string },
): string {
  const candidates = [path.resolve(baseDir, p), path.join(baseDir, path.basename(p))];
  for (const c of candidates) if (existsSync(c)) return c;
  throw new PlannerInputError(where, {
    en: `file not found (tried ${candidates.join(", ")})`,
    ru: `файл не найден (проверены: ${candidates.join(", ")})`,
  });
}

const NOT_A_NUMBER: PlannerProblem = { en: "not a number", ru: "не число" };

const notNumberText = (text: string): PlannerProblem => ({
  en: `not a number: "${text}"`,
  ru: `не число: "${text}"`,
});

const notDateTime = (text: string): PlannerProblem => ({
  en: `not a date and time: "${text}"`,
  ru: `не дата и время: "${text}"`,
});

/** Parses "YYYY-MM-DD HH:MM:SS" (or with T) as seconds since 1970 in the schedule's local clock. */
function parseDateTimeS(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

async function readHourlyCsv(file: string, column: string): Promise<number[]> {
  const text = readFileSync(file, "utf8");
  const values = new Array<number>(24).fill(NaN);
  let c = { hour: 0, value: 0 };
  readCsvText(
    text,
    file,
    (h) => {
      const cols = new CsvColumns(file, h);
      c = { hour: cols.required("hour"), value: cols.required(column) };
    },
    (f, line) => {
      const hour = Number(fieldAt(f, c.hour));
      const v = Number(fieldAt(f, c.value));
      if (!Number.isInteger(hour) || hour < 0 || hour > 23)
        throw new PlannerInputError(
          { file, line, field: "hour" },
          {
            en: `must be 0–23 (got "${fieldAt(f, c.hour)}")`,
            ru: `должно быть от 0 до 23 (указано "${fieldAt(f, c.hour)}")`,
          },
        );
      if (!Number.isFinite(v))
        throw new PlannerInputError(
          { file, line, field: column },
          notNumberText(fieldAt(f, c.value)),
        );
      values[hour] = v;
    },
  );
  const missing = values.findIndex((v) => Number.isNaN(v));
  if (missing >= 0)
    throw new PlannerInputError(
      { file, field: "hour" },
      { en: `no value for hour ${missing}`, ru: `нет значения для часа ${missing}` },
    );
  return values;
}

function num(
  o: JsonObject,
  key: string,
  file: string,
  lines: Map<string, number>,
  pathKey: string,
  fallback?: number,
): number {
  const v = o[key];
  if (v === undefined || v === null) {
    if (fallback !== undefined) return fallback;
    throw new PlannerInputError(
      { file, line: lines.get(pathKey) ?? null, field: `${pathKey}.${key}` },
      { en: "required value is missing", ru: "нет обязательного значения" },
    );
  }
  if (typeof v !== "number")
    throw new PlannerInputError(
      { file, line: lines.get(`${pathKey}.${key}`) ?? null, field: `${pathKey}.${key}` },
      { en: "must be a number", ru: "должно быть числом" },
    );
  return v;
}

/**
 * Reads a SimBA scenario (its .cfg and the files it names: trips, vehicle types, consumption
 * table, electrified stations, station heights, temperature and load over the day, costs).
 * Each rotation becomes a block with its vehicle type `<type>_<charging type>`.
 */
export async function loadSimbaScenario(cfgPath: string): Promise<SimbaInputs> {
  let cfgText: string;
  try {
    cfgText = readFileSync(cfgPath, "utf8");
  } catch {
    throw new PlannerInputError(
      { file: cfgPath },
      { en: "SimBA config not found", ru: "конфигурация SimBA не найдена" },
    );
  }
  const cfg = parseSimbaCfg(cfgText);
  const cfgDir = path.dirname(path.resolve(cfgPath));
  const files: Record<string, string> = {};
  const inputPath = (key: string, required: boolean): string | null => {
    const entry = cfg.get(key);
    if (entry === undefined || entry.value === "" || entry.value === "null") {
      if (required)
        throw new PlannerInputError(
          { file: cfgPath, field: key },
          { en: "required setting is missing", ru: "нет обязательного параметра" },
        );
      return null;
    }
    const p = resolveInput(entry.value, cfgDir, { file: cfgPath, line: entry.line, field: key });
    files[key] = p;
    return p;
  };
  const cfgNumber = (key: string, fallback: number): number => {
    const e = cfg.get(key);
    if (e === undefined) return fallback;
    const v = Number(e.value);
    if (!Number.isFinite(v))
      throw new PlannerInputError(
        { file: cfgPath, line: e.line, field: key },
        notNumberText(e.value),
      );
    return v;
  };

  const schedulePath = inputPath("schedule_path", true)!;
  const stationsPath = inputPath("electrified_stations_path", true)!;
  const vehicleTypesPath = inputPath("vehicle_types_path", true)!;
  const stationDataPath = inputPath("station_data_path", false);
  const temperaturePath = inputPath("outside_temperature_over_day_path", false);
  const loadPath = inputPath("level_of_loading_over_day_path", false);
  const costPath = inputPath("cost_parameters_path", false);
  const preferred = cfg.get("preferred_charging_type")?.value ?? "depb";
  if (preferred !== "depb" && preferred !== "oppb") {
    throw new PlannerInputError(
      {
        file: cfgPath,
        line: cfg.get("preferred_charging_type")?.line ?? null,
        field: "preferred_charging_type",
      },
      { en: 'must be "depb" or "oppb"', ru: 'должно быть "depb" или "oppb"' },
    );
  }
  const desiredSoc = cfgNumber("desired_soc_deps", 1);
  const csPowerOpps = cfgNumber("cs_power_opps", 300);
  const csPowerDepsDepb = cfgNumber("cs_power_deps_depb", 150);
  const csPowerDepsOppb = cfgNumber("cs_power_deps_oppb", 150);
  const stepS = cfgNumber("interval", 1) * 60;

  // Vehicle types.
  const vtParsed = parseJsonWithLines(readFileSync(vehicleTypesPath, "utf8"), vehicleTypesPath);
  if (!isJsonObject(vtParsed.value))
    throw new PlannerInputError(
      { file: vehicleTypesPath, line: 1 },
      {
        en: "must be a JSON object",
        ru: "должно быть объектом JSON",
      },
    );
  const consumptionRows = new Map<string, JsonValue[]>();
  const readConsumptionCsv = async (file: string): Promise<void> => {
    if (consumptionRows.size > 0 && files.consumption === file) return;
    files.consumption = file;
    const text = readFileSync(file, "utf8");
    let c = { vt: -1, lol: 0, inc: 0, speed: 0, t: 0, kwh: 0 };
    readCsvText(
      text,
      file,
      (h) => {
        const cols = new CsvColumns(file, h);
        c = {
          vt: cols.optional("vehicle_type"),
          lol: cols.required("level_of_loading"),
          inc: cols.required("incline"),
          speed: cols.required("mean_speed_kmh"),
          t: cols.required("t_amb"),
          kwh: cols.required("consumption_kwh_per_km"),
        };
      },
      (f, line) => {
        // ~1,700 rows in SimBA's example: the five numbers without an array per row, unless
        // one is bad and the error needs to say which.
        const loadFactor = Number(fieldAt(f, c.lol));
        const incline = Number(fieldAt(f, c.inc));
        const speedKmh = Number(fieldAt(f, c.speed));
        const temperatureC = Number(fieldAt(f, c.t));
        const kwhPerKm = Number(fieldAt(f, c.kwh));
        const allFinite =
          Number.isFinite(loadFactor) &&
          Number.isFinite(incline) &&
          Number.isFinite(speedKmh) &&
          Number.isFinite(temperatureC) &&
          Number.isFinite(kwhPerKm);
        const bad = allFinite
          ? -1
          : [loadFactor, incline, speedKmh, temperatureC, kwhPerKm].findIndex(
              (v) => !Number.isFinite(v),
            );
        if (bad >= 0)
          throw new PlannerInputError(
            {
              file,
              line,
              field:
                [
                  "level_of_loading",
                  "incline",
                  "mean_speed_kmh",
                  "t_amb",
                  "consumption_kwh_per_km",
                ][bad] ?? null,
            },
            NOT_A_NUMBER,
          );
        const vt = fieldAt(f, c.vt);
        let list = consumptionRows.get(vt);
        if (list === undefined) {
          list = [];
          consumptionRows.set(vt, list);
        }
        list.push({ loadFactor, incline, speedKmh, temperatureC, kwhPerKm });
      },
    );
  };
  const vehicleTypes: JsonObject = {};
  for (const [vt, byCt] of Object.entries(vtParsed.value)) {
    if (!isJsonObject(byCt))
      throw new PlannerInputError(
        { file: vehicleTypesPath, line: vtParsed.lines.get(vt) ?? null, field: vt },
        { en: "must be an object of charging types", ru: "должно быть объектом с типами зарядки" },
      );
    for (const [ct, spec] of Object.entries(byCt)) {
      const key = `${vt}.${ct}`;
      if (!isJsonObject(spec))
        throw new PlannerInputError(
          { file: vehicleTypesPath, line: vtParsed.lines.get(key) ?? null, field: key },
          { en: "must be an object", ru: "должно быть объектом" },
        );
      const mileage = spec.mileage;
      let consumption: JsonValue;
      if (typeof mileage === "number") {
        consumption = {
          kind: "fixed",
          kwhPerKm: mileage,
          coldIncreaseFraction: 0,
          hotIncreaseFraction: 0,
        };
      } else if (typeof mileage === "string") {
        const file = resolveInput(mileage, cfgDir, {
          file: vehicleTypesPath,
          line: vtParsed.lines.get(`${key}.mileage`) ?? null,
          field: `${key}.mileage`,
        });
        await readConsumptionCsv(file);
        const rows = consumptionRows.get(vt) ?? consumptionRows.get("");
        if (rows === undefined)
          throw new PlannerInputError(
            { file, field: "vehicle_type" },
            {
              en: `no rows for vehicle type "${vt}"`,
              ru: `нет строк для типа подвижного состава "${vt}"`,
            },
          );
        consumption = { kind: "table", rows };
      } else {
        throw new PlannerInputError(
          {
            file: vehicleTypesPath,
            line: vtParsed.lines.get(`${key}.mileage`) ?? null,
            field: `${key}.mileage`,
          },
          {
            en: "must be kWh/km or the path of a consumption table",
            ru: "должно быть числом кВт·ч/км или путём к таблице расхода",
          },
        );
      }
      vehicleTypes[`${vt}_${ct}`] = {
        name: typeof spec.name === "string" ? spec.name : `${vt} ${ct}`,
        technology: "battery-electric",
        batteryKwh: num(spec, "capacity", vehicleTypesPath, vtParsed.lines, key),
        socMin: 0,
        socMax: desiredSoc,
        reserveSoc: 0,
        chargingCurve: spec.charging_curve ?? null,
        chargingEfficiency: num(
          spec,
          "battery_efficiency",
          vehicleTypesPath,
          vtParsed.lines,
          key,
          0.95,
        ),
        consumption,
        chargeAt: ct === "oppb" ? ["depot", "opportunity"] : ["depot"],
        // Costs filled from cost_params below when given; else the 12 m defaults apply.
        capexPerVehicle: 420_000,
        lifetimeYears: 14,
        maintenancePerKm: 0.35,
        noxGPerKm: 0,
        batteryCostPerKwh: 250,
        batteryLifetimeYears: 7,
      };
    }
  }

  // Electrified stations.
  const stParsed = parseJsonWithLines(readFileSync(stationsPath, "utf8"), stationsPath);
  if (!isJsonObject(stParsed.value))
    throw new PlannerInputError(
      { file: stationsPath, line: 1 },
      {
        en: "must be a JSON object",
        ru: "должно быть объектом JSON",
      },
    );
  const stations: JsonObject = {};
  for (const [id, s] of Object.entries(stParsed.value)) {
    if (!isJsonObject(s))
      throw new PlannerInputError(
        { file: stationsPath, line: stParsed.lines.get(id) ?? null, field: id },
        { en: "must be an object", ru: "должно быть объектом" },
      );
    const type = s.type;
    const count = s.n_charging_stations ?? null;
    if (type === "opps") {
      stations[id] = {
        kind: "opportunity",
        powerKw: num(s, "cs_power_opps", stationsPath, stParsed.lines, id, csPowerOpps),
        count,
      };
    } else if (type === "deps") {
      const depb = num(s, "cs_power_deps_depb", stationsPath, stParsed.lines, id, csPowerDepsDepb);
      const oppb = num(s, "cs_power_deps_oppb", stationsPath, stParsed.lines, id, csPowerDepsOppb);
      const byType: JsonObject = {};
      for (const key of Object.keys(vehicleTypes))
        byType[key] = key.endsWith("_oppb") ? oppb : depb;
      stations[id] = { kind: "depot", powerKw: depb, count, powerKwByVehicleType: byType };
    } else {
      throw new PlannerInputError(
        { file: stationsPath, line: stParsed.lines.get(`${id}.type`) ?? null, field: `${id}.type` },
        { en: 'must be "deps" or "opps"', ru: 'должно быть "deps" или "opps"' },
      );
    }
  }

  // Station heights.
  const elevation = new Map<string, number>();
  if (stationDataPath !== null) {
    let c = { name: 0, elev: 0 };
    readCsvText(
      readFileSync(stationDataPath, "utf8"),
      stationDataPath,
      (h) => {
        const cols = new CsvColumns(stationDataPath, h);
        c = { name: cols.required("Endhaltestelle"), elev: cols.required("elevation") };
      },
      (f, line) => {
        const v = Number(fieldAt(f, c.elev));
        if (!Number.isFinite(v))
          throw new PlannerInputError(
            { file: stationDataPath, line, field: "elevation" },
            NOT_A_NUMBER,
          );
        elevation.set(fieldAt(f, c.name), v);
      },
    );
  }

  // Trips and rotations.
  const trips: TimetableTrip[] = [];
  const rotations = new Map<
    string,
    { vehicleType: string; chargingType: string | null; trips: number[] }
  >();
  const tripTimes: { dep: number; arr: number }[] = [];
  {
    const text = readFileSync(schedulePath, "utf8");
    let c = {
      rot: 0,
      dep: 0,
      depName: 0,
      arr: 0,
      arrName: 0,
      dist: 0,
      vt: 0,
      line: -1,
      temp: -1,
      lol: -1,
      ct: -1,
    };
    readCsvText(
      text,
      schedulePath,
      (h) => {
        const cols = new CsvColumns(schedulePath, h);
        c = {
          rot: cols.required("rotation_id"),
          dep: cols.required("departure_time"),
          depName: cols.required("departure_name"),
          arr: cols.required("arrival_time"),
          arrName: cols.required("arrival_name"),
          dist: cols.required("distance"),
          vt: cols.required("vehicle_type"),
          line: cols.optional("line"),
          temp: cols.optional("temperature"),
          lol: cols.optional("level_of_loading"),
          ct: cols.optional("charging_type"),
        };
      },
      (f, line) => {
        const dep = parseDateTimeS(fieldAt(f, c.dep));
        if (dep === null)
          throw new PlannerInputError(
            { file: schedulePath, line, field: "departure_time" },
            notDateTime(fieldAt(f, c.dep)),
          );
        const arr = parseDateTimeS(fieldAt(f, c.arr));
        if (arr === null)
          throw new PlannerInputError(
            { file: schedulePath, line, field: "arrival_time" },
            notDateTime(fieldAt(f, c.arr)),
          );
        if (arr < dep)
          throw new PlannerInputError(
            { file: schedulePath, line, field: "arrival_time" },
            { en: "arrives before it departs", ru: "время прибытия раньше времени отправления" },
          );
        const distanceM = Number(fieldAt(f, c.dist));
        if (!(distanceM >= 0))
          throw new PlannerInputError(
            { file: schedulePath, line, field: "distance" },
            {
              en: `must be a distance in metres (got "${fieldAt(f, c.dist)}")`,
              ru: `должно быть расстоянием в метрах (указано "${fieldAt(f, c.dist)}")`,
            },
          );
        const vt = fieldAt(f, c.vt);
        const ct = fieldAt(f, c.ct);
        if (ct !== "" && ct !== "depb" && ct !== "oppb")
          throw new PlannerInputError(
            { file: schedulePath, line, field: "charging_type" },
            { en: 'must be "depb", "oppb" or empty', ru: 'должно быть "depb", "oppb" или пусто' },
          );
        const tempText = fieldAt(f, c.temp);
        const lolText = fieldAt(f, c.lol);
        const temperatureC = tempText === "" ? null : Number(tempText);
        if (temperatureC !== null && !Number.isFinite(temperatureC))
          throw new PlannerInputError(
            { file: schedulePath, line, field: "temperature" },
            NOT_A_NUMBER,
          );
        const lol = lolText === "" ? null : Number(lolText);
        if (lol !== null && !Number.isFinite(lol))
          throw new PlannerInputError(
            { file: schedulePath, line, field: "level_of_loading" },
            NOT_A_NUMBER,
          );
        const rotationId = fieldAt(f, c.rot);
        const from = fieldAt(f, c.depName);
        const to = fieldAt(f, c.arrName);
        let rot = rotations.get(rotationId);
        if (rot === undefined) {
          rot = { vehicleType: vt, chargingType: null, trips: [] };
          rotations.set(rotationId, rot);
        }
        if (ct !== "") {
          if (rot.chargingType !== null && rot.chargingType !== ct)
            throw new PlannerInputError(
              { file: schedulePath, line, field: "charging_type" },
              {
                en: `rotation ${rotationId} mixes charging types`,
                ru: `в обороте ${rotationId} смешаны типы зарядки`,
              },
            );
          rot.chargingType = ct;
        }
        rot.trips.push(trips.length);
        tripTimes.push({ dep, arr });
        const heightDiffM = (elevation.get(to) ?? 0) - (elevation.get(from) ?? 0);
        trips.push({
          id: `${rotationId}-${rot.trips.length}`,
          routeId: fieldAt(f, c.line),
          departureS: 0,
          arrivalS: 0,
          fromStopId: from,
          toStopId: to,
          distanceKm: distanceM / 1000,
          heightDiffM,
          // SimBA knows the two ends only: what lies between is taken as one even slope.
          climbM: Math.max(0, heightDiffM),
          descentM: Math.max(0, -heightDiffM),
          temperatureC,
          // SimBA clips the level of loading to [0, 1].
          loadFactor: lol === null ? null : Math.max(0, Math.min(1, lol)),
          feedBlockId: rotationId,
          source: { file: schedulePath, line },
        });
      },
    );
  }
  if (trips.length === 0)
    throw new PlannerInputError(
      { file: schedulePath },
      { en: "no trips", ru: "нет ни одного рейса" },
    );
  const firstDep = Math.min(...tripTimes.map((t) => t.dep));
  const dayZero = Math.floor(firstDep / 86400) * 86400;
  trips.forEach((t, i) => {
    t.departureS = tripTimes[i]!.dep - dayZero;
    t.arrivalS = tripTimes[i]!.arr - dayZero;
  });
  const blocks: Block[] = [];
  const serviceDates = new Set<number>();
  const quality = new FindingList();
  for (const [id, rot] of rotations) {
    const ct = rot.chargingType ?? preferred;
    const typeId = `${rot.vehicleType}_${ct}`;
    if (vehicleTypes[typeId] === undefined)
      throw new PlannerInputError(
        { file: schedulePath, field: "vehicle_type" },
        {
          en: `rotation ${id}: vehicle type ${rot.vehicleType} with charging type ${ct} is not in ${vehicleTypesPath}`,
          ru: `оборот ${id}: типа подвижного состава ${rot.vehicleType} с типом зарядки ${ct} нет в ${vehicleTypesPath}`,
        },
      );
    // A rotation whose trips overlap cannot be one bus: the fewest vehicles that run them.
    const chains = vehicleChains(rot.trips, trips);
    if (chains.length > 1) quality.add(overlapFinding(id, chains, trips));
    chains.forEach((ordered, k) => {
      serviceDates.add(Math.floor(trips[ordered[0]!]!.departureS / 86400));
      blocks.push({
        id: k === 0 ? id : `${id}/${k + 1}`,
        vehicleTypeId: typeId,
        legs: ordered.map((ti) => tripLeg(ti, trips[ti]!)),
      });
    });
  }
  for (const f of speedFindings(trips)) quality.add(f);
  const fleet = fleetFinding(blocks, trips, serviceDates.size, "simba-rotations");
  if (fleet !== null) quality.add(fleet);
  blocks.sort((a, b) => (a.legs[0]?.departureS ?? 0) - (b.legs[0]?.departureS ?? 0));

  // Scenario: defaults ← SimBA inputs.
  const override: JsonObject = {
    name: cfg.get("scenario_name")?.value ?? path.basename(cfgPath),
    vehicleTypes: { "beb-12m": null, ...vehicleTypes },
    stations,
    // SimBA's own averaging of the hourly profiles over a trip, so that its figures are
    // reproduced (energy/hourly-mean.ts); a scenario file may ask for "time-weighted".
    operation: { chargingStepS: stepS, tripAveraging: "simba-b08b829" },
  };
  if (temperaturePath !== null) {
    override.designDays = {
      winter: null,
      summer: null,
      simba: {
        temperatureByHourC: await readHourlyCsv(temperaturePath, "temperature"),
        daysPerYear: 365,
      },
    };
    override.designDayByMonth = Array.from({ length: 12 }, () => "simba");
  }
  if (loadPath !== null)
    override.passengerLoadByHour = await readHourlyCsv(loadPath, "level_of_loading");
  if (costPath !== null)
    applyCostParams(
      override,
      vehicleTypes,
      parseJsonWithLines(readFileSync(costPath, "utf8"), costPath).value,
      cfg.get("default_voltage_level")?.value ?? "MV",
    );
  const scenario = scenarioFromJson(
    mergeJson(scenarioToJson(defaultScenario()), override),
    cfgPath,
  );

  const stops: Timetable["stops"] = {};
  for (const t of trips) {
    stops[t.fromStopId] ??= { name: t.fromStopId, lat: NaN, lon: NaN };
    stops[t.toStopId] ??= { name: t.toStopId, lat: NaN, lon: NaN };
  }
  const date = new Date(dayZero * 1000).toISOString().slice(0, 10);
  return {
    timetable: {
      source: path.resolve(cfgPath),
      serviceDate: date,
      serviceDays: Math.max(1, serviceDates.size),
      trips,
      blocks,
      blockMethod: "simba-rotations",
      stops,
      distanceSources: { shapeDistTraveled: 0, shape: 0, stops: 0, given: trips.length },
      warnings: [],
      elevationFile: stationDataPath,
      quality: quality.result(),
    },
    scenario,
    files,
  };
}

/** Takes vehicle, battery and charger costs and the per-kWh electricity price from SimBA's cost_params.json. */
function applyCostParams(
  override: JsonObject,
  vehicleTypes: JsonObject,
  costs: JsonValue,
  voltageLevel: string,
): void {
  if (!isJsonObject(costs)) return;
  const get = (o: JsonValue | undefined, ...keys: string[]): JsonValue | undefined => {
    let cur = o;
    for (const k of keys) cur = isJsonObject(cur) ? cur[k] : undefined;
    return cur;
  };
  const n = (v: JsonValue | undefined): number | null => (typeof v === "number" ? v : null);
  for (const [id, vt] of Object.entries(vehicleTypes)) {
    if (!isJsonObject(vt)) continue;
    const capex = n(get(costs, "vehicles", id, "capex"));
    const maint = n(get(costs, "vehicles", id, "c_maint_per_km"));
    const life = n(get(costs, "vehicles", id, "lifetime"));
    const battery = n(get(costs, "batteries", "cost_per_kWh"));
    const batteryLife = n(get(costs, "batteries", "lifetime_battery"));
    if (capex !== null) vt.capexPerVehicle = capex;
    if (maint !== null) vt.maintenancePerKm = maint;
    if (life !== null) vt.lifetimeYears = life;
    if (battery !== null) vt.batteryCostPerKwh = battery;
    if (batteryLife !== null) vt.batteryLifetimeYears = batteryLife;
  }
  const prices: JsonObject = {};
  const opp = n(get(costs, "cs", "capex_opps_per_kW"));
  const dep = n(get(costs, "cs", "capex_deps_per_kW"));
  const csLife = n(get(costs, "cs", "lifetime_cs"));
  const csMaint = n(get(costs, "cs", "c_maint_cs_per_year"));
  if (opp !== null) prices.opportunityChargerPerKw = opp;
  if (dep !== null) prices.depotChargerPerKw = dep;
  if (csLife !== null) prices.chargerLifetimeYears = csLife;
  if (csMaint !== null) prices.chargerMaintenanceFractionPerYear = csMaint;
  // Per-kWh parts of the default grid operator's tariff, ct/kWh (ex VAT).
  const op = get(costs, "default_grid_operator");
  const procurement = n(get(op, "power_procurement", "charge"));
  const levies = get(op, "levies");
  const leviesSum = isJsonObject(levies)
    ? Object.values(levies).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0)
    : 0;
  const concession = n(get(op, "concession_fee", "charge")) ?? 0;
  const tax = n(get(op, "taxes", "tax_on_electricity")) ?? 0;
  const commodity =
    n(get(op, "grid_fee", "RLM", "<2500_h/a", "commodity_charge_ct/kWh", voltageLevel)) ?? 0;
  if (procurement !== null)
    prices.electricityPerKwh = (procurement + leviesSum + concession + tax + commodity) / 100;
  override.prices = prices;
}
