import type { Scenario } from "../scenario/types.js";

/**
 * Price of a kWh charged in each hour of the day (0–23): the time-of-use band the hour is in,
 * else the flat `electricityPerKwh`. Bands are whole hours and may run past midnight
 * (`fromHour` 22, `toHour` 6 is 22:00–06:00).
 */
export function priceByHour(prices: Scenario["prices"]): number[] {
  const out = Array.from({ length: 24 }, () => prices.electricityPerKwh);
  for (const band of prices.timeOfUse) {
    const length = (band.toHour - band.fromHour + 24) % 24 || 24;
    for (let k = 0; k < length; k++) out[(band.fromHour + k) % 24] = band.perKwh;
  }
  return out;
}

/**
 * Mean price of the energy charged with the given energy per hour of the day: each hour at
 * its tariff, weighted by what was charged in it. Without any charging, the flat price.
 */
export function chargedEnergyPrice(
  energyByHourKwh: readonly number[],
  prices: Scenario["prices"],
): number {
  const byHour = priceByHour(prices);
  let kwh = 0;
  let cost = 0;
  for (let h = 0; h < 24; h++) {
    const e = energyByHourKwh[h] ?? 0;
    kwh += e;
    cost += e * byHour[h]!;
  }
  return kwh > 0 ? cost / kwh : prices.electricityPerKwh;
}

/**
 * Yearly demand charges of one grid connection: each month's charge per kW times the peak of
 * that month, the peak of the design day the month is given (`designDayByMonth`).
 */
export function yearlyDemandCharge(
  peakKwByDesignDay: ReadonlyMap<string, number>,
  designDayByMonth: readonly string[],
  perKwMonth: number,
): number {
  const highest = Math.max(0, ...peakKwByDesignDay.values());
  let sum = 0;
  for (const id of designDayByMonth) sum += (peakKwByDesignDay.get(id) ?? highest) * perKwMonth;
  return sum;
}
