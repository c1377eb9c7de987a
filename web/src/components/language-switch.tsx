import type { Locale } from "../api/types.js";
import { LOCALES, useI18n } from "../i18n/i18n.js";
import { useSession } from "../session.js";

const LABELS: Record<Locale, { short: string; full: string }> = {
  en: { short: "EN", full: "English" },
  ru: { short: "RU", full: "Русский" },
};

/** EN | RU: the choice is remembered on this device and, when signed in, on the account. */
export function LanguageSwitch() {
  const { locale, setLocale } = useSession();
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t.shell.language}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={LABELS[option].full}
          aria-label={LABELS[option].full}
          aria-pressed={option === locale}
          className={option === locale ? "selected" : undefined}
          onClick={() => setLocale(option)}
        >
          {LABELS[option].short}
        </button>
      ))}
    </div>
  );
}
