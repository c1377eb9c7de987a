/**
 * The transition planner: upload a GTFS feed, edit a scenario, run a plan (a job whose
 * progress is polled), read its charts, and compare two runs.
 */
import { useEffect, useState, type FormEvent } from "react";
import { api, downloadHref, errorMessage, multipart, unwrap } from "../api/client.js";
import { useResource } from "../api/use-resource.js";
import {
  Badge,
  DataTable,
  ErrorMessage,
  Field,
  Loaded,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { PlanCharts } from "../planner/charts.js";
import { DataChecks, PlanWarnings } from "../planner/data-checks.js";
import { CostTable } from "../planner/cost-table.js";
import { SensitivityTable } from "../planner/sensitivity-table.js";
import { YearTable } from "../planner/year-table.js";
import { CompareView } from "../planner/compare-view.js";
import { usePlanNames } from "../planner/names.js";
import { ScenarioEditor } from "../planner/scenario-editor.js";
import type {
  PlanResultView,
  PlannerRun,
  PlannerScenario,
  PlannerTimetable,
} from "../planner/types.js";
import "../planner/planner.css";

/** A GTFS feed, sent as the multipart field "feed" under the file's own name. */
const uploadFeed = (file: File) =>
  unwrap(
    api.POST("/api/v1/planner/timetables", { body: { feed: file }, bodySerializer: multipart }),
  );

function TimetableSection({
  timetables,
  onUploaded,
}: {
  timetables: PlannerTimetable[];
  onUploaded: () => void;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const p = t.planner;
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await uploadFeed(file);
      onUploaded();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="planner-timetables-heading">
      <h2 id="planner-timetables-heading">{p.timetables}</h2>
      <DataTable
        label={p.timetables}
        rows={timetables}
        rowKey={(row) => row.id}
        columns={[
          { header: p.name, cell: (row) => row.name },
          { header: p.trips, cell: (row) => formatNumber(row.tripCount), className: "num" },
          { header: p.routes, cell: (row) => formatNumber(row.routeCount), className: "num" },
          {
            header: p.service,
            cell: (row) =>
              row.serviceStart && row.serviceEnd
                ? `${formatDate(row.serviceStart)} – ${formatDate(row.serviceEnd)}`
                : "—",
          },
          { header: p.blocks, cell: (row) => (row.hasBlockIds ? p.blockIds : p.scheduled) },
          {
            header: p.size,
            cell: (row) => `${formatNumber(Math.round(row.sizeBytes / 1024))} KB`,
            className: "num",
          },
        ]}
      />
      <form className="planner-upload" onSubmit={(event) => void submit(event)}>
        <Field label={p.feedFile}>
          {(id) => (
            <input
              id={id}
              type="file"
              accept=".zip,application/zip"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={!file || busy}>
          {busy ? p.uploading : p.upload}
        </button>
      </form>
      <ErrorMessage message={error} />
    </section>
  );
}

function RunForm({
  timetables,
  scenarios,
  onStarted,
}: {
  timetables: PlannerTimetable[];
  scenarios: PlannerScenario[];
  onStarted: (run: PlannerRun) => void;
}) {
  const { t } = useI18n();
  const p = t.planner;
  const [timetableId, setTimetableId] = useState(timetables[0]?.id ?? "");
  const timetable = timetables.find((x) => x.id === timetableId) ?? timetables[0];
  const [scenarioId, setScenarioId] = useState("");
  const [date, setDate] = useState(timetable?.serviceStart ?? "");
  const [sensitivity, setSensitivity] = useState(false);
  const [elevations, setElevations] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDate(timetable?.serviceStart ?? ""), [timetable]);
  if (!timetable) return <p className="muted">{p.noTimetable}</p>;
  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onStarted(
        await unwrap(
          api.POST("/api/v1/planner/runs", {
            body: {
              timetableId: timetable.id,
              scenarioId: scenarioId || null,
              date,
              sensitivity,
              stopElevations:
                elevations === null
                  ? null
                  : { fileName: elevations.name, csv: await elevations.text() },
            },
          }),
        ),
      );
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form className="planner-run-form" onSubmit={(event) => void start(event)}>
      <SelectField
        label={p.timetable}
        value={timetable.id}
        onChange={(event) => setTimetableId(event.target.value)}
        options={timetables.map((x) => ({ value: x.id, label: x.name }))}
      />
      <SelectField
        label={p.scenario}
        value={scenarioId}
        onChange={(event) => setScenarioId(event.target.value)}
        options={[
          { value: "", label: p.defaults },
          ...scenarios.map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <TextField
        label={p.date}
        type="date"
        required
        value={date}
        {...(timetable.serviceStart ? { min: timetable.serviceStart } : {})}
        {...(timetable.serviceEnd ? { max: timetable.serviceEnd } : {})}
        onChange={(event) => setDate(event.target.value)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={sensitivity}
          onChange={(event) => setSensitivity(event.target.checked)}
        />{" "}
        {p.sensitivity}
      </label>
      <Field label={p.stopElevations}>
        {(id) => (
          <input
            id={id}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => setElevations(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {p.start}
      </button>
      <ErrorMessage message={error} />
    </form>
  );
}

/** How much the planned day climbs (absent in results stored before gradients were planned). */
function GradientLine({ result }: { result: PlanResultView }) {
  const { t, formatNumber } = useI18n();
  const g = result.timetable.gradient;
  if (g === undefined) return null;
  const fromRoutes = g.tripsFromRouteGradients ?? 0;
  const setAside = g.tripsRouteGradientSetAside ?? 0;
  const sources = [
    ...(g.file === null ? [] : [t.planner.gradientFromFile(g.file)]),
    ...(fromRoutes > 0 ? [t.planner.gradientFromRoutes(formatNumber(fromRoutes))] : []),
  ].join(", ");
  return (
    <p className="muted">
      {g.file === null && fromRoutes === 0
        ? t.planner.gradientNone
        : t.planner.gradient(
            formatNumber(Math.round(g.climbM)),
            formatNumber(Math.round(g.descentM)),
            formatNumber(Math.round(g.climbPerKm * 10) / 10),
            sources,
          ) + (setAside > 0 ? `; ${t.planner.gradientSetAside(formatNumber(setAside))}` : "")}
    </p>
  );
}

function RunStatus({ run }: { run: PlannerRun }) {
  const { t } = useI18n();
  const p = t.planner;
  const tone =
    run.status === "succeeded" ? "good" : run.status === "failed" ? "warn" : ("accent" as const);
  return (
    <span className="planner-status">
      <Badge tone={tone}>{p.statuses[run.status]}</Badge>
      {run.status === "running" || run.status === "queued" ? (
        <progress
          max={1}
          value={run.progress?.fraction ?? 0}
          aria-label={`${p.progress}: ${run.progress?.phase ?? ""}`}
          title={run.progress?.phase}
        />
      ) : null}
    </span>
  );
}

function ResultView({ run }: { run: PlannerRun }) {
  const { t, locale, formatNumber } = useI18n();
  const names = usePlanNames();
  const p = t.planner;
  const result = useResource("/api/v1/planner/runs/{id}/result", {
    params: { path: { id: run.id } },
  });
  const currency = run.summary?.currency ?? "";
  return (
    <section className="panel" aria-labelledby="planner-result-heading">
      <h2 id="planner-result-heading">
        {p.result}: {run.timetableName} · {names.day(run.scenarioName)} · {run.serviceDate}
      </h2>
      <p>
        <a
          href={downloadHref(locale, "/api/v1/planner/runs/{id}/report", { path: { id: run.id } })}
          target="_blank"
          rel="noreferrer"
        >
          {p.report}
        </a>
      </p>
      {run.summary ? (
        <DataTable
          label={p.options}
          rows={run.summary.options}
          rowKey={(o) => o.id}
          columns={[
            { header: p.option, cell: (o) => names.option(o.label) },
            { header: p.fleet, cell: (o) => formatNumber(o.fleet), className: "num" },
            {
              header: p.feasibleBlocks,
              cell: (o) => `${o.feasibleBlocks} / ${run.summary?.blockCount ?? ""}`,
              className: "num",
            },
            {
              header: p.co2,
              cell: (o) => formatNumber(Math.round(o.co2TonnesPerYear)),
              className: "num",
            },
            {
              header: p.tco(currency),
              cell: (o) => formatNumber(Math.round(o.tcoTotal)),
              className: "num",
            },
          ]}
        />
      ) : null}
      <Loaded resource={result}>
        {/* The document gives only the result's frame; its body is the planner's own
            PlanResult (src/planner/plan-types.ts), whose type the UI imports. */}
        {(data) => (
          <>
            <GradientLine result={data as PlanResultView} />
            <PlanWarnings result={data as PlanResultView} />
            <DataChecks quality={(data as PlanResultView).timetable.quality} />
            <YearTable result={data as PlanResultView} />
            <PlanCharts result={data as PlanResultView} />
            <CostTable result={data as PlanResultView} />
            <SensitivityTable result={data as PlanResultView} />
          </>
        )}
      </Loaded>
    </section>
  );
}

export function PlannerPage() {
  const { t, formatDateTime } = useI18n();
  const names = usePlanNames();
  const p = t.planner;
  const timetables = useResource("/api/v1/planner/timetables");
  const scenarios = useResource("/api/v1/planner/scenarios");
  const runs = useResource("/api/v1/planner/runs");
  const [viewId, setViewId] = useState<string | null>(null);
  const [compareA, setCompareA] = useState<string | null>(null);
  const [compareB, setCompareB] = useState<string | null>(null);
  const runList = runs.data ?? [];
  const unfinished = runList.some((r) => r.status === "queued" || r.status === "running");
  const { reload: reloadRuns } = runs;

  // Poll while a job is queued or running.
  useEffect(() => {
    if (!unfinished) return;
    const timer = setInterval(reloadRuns, 700);
    return () => clearInterval(timer);
  }, [unfinished, reloadRuns]);

  const viewed = runList.find((r) => r.id === viewId && r.status === "succeeded") ?? null;

  return (
    <div className="planner-page">
      <PageHeader title={p.title} subtitle={p.subtitle} />
      <Loaded resource={timetables}>
        {(list) => <TimetableSection timetables={list} onUploaded={timetables.reload} />}
      </Loaded>
      <Loaded resource={scenarios}>
        {(list) => <ScenarioEditor scenarios={list} onSaved={scenarios.reload} />}
      </Loaded>
      <section className="panel" aria-labelledby="planner-run-heading">
        <h2 id="planner-run-heading">{p.run}</h2>
        {timetables.data && scenarios.data ? (
          <RunForm
            timetables={timetables.data}
            scenarios={scenarios.data}
            onStarted={(run) => {
              setViewId(run.id);
              reloadRuns();
            }}
          />
        ) : null}
        <h3>{p.runs}</h3>
        <Loaded resource={runs}>
          {(list) => (
            <DataTable
              label={p.runs}
              rows={list}
              rowKey={(run) => run.id}
              columns={[
                { header: p.started, cell: (run) => formatDateTime(run.createdAt) },
                { header: p.timetable, cell: (run) => run.timetableName },
                { header: p.scenario, cell: (run) => names.day(run.scenarioName) },
                { header: p.date, cell: (run) => run.serviceDate },
                {
                  header: p.status,
                  cell: (run) => (
                    <>
                      <RunStatus run={run} />
                      {run.error ? (
                        <div className="planner-run-error" role="alert">
                          {[run.error.file, run.error.line, run.error.field]
                            .filter((x) => x !== null)
                            .join(": ")}
                          : {run.error.message}
                        </div>
                      ) : null}
                    </>
                  ),
                },
                {
                  header: p.duration,
                  cell: (run) =>
                    run.durationMs !== null ? `${(run.durationMs / 1000).toFixed(1)} s` : "",
                  className: "num",
                },
                {
                  header: p.compareAs,
                  cell: (run) =>
                    run.status === "succeeded" ? (
                      <span className="planner-compare-pick">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setViewId(run.id)}
                          aria-pressed={viewId === run.id}
                        >
                          {p.view}
                        </button>
                        <label>
                          <input
                            type="radio"
                            name="compare-a"
                            checked={compareA === run.id}
                            onChange={() => setCompareA(run.id)}
                          />{" "}
                          {p.a}
                        </label>
                        <label>
                          <input
                            type="radio"
                            name="compare-b"
                            checked={compareB === run.id}
                            onChange={() => setCompareB(run.id)}
                          />{" "}
                          {p.b}
                        </label>
                      </span>
                    ) : null,
                },
              ]}
            />
          )}
        </Loaded>
      </section>
      {viewed ? <ResultView key={viewed.id} run={viewed} /> : null}
      <section className="panel" aria-labelledby="planner-compare-heading">
        <h2 id="planner-compare-heading">{p.compare}</h2>
        {compareA && compareB ? (
          <CompareView key={`${compareA}:${compareB}`} a={compareA} b={compareB} />
        ) : (
          <p className="muted">{p.chooseTwo}</p>
        )}
      </section>
    </div>
  );
}
