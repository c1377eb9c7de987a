import { useCallback, useEffect, useMemo, useState } from "react";
import { AUDIT_ENTITIES, AUDIT_EVENT_LIST } from "../../../src/core/audit-events.js";
import { auditDetailLines, type DetailWriters } from "../../../src/core/audit-details.js";
import { auditEntityName, auditEventName } from "../admin/messages.js";
import { api, errorMessage, unwrap } from "../api/client.js";
import type { paths } from "../api/schema.js";
import type { AuditEntry } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ApiForm,
  DataTable,
  ErrorMessage,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { navigate } from "../router.js";
import { useCan } from "../session.js";

const PAGE_SIZE = 50;

/** The audit log's filters as the API takes them; the address of the page holds them too. */
interface Filters {
  actorId?: string;
  entity?: string;
  action?: string;
  entityId?: string;
  from?: string;
  to?: string;
}
const FILTER_KEYS = ["actorId", "entity", "action", "entityId", "from", "to"] as const;

function filtersOfAddress(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

function addressOf(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/audit?${query}` : "/audit";
}

/** A day chosen in a date field, as the instant it starts where the person is. */
function startOfDay(day: string, plusDays = 0): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + plusDays).toISOString();
}

/** The local day (YYYY-MM-DD) an instant falls on; `minusDays` for an exclusive end. */
function dayOf(instant: string | undefined, minusDays = 0): string {
  if (!instant) return "";
  const at = new Date(Date.parse(instant) - minusDays * 86_400_000);
  if (Number.isNaN(at.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** An entry's details as named fields in the page's language, each cut at 100 characters. */
function summarise(details: Record<string, unknown>, writers: DetailWriters): string[] {
  return auditDetailLines(details, writers).map((line) =>
    line.length > 120 ? `${line.slice(0, 120)}…` : line,
  );
}

type AuditQuery = NonNullable<paths["/api/v1/audit-log"]["get"]["parameters"]["query"]>;

function fetchPage(filters: Filters, page: { limit: number; before?: number | undefined }) {
  // The address may hold any text; the API refuses a code it does not know, naming the field.
  const query = { ...filters, ...page } as AuditQuery;
  return unwrap(api.GET("/api/v1/audit-log", { params: { query } }));
}

/** Who changed what, newest first, fifty at a time, filtered by who, what, when and which record. */
export function AuditPage() {
  const { t, locale, formatDate, formatDateTime } = useI18n();
  const writers = useMemo<DetailWriters>(
    () => ({ locale, date: formatDate, dateTime: formatDateTime }),
    [locale, formatDate, formatDateTime],
  );
  const a = t.admin.audit;
  const names = t.admin.names;
  const can = useCan();
  const [filters, setFilters] = useState<Filters>(() => filtersOfAddress(window.location.search));
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const people = useResource(can("users.read") ? "/api/v1/users" : null);

  // The form's fields, applied with "Filter".
  const [actorId, setActorId] = useState(filters.actorId ?? "");
  const [entity, setEntity] = useState(filters.entity ?? "");
  const [event, setEvent] = useState(
    filters.action ? `${filters.entity ?? ""}.${filters.action}` : "",
  );
  const [entityId, setEntityId] = useState(filters.entityId ?? "");
  const [fromDay, setFromDay] = useState(dayOf(filters.from));
  const [toDay, setToDay] = useState(dayOf(filters.to, 1));

  const show = useCallback((page: AuditEntry[], before?: number) => {
    setEntries((current) => (before && current ? [...current, ...page] : page));
    setMore(page.length === PAGE_SIZE);
    setError(null);
  }, []);

  const load = useCallback(
    async (wanted: Filters, before?: number) => {
      try {
        show(await fetchPage(wanted, { limit: PAGE_SIZE, before }), before);
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [show],
  );

  useEffect(() => {
    void load(filters);
  }, [load, filters]);

  const eventOptions = useMemo(
    () =>
      AUDIT_EVENT_LIST.filter((e) => !entity || e.entity === entity)
        .map((e) => ({
          value: `${e.entity}.${e.action}`,
          label: auditEventName(names, e.entity, e.action),
        }))
        .sort((x, y) => x.label.localeCompare(y.label)),
    [entity, names],
  );
  const entityOptions = useMemo(
    () =>
      AUDIT_ENTITIES.map((value) => ({ value, label: auditEntityName(names, value) })).sort(
        (x, y) => x.label.localeCompare(y.label),
      ),
    [names],
  );
  const personName = (id: string | null) =>
    id ? people.data?.find((p) => p.id === id)?.name : undefined;

  const wanted = (): Filters => {
    const [eventEntity, action] = event ? event.split(".") : [];
    const chosenEntity = entity || eventEntity;
    return {
      ...(actorId ? { actorId } : {}),
      ...(chosenEntity ? { entity: chosenEntity } : {}),
      ...(action ? { action } : {}),
      ...(entityId.trim() ? { entityId: entityId.trim() } : {}),
      ...(fromDay ? { from: startOfDay(fromDay) } : {}),
      ...(toDay ? { to: startOfDay(toDay, 1) } : {}),
    };
  };

  return (
    <>
      <PageHeader title={t.audit.title} />
      <ApiForm
        title={a.filters}
        submitLabel={a.filter}
        fields={["actorId", "entity", "action", "entityId", "from", "to"]}
        onSubmit={async () => {
          const next = wanted();
          // Asked first, so a refusal is shown beside its field and the list stays.
          show(await fetchPage(next, { limit: PAGE_SIZE }));
          navigate(addressOf(next), { replace: true });
          setFilters(next);
        }}
        onCancel={() => {
          setActorId("");
          setEntity("");
          setEvent("");
          setEntityId("");
          setFromDay("");
          setToDay("");
          navigate("/audit", { replace: true });
          setFilters({});
        }}
      >
        {people.data ? (
          <SelectField
            label={a.who}
            apiField="actorId"
            value={actorId}
            onChange={(e) => setActorId(e.target.value)}
            options={[
              { value: "", label: a.anyone },
              ...people.data.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
            ]}
          />
        ) : null}
        <SelectField
          label={a.entity}
          apiField="entity"
          value={entity}
          onChange={(e) => {
            setEntity(e.target.value);
            if (!event.startsWith(`${e.target.value}.`)) setEvent("");
          }}
          options={[{ value: "", label: a.anyEntity }, ...entityOptions]}
        />
        <SelectField
          label={a.event}
          apiField="action"
          value={event}
          onChange={(e) => setEvent(e.target.value)}
          options={[{ value: "", label: a.anyEvent }, ...eventOptions]}
        />
        <TextField
          label={a.record}
          apiField="entityId"
          maxLength={100}
          value={entityId}
          onChange={(e) => setEntityId(e.target.value)}
        />
        <TextField
          label={a.from}
          apiField="from"
          type="date"
          value={fromDay}
          onChange={(e) => setFromDay(e.target.value)}
        />
        <TextField
          label={a.to}
          apiField="to"
          type="date"
          value={toDay}
          onChange={(e) => setToDay(e.target.value)}
        />
      </ApiForm>
      <ErrorMessage message={error} />
      {entries === null ? (
        error ? null : (
          <p className="muted">{t.common.loading}</p>
        )
      ) : (
        <>
          <DataTable
            label={t.audit.title}
            rows={entries}
            rowKey={(row) => String(row.id)}
            columns={[
              { header: t.audit.at, cell: (row) => formatDateTime(row.at) },
              {
                header: t.audit.actor,
                cell: (row) => personName(row.actorId) ?? row.actor,
              },
              {
                header: t.audit.action,
                cell: (row) => (
                  <span className="strong">{auditEventName(names, row.entity, row.action)}</span>
                ),
              },
              {
                header: a.recordColumn,
                cell: (row) => (
                  <>
                    <div>
                      {auditEntityName(names, row.entity)}
                      {row.entity === "user" || row.entity === "membership"
                        ? personName(row.entityId)
                          ? `: ${personName(row.entityId)}`
                          : ""
                        : ""}
                    </div>
                    {row.organisationName ? (
                      <div className="muted small">{row.organisationName}</div>
                    ) : null}
                  </>
                ),
              },
              {
                header: t.audit.details,
                className: "cell-details",
                cell: (row) => (
                  <ul className="audit-details muted small">
                    {summarise(row.details, writers).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          {more ? (
            <button
              type="button"
              className="button"
              onClick={() => void load(filters, entries[entries.length - 1]?.id)}
            >
              {t.audit.more}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
