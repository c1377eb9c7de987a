/**
 * Parses a GTFS time "H:MM:SS" or "HH:MM:SS" into seconds after midnight of the service day.
 * Hours may exceed 23 (trips running past midnight); minutes and seconds must be below 60.
 * Returns -1 for an empty field (allowed for stops between timepoints) and -2 when malformed.
 */
export function parseGtfsTimeS(text: string): number {
  const len = text.length;
  if (len === 0) return -1;
  let i = 0;
  let hours = 0;
  let digits = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) break;
    if (c < 48 || c > 57) return -2;
    hours = hours * 10 + (c - 48);
    digits++;
    i++;
  }
  if (digits === 0 || digits > 3 || i !== len - 6) return -2;
  const m1 = text.charCodeAt(i + 1) - 48;
  const m2 = text.charCodeAt(i + 2) - 48;
  const s1 = text.charCodeAt(i + 4) - 48;
  const s2 = text.charCodeAt(i + 5) - 48;
  if (text.charCodeAt(i + 3) !== 58) return -2;
  if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return -2;
  return hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2;
}

/** Formats seconds after midnight as HH:MM (hours may exceed 23). */
export function formatClock(seconds: number): string {
  const total = Math.round(seconds / 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** Parses YYYY-MM-DD or YYYYMMDD into a UTC date, or null when not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return date;
}

/** YYYYMMDD as a number, for comparing GTFS dates. */
export function dateKey(date: Date): number {
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}
