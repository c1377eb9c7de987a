/**
 * How an hourly profile (temperature, passenger load) is turned into one value for a trip.
 *
 * - "time-weighted": the mean of the profile over the trip, each hour weighted by the seconds
 *   of the trip that fall in it (a trip that starts and ends in one hour gets that hour's value).
 * - "simba-b08b829": the arithmetic SimBA b08b829 actually performs in
 *   `simba/util.py:get_mean_from_hourly_dict` (docs/planner-simba-comparison.md § Temperature).
 *   SimBA means to weight the first partial hour by the time up to the next full hour, but
 *   takes that "next full hour" as midnight of the day containing start + 1 h. For a trip that
 *   starts at 23:xx this is the next full hour; for every other trip that crosses an hour it
 *   is the midnight *before* the start, so the first hour gets a negative weight and every
 *   hour since midnight enters the sum. A trip 22:48–23:23 on SimBA's winter profile gets
 *   −12.6 °C instead of −1.1 °C. Used only to reproduce SimBA's own figures.
 */
export type TripAveraging = "time-weighted" | "simba-b08b829";

export const TRIP_AVERAGING_METHODS: readonly TripAveraging[] = ["time-weighted", "simba-b08b829"];

const HOUR_S = 3600;
const DAY_S = 86400;

function atHour(byHour: readonly number[], timeS: number): number {
  const h = ((Math.floor(timeS / HOUR_S) % 24) + 24) % 24;
  return byHour[h] ?? 0;
}

/** Integral of the hourly profile over [fromS, toS] (value × seconds). */
function integral(byHour: readonly number[], fromS: number, toS: number): number {
  let sum = 0;
  let t = fromS;
  while (t < toS) {
    const next = Math.min(toS, (Math.floor(t / HOUR_S) + 1) * HOUR_S);
    sum += atHour(byHour, t) * (next - t);
    t = next;
  }
  return sum;
}

/**
 * The profile's value for a trip from `fromS` to `toS` (seconds after midnight of the first
 * service day; days repeat the 24-hour profile).
 */
export function tripMean(
  byHour: readonly number[],
  fromS: number,
  toS: number,
  method: TripAveraging,
): number {
  const duration = toS - fromS;
  const sameHour = Math.floor(fromS / HOUR_S) === Math.floor(toS / HOUR_S);
  if (duration <= 0 || (sameHour && duration < HOUR_S)) return atHour(byHour, fromS);
  if (method === "time-weighted") return integral(byHour, fromS, toS) / duration;
  // SimBA b08b829: "next full hour" = midnight of the day of (start + 1 h).
  const anchor = Math.floor((fromS + HOUR_S) / DAY_S) * DAY_S;
  let sum = atHour(byHour, fromS) * (anchor - fromS);
  for (let t = anchor; t < toS; t += HOUR_S) sum += atHour(byHour, t) * Math.min(toS - t, HOUR_S);
  return sum / duration;
}
