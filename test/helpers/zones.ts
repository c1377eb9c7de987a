/**
 * A time zone whose calendar date is not UTC's at the moment a test runs, with both dates
 * from `Intl` (the independent clock): UTC+14 (Line Islands) from 10:00 UTC, when its date
 * is a day ahead; UTC−11 (American Samoa) before 11:00 UTC, when its date is a day
 * behind. A rule that judges on the UTC date instead of the depot's fails a test that
 * uses it, whenever the test runs.
 */
export const dateIn = (timeZone: string, at: Date = new Date()): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);

export function zoneApartFromUtc(at: Date = new Date()) {
  const utcToday = at.toISOString().slice(0, 10);
  const zone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find((z) => dateIn(z, at) !== utcToday);
  if (!zone) throw new Error("no zone whose date differs from UTC's: the clock is odd");
  const today = dateIn(zone, at);
  const shift = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { zone, today, yesterday: shift(-1) };
}
