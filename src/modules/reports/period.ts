/**
 * The period a report covers: `from` and `to` are calendar days (UTC), both included,
 * `from` not after `to`, and at most three years apart so one request cannot ask the
 * database for a decade of readings.
 */
import { Type, type Static } from "typebox";
import { invalid } from "../../errors.js";
import { addMonths } from "../../core/calendar-dates.js";

export const MAX_PERIOD_MONTHS = 36;

export const PeriodQuery = Type.Object(
  {
    from: Type.String({ format: "date", description: "First day (YYYY-MM-DD, UTC), included" }),
    to: Type.String({ format: "date", description: "Last day (YYYY-MM-DD, UTC), included" }),
  },
  { additionalProperties: false },
);
export type Period = Static<typeof PeriodQuery>;

export const NoQuery = Type.Object({}, { additionalProperties: false });

export interface ResolvedPeriod {
  from: string;
  to: string;
  /** Midnight UTC starting `from`. */
  start: Date;
  /** Midnight UTC after `to`: the period is [start, until). */
  until: Date;
}

export function resolvePeriod(period: Period): ResolvedPeriod {
  if (period.to < period.from)
    throw invalid("to", { key: "maintenance.toBeforeFrom", params: { from: period.from } });
  const latest = addMonths(period.from, MAX_PERIOD_MONTHS);
  if (period.to > latest)
    throw invalid("to", {
      key: "reports.periodTooLong",
      params: { years: MAX_PERIOD_MONTHS / 12, latest },
    });
  const start = new Date(`${period.from}T00:00:00Z`);
  const until = new Date(`${period.to}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + 1);
  return { from: period.from, to: period.to, start, until };
}
