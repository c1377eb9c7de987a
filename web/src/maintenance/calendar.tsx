/**
 * A depot's maintenance calendar: a month of weeks (Monday first) with each task on the
 * day it is forecast to fall due (GET /maintenance/calendar), overdue in red, due soon in
 * amber, safety-critical marked. Work already overdue from before the month shows above
 * the grid, so nothing overdue hides in a past month. On a phone the month is a list of
 * days.
 */
import { useMemo } from "react";
import type { DueItem } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { Loaded } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import { DueStateBadge, localIsoDate, localName, SafetyMark } from "./shared.js";

const DAY_MS = 86_400_000;
/** How many items a day's cell lists before folding the rest away. */
const CELL_ITEMS = 4;

const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The weeks (Monday to Sunday) that cover a month, as ISO dates. */
export function monthGrid(month: string): { from: string; to: string; days: string[] } {
  const [year = 2000, monthNumber = 1] = month.split("-").map(Number);
  const first = Date.UTC(year, monthNumber - 1, 1);
  const last = Date.UTC(year, monthNumber, 0);
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7;
  const sundayOffset = 6 - ((new Date(last).getUTCDay() + 6) % 7);
  const start = first - mondayOffset * DAY_MS;
  const end = last + sundayOffset * DAY_MS;
  const days: string[] = [];
  for (let at = start; at <= end; at += DAY_MS) days.push(isoOf(at));
  return { from: isoOf(start), to: isoOf(end), days };
}

/** "2026-11" moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 2000, monthNumber = 1] = month.split("-").map(Number);
  return isoOf(Date.UTC(year, monthNumber - 1 + delta, 1)).slice(0, 7);
}

const itemKey = (item: DueItem) => `${item.vehicleId}/${item.programmeKey}/${item.taskKey}`;

function DueChip({ item }: { item: DueItem }) {
  const { t, locale, formatNumber, formatDate } = useI18n();
  const c = t.maintenance.calendar;
  const task = localName(item.taskName, locale);
  const meter =
    item.dueKm !== null
      ? c.km(formatNumber(item.dueKm))
      : item.dueHours !== null
        ? c.hours(formatNumber(item.dueHours))
        : null;
  const title = [
    `${item.fleetNumber}: ${task}`,
    c.states[item.status],
    item.dueDate ? `${c.dueDate}: ${formatDate(item.dueDate)}` : null,
    meter ? `${c.dueAt}: ${meter}` : null,
    item.safetyCritical ? c.safetyCritical : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Link
      to={`/vehicles/${item.vehicleId}#maintenance`}
      className={`due-chip due-${item.status}`}
      data-due-status={item.status}
      data-safety={item.safetyCritical}
      data-vehicle={item.vehicleId}
      title={title}
    >
      {item.safetyCritical ? <SafetyMark /> : null}
      <span className="strong">{item.fleetNumber}</span> <span>{task}</span>
    </Link>
  );
}

function DayItems({ items }: { items: DueItem[] }) {
  const { t } = useI18n();
  const shown = items.slice(0, CELL_ITEMS);
  const rest = items.slice(CELL_ITEMS);
  return (
    <>
      {shown.map((item) => (
        <DueChip key={itemKey(item)} item={item} />
      ))}
      {rest.length ? (
        <details className="calendar-more">
          <summary>{t.maintenance.calendar.more(rest.length)}</summary>
          {rest.map((item) => (
            <DueChip key={itemKey(item)} item={item} />
          ))}
        </details>
      ) : null}
    </>
  );
}

/** Most urgent first: overdue, then due (within tolerance), then due soon, safety-critical first within each. */
const URGENCY = { overdue: 0, due: 1, due_soon: 2, ok: 3 } as const;
const byUrgency = (a: DueItem, b: DueItem) =>
  URGENCY[a.status] - URGENCY[b.status] ||
  Number(b.safetyCritical) - Number(a.safetyCritical) ||
  a.fleetNumber.localeCompare(b.fleetNumber, undefined, { numeric: true });

export function MaintenanceMonth({ depotId, month }: { depotId: string; month: string }) {
  const { t, formatDate } = useI18n();
  const c = t.maintenance.calendar;
  const grid = useMemo(() => monthGrid(month), [month]);
  const today = localIsoDate();
  const calendar = useResource("/api/v1/maintenance/calendar", {
    params: { query: { depotId, from: grid.from, to: grid.to } },
  });
  const showsToday = grid.from <= today && today <= grid.to;
  const overdue = useResource(showsToday ? "/api/v1/maintenance/due" : null, {
    params: { query: { depotId, status: "overdue", limit: 500 } },
  });
  const byDay = useMemo(() => {
    const map = new Map<string, DueItem[]>();
    for (const day of calendar.data?.days ?? []) map.set(day.date, [...day.items].sort(byUrgency));
    return map;
  }, [calendar.data]);
  const placed = useMemo(() => new Set([...byDay.values()].flat().map(itemKey)), [byDay]);
  const earlier = (overdue.data ?? []).filter((item) => !placed.has(itemKey(item))).sort(byUrgency);
  const inMonth = grid.days.filter((day) => day.slice(0, 7) === month);
  const listDays = inMonth.filter((day) => byDay.get(day)?.length);
  return (
    <Loaded resource={calendar}>
      {() => (
        <div className="maintenance-calendar" data-month={month}>
          {earlier.length ? (
            <div className="calendar-earlier" data-overdue-earlier={earlier.length}>
              <strong>{c.overdueBefore(earlier.length)}</strong>
              <div className="calendar-chips">
                {earlier.map((item) => (
                  <DueChip key={itemKey(item)} item={item} />
                ))}
              </div>
            </div>
          ) : null}
          <div className="calendar-legend" aria-label={c.legend}>
            <span className="due-chip due-overdue">{c.overdue}</span>
            <span className="due-chip due-due_soon">{c.dueSoon}</span>
            <span className="due-chip due-ok">{c.ok}</span>
            <span className="small">
              <SafetyMark /> {c.safetyCritical}
            </span>
          </div>
          <div className="calendar-grid" role="table" aria-label={c.title}>
            <div className="calendar-row calendar-head" role="row">
              {c.weekdays.map((day) => (
                <div key={day} role="columnheader" className="calendar-weekday">
                  {day}
                </div>
              ))}
            </div>
            {Array.from({ length: grid.days.length / 7 }, (_, week) => (
              <div key={week} className="calendar-row" role="row">
                {grid.days.slice(week * 7, week * 7 + 7).map((day) => {
                  const items = byDay.get(day) ?? [];
                  return (
                    <div
                      key={day}
                      role="cell"
                      className="calendar-day"
                      data-date={day}
                      data-outside={day.slice(0, 7) !== month}
                      data-today={day === today}
                      data-overdue={items.some((i) => i.status === "overdue")}
                    >
                      <div className="calendar-date">{Number(day.slice(8))}</div>
                      <DayItems items={items} />
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div className="calendar-list">
            {listDays.length ? (
              listDays.map((day) => (
                <section key={day} className="calendar-list-day" data-date={day}>
                  <h3 data-today={day === today}>{formatDate(day)}</h3>
                  {(byDay.get(day) ?? []).map((item) => (
                    <div key={itemKey(item)} className="calendar-list-item">
                      <DueChip item={item} />
                      <DueStateBadge status={item.status} />
                    </div>
                  ))}
                </section>
              ))
            ) : (
              <p className="empty">{c.nothingThisMonth}</p>
            )}
          </div>
        </div>
      )}
    </Loaded>
  );
}
