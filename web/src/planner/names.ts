/**
 * The names a plan gives in English (its options, the default scenario's design days and
 * vehicle types) as the page's language writes them, with the same Russian as the HTML
 * report (src/planner/report/report-names.ts), so page and report agree.
 */
import { optionLabelRu, scenarioNameRu } from "../../../src/planner/report/report-names.js";
import { useI18n } from "../i18n/i18n.js";

export function usePlanNames(): { option: (label: string) => string; day: (id: string) => string } {
  const { locale } = useI18n();
  return locale === "ru"
    ? { option: optionLabelRu, day: scenarioNameRu }
    : { option: (label) => label, day: (id) => id };
}
