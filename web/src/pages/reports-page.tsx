/**
 * Reports: pick one, give the period where it covers one, and see its chart and table;
 * the same rows download as CSV from the report's .csv route. What the rows cover is the
 * API's business: an operator itself, a hub the operators it serves, the manufacturer
 * the whole network.
 */
import { useState } from "react";
import { downloadHref } from "../api/client.js";
import { PageHeader, SelectField, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import {
  PERIOD_REPORTS,
  REPORT_NAMES,
  ReportView,
  type ReportName,
} from "../reports/report-views.js";
import "../reports/reports.css";

/** A calendar day (UTC, as the reports count days) `days` before today. */
function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export function ReportsPage() {
  const { t, locale } = useI18n();
  const r = t.reports;
  const [name, setName] = useState<ReportName>("overdue-maintenance");
  // The last twelve months by default.
  const [from, setFrom] = useState(() => isoDaysAgo(364));
  const [to, setTo] = useState(() => isoDaysAgo(0));
  const period = PERIOD_REPORTS.has(name);
  const complete = !period || (from !== "" && to !== "");
  return (
    <>
      <PageHeader title={r.title} subtitle={r.subtitle} />
      <div className="report-filters panel">
        <SelectField
          label={r.report}
          data-field="report"
          value={name}
          onChange={(event) => setName(event.target.value as ReportName)}
          options={REPORT_NAMES.map((value) => ({ value, label: r.names[value] }))}
        />
        {period ? (
          <>
            <TextField
              label={r.from}
              data-field="from"
              type="date"
              required
              value={from}
              max={to || undefined}
              onChange={(event) => setFrom(event.target.value)}
            />
            <TextField
              label={r.to}
              data-field="to"
              type="date"
              required
              value={to}
              min={from || undefined}
              onChange={(event) => setTo(event.target.value)}
            />
          </>
        ) : null}
        {complete ? (
          <a
            className="button report-csv"
            data-action="csv"
            href={
              period
                ? downloadHref(locale, `/api/v1/reports/${name}.csv`, { query: { from, to } })
                : downloadHref(locale, `/api/v1/reports/${name}.csv`)
            }
            download={`${name}.csv`}
          >
            {r.downloadCsv}
          </a>
        ) : null}
        {complete ? (
          <a
            className="button report-xlsx"
            data-action="xlsx"
            href={
              period
                ? downloadHref(locale, `/api/v1/reports/${name}.csv`, {
                    query: { from, to, format: "xlsx" },
                  })
                : downloadHref(locale, `/api/v1/reports/${name}.csv`, { query: { format: "xlsx" } })
            }
            download={`${name}.xlsx`}
          >
            {r.downloadXlsx}
          </a>
        ) : null}
      </div>
      <section className="report" data-report={name} aria-label={r.names[name]}>
        <h2>{r.names[name]}</h2>
        <p className="muted">{r.descriptions[name]}</p>
        {complete ? <ReportView name={name} period={{ from, to }} /> : null}
      </section>
    </>
  );
}
