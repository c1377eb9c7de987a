/**
 * A depot's shifts. Buses go out at the depot's shift starts (local times in the depot's
 * time zone, e.g. 05:00 and 13:00); a shift lasts until the next start. The release gate
 * decides per shift: a pre-shift check counts for the shift it was made before, and a
 * manager's written release covers that shift and ends with it (Mintrans order No. 9 of
 * 2021: technical control before every departure; DVSA: a walkaround before every
 * journey — DOMAIN.md §1).
 *
 * A depot without a pattern has one shift a day starting at midnight local time.
 */
import { DateTime, IANAZone } from "luxon";
import type { LocalText } from "./server-text.js";

export interface ShiftPattern {
  /** IANA time zone of the depot, e.g. "Europe/Moscow". */
  timeZone: string;
  /** Local start times "HH:MM", ascending, at least one. */
  starts: readonly string[];
}

export interface Shift {
  start: Date;
  end: Date;
  /** The local start time of the pattern this shift begins at, "HH:MM". */
  localStart: string;
  /**
   * The depot's calendar date the shift begins on, "YYYY-MM-DD": documents and maintenance
   * dates are the depot's own, so they are judged on it (a 05:00 shift in Vladivostok
   * begins at 19:00 UTC the day before).
   */
  localDay: string;
}

export const DEFAULT_SHIFT_STARTS: readonly string[] = ["00:00"];
export const MAX_SHIFTS_A_DAY = 6;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The problem with a pattern, or null: a field and what is wrong, for a 400. */
export function shiftPatternProblem(
  pattern: ShiftPattern,
): { field: "timeZone" | "shiftStarts"; problem: LocalText } | null {
  if (!IANAZone.isValidZone(pattern.timeZone))
    return {
      field: "timeZone",
      problem: {
        key: "shifts.badZone",
        params: { zone: pattern.timeZone, example: "Europe/Moscow" },
      },
    };
  if (!pattern.starts.length) return { field: "shiftStarts", problem: { key: "shifts.none" } };
  if (pattern.starts.length > MAX_SHIFTS_A_DAY)
    return {
      field: "shiftStarts",
      problem: { key: "shifts.tooMany", params: { max: MAX_SHIFTS_A_DAY } },
    };
  for (const start of pattern.starts)
    if (!HH_MM.test(start))
      return { field: "shiftStarts", problem: { key: "shifts.notTime", params: { start } } };
  if (new Set(pattern.starts).size !== pattern.starts.length)
    return { field: "shiftStarts", problem: { key: "shifts.twice" } };
  return null;
}

/** Sorted, for storing. */
export function normaliseStarts(starts: readonly string[]): string[] {
  return [...starts].sort();
}

type Starts = readonly { start: Date; localStart: string; localDay: string }[];

/**
 * The starts around each local day computed lately, with the instants that day runs
 * between: a depot's board asks for its shift, the previous and the next several times a
 * request, and each start is a time-zone conversion (about 3 ms a board on luxon).
 */
const startsOfDay = new Map<string, { from: number; to: number; starts: Starts }[]>();
const REMEMBERED_PATTERNS = 10_000;

/** The shift starts around a local day, as instants, ascending. */
function startsAround(pattern: ShiftPattern, at: Date): Starts {
  const starts = pattern.starts.length ? normaliseStarts(pattern.starts) : DEFAULT_SHIFT_STARTS;
  const key = `${pattern.timeZone}|${starts.join(",")}`;
  const time = at.getTime();
  const known = startsOfDay.get(key);
  const found = known?.find((day) => day.from <= time && time < day.to);
  if (found) return found.starts;
  const local = DateTime.fromJSDate(at, { zone: pattern.timeZone });
  // The day from its calendar date, not from the moment asking: where midnight happens
  // twice (Havana turns its clocks back from 01:00 to 00:00), every moment of that day gets
  // the same starts, whichever asked first.
  const day = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day },
    { zone: pattern.timeZone },
  );
  const result: { start: Date; localStart: string; localDay: string }[] = [];
  for (const offset of [-1, 0, 1, 2]) {
    const date = day.plus({ days: offset });
    for (const localStart of starts) {
      const [hour, minute] = localStart.split(":").map(Number);
      // A local time that does not exist (a DST gap) moves forward, as luxon does.
      const start = date.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
      result.push({ start: start.toJSDate(), localStart, localDay: date.toISODate() ?? "" });
    }
  }
  result.sort((a, b) => a.start.getTime() - b.start.getTime());
  // The local day runs from its midnight to the next (23 or 25 hours across a DST change).
  const entry = { from: day.toMillis(), to: day.plus({ days: 1 }).toMillis(), starts: result };
  if (startsOfDay.size >= REMEMBERED_PATTERNS) startsOfDay.clear();
  // A few days per pattern: the days around now, and those a board asks about.
  startsOfDay.set(key, [entry, ...(known ?? []).slice(0, 7)]);
  return result;
}

/** The shift under way at `at`: the latest start at or before it, until the next start. */
export function shiftAt(pattern: ShiftPattern, at: Date): Shift {
  const starts = startsAround(pattern, at);
  let index = -1;
  for (let i = 0; i < starts.length; i++)
    if ((starts[i]?.start.getTime() ?? 0) <= at.getTime()) index = i;
  const current = starts[index];
  const next = starts[index + 1];
  if (!current || !next) throw new Error("shiftAt: no shift found around the moment");
  // Copies: the starts are remembered for the next caller (startsAround).
  return {
    start: new Date(current.start),
    end: new Date(next.start),
    localStart: current.localStart,
    localDay: current.localDay,
  };
}

/** The shift after the one under way at `at`. */
export function nextShift(pattern: ShiftPattern, at: Date): Shift {
  return shiftAt(pattern, shiftAt(pattern, at).end);
}

/** The shift before the one under way at `at`. */
export function previousShift(pattern: ShiftPattern, at: Date): Shift {
  return shiftAt(pattern, new Date(shiftAt(pattern, at).start.getTime() - 1));
}

/** The calendar date at `at` in a depot's time zone, "YYYY-MM-DD". */
export function localDayAt(timeZone: string, at: Date): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISODate() ?? at.toISOString().slice(0, 10);
}

/**
 * Today where a vehicle works: its depot's calendar date, else UTC's (a vehicle kept at no
 * depot has no time zone). A certificate "valid until the 5th" is valid to the end of the
 * 5th where the work is done: judged on the UTC date, one that ran out at midnight in
 * Vladivostok kept signing off work there until 10:00.
 */
export function todayAt(timeZone: string | null | undefined, now: Date = new Date()): string {
  return localDayAt(timeZone ?? "UTC", now);
}

/**
 * The newest date anywhere on Earth right now (UTC+14, the Line Islands): a date after it
 * is in the future wherever the person entering it is. For dates that belong to no place
 * (a person's certificate), so that a trainer in Kamchatka entering today's date at 08:00
 * is not told it is in the future because it is still yesterday in UTC.
 */
export function latestToday(now: Date = new Date()): string {
  return localDayAt("Pacific/Kiritimati", now);
}
