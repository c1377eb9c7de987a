import { DataTable } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import type { PlanResultView } from "./types.js";

type DayType = NonNullable<PlanResultView["year"]>["dayTypes"][number];

/** Monday first, as the planner's own labels (src/planner/gtfs/service-year.ts). */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The day types of the service calendar that the yearly figures add up (GTFS plans). */
export function YearTable({ result }: { result: PlanResultView }) {
  const { t, formatNumber, formatDate } = useI18n();
  const p = t.planner;
  const year = result.year;
  if (year === undefined) return null;
  const weekdays = (days: number[]): string => {
    const ordered = WEEK_ORDER.filter((d) => days.includes(d));
    const parts: string[] = [];
    let i = 0;
    while (i < ordered.length) {
      let j = i;
      while (
        j + 1 < ordered.length &&
        WEEK_ORDER.indexOf(ordered[j + 1]!) === WEEK_ORDER.indexOf(ordered[j]!) + 1
      )
        j++;
      if (j - i >= 2) parts.push(`${p.weekdayShort[ordered[i]!]}–${p.weekdayShort[ordered[j]!]}`);
      else for (let k = i; k <= j; k++) parts.push(p.weekdayShort[ordered[k]!]!);
      i = j + 1;
    }
    return parts.join(", ");
  };
  const name = (d: DayType): string =>
    d.date !== null
      ? formatDate(d.date)
      : `${weekdays(d.weekdays)}${d.otherDays > 0 ? ` ${p.otherDays(formatNumber(d.otherDays))}` : ""}`;
  const byId = new Map(year.dayTypes.map((d) => [d.id, d]));
  return (
    <section aria-labelledby="planner-year">
      <h3 id="planner-year">{p.yearTitle}</h3>
      <p>
        {p.yearWindow(
          formatDate(year.from),
          formatDate(year.to),
          formatNumber(year.windowDays),
          formatNumber(year.noServiceDays),
        )}{" "}
        {year.scale !== 1
          ? `${p.yearScaled(formatNumber(Math.round(year.scale * 1000) / 1000))} `
          : ""}
        {p.yearDetail(formatDate(result.timetable.serviceDate))}
      </p>
      <DataTable
        label={p.yearTitle}
        rows={year.dayTypes}
        rowKey={(d) => d.id}
        columns={[
          { header: p.dayType, cell: name },
          { header: p.days, cell: (d) => formatNumber(d.days), className: "num" },
          {
            header: p.daysPerYear,
            cell: (d) => formatNumber(Math.round(d.daysInYear * 10) / 10),
            className: "num",
          },
          {
            header: p.plannedAs,
            cell: (d) => {
              const as = d.plannedAs === null ? undefined : byId.get(d.plannedAs);
              return as === undefined ? formatDate(d.representativeDate) : name(as);
            },
          },
          { header: p.tripsPerDay, cell: (d) => formatNumber(d.tripCount), className: "num" },
          { header: p.blocks, cell: (d) => formatNumber(d.blockCount), className: "num" },
          {
            header: p.kmPerDay,
            cell: (d) => formatNumber(Math.round(d.dailyDistanceKm)),
            className: "num",
          },
          {
            header: p.kmPerYear,
            cell: (d) => formatNumber(Math.round(d.yearlyDistanceKm)),
            className: "num",
          },
        ]}
      />
    </section>
  );
}
