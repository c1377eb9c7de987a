import type { FindingCode } from "../../../src/planner/quality/findings.js";
import { DataTable } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import type { PlanResultView } from "./types.js";

/** Findings listed on the page; the plan's JSON has them all. */
const SHOWN = 50;

/** The data-quality stage's findings of a plan: counts per kind, then the first ones. */
export function DataChecks({ quality }: { quality: PlanResultView["timetable"]["quality"] }) {
  const { t, locale, formatNumber } = useI18n();
  const p = t.planner;
  const counts = Object.entries(quality.counts) as [FindingCode, number][];
  const shown = quality.findings.slice(0, SHOWN);
  return (
    <section aria-labelledby="planner-data-checks">
      <h3 id="planner-data-checks">{p.dataChecks}</h3>
      {counts.length === 0 ? (
        <p className="muted">{p.noFindings}</p>
      ) : (
        <>
          <DataTable
            label={p.dataChecks}
            rows={counts}
            rowKey={([code]) => code}
            columns={[
              { header: p.findingKind, cell: ([code]) => p.findingCodes[code] },
              { header: p.count, cell: ([, n]) => formatNumber(n), className: "num" },
            ]}
          />
          <DataTable
            label={p.detail}
            rows={shown}
            rowKey={(f) => `${f.code}-${f.trip ?? ""}-${f.block ?? ""}-${f.line ?? ""}`}
            columns={[
              {
                header: p.where,
                cell: (f) =>
                  f.file !== null
                    ? `${f.file.split("/").pop() ?? f.file}${f.line !== null ? `:${f.line}` : ""}`
                    : "—",
              },
              { header: p.findingKind, cell: (f) => p.findingCodes[f.code] },
              // The finding in the page's language; a plan made before the Russian was kept
              // has its English only.
              {
                header: p.detail,
                cell: (f) => (locale === "ru" ? (f.messageRu ?? f.message) : f.message),
              },
            ]}
          />
          {quality.findings.length > shown.length ? (
            <p className="muted">{p.firstFindings(shown.length, quality.findings.length)}</p>
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * The plan's warnings about its input and its answer (a calendar shorter than a year,
 * charging held within a grid limit, trips left out…), in the page's language; a plan
 * made before their Russian was kept has its English only.
 */
export function PlanWarnings({ result }: { result: PlanResultView }) {
  const { t, locale } = useI18n();
  const pick = (en: string[], ru: string[] | undefined) =>
    locale === "ru" && ru !== undefined && ru.length === en.length ? ru : en;
  const warnings = [
    ...pick(result.timetable.warnings, result.timetable.warningsRu),
    ...(result.year ? pick(result.year.warnings, result.year.warningsRu) : []),
  ];
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="planner-warnings">
      <h3 id="planner-warnings">{t.planner.warnings}</h3>
      <ul className="plan-warnings">
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </section>
  );
}
