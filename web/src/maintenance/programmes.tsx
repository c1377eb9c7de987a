/**
 * For maintenance planners: the programmes in effect for an operator (its own copies and
 * the built-ins it has not copied), copying a built-in so its intervals can be changed,
 * and editing a task of a copy — intervals (whichever comes first), due-soon windows,
 * fixed or floating schedule, safety-critical. And whether work orders open by
 * themselves from defects and from tasks coming due.
 */
import { useState } from "react";
import { enumWord } from "../../../src/core/export-labels.js";
import { api, unwrap } from "../api/client.js";
import type { MaintenanceProgramme, MaintenanceSettings, MaintenanceTask } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  Badge,
  DataTable,
  ErrorMessage,
  Loaded,
  Notice,
} from "../components/ui.js";
import { humanize, useI18n } from "../i18n/i18n.js";
import { localName, SafetyMark, useCompetencies } from "./shared.js";

type Schedule = MaintenanceTask["schedule"];

function intervalText(
  values: { km: number | null; hours: number | null; days: number | null },
  words: {
    km: (v: string) => string;
    hours: (v: string) => string;
    days: (v: string) => string;
    or: string;
  },
  formatNumber: (n: number) => string,
): string {
  return [
    values.km !== null ? words.km(formatNumber(values.km)) : null,
    values.hours !== null ? words.hours(formatNumber(values.hours)) : null,
    values.days !== null ? words.days(formatNumber(values.days)) : null,
  ]
    .filter(Boolean)
    .join(words.or);
}

/** A number input's text as the API wants it: empty is "not used" (null). */
const numberOrNull = (text: string): number | null =>
  text.trim() === "" ? null : Number(text.replace(",", "."));
const textOf = (value: number | null) => (value === null ? "" : String(value));

function TaskEditor({
  programme,
  task,
  onSaved,
  onCancel,
}: {
  programme: MaintenanceProgramme;
  task: MaintenanceTask;
  onSaved: (programme: MaintenanceProgramme) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const p = t.maintenance.programmes;
  const [values, setValues] = useState({
    intervalKm: textOf(task.intervalKm),
    intervalHours: textOf(task.intervalHours),
    intervalDays: textOf(task.intervalDays),
    dueSoonKm: textOf(task.dueSoonKm),
    dueSoonHours: textOf(task.dueSoonHours),
    dueSoonDays: textOf(task.dueSoonDays),
  });
  const [schedule, setSchedule] = useState<Schedule>(task.schedule);
  const [safetyCritical, setSafetyCritical] = useState(task.safetyCritical);
  const field = (name: keyof typeof values, label: string) => (
    <div className="field" key={name}>
      <label htmlFor={`task-${name}`}>{label}</label>
      <input
        id={`task-${name}`}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={values[name]}
        onChange={(event) => setValues((all) => ({ ...all, [name]: event.target.value }))}
      />
    </div>
  );
  return (
    <ApiForm
      title={p.editTask(localName(task.name, locale))}
      submitLabel={t.common.save}
      onCancel={onCancel}
      onSubmit={async () => {
        onSaved(
          await unwrap(
            api.PATCH("/api/v1/maintenance-programmes/{id}/tasks/{taskId}", {
              params: { path: { id: programme.id, taskId: task.id } },
              body: {
                intervalKm: numberOrNull(values.intervalKm),
                intervalHours: numberOrNull(values.intervalHours),
                intervalDays: numberOrNull(values.intervalDays),
                dueSoonKm: numberOrNull(values.dueSoonKm),
                dueSoonHours: numberOrNull(values.dueSoonHours),
                dueSoonDays: numberOrNull(values.dueSoonDays),
                schedule,
                safetyCritical,
              },
            }),
          ),
        );
      }}
    >
      <p className="muted small wide">{p.whicheverFirst}</p>
      {field("intervalKm", p.intervalKm)}
      {field("intervalHours", p.intervalHours)}
      {field("intervalDays", p.intervalDays)}
      {field("dueSoonKm", p.dueSoonKm)}
      {field("dueSoonHours", p.dueSoonHours)}
      {field("dueSoonDays", p.dueSoonDays)}
      <div className="field">
        <label htmlFor="task-schedule">{p.schedule}</label>
        <select
          id="task-schedule"
          value={schedule}
          onChange={(event) => setSchedule(event.target.value as Schedule)}
        >
          <option value="fixed">{p.schedules.fixed}</option>
          <option value="floating">{p.schedules.floating}</option>
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          id="task-safety"
          checked={safetyCritical}
          onChange={(event) => setSafetyCritical(event.target.checked)}
        />
        <span>{p.safetyCritical}</span>
      </label>
    </ApiForm>
  );
}

function ProgrammeCard({
  programme,
  organisationId,
  onChanged,
}: {
  programme: MaintenanceProgramme;
  organisationId: string;
  onChanged: (message?: string) => void;
}) {
  const { t, locale, formatNumber } = useI18n();
  const p = t.maintenance.programmes;
  const { nameOf } = useCompetencies();
  const [editing, setEditing] = useState<MaintenanceTask | null>(null);
  const current = programme;
  const appliesTo = [
    ...current.vehicleTypes.map((x) => enumWord("vehicleType", x, locale)),
    ...current.powertrains.map((x) =>
      Object.hasOwn(t.fleet.powertrains, x)
        ? t.fleet.powertrains[x as keyof typeof t.fleet.powertrains]
        : humanize(x),
    ),
    ...current.lengthClasses.map((x) => enumWord("lengthClass", x, locale)),
  ];
  const words = { km: p.everyKm, hours: p.everyHours, days: p.everyDays, or: p.or };
  return (
    <article
      className="panel programme-card"
      data-programme={current.key}
      data-built-in={current.builtIn}
    >
      <header className="programme-head">
        <div>
          <h3>{localName(current.name, locale)}</h3>
          <div className="muted small">
            {p.appliesTo}: {appliesTo.length ? appliesTo.join(", ") : p.anyVehicle}
            {current.makers.length ? ` · ${p.makers}: ${current.makers.join(", ")}` : ""}
          </div>
          <div className="muted small" data-tolerance={current.tolerancePercent}>
            {p.tolerance(formatNumber(current.tolerancePercent))}
          </div>
        </div>
        <div className="programme-actions">
          <Badge tone={current.builtIn ? "muted" : "accent"}>
            {current.builtIn ? p.builtIn : p.own}
          </Badge>
          {current.builtIn ? (
            <span data-action="copy-programme">
              <ActionButton
                label={p.copy}
                onAction={async () => {
                  await unwrap(
                    api.POST("/api/v1/maintenance-programmes", {
                      body: {
                        organisationId,
                        basedOnId: current.id,
                      },
                    }),
                  );
                  onChanged(p.copied);
                }}
              />
            </span>
          ) : (
            <span data-action="adopt-built-in">
              <ActionButton
                label={p.adopt}
                onAction={async () => {
                  await unwrap(
                    api.POST("/api/v1/maintenance-programmes/{id}/adopt-built-in", {
                      params: { path: { id: current.id } },
                    }),
                  );
                  onChanged(p.adopted);
                }}
              />
            </span>
          )}
        </div>
      </header>
      <DataTable
        label={localName(current.name, locale)}
        rows={current.tasks}
        rowKey={(task) => task.id}
        columns={[
          {
            header: p.task,
            cell: (task) => (
              <span data-task={task.key}>
                {task.safetyCritical ? <SafetyMark /> : null} {localName(task.name, locale)}
                {task.includes.length ? (
                  <span className="muted small">
                    {" "}
                    (
                    {p.includes(
                      task.includes
                        .map((key) => {
                          const included = current.tasks.find((other) => other.key === key);
                          return included ? localName(included.name, locale) : key;
                        })
                        .join(", "),
                    )}
                    )
                  </span>
                ) : null}
              </span>
            ),
          },
          {
            header: p.interval,
            cell: (task) =>
              task.recordedBy === "shift_check"
                ? p.everyShift
                : intervalText(
                    { km: task.intervalKm, hours: task.intervalHours, days: task.intervalDays },
                    words,
                    formatNumber,
                  ),
          },
          {
            header: p.dueSoon,
            cell: (task) =>
              intervalText(
                { km: task.dueSoonKm, hours: task.dueSoonHours, days: task.dueSoonDays },
                words,
                formatNumber,
              ) || t.common.none,
          },
          { header: p.schedule, cell: (task) => p.schedules[task.schedule] },
          {
            header: p.competencies,
            cell: (task) => task.competencies.map(nameOf).join(", ") || t.common.none,
          },
          ...(current.builtIn
            ? []
            : [
                {
                  header: t.common.actions,
                  cell: (task: MaintenanceTask) => (
                    <button
                      type="button"
                      className="button button-small"
                      data-action="edit-task"
                      onClick={() => setEditing(task)}
                    >
                      {t.common.edit}
                    </button>
                  ),
                },
              ]),
        ]}
      />
      {editing ? (
        <TaskEditor
          key={editing.id}
          programme={current}
          task={editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onChanged(`${t.common.saved}: ${localName(saved.name, locale)}`);
          }}
        />
      ) : null}
    </article>
  );
}

export function ProgrammesView({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const p = t.maintenance.programmes;
  const programmes = useResource("/api/v1/maintenance-programmes", {
    params: { query: { organisationId } },
  });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="programmes-title" className="programmes">
      <h2 id="programmes-title" className="section-title">
        {p.title}
      </h2>
      <p className="muted small">{p.hint}</p>
      {notice ? <Notice>{notice}</Notice> : null}
      <Loaded resource={programmes}>
        {(rows) => (
          <div className="programme-list">
            {rows.map((programme) => (
              <ProgrammeCard
                key={programme.id}
                programme={programme}
                organisationId={organisationId}
                onChanged={(message) => {
                  setNotice(message ?? null);
                  programmes.reload();
                }}
              />
            ))}
          </div>
        )}
      </Loaded>
    </section>
  );
}

export function SettingsPanel({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const s = t.maintenance.settings;
  const settings = useResource("/api/v1/maintenance/settings", {
    params: { query: { organisationId } },
  });
  const [saved, setSaved] = useState<MaintenanceSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const put = async (change: Partial<MaintenanceSettings>, current: MaintenanceSettings) => {
    setBusy(true);
    setError(null);
    try {
      setSaved(
        await unwrap(
          api.PUT("/api/v1/maintenance/settings", {
            body: {
              organisationId,
              workOrdersFromDefects: change.workOrdersFromDefects ?? current.workOrdersFromDefects,
              workOrdersFromDueTasks:
                change.workOrdersFromDueTasks ?? current.workOrdersFromDueTasks,
            },
          }),
        ),
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="settings-title" className="panel maintenance-settings">
      <h2 id="settings-title">{s.title}</h2>
      <Loaded resource={settings}>
        {(loaded) => {
          const current = saved ?? loaded;
          return (
            <div className="checks settings-checks">
              <label className="check">
                <input
                  type="checkbox"
                  name="workOrdersFromDefects"
                  disabled={busy}
                  checked={current.workOrdersFromDefects}
                  onChange={(event) =>
                    void put({ workOrdersFromDefects: event.target.checked }, current)
                  }
                />
                <span>{s.fromDefects}</span>
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  name="workOrdersFromDueTasks"
                  disabled={busy}
                  checked={current.workOrdersFromDueTasks}
                  onChange={(event) =>
                    void put({ workOrdersFromDueTasks: event.target.checked }, current)
                  }
                />
                <span>{s.fromDueTasks}</span>
              </label>
            </div>
          );
        }}
      </Loaded>
      <ErrorMessage message={error} />
    </section>
  );
}
