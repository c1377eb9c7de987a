import { PlannerInputError, type PlannerProblem } from "../errors.js";
import { greatCircleKm } from "../geo.js";
import { readCsvByteStream } from "../io/csv-bytes.js";
import { CsvColumns, fieldAt, readCsvStream } from "../io/csv.js";
import type { ProgressReporter } from "../progress.js";
import { FindingList, ruDecimal, type DataQuality } from "../quality/findings.js";
import {
  checkShapeDistTraveled,
  projectStopsOnShape,
  shapeLine,
  STOP_DETOUR_FACTOR,
  type ShapeLine,
} from "../quality/trip-distance.js";
import type { PlanWarning, StopInfo, TimetableTrip } from "../timetable.js";
import { openFeed, type FeedSource } from "./feed-source.js";
import { checkElevationStops, tripClimb, type StopElevations } from "./stop-elevations.js";
import {
  checkRouteClimbSlope,
  checkRouteGradientRoutes,
  routeClimbOf,
  type RouteClimb,
  type RouteGradientInput,
} from "./route-gradients.js";
import { dateKey, parseGtfsTimeS, parseIsoDate } from "./gtfs-time.js";
import {
  isoOf,
  serviceYear,
  servicesOn,
  type ServiceCalendar,
  type ServiceYear,
} from "./service-year.js";

/** The active trips of one service day, before blocks are attached. */
export interface GtfsDay {
  source: string;
  serviceDate: string;
  trips: TimetableTrip[];
  stops: Record<string, StopInfo>;
  distanceSources: { shapeDistTraveled: number; shape: number; stops: number; given: number };
  /** Unit of shape_dist_traveled the reader inferred, or null when the feed has none. */
  shapeDistUnit: "km" | "m" | "ft" | "mi" | null;
  warnings: PlanWarning[];
  /** The stop-elevation file the trips' climb comes from, or null (planned flat). */
  elevationFile: string | null;
  /** Findings of the data-quality stage (distances, speeds, trips left out). */
  quality: DataQuality;
  /** Throughput figures for benchmarks. */
  stats: { stopTimesBytes: number; stopTimesRows: number; stopTimesMs: number };
}

const UNIT_PER_KM = { km: 1, m: 1000, ft: 3280.84, mi: 0.621371 } as const;

type DistUnit = keyof typeof UNIT_PER_KM;

/** Growable Float64/Int32 storage so a million stop times fit in a few typed arrays. */
class GrowableInt32 {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}
class GrowableFloat64 {
  data = new Float64Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

async function readTable(
  feed: FeedSource,
  fileName: string,
  onHeader: (cols: CsvColumns) => void,
  onRow: (fields: string[], line: number) => void,
): Promise<number> {
  const label = `${feed.location}/${fileName}`;
  const stream = await feed.open(fileName);
  return readCsvStream(stream, label, (header) => onHeader(new CsvColumns(label, header)), onRow);
}

const WEEKDAY_COLUMNS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

/** The same days, in Russian, for the Russian wording of a no-service problem. */
const WEEKDAYS_RU = [
  "воскресенье",
  "понедельник",
  "вторник",
  "среда",
  "четверг",
  "пятница",
  "суббота",
] as const;

/** A calendar date that is not YYYYMMDD, as the GTFS reference writes dates. */
const notYmd = (text: string): PlannerProblem => ({
  en: `not a YYYYMMDD date: "${text}"`,
  ru: `не дата в виде ГГГГММДД: "${text}"`,
});

/** A stop time that is not H:MM:SS. */
const badTime = (text: string): PlannerProblem => ({
  en: `not a valid time: "${text}" (expected H:MM:SS, minutes and seconds below 60)`,
  ru: `неверное время: "${text}" (нужно Ч:ММ:СС, минуты и секунды меньше 60)`,
});

const isoOfKey = (key: number): string =>
  `${Math.floor(key / 10000)}-${String(Math.floor(key / 100) % 100).padStart(2, "0")}-${String(key % 100).padStart(2, "0")}`;

/** Up to `count` dates with service on each side of `date`, within `days` days. */
function nearestServiceDays(
  calendar: ServiceCalendar,
  date: Date,
  count: number,
  days: number,
): string[] {
  const before: string[] = [];
  const after: string[] = [];
  for (let offset = 1; offset <= days; offset++) {
    for (const [sign, list] of [
      [-1, before],
      [1, after],
    ] as const) {
      if (list.length >= count) continue;
      const d = new Date(date.getTime() + sign * offset * 86_400_000);
      if (servicesOn(calendar, d).size > 0) list.push(isoOf(d));
    }
  }
  return [...before.reverse(), ...after];
}

async function readCalendar(feed: FeedSource): Promise<ServiceCalendar> {
  const calendar: ServiceCalendar = {
    rows: [],
    exceptions: new Map(),
    exceptionLines: new Map(),
    first: Infinity,
    last: -Infinity,
  };
  if (feed.has("calendar.txt")) {
    let c = { id: 0, days: [] as number[], start: 0, end: 0 };
    const file = `${feed.location}/calendar.txt`;
    await readTable(
      feed,
      "calendar.txt",
      (cols) => {
        c = {
          id: cols.required("service_id"),
          days: WEEKDAY_COLUMNS.map((d) => cols.required(d)),
          start: cols.required("start_date"),
          end: cols.required("end_date"),
        };
      },
      (f, line) => {
        for (const [field, column] of [
          ["start_date", c.start],
          ["end_date", c.end],
        ] as const) {
          const text = fieldAt(f, column);
          if (!/^\d{8}$/.test(text) || parseIsoDate(text) === null)
            throw new PlannerInputError({ file, line, field }, notYmd(text));
        }
        const start = Number(fieldAt(f, c.start));
        const end = Number(fieldAt(f, c.end));
        calendar.first = Math.min(calendar.first, start);
        calendar.last = Math.max(calendar.last, end);
        calendar.rows.push({
          id: fieldAt(f, c.id),
          days: c.days.map((column) => fieldAt(f, column) === "1"),
          start,
          end,
        });
      },
    );
  }
  if (feed.has("calendar_dates.txt")) {
    let c = { id: 0, date: 0, type: 0 };
    const file = `${feed.location}/calendar_dates.txt`;
    await readTable(
      feed,
      "calendar_dates.txt",
      (cols) => {
        c = {
          id: cols.required("service_id"),
          date: cols.required("date"),
          type: cols.required("exception_type"),
        };
      },
      (f, line) => {
        const text = fieldAt(f, c.date);
        if (!/^\d{8}$/.test(text) || parseIsoDate(text) === null)
          throw new PlannerInputError({ file, line, field: "date" }, notYmd(text));
        const d = Number(text);
        calendar.first = Math.min(calendar.first, d);
        calendar.last = Math.max(calendar.last, d);
        const type = fieldAt(f, c.type);
        if (type !== "1" && type !== "2")
          throw new PlannerInputError(
            { file, line, field: "exception_type" },
            { en: `must be 1 or 2 (got "${type}")`, ru: `должно быть 1 или 2 (указано "${type}")` },
          );
        let day = calendar.exceptions.get(d);
        if (day === undefined) {
          day = { added: new Set(), removed: new Set() };
          calendar.exceptions.set(d, day);
        }
        const id = fieldAt(f, c.id);
        if (!calendar.exceptionLines.has(id)) calendar.exceptionLines.set(id, line);
        (type === "1" ? day.added : day.removed).add(id);
      },
    );
  }
  return calendar;
}

/** Service ids running on the date, from calendar.txt and calendar_dates.txt. */
function activeServices(
  feed: FeedSource,
  calendar: ServiceCalendar,
  date: Date,
  dateText: string,
): Set<string> {
  const active = servicesOn(calendar, date);
  if (active.size > 0) return active;
  const key = dateKey(date);
  const where = {
    file: `${feed.location}/${feed.has("calendar.txt") ? "calendar.txt" : "calendar_dates.txt"}`,
    field: "date",
  };
  if (!Number.isFinite(calendar.first))
    throw new PlannerInputError(where, {
      en: `no service runs on ${dateText}: the feed's calendar is empty`,
      ru: `на ${dateText} нет ни одного рейса: календарь фида пуст`,
    });
  const range = `${isoOfKey(calendar.first)} – ${isoOfKey(calendar.last)}`;
  if (key < calendar.first || key > calendar.last)
    throw new PlannerInputError(where, {
      en: `no service runs on ${dateText}: the date is outside the feed's calendar (${range})`,
      ru: `на ${dateText} нет ни одного рейса: дата вне календаря фида (${range})`,
    });
  const near = nearestServiceDays(calendar, date, 3, 31);
  const weekday = WEEKDAY_COLUMNS[date.getUTCDay()] ?? "";
  const weekdayRu = WEEKDAYS_RU[date.getUTCDay()] ?? "";
  throw new PlannerInputError(where, {
    en:
      `no service runs on ${dateText} (a ${weekday}), although the date is inside the feed's calendar (${range})` +
      (near.length > 0 ? `; days with service nearby: ${near.join(", ")}` : ""),
    ru:
      `на ${dateText} (${weekdayRu}) нет ни одного рейса, хотя дата входит в календарь фида (${range})` +
      (near.length > 0 ? `; ближайшие дни с рейсами: ${near.join(", ")}` : ""),
  });
}

function parseDateArgument(dateText: string): Date {
  const date = parseIsoDate(dateText);
  if (date === null)
    throw new PlannerInputError(
      { file: "(arguments)", field: "date" },
      {
        en: `not a valid YYYY-MM-DD date: "${dateText}"`,
        ru: `не дата в виде ГГГГ-ММ-ДД: "${dateText}"`,
      },
    );
  return date;
}

/**
 * Reads the trips of one service day from a GTFS feed (zip or folder), streaming every file.
 * Trip distance comes from shape_dist_traveled (unit inferred against great-circle distance),
 * else from the length of the trip's shape, else from great-circle distance between stops.
 */
export async function readGtfsDay(
  feedPath: string,
  dateText: string,
  progress?: ProgressReporter,
  elevations: StopElevations | null = null,
  routeGradients: RouteGradientInput | null = null,
): Promise<GtfsDay> {
  const date = parseDateArgument(dateText);
  const feed = await openFeed(feedPath);
  try {
    checkRequiredFiles(feed);
    progress?.({ phase: "reading calendar", done: 0, total: 1 });
    const calendar = await readCalendar(feed);
    const services = activeServices(feed, calendar, date, dateText);
    const day = (await readFeed(
      feed,
      calendar,
      services,
      dateText,
      progress,
      false,
      elevations,
      routeGradients,
    ))!;
    // Files the plan did not need (shapes.txt when stop_times has distances, fares…) are
    // checked too: a damaged zip is refused whichever member the damage is in.
    await feed.verify();
    return day;
  } catch (error) {
    throw await damageBehind(feed, error);
  } finally {
    feed.close();
  }
}

/** The year of service from a feed's calendar, with the trips of each planned day type. */
export interface GtfsYear {
  year: ServiceYear;
  /** The chosen date's day type. */
  main: GtfsDay;
  mainDayTypeId: string;
  /** Each other planned day type's trips; null when none of its services has a trip with stop times. */
  others: Map<string, GtfsDay | null>;
}

/**
 * Reads the year of service the plan stands for (see `serviceYear`): the chosen date's trips
 * and those of every other planned day type. The feed is opened, read (the trips of all
 * planned day types' services in one pass) and its zip checked once.
 */
export async function readGtfsYear(
  feedPath: string,
  dateText: string,
  designDayByMonth: readonly string[],
  progress?: ProgressReporter,
  elevations: StopElevations | null = null,
  routeGradients: RouteGradientInput | null = null,
): Promise<GtfsYear> {
  const date = parseDateArgument(dateText);
  const feed = await openFeed(feedPath);
  try {
    checkRequiredFiles(feed);
    progress?.({ phase: "reading calendar", done: 0, total: 1 });
    const calendar = await readCalendar(feed);
    const services = activeServices(feed, calendar, date, dateText);
    const year = serviceYear(calendar, date, designDayByMonth);
    const mainType = year.dayTypes.find((t) => t.representativeDate === isoOf(date))!;
    // One pass over the feed for the trips of every planned day type, then each type's own.
    const planned = year.dayTypes.filter((t) => t.plannedAs === null);
    const union = new Set(planned.flatMap((t) => t.serviceIds));
    const label = planned.length === 1 ? dateText : `a service day of the year from ${isoOf(date)}`;
    const all = await readFeed(
      feed,
      calendar,
      union,
      label,
      progress,
      true,
      elevations,
      routeGradients,
    );
    const main = all === null ? null : dayOfServices(all, services, dateText);
    if (main === null)
      throw new PlannerInputError(
        { file: `${feed.location}/stop_times.txt`, field: "trip_id" },
        {
          en: `no trip running on ${dateText} has stop times`,
          ru: `ни у одного рейса на ${dateText} нет времён в stop_times.txt`,
        },
      );
    const others = new Map<string, GtfsDay | null>();
    for (const t of planned) {
      if (t === mainType) continue;
      others.set(t.id, dayOfServices(all!, new Set(t.serviceIds), t.representativeDate));
    }
    await feed.verify();
    return { year, main, mainDayTypeId: mainType.id, others };
  } catch (error) {
    throw await damageBehind(feed, error);
  } finally {
    feed.close();
  }
}

/**
 * The part of a multi-service read that runs on one day type: its trips, their stops and
 * distance sources, and the findings about them (of those kept: up to 500 of each kind).
 */
function dayOfServices(
  all: GtfsDay,
  services: ReadonlySet<string>,
  dateText: string,
): GtfsDay | null {
  const trips = all.trips.filter((t) => t.serviceId !== undefined && services.has(t.serviceId));
  if (trips.length === 0) return null;
  const ids = new Set<string>();
  const stops: GtfsDay["stops"] = {};
  const sources = { shapeDistTraveled: 0, shape: 0, stops: 0, given: 0 };
  for (const t of trips) {
    ids.add(t.id);
    ids.add(t.id.replace(/@\d+$/, "")); // a frequencies.txt departure: its template trip
    for (const stop of [t.fromStopId, t.toStopId]) {
      const info = all.stops[stop];
      if (info !== undefined) stops[stop] = info;
    }
    if (t.distanceSource === "shape_dist_traveled") sources.shapeDistTraveled++;
    else if (t.distanceSource === "shape") sources.shape++;
    else if (t.distanceSource === "stops") sources.stops++;
    else sources.given++;
  }
  const findings = new FindingList();
  for (const f of all.quality.findings) if (f.trip === null || ids.has(f.trip)) findings.add(f);
  return {
    ...all,
    // A read of several day types is labelled in words; dayOfServices gives each its date.
    serviceDate: ((d) => (d === null ? dateText : isoOf(d)))(parseIsoDate(dateText)),
    trips,
    stops,
    distanceSources: sources,
    quality: findings.result(),
  };
}

function checkRequiredFiles(feed: FeedSource): void {
  for (const required of ["agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt"]) {
    if (!feed.has(required))
      throw new PlannerInputError(
        { file: `${feed.location}/${required}` },
        { en: "required file is missing from the feed", ru: "в фиде нет обязательного файла" },
      );
  }
  if (!feed.has("calendar.txt") && !feed.has("calendar_dates.txt")) {
    throw new PlannerInputError(
      { file: `${feed.location}/calendar.txt` },
      {
        en: "required file is missing (the feed has neither calendar.txt nor calendar_dates.txt)",
        ru: "нет обязательного файла (в фиде нет ни calendar.txt, ни calendar_dates.txt)",
      },
    );
  }
}

/**
 * A bad row in a zipped file may be the zip's damage rather than the feed's content: then
 * the damage is the true message (a flipped byte in stop_times.txt reads as an unknown stop).
 */
async function damageBehind(feed: FeedSource, error: unknown): Promise<unknown> {
  if (!(error instanceof PlannerInputError)) return error;
  const prefix = `${feed.location}/`;
  if (!error.file.startsWith(prefix)) return error;
  try {
    await feed.verifyFile(error.file.slice(prefix.length));
  } catch (damage) {
    return damage;
  }
  return error;
}

/**
 * The trips of the services `services` (one service day, `dateText` in messages). With
 * `allowEmpty`, a day without any trip that has stop times gives null instead of an error.
 */
async function readFeed(
  feed: FeedSource,
  calendar: ServiceCalendar,
  services: ReadonlySet<string>,
  dateText: string,
  progress: ProgressReporter | undefined,
  allowEmpty: boolean,
  elevations: StopElevations | null,
  routeGradients: RouteGradientInput | null,
): Promise<GtfsDay | null> {
  const warnings: PlanWarning[] = [];

  // Stops.
  const stopIndex = new Map<string, number>();
  const stopIds: string[] = [];
  const stopLat: number[] = [];
  const stopLon: number[] = [];
  const stopNames: string[] = [];
  {
    let c = { id: 0, lat: 0, lon: 0, name: -1 };
    const file = `${feed.location}/stops.txt`;
    await readTable(
      feed,
      "stops.txt",
      (cols) => {
        c = {
          id: cols.required("stop_id"),
          lat: cols.required("stop_lat"),
          lon: cols.required("stop_lon"),
          name: cols.optional("stop_name"),
        };
      },
      (f, line) => {
        const id = fieldAt(f, c.id);
        const latText = fieldAt(f, c.lat);
        const lonText = fieldAt(f, c.lon);
        const lat = latText === "" ? NaN : Number(latText);
        const lon = lonText === "" ? NaN : Number(lonText);
        if (latText !== "" && !(Math.abs(lat) <= 90))
          throw new PlannerInputError(
            { file, line, field: "stop_lat" },
            { en: `not a latitude: "${latText}"`, ru: `не широта: "${latText}"` },
          );
        if (lonText !== "" && !(Math.abs(lon) <= 180))
          throw new PlannerInputError(
            { file, line, field: "stop_lon" },
            { en: `not a longitude: "${lonText}"`, ru: `не долгота: "${lonText}"` },
          );
        stopIndex.set(id, stopIds.length);
        stopIds.push(id);
        stopLat.push(lat);
        stopLon.push(lon);
        stopNames.push(fieldAt(f, c.name));
      },
    );
  }

  /** Elevation of each stop (by stop index) from the elevation file; NaN when not given. */
  const stopElevation = new Float64Array(elevations === null ? 0 : stopIds.length).fill(NaN);
  if (elevations !== null) {
    checkElevationStops(elevations, (id) => stopIndex.has(id));
    for (const [id, { elevationM }] of elevations.byStop)
      stopElevation[stopIndex.get(id)!] = elevationM;
  }
  // The scenario's route gradients must name routes of this feed.
  const gradients =
    routeGradients !== null && routeGradients.entries.length > 0 ? routeGradients : null;
  if (gradients !== null) {
    const routeIds = await readRouteIds(feed);
    checkRouteGradientRoutes(gradients, (id) => routeIds.has(id));
  }

  // Trips: every trip is known (to reject stop times of unknown trips); only active ones are kept.
  const tripIndex = new Map<string, number>(); // -1 = exists but not running on the date
  const tripIds: string[] = [];
  const tripRoute: string[] = [];
  const tripShape: string[] = [];
  const tripBlock: string[] = [];
  const tripServiceOf: string[] = [];
  const tripLine: number[] = [];
  /** GTFS direction_id of each trip: 0, 1, or null (not given). */
  const tripDirection: (0 | 1 | null)[] = [];
  /** Every service_id trips.txt names, to find calendar_dates.txt rows naming none. */
  const tripServices = new Set<string>();
  {
    let c = { id: 0, route: 0, service: 0, shape: -1, block: -1, direction: -1 };
    await readTable(
      feed,
      "trips.txt",
      (cols) => {
        c = {
          id: cols.required("trip_id"),
          route: cols.required("route_id"),
          service: cols.required("service_id"),
          shape: cols.optional("shape_id"),
          block: cols.optional("block_id"),
          direction: cols.optional("direction_id"),
        };
      },
      (f, line) => {
        const id = fieldAt(f, c.id);
        if (tripIndex.has(id))
          throw new PlannerInputError(
            { file: `${feed.location}/trips.txt`, line, field: "trip_id" },
            { en: `duplicate trip_id "${id}"`, ru: `trip_id "${id}" повторяется` },
          );
        const service = fieldAt(f, c.service);
        tripServices.add(service);
        if (!services.has(service)) {
          tripIndex.set(id, -1);
          return;
        }
        tripIndex.set(id, tripIds.length);
        tripIds.push(id);
        tripRoute.push(fieldAt(f, c.route));
        tripShape.push(fieldAt(f, c.shape));
        tripBlock.push(fieldAt(f, c.block));
        tripServiceOf.push(service);
        tripLine.push(line);
        const direction = fieldAt(f, c.direction);
        tripDirection.push(direction === "0" ? 0 : direction === "1" ? 1 : null);
      },
    );
  }
  checkExceptionServices(feed, calendar, tripServices);
  const nTrips = tripIds.length;
  /** Line in stop_times.txt of each trip's first stop time (0 = none). */
  const stLineOfTrip = new Int32Array(nTrips);

  // Stop times, streamed into typed arrays.
  const stTrip = new GrowableInt32();
  const stSeq = new GrowableInt32();
  const stStop = new GrowableInt32();
  const stArr = new GrowableInt32();
  const stDep = new GrowableInt32();
  const stDist = new GrowableFloat64();
  const stFile = `${feed.location}/stop_times.txt`;
  let stRows = 0;
  let hasDistColumn = false;
  const t0 = performance.now();
  let c = { trip: 0, arr: 0, dep: 0, stop: 0, seq: 0, dist: -1 };
  let lastReportRow = 0;
  // Rows of one trip follow each other: remember the last trip id's bytes to skip the lookup.
  let lastTripBytes = Buffer.alloc(0);
  let lastTripIndex: number | undefined;
  const stStream = await feed.open("stop_times.txt");
  const stBytes = await readCsvByteStream(
    stStream,
    stFile,
    (header) => {
      const cols = new CsvColumns(stFile, header);
      c = {
        trip: cols.required("trip_id"),
        arr: cols.required("arrival_time"),
        dep: cols.required("departure_time"),
        stop: cols.required("stop_id"),
        seq: cols.required("stop_sequence"),
        dist: cols.optional("shape_dist_traveled"),
      };
      hasDistColumn = c.dist >= 0;
    },
    (row, line) => {
      stRows++;
      let ti: number | undefined;
      const ts = row.starts[c.trip]!;
      const te = row.ends[c.trip]!;
      if (
        row.strings === null &&
        c.trip < row.count &&
        te - ts === lastTripBytes.length &&
        row.buf.compare(lastTripBytes, 0, lastTripBytes.length, ts, te) === 0
      ) {
        ti = lastTripIndex;
      } else {
        const tripId = row.text(c.trip);
        ti = tripIndex.get(tripId);
        if (ti === undefined) {
          throw new PlannerInputError(
            { file: stFile, line, field: "trip_id" },
            {
              en: `unknown trip "${tripId}" (not in trips.txt)`,
              ru: `неизвестный рейс "${tripId}" (нет такого рейса в trips.txt)`,
            },
          );
        }
        lastTripIndex = ti;
        lastTripBytes =
          row.strings === null ? Buffer.from(row.buf.subarray(ts, te)) : Buffer.alloc(0);
      }
      const stopId = row.text(c.stop);
      const si = stopIndex.get(stopId);
      if (si === undefined) {
        throw new PlannerInputError(
          { file: stFile, line, field: "stop_id" },
          {
            en: `unknown stop "${stopId}" (not in stops.txt)`,
            ru: `неизвестная остановка "${stopId}" (нет такой остановки в stops.txt)`,
          },
        );
      }
      const arr = row.timeS(c.arr, parseGtfsTimeS);
      if (arr === -2) {
        throw new PlannerInputError(
          { file: stFile, line, field: "arrival_time" },
          badTime(row.text(c.arr)),
        );
      }
      const dep = row.timeS(c.dep, parseGtfsTimeS);
      if (dep === -2) {
        throw new PlannerInputError(
          { file: stFile, line, field: "departure_time" },
          badTime(row.text(c.dep)),
        );
      }
      if (ti === undefined || ti < 0) return;
      const seq = row.number(c.seq);
      if (!Number.isInteger(seq) || seq < 0) {
        throw new PlannerInputError(
          { file: stFile, line, field: "stop_sequence" },
          {
            en: `must be a non-negative whole number (got "${row.text(c.seq)}")`,
            ru: `должно быть целым неотрицательным числом (указано "${row.text(c.seq)}")`,
          },
        );
      }
      let dist = NaN;
      if (c.dist >= 0 && !row.isEmpty(c.dist)) {
        dist = row.number(c.dist);
        if (!Number.isFinite(dist)) {
          throw new PlannerInputError(
            { file: stFile, line, field: "shape_dist_traveled" },
            { en: `not a number: "${row.text(c.dist)}"`, ru: `не число: "${row.text(c.dist)}"` },
          );
        }
      }
      if (stLineOfTrip[ti] === 0) stLineOfTrip[ti] = line;
      stTrip.push(ti);
      stSeq.push(seq);
      stStop.push(si);
      stArr.push(arr);
      stDep.push(dep);
      stDist.push(dist);
      if (progress !== undefined && stRows - lastReportRow >= 200_000) {
        lastReportRow = stRows;
        progress({ phase: "reading stop_times", done: stRows, total: null });
      }
    },
  );
  const stopTimesMs = performance.now() - t0;

  // Group rows by trip (counting sort), then order each trip's rows by stop_sequence.
  const n = stTrip.length;
  const counts = new Int32Array(nTrips + 1);
  for (let i = 0; i < n; i++) counts[(stTrip.data[i] ?? 0) + 1]!++;
  for (let t = 0; t < nTrips; t++) counts[t + 1]! += counts[t]!;
  const order = new Int32Array(n);
  const fill = counts.slice(0, nTrips);
  for (let i = 0; i < n; i++) {
    const t = stTrip.data[i] ?? 0;
    order[fill[t]!++] = i;
  }

  const firstStop = new Int32Array(nTrips).fill(-1);
  const lastStop = new Int32Array(nTrips).fill(-1);
  const depS = new Int32Array(nTrips);
  const arrS = new Int32Array(nTrips);
  const gcKm = new Float64Array(nTrips);
  const sdt = new Float64Array(nTrips).fill(NaN);
  for (let t = 0; t < nTrips; t++) {
    const from = counts[t]!;
    const to = counts[t + 1]!;
    if (to - from < 2) continue;
    // Insertion sort by stop_sequence; rows are nearly always in order already.
    for (let i = from + 1; i < to; i++) {
      const row = order[i]!;
      const seq = stSeq.data[row]!;
      let j = i - 1;
      while (j >= from && stSeq.data[order[j]!]! > seq) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = row;
    }
    const first = order[from]!;
    const last = order[to - 1]!;
    const firstDep = stDep.data[first]! >= 0 ? stDep.data[first]! : stArr.data[first]!;
    const lastArr = stArr.data[last]! >= 0 ? stArr.data[last]! : stDep.data[last]!;
    if (firstDep < 0 || lastArr < 0) {
      throw new PlannerInputError(
        { file: stFile, field: firstDep < 0 ? "departure_time" : "arrival_time" },
        {
          en: `trip "${tripIds[t]}" has no time at its ${firstDep < 0 ? "first" : "last"} stop`,
          ru: `у рейса "${tripIds[t]}" нет времени на ${firstDep < 0 ? "первой" : "последней"} остановке`,
        },
      );
    }
    if (lastArr < firstDep) {
      throw new PlannerInputError(
        { file: stFile, field: "arrival_time" },
        {
          en: `trip "${tripIds[t]}" arrives (${lastArr} s) before it departs (${firstDep} s)`,
          ru: `рейс "${tripIds[t]}" прибывает (${lastArr} с) раньше, чем отправляется (${firstDep} с)`,
        },
      );
    }
    depS[t] = firstDep;
    arrS[t] = lastArr;
    firstStop[t] = stStop.data[first]!;
    lastStop[t] = stStop.data[last]!;
    let sum = 0;
    let prev = first;
    for (let i = from + 1; i < to; i++) {
      const row = order[i]!;
      const a = stStop.data[prev]!;
      const b = stStop.data[row]!;
      const d = greatCircleKm(stopLat[a]!, stopLon[a]!, stopLat[b]!, stopLon[b]!);
      if (Number.isFinite(d)) sum += d;
      prev = row;
    }
    gcKm[t] = sum;
    if (hasDistColumn) {
      const d0 = stDist.data[first]!;
      const d1 = stDist.data[last]!;
      if (Number.isFinite(d1)) sdt[t] = d1 - (Number.isFinite(d0) ? d0 : 0);
    }
  }

  // Infer the unit of shape_dist_traveled from its ratio to great-circle length.
  let unit: DistUnit | null = null;
  const ratios: number[] = [];
  for (let t = 0; t < nTrips; t++)
    if (Number.isFinite(sdt[t]!) && gcKm[t]! > 0.2 && sdt[t]! > 0) ratios.push(sdt[t]! / gcKm[t]!);
  if (ratios.length > 0) {
    ratios.sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    unit = inferDistanceUnit(median);
  }

  // Distance per trip from the first consistent source (see quality/trip-distance.ts).
  const findings = new FindingList();
  const tripsFile = `${feed.location}/trips.txt`;
  const sdtVerdict: (ReturnType<typeof checkShapeDistTraveled> | null)[] = new Array<null>(
    nTrips,
  ).fill(null);
  if (unit !== null) {
    for (let t = 0; t < nTrips; t++) {
      const from = counts[t]!;
      const to = counts[t + 1]!;
      if (to - from < 2) continue;
      const values = new Float64Array(to - from);
      for (let i = from; i < to; i++) values[i - from] = stDist.data[order[i]!]!;
      sdtVerdict[t] = checkShapeDistTraveled(values, UNIT_PER_KM[unit], gcKm[t]!);
    }
  }
  const needShape = new Set<string>();
  for (let t = 0; t < nTrips; t++)
    if (firstStop[t]! >= 0 && sdtVerdict[t]?.ok !== true && tripShape[t] !== "")
      needShape.add(tripShape[t]!);
  const shapes =
    needShape.size > 0 && feed.has("shapes.txt")
      ? await readShapes(feed, needShape, progress)
      : new Map<string, ShapeLine>();

  const trips: TimetableTrip[] = [];
  const sources = { shapeDistTraveled: 0, shape: 0, stops: 0, given: 0 };
  /** Trips of one stop pattern on one shape share their projection. */
  const projected = new Map<string, ReturnType<typeof projectStopsOnShape>>();
  let dropped = 0;
  /** Trips without a direction_id that a route gradient with a direction could not give, by entry. */
  const undirected = new Map<number, number>();
  for (let t = 0; t < nTrips; t++) {
    const from = counts[t]!;
    const to = counts[t + 1]!;
    if (firstStop[t]! < 0) {
      dropped++;
      findings.add(
        to - from === 0
          ? {
              code: "trip-without-stop-times",
              trip: tripIds[t]!,
              block: tripBlock[t] || null,
              file: tripsFile,
              line: tripLine[t]!,
              message: `trip "${tripIds[t]}" runs on ${dateText} but has no stop times; left out`,
              messageRu: `рейс «${tripIds[t]}» выполняется ${dateText}, но у него нет времён остановок; исключён`,
            }
          : {
              code: "trip-single-stop",
              trip: tripIds[t]!,
              block: tripBlock[t] || null,
              file: stFile,
              line: stLineOfTrip[t]!,
              message: `trip "${tripIds[t]}" has one stop time, so no length; left out`,
              messageRu: `у рейса «${tripIds[t]}» одно время остановки, длины нет; исключён`,
            },
      );
      continue;
    }
    const problems: string[] = [];
    const problemsRu: string[] = [];
    let distanceKm: number;
    let source: TimetableTrip["distanceSource"];
    const sdt = sdtVerdict[t];
    if (sdt?.ok === true) {
      distanceKm = sdt.km;
      source = "shape_dist_traveled";
      sources.shapeDistTraveled++;
    } else {
      if (sdt !== null && sdt !== undefined && !sdt.ok) {
        problems.push(sdt.problem);
        problemsRu.push(sdt.problemRu);
      }
      const shape = shapes.get(tripShape[t]!);
      let onShape: ReturnType<typeof projectStopsOnShape> | null = null;
      if (shape !== undefined) {
        let key = tripShape[t]!;
        for (let i = from; i < to; i++) key += `|${stStop.data[order[i]!]!}`;
        onShape = projected.get(key) ?? null;
        if (onShape === null) {
          const lat = new Float64Array(to - from);
          const lon = new Float64Array(to - from);
          for (let i = from; i < to; i++) {
            const stop = stStop.data[order[i]!]!;
            lat[i - from] = stopLat[stop]!;
            lon[i - from] = stopLon[stop]!;
          }
          onShape = projectStopsOnShape(shape, lat, lon, gcKm[t]!);
          projected.set(key, onShape);
        }
      } else if (tripShape[t] !== "") {
        problems.push(`its shape "${tripShape[t]}" is not in shapes.txt`);
        problemsRu.push(`его формы маршрута «${tripShape[t]}» нет в shapes.txt`);
      }
      if (onShape?.ok === true) {
        distanceKm = onShape.km;
        source = "shape";
        sources.shape++;
      } else {
        if (onShape !== null && !onShape.ok) {
          problems.push(onShape.problem);
          problemsRu.push(onShape.problemRu);
        }
        distanceKm = gcKm[t]! * STOP_DETOUR_FACTOR;
        source = "stops";
        sources.stops++;
      }
    }
    if (problems.length > 0)
      findings.add({
        code: "distance-inconsistent",
        trip: tripIds[t]!,
        block: tripBlock[t] || null,
        file: stFile,
        line: stLineOfTrip[t]!,
        message:
          `trip "${tripIds[t]}": ${problems.join("; ")}; ` +
          (source === "shape"
            ? `its length (${distanceKm.toFixed(2)} km) comes from the stops projected onto its shape`
            : `its length (${distanceKm.toFixed(2)} km) is the straight line between its stops × ${STOP_DETOUR_FACTOR}`),
        messageRu:
          `рейс «${tripIds[t]}»: ${problemsRu.join("; ")}; ` +
          (source === "shape"
            ? `его длина (${ruDecimal(distanceKm.toFixed(2))} км) взята по остановкам, спроецированным на форму маршрута`
            : `его длина (${ruDecimal(distanceKm.toFixed(2))} км) — прямая между его остановками × ${ruDecimal(String(STOP_DETOUR_FACTOR))}`),
      });
    let climb = { climbM: 0, descentM: 0, netM: 0 };
    let climbFrom: TimetableTrip["climbFrom"];
    let routeGradientSetAside = false;
    // Precedence (docs/planner.md § Gradient): a trip's measured stop elevations (two of its
    // stops or more) win over its route's gradient from the scenario.
    const routeClimb: RouteClimb | null =
      gradients === null
        ? null
        : routeClimbOf(gradients.entries, tripRoute[t]!, tripDirection[t] ?? null);
    if (routeClimb === null && gradients !== null && tripDirection[t] === null) {
      const entry = gradients.entries.findIndex((e) => e.routeId === tripRoute[t]);
      if (entry >= 0) undirected.set(entry, (undirected.get(entry) ?? 0) + 1);
    }
    let elevationsFlat = true;
    if (elevations !== null) {
      const along = new Float64Array(to - from);
      for (let i = from; i < to; i++) along[i - from] = stopElevation[stStop.data[order[i]!]!]!;
      const c = tripClimb(along);
      climb = c;
      elevationsFlat = c.missingStops >= to - from - 1;
      if (!elevationsFlat) climbFrom = "stop-elevations";
      if (c.missingStops > 0) {
        const missing = new Set<string>();
        for (let i = from; i < to; i++) {
          const stop = stStop.data[order[i]!]!;
          if (Number.isNaN(stopElevation[stop]!)) missing.add(stopIds[stop]!);
        }
        const names = [...missing];
        findings.add({
          code: "elevation-missing",
          trip: tripIds[t]!,
          block: tripBlock[t] || null,
          file: stFile,
          line: stLineOfTrip[t]!,
          message:
            `trip "${tripIds[t]}": ${c.missingStops} of its ${to - from} stops have no elevation in ${elevations.file} ` +
            `(${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}); ` +
            (!elevationsFlat
              ? "its climb joins the stops that have one"
              : routeClimb !== null
                ? `its climb comes from routeGradients[${routeClimb.entry}] of the scenario`
                : "it is planned flat"),
          messageRu:
            `рейс «${tripIds[t]}»: у ${c.missingStops} из ${to - from} его остановок нет высоты в ${elevations.file} ` +
            `(${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}); ` +
            (!elevationsFlat
              ? "подъём считается по остановкам, у которых высота есть"
              : routeClimb !== null
                ? `его подъём взят из routeGradients[${routeClimb.entry}] сценария`
                : "он планируется без уклона"),
        });
      }
    }
    if (routeClimb !== null) {
      if (!elevationsFlat) routeGradientSetAside = true;
      else {
        checkRouteClimbSlope(gradients!, routeClimb, { id: tripIds[t]!, distanceKm });
        climb = {
          climbM: routeClimb.climbM,
          descentM: routeClimb.descentM,
          netM: routeClimb.climbM - routeClimb.descentM,
        };
        climbFrom = "route-gradient";
      }
    }
    trips.push({
      id: tripIds[t]!,
      routeId: tripRoute[t]!,
      departureS: depS[t]!,
      arrivalS: arrS[t]!,
      fromStopId: stopIds[firstStop[t]!]!,
      toStopId: stopIds[lastStop[t]!]!,
      distanceKm,
      distanceSource: source,
      heightDiffM: climb.netM,
      climbM: climb.climbM,
      descentM: climb.descentM,
      ...(climbFrom === undefined ? {} : { climbFrom }),
      ...(routeGradientSetAside ? { routeGradientSetAside } : {}),
      temperatureC: null,
      loadFactor: null,
      feedBlockId: tripBlock[t] === "" ? null : tripBlock[t]!,
      serviceId: tripServiceOf[t]!,
      source: { file: stFile, line: stLineOfTrip[t]! },
    });
  }
  if (dropped > 0)
    warnings.push({
      en: `${dropped} trip(s) running on ${dateText} have fewer than two stop times and were left out`,
      ru: `рейсов на ${dateText} с менее чем двумя временами в stop_times.txt: ${dropped}; они исключены`,
    });
  for (const [entry, count] of undirected) {
    const routeId = gradients!.entries[entry]!.routeId;
    warnings.push({
      en: `routeGradients[${entry}] gives route "${routeId}" a direction, but ${count} of its trip(s) have no direction_id in trips.txt and are planned flat; leave directionId out to give them the gradient`,
      ru: `routeGradients[${entry}] задаёт маршруту «${routeId}» направление, но у ${count} его рейсов нет direction_id в trips.txt, и они посчитаны по ровной дороге; уберите directionId, чтобы подъём получили и они`,
    });
  }
  if (feed.has("frequencies.txt")) await expandFrequencies(feed, trips, warnings);
  if (trips.length === 0 && allowEmpty) return null;
  if (trips.length === 0)
    throw new PlannerInputError(
      { file: stFile, field: "trip_id" },
      {
        en: `no trip running on ${dateText} has stop times`,
        ru: `ни у одного рейса на ${dateText} нет времён в stop_times.txt`,
      },
    );

  const usedStops = new Set<string>();
  for (const trip of trips) {
    usedStops.add(trip.fromStopId);
    usedStops.add(trip.toStopId);
  }
  const stops: Record<string, StopInfo> = {};
  for (const id of usedStops) {
    const i = stopIndex.get(id)!;
    stops[id] = { name: stopNames[i]!, lat: stopLat[i]!, lon: stopLon[i]! };
  }
  return {
    source: feed.location,
    // A read of several day types is labelled in words; dayOfServices gives each its date.
    serviceDate: ((d) => (d === null ? dateText : isoOf(d)))(parseIsoDate(dateText)),
    trips,
    stops,
    distanceSources: sources,
    shapeDistUnit: unit,
    warnings,
    elevationFile: elevations?.file ?? null,
    quality: findings.result(),
    stats: { stopTimesBytes: stBytes, stopTimesRows: stRows, stopTimesMs },
  };
}

/** Every route_id of routes.txt. */
async function readRouteIds(feed: FeedSource): Promise<Set<string>> {
  const ids = new Set<string>();
  let column = 0;
  await readTable(
    feed,
    "routes.txt",
    (cols) => {
      column = cols.required("route_id");
    },
    (f) => {
      ids.add(fieldAt(f, column));
    },
  );
  return ids;
}

/**
 * A service_id in calendar_dates.txt that neither calendar.txt nor trips.txt knows is a typo
 * (GTFS: it must be one of either); its exceptions would silently change nothing.
 */
function checkExceptionServices(
  feed: FeedSource,
  calendar: ServiceCalendar,
  tripServices: ReadonlySet<string>,
): void {
  if (calendar.exceptionLines.size === 0) return;
  const known = new Set(calendar.rows.map((r) => r.id));
  for (const [id, line] of calendar.exceptionLines) {
    if (known.has(id) || tripServices.has(id)) continue;
    throw new PlannerInputError(
      { file: `${feed.location}/calendar_dates.txt`, line, field: "service_id" },
      {
        en: `unknown service_id "${id}": it is in neither calendar.txt nor trips.txt`,
        ru: `неизвестный service_id "${id}": его нет ни в calendar.txt, ни в trips.txt`,
      },
    );
  }
}

/**
 * GTFS leaves the unit of shape_dist_traveled to the producer. Road distance runs about
 * 1.1–1.4 × the great-circle distance along the stops, so the unit is the one that puts the
 * median ratio closest to {@link STOP_DETOUR_FACTOR} (1.25).
 */
export function inferDistanceUnit(medianRatioToGreatCircleKm: number): DistUnit {
  let best: DistUnit = "km";
  let bestScore = Infinity;
  for (const [u, perKm] of Object.entries(UNIT_PER_KM) as [DistUnit, number][]) {
    const score = Math.abs(
      Math.log(medianRatioToGreatCircleKm / perKm) - Math.log(STOP_DETOUR_FACTOR),
    );
    if (score < bestScore) {
      bestScore = score;
      best = u;
    }
  }
  return best;
}

/** The shapes in `needed`, as lines to project stops onto. */
async function readShapes(
  feed: FeedSource,
  needed: Set<string>,
  progress?: ProgressReporter,
): Promise<Map<string, ShapeLine>> {
  progress?.({ phase: "reading shapes", done: 0, total: null });
  const points = new Map<string, { seq: number; lat: number; lon: number }[]>();
  let c = { id: 0, lat: 0, lon: 0, seq: 0 };
  const file = `${feed.location}/shapes.txt`;
  await readTable(
    feed,
    "shapes.txt",
    (cols) => {
      c = {
        id: cols.required("shape_id"),
        lat: cols.required("shape_pt_lat"),
        lon: cols.required("shape_pt_lon"),
        seq: cols.required("shape_pt_sequence"),
      };
    },
    (f, line) => {
      const id = fieldAt(f, c.id);
      if (!needed.has(id)) return;
      const lat = Number(fieldAt(f, c.lat));
      const lon = Number(fieldAt(f, c.lon));
      if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180))
        throw new PlannerInputError(
          { file, line, field: "shape_pt_lat" },
          {
            en: "shape point has no valid coordinates",
            ru: "у точки маршрута (shape) нет правильных координат",
          },
        );
      let list = points.get(id);
      if (list === undefined) {
        list = [];
        points.set(id, list);
      }
      list.push({ seq: Number(fieldAt(f, c.seq)), lat, lon });
    },
  );
  const lines = new Map<string, ShapeLine>();
  for (const [id, list] of points) {
    list.sort((a, b) => a.seq - b.seq);
    lines.set(id, shapeLine(list));
  }
  return lines;
}

/** Replaces frequency-based trips by one trip per departure (GTFS frequencies.txt). */
async function expandFrequencies(
  feed: FeedSource,
  trips: TimetableTrip[],
  warnings: PlanWarning[],
): Promise<void> {
  const byId = new Map(trips.map((t, i) => [t.id, i]));
  const file = `${feed.location}/frequencies.txt`;
  const windows = new Map<number, { start: number; end: number; headway: number }[]>();
  let c = { trip: 0, start: 0, end: 0, headway: 0 };
  await readTable(
    feed,
    "frequencies.txt",
    (cols) => {
      c = {
        trip: cols.required("trip_id"),
        start: cols.required("start_time"),
        end: cols.required("end_time"),
        headway: cols.required("headway_secs"),
      };
    },
    (f, line) => {
      const i = byId.get(fieldAt(f, c.trip));
      if (i === undefined) return;
      const start = parseGtfsTimeS(fieldAt(f, c.start));
      const end = parseGtfsTimeS(fieldAt(f, c.end));
      if (start < 0)
        throw new PlannerInputError(
          { file, line, field: "start_time" },
          {
            en: `not a valid time: "${fieldAt(f, c.start)}"`,
            ru: `неверное время: "${fieldAt(f, c.start)}"`,
          },
        );
      if (end < 0)
        throw new PlannerInputError(
          { file, line, field: "end_time" },
          {
            en: `not a valid time: "${fieldAt(f, c.end)}"`,
            ru: `неверное время: "${fieldAt(f, c.end)}"`,
          },
        );
      const headway = Number(fieldAt(f, c.headway));
      if (!(headway > 0))
        throw new PlannerInputError(
          { file, line, field: "headway_secs" },
          {
            en: "must be a positive number of seconds",
            ru: "должно быть положительным числом секунд",
          },
        );
      const list = windows.get(i) ?? [];
      list.push({ start, end, headway });
      windows.set(i, list);
    },
  );
  if (windows.size === 0) return;
  const expanded: TimetableTrip[] = [];
  trips.forEach((trip, i) => {
    const list = windows.get(i);
    if (list === undefined) {
      expanded.push(trip);
      return;
    }
    let k = 0;
    for (const w of list) {
      for (let s = w.start; s < w.end; s += w.headway) {
        const shift = s - trip.departureS;
        expanded.push({
          ...trip,
          id: `${trip.id}@${k++}`,
          departureS: s,
          arrivalS: trip.arrivalS + shift,
        });
      }
    }
  });
  const departures = expanded.length - (trips.length - windows.size);
  warnings.push({
    en: `${windows.size} frequency-based trip(s) expanded to ${departures} departures`,
    ru: `рейсов по интервалам (frequencies.txt): ${windows.size}; развёрнуты в отправления: ${departures}`,
  });
  trips.splice(0, trips.length, ...expanded);
}
