/**
 * A first look at an uploaded GTFS feed: is it a zip with the files a plan needs, how many
 * trips, routes and stops, do trips carry block_id, and which dates have service. Done at
 * upload so a bad file is refused at once and the planner can offer a date in range.
 */
import type { Readable } from "node:stream";
import { PlannerInputError } from "../../planner/index.js";
import {
  DEFAULT_FEED_LIMITS,
  openFeed,
  verifyChecksums,
  type FeedLimits,
  type FeedSource,
} from "../../planner/gtfs/feed-source.js";
import { parseIsoDate } from "../../planner/gtfs/gtfs-time.js";
import { CsvColumns, fieldAt, readCsvStream } from "../../planner/io/csv.js";

export interface FeedSummary {
  tripCount: number;
  routeCount: number;
  stopCount: number;
  hasBlockIds: boolean;
  /** First and last date with service (YYYY-MM-DD), from calendar.txt and calendar_dates.txt. */
  serviceStart: string | null;
  serviceEnd: string | null;
}

const REQUIRED_FILES = ["stops.txt", "trips.txt", "stop_times.txt"] as const;

async function readRows(
  feed: FeedSource,
  fileName: string,
  onHeader: (cols: CsvColumns) => void,
  onRow: (fields: string[], line: number) => void,
): Promise<void> {
  const label = `${feed.location}/${fileName}`;
  const stream: Readable = await feed.open(fileName);
  await readCsvStream(stream, label, (header) => onHeader(new CsvColumns(label, header)), onRow);
}

/**
 * "20220705" → "2022-07-05". A date that is not a real YYYYMMDD calendar date (the GTFS
 * reference's "Date" type), such as 99999999, refuses the feed naming file, line and
 * field: kept, it would become a service period of 0000-00-00 to 9999-99-99.
 */
function isoDate(text: string, where: { file: string; line: number; field: string }): string {
  const date = /^\d{8}$/.test(text) ? parseIsoDate(text) : null;
  if (date === null || date.getUTCFullYear() < 1)
    throw new PlannerInputError(where, {
      en: `not a YYYYMMDD date: "${text}"`,
      ru: `не дата в виде ГГГГММДД: "${text}"`,
    });
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/**
 * Reads the small files of a feed (not stop_times.txt, which the plan itself checks row by
 * row). Throws PlannerInputError naming the file (as `displayName/…`) for a feed that is not
 * a zip, lacks a required file, or expands past `limits` (a zip bomb).
 */
export async function summariseFeed(
  zipPath: string,
  limits: FeedLimits = DEFAULT_FEED_LIMITS,
): Promise<FeedSummary> {
  const feed = await openFeed(zipPath, limits);
  try {
    await verifyChecksums(feed);
    for (const file of REQUIRED_FILES)
      if (!feed.has(file))
        throw new PlannerInputError(
          { file: `${zipPath}/${file}` },
          { en: "required file is missing", ru: "нет обязательного файла" },
        );
    if (!feed.has("calendar.txt") && !feed.has("calendar_dates.txt"))
      throw new PlannerInputError(
        { file: `${zipPath}/calendar.txt` },
        {
          en: "required file is missing (the feed has neither calendar.txt nor calendar_dates.txt)",
          ru: "нет обязательного файла (в фиде нет ни calendar.txt, ни calendar_dates.txt)",
        },
      );
    let tripCount = 0;
    let withBlock = 0;
    const routes = new Set<string>();
    let tripCols = { route: 0, block: -1 };
    await readRows(
      feed,
      "trips.txt",
      (cols) => {
        tripCols = { route: cols.required("route_id"), block: cols.optional("block_id") };
        cols.required("trip_id");
        cols.required("service_id");
      },
      (fields) => {
        tripCount++;
        routes.add(fieldAt(fields, tripCols.route));
        if (fieldAt(fields, tripCols.block) !== "") withBlock++;
      },
    );
    let stopCount = 0;
    await readRows(
      feed,
      "stops.txt",
      (cols) => void cols.required("stop_id"),
      () => void stopCount++,
    );
    let first: string | null = null;
    let last: string | null = null;
    const widen = (date: string) => {
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    };
    if (feed.has("calendar.txt")) {
      let c = { start: 0, end: 0 };
      await readRows(
        feed,
        "calendar.txt",
        (cols) => {
          c = { start: cols.required("start_date"), end: cols.required("end_date") };
        },
        (fields, line) => {
          const file = `${zipPath}/calendar.txt`;
          widen(isoDate(fieldAt(fields, c.start), { file, line, field: "start_date" }));
          widen(isoDate(fieldAt(fields, c.end), { file, line, field: "end_date" }));
        },
      );
    }
    if (feed.has("calendar_dates.txt")) {
      let c = { date: 0, type: 0 };
      await readRows(
        feed,
        "calendar_dates.txt",
        (cols) => {
          c = { date: cols.required("date"), type: cols.required("exception_type") };
        },
        (fields, line) => {
          const file = `${zipPath}/calendar_dates.txt`;
          const date = isoDate(fieldAt(fields, c.date), { file, line, field: "date" });
          if (fieldAt(fields, c.type) === "1") widen(date);
        },
      );
    }
    if (tripCount === 0)
      throw new PlannerInputError(
        { file: `${zipPath}/trips.txt` },
        { en: "the feed has no trips", ru: "в фиде нет ни одного рейса" },
      );
    return {
      tripCount,
      routeCount: routes.size,
      stopCount,
      hasBlockIds: withBlock > 0,
      serviceStart: first,
      serviceEnd: last,
    };
  } finally {
    feed.close();
  }
}
