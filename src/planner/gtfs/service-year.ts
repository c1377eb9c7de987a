import type { PlanWarning } from "../timetable.js";
import { dateKey } from "./gtfs-time.js";

/** A feed's service calendar: calendar.txt rows and calendar_dates.txt exceptions. */
export interface ServiceCalendar {
  rows: { id: string; days: boolean[]; start: number; end: number }[];
  /** Per YYYYMMDD key: service ids added (exception_type 1) and removed (2) that day. */
  exceptions: Map<number, { added: Set<string>; removed: Set<string> }>;
  /** First line in calendar_dates.txt of each service id it names (to report unknown ids). */
  exceptionLines: Map<string, number>;
  /** First and last YYYYMMDD the calendar mentions (Infinity/-Infinity when empty). */
  first: number;
  last: number;
}

/** Service ids running on one date under the calendar (GTFS reference, calendar_dates). */
export function servicesOn(calendar: ServiceCalendar, date: Date): Set<string> {
  const key = dateKey(date);
  const weekday = date.getUTCDay();
  const active = new Set<string>();
  for (const row of calendar.rows)
    if (row.start <= key && key <= row.end && row.days[weekday] === true) active.add(row.id);
  const exception = calendar.exceptions.get(key);
  if (exception !== undefined) {
    for (const id of exception.added) active.add(id);
    for (const id of exception.removed) active.delete(id);
  }
  return active;
}

/** Days in the plan's year. A shorter feed is scaled up to it (and the result says so). */
export const DAYS_PER_YEAR = 365;

/**
 * Most day types planned one by one. A feed whose calendar_dates.txt gives many dates a set
 * of services of their own would otherwise cost one plan per date; the day types beyond
 * these (the ones with fewest days) are planned as the planned day type whose services are
 * most alike (Jaccard similarity of the service ids), and the result says how many.
 */
export const MAX_PLANNED_DAY_TYPES = 8;

const WEEKDAY_SHORT = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
/** Monday first, the order people read weekdays in. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** Days of the window that run one and the same set of services. */
export interface DayType {
  /** "dt1", "dt2", … in order of their first date. */
  id: string;
  /** English name: "Mon–Fri", "Sat", "Sun + 4 other days", or the date of a one-off day. */
  label: string;
  /** The weekdays (0 = Sunday … 6 = Saturday) it regularly falls on; empty for a one-off day. */
  weekdays: number[];
  /** Days of this type on other weekdays than `weekdays` (holidays run as a Sunday…). */
  otherDays: number;
  /** The date (YYYY-MM-DD) when the day type has one day only, else null. */
  date: string | null;
  serviceIds: string[];
  /** Days of this type in the window, before scaling to a year. */
  days: number;
  /** Days of this type per design day (by month), before scaling. */
  designDayDays: Record<string, number>;
  /** The date whose trips are planned for this day type (YYYY-MM-DD). */
  representativeDate: string;
  /** Null when planned itself, else the id of the planned day type it is counted as. */
  plannedAs: string | null;
}

export interface ServiceYear {
  /** First and last date of the window (YYYY-MM-DD) and its length in days. */
  from: string;
  to: string;
  windowDays: number;
  /** Yearly figures = window figures × scale (365 / windowDays; 1 for a whole year). */
  scale: number;
  /** Days in the window on which no service runs (they add nothing). */
  noServiceDays: number;
  dayTypes: DayType[];
  warnings: PlanWarning[];
}

export const isoOf = (date: Date): string => date.toISOString().slice(0, 10);
/** A day as Russian writes it (01.03.2026). */
const dayRu = (iso: string): string => iso.split("-").reverse().join(".");

/** "Mon–Fri", "Sat", "Sat, Sun": runs of three or more consecutive weekdays joined by a dash. */
export function weekdayLabel(
  weekdays: readonly number[],
  names: readonly string[] = WEEKDAY_SHORT,
): string {
  const ordered = WEEK_ORDER.filter((d) => weekdays.includes(d));
  const parts: string[] = [];
  let i = 0;
  while (i < ordered.length) {
    let j = i;
    while (
      j + 1 < ordered.length &&
      WEEK_ORDER.indexOf(ordered[j + 1]!) === WEEK_ORDER.indexOf(ordered[j]!) + 1
    )
      j++;
    if (j - i >= 2) parts.push(`${names[ordered[i]!]}–${names[ordered[j]!]}`);
    else for (let k = i; k <= j; k++) parts.push(names[ordered[k]!]!);
    i = j + 1;
  }
  return parts.join(", ");
}

function jaccard(a: readonly string[], b: ReadonlySet<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  const union = a.length + b.size - common;
  return union === 0 ? 1 : common / union;
}

/**
 * The year of service the plan stands for: the {@link DAYS_PER_YEAR} days from `start` (the
 * date the user chose), cut at the last date the feed's calendar mentions. Each day is put
 * in the day type of its set of active service ids; days without service count in the
 * window but add nothing. `designDayByMonth[m]` names the design day of month m (0 = Jan).
 */
export function serviceYear(
  calendar: ServiceCalendar,
  start: Date,
  designDayByMonth: readonly string[],
  maxPlanned = MAX_PLANNED_DAY_TYPES,
): ServiceYear {
  const startKey = dateKey(start);
  const lastKey = Number.isFinite(calendar.last) ? Math.max(calendar.last, startKey) : startKey;
  const groups = new Map<
    string,
    {
      serviceIds: string[];
      dates: Date[];
      byWeekday: number[];
      designDayDays: Record<string, number>;
    }
  >();
  let windowDays = 0;
  let noServiceDays = 0;
  let last = start;
  for (let i = 0; i < DAYS_PER_YEAR; i++) {
    const date = new Date(start.getTime() + i * 86_400_000);
    if (dateKey(date) > lastKey) break;
    windowDays++;
    last = date;
    const active = servicesOn(calendar, date);
    if (active.size === 0) {
      noServiceDays++;
      continue;
    }
    const ids = [...active].sort();
    const key = ids.join("\u0000");
    let group = groups.get(key);
    if (group === undefined) {
      group = { serviceIds: ids, dates: [], byWeekday: [0, 0, 0, 0, 0, 0, 0], designDayDays: {} };
      groups.set(key, group);
    }
    group.dates.push(date);
    group.byWeekday[date.getUTCDay()]!++;
    const designDay = designDayByMonth[date.getUTCMonth()] ?? "";
    group.designDayDays[designDay] = (group.designDayDays[designDay] ?? 0) + 1;
  }
  const dayTypes: DayType[] = [...groups.values()].map((g, i) => {
    const most = Math.max(...g.byWeekday);
    // A weekday is the type's own when it has at least half the days of its commonest
    // weekday; the others are exceptions (a Monday holiday run as a Sunday).
    const weekdays =
      g.dates.length === 1 ? [] : [0, 1, 2, 3, 4, 5, 6].filter((d) => g.byWeekday[d]! * 2 >= most);
    const otherDays = g.dates.length - weekdays.reduce((s, d) => s + g.byWeekday[d]!, 0);
    const date = g.dates.length === 1 ? isoOf(g.dates[0]!) : null;
    const label =
      date ??
      `${weekdayLabel(weekdays)}${otherDays > 0 ? ` + ${otherDays} other day${otherDays === 1 ? "" : "s"}` : ""}`;
    // The chosen date stands for its own day type; any other type, its first date.
    const chosen = g.dates.find((d) => dateKey(d) === startKey);
    return {
      id: `dt${i + 1}`,
      label,
      weekdays,
      otherDays,
      date,
      serviceIds: g.serviceIds,
      days: g.dates.length,
      designDayDays: g.designDayDays,
      representativeDate: isoOf(chosen ?? g.dates[0]!),
      plannedAs: null,
    };
  });
  const warnings: PlanWarning[] = [];
  if (dayTypes.length > maxPlanned) {
    // Keep the day types with most days (the chosen date's always), merge the rest.
    const ranked = [...dayTypes].sort(
      (a, b) =>
        Number(b.representativeDate === isoOf(start)) -
          Number(a.representativeDate === isoOf(start)) || b.days - a.days,
    );
    const planned = ranked.slice(0, maxPlanned);
    const plannedSets = planned.map((p) => new Set(p.serviceIds));
    for (const t of ranked.slice(maxPlanned)) {
      let best = 0;
      let bestScore = -1;
      planned.forEach((p, k) => {
        const score = jaccard(t.serviceIds, plannedSets[k]!);
        if (score > bestScore || (score === bestScore && p.days > planned[best]!.days)) {
          best = k;
          bestScore = score;
        }
      });
      t.plannedAs = planned[best]!.id;
    }
    const merged = dayTypes.length - maxPlanned;
    warnings.push({
      en: `the calendar has ${dayTypes.length} day types (sets of services running together); the ${maxPlanned} with most days were planned, each of the other ${merged} was counted as the planned day type whose services are most alike`,
      ru: `в календаре типов дней (наборов одновременно действующих сервисов): ${dayTypes.length}; рассчитаны ${maxPlanned} с наибольшим числом дней, каждый из остальных (${merged}) засчитан как рассчитанный тип дня с самыми похожими сервисами`,
    });
  }
  const scale = windowDays > 0 ? DAYS_PER_YEAR / windowDays : 1;
  if (windowDays < DAYS_PER_YEAR)
    warnings.push({
      en: `the feed's calendar covers ${windowDays} day(s) from ${isoOf(start)} (to ${isoOf(last)}), less than a year: yearly figures are those days' figures × ${scale.toFixed(3)} (${DAYS_PER_YEAR} / ${windowDays})`,
      ru: `календарь фида охватывает меньше года — дней: ${windowDays}, с ${dayRu(isoOf(start))} по ${dayRu(isoOf(last))}; годовые показатели — показатели этих дней × ${scale.toFixed(3).replace(".", ",")} (${DAYS_PER_YEAR} / ${windowDays})`,
    });
  return {
    from: isoOf(start),
    to: isoOf(last),
    windowDays,
    scale,
    noServiceDays,
    dayTypes,
    warnings,
  };
}
