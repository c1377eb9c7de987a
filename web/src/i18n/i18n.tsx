/**
 * The language of the UI. A choice made on this device is kept in localStorage and wins;
 * otherwise a signed-in person's stored language is used, and before sign-in the
 * browser's. Dates and numbers follow the language.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { setRequestLanguage } from "../api/client.js";
import type { Locale } from "../api/types.js";
import { en } from "./en.js";
import { FORMAT_LOCALE, formatsFor, type PluralForms } from "./format.js";
import type { Messages } from "./messages.js";
import { ru } from "./ru.js";

export const LOCALES: readonly Locale[] = ["en", "ru"];
const DICTIONARIES: Record<Locale, Messages> = { en, ru };
const STORAGE_KEY = "fleethub.locale";
export { FORMAT_LOCALE };

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The language chosen on this device, if any. */
export function deviceLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberDeviceLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function browserLocale(): Locale {
  return navigator.languages.some((language) => language.toLowerCase().startsWith("ru"))
    ? "ru"
    : "en";
}

export interface I18n {
  locale: Locale;
  t: Messages;
  formatDate: (value: string | Date) => string;
  formatDateTime: (value: string | Date) => string;
  formatNumber: (value: number) => string;
  /** A count and its noun in the right plural form: "5 механиков" (format.ts). */
  formatCount: (count: number, forms: PluralForms) => string;
  /** A navigation entry's label; keys the UI does not know yet read as words. */
  navLabel: (key: string) => string;
}

export function makeI18n(locale: Locale): I18n {
  const t = DICTIONARIES[locale];
  const formats = formatsFor(locale);
  return {
    locale,
    t,
    formatDate: formats.date,
    formatDateTime: formats.dateTime,
    formatNumber: formats.number,
    formatCount: formats.count,
    navLabel: (key) =>
      Object.hasOwn(t.nav, key) ? t.nav[key as keyof Messages["nav"]] : humanize(key),
  };
}

/** "workOrders" or "work-orders" → "Work orders". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const I18nContext = createContext<I18n>(makeI18n("en"));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => {
    // The server writes its refusals in the language the person reads the UI in.
    setRequestLanguage(locale);
    return makeI18n(locale);
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
