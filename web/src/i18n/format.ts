/**
 * How the UI writes numbers, dates and counted nouns in each language: one place, so a
 * number in a table and the same number in a chart read the same (issue #14, item 3).
 * Everything goes through Intl: Russian groups thousands with a no-break space and writes
 * a decimal comma ("21 225 456", "0,95"), British English "21,225,456" and "0.95".
 */
import type { Locale } from "../api/types.js";

/** The regional formats used for each language. */
export const FORMAT_LOCALE: Record<Locale, string> = { en: "en-GB", ru: "ru-RU" };

/**
 * A noun's forms by plural category (CLDR). Russian needs one (1, 21, 101: "механик"),
 * few (2–4, 22–24: "механика"), many (0, 5–20, 25–30: "механиков") and other (fractions:
 * "1,5 механика"); English one and other.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formats {
  number: (value: number) => string;
  date: (value: string | Date) => string;
  dateTime: (value: string | Date) => string;
  /** The form of a noun that goes with a count, by the language's plural rules. */
  plural: (count: number, forms: PluralForms) => string;
  /** A count and its noun: "1 механик", "22 механика", "5 механиков". */
  count: (count: number, forms: PluralForms) => string;
  /** A calendar month's heading from "YYYY-MM": "Декабрь 2026", "December 2026". */
  monthYear: (month: string) => string;
}

const cache = new Map<Locale, Formats>();

export function formatsFor(locale: Locale): Formats {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = FORMAT_LOCALE[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  const number = new Intl.NumberFormat(tag);
  const rules = new Intl.PluralRules(tag);
  // The month alone, in the nominative ("декабрь"): with the year Intl writes
  // "декабрь 2026 г.", which capitalised by CSS became "Декабрь 2026 Г.".
  const monthName = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" });
  const toDate = (value: string | Date) =>
    value instanceof Date
      ? value
      : // A bare YYYY-MM-DD is a calendar day: read it at local noon so no zone moves it.
        /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T12:00:00`)
        : new Date(value);
  const plural = (count: number, forms: PluralForms) => forms[rules.select(count)] ?? forms.other;
  const formats: Formats = {
    number: (value) => number.format(value),
    date: (value) => date.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
    plural,
    count: (count, forms) => `${number.format(count)} ${plural(count, forms)}`,
    monthYear: (month) => {
      const [year = 2000, monthNumber = 1] = month.split("-").map(Number);
      const name = monthName.format(new Date(Date.UTC(year, monthNumber - 1, 15)));
      return `${name.charAt(0).toLocaleUpperCase(tag)}${name.slice(1)} ${year}`;
    },
  };
  cache.set(locale, formats);
  return formats;
}
