import { useState } from "react";
import { api, ApiError, unwrap } from "../api/client.js";
import type { Depot, Organisation, Region } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  DataTable,
  Field,
  FieldGroup,
  Loaded,
  PageHeader,
  problemBesideField,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan, useMe } from "../session.js";
import { InspectionSettingsPanel } from "./inspection-settings.js";

type Editing = { mode: "create" } | { mode: "edit"; depot: Depot } | null;

/** The fields of a depot's shift pattern, whose refusals are shown beside them. */
const SHIFT_FIELDS = ["timeZone", "shiftStarts"] as const;
type ShiftField = (typeof SHIFT_FIELDS)[number];

/** Time zones of the network's depots to pick from; any IANA zone may be typed. */
const COMMON_TIME_ZONES = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Europe/Volgograd",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
  "Europe/Minsk",
  "Asia/Almaty",
  "Asia/Tashkent",
  "Europe/London",
  "Europe/Berlin",
  "UTC",
];

/** "05:00, 13:00" or "05:00 13:00" → ["05:00", "13:00"]; the server checks each. */
function parseStarts(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((start) => start.trim())
    .filter(Boolean);
}

/** The zone this browser runs in: a new depot is most likely where its manager is. */
function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/**
 * A refusal of one of the shift fields ("shiftStarts.1: …"), as the field and the problem
 * without the field's name the API puts first; else null.
 */
function shiftRefusal(failure: unknown): { field: ShiftField; problem: string } | null {
  if (!(failure instanceof ApiError) || !failure.field) return null;
  const named = failure.field;
  const field = SHIFT_FIELDS.find((f) => named === f || named.startsWith(`${f}.`));
  return field ? { field, problem: problemBesideField(failure.message) } : null;
}

function DepotForm({
  editing,
  operators,
  regions,
  onDone,
  onCancel,
}: {
  editing: Exclude<Editing, null>;
  operators: Organisation[];
  regions: Region[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const depot = editing.mode === "edit" ? editing.depot : null;
  const defaultOperator =
    operators.find((o) => o.id === me.organisation.id)?.id ?? operators[0]?.id ?? "";
  const [organisationId, setOrganisationId] = useState(depot?.organisationId ?? defaultOperator);
  const [name, setName] = useState(depot?.name ?? "");
  const [address, setAddress] = useState(depot?.address ?? "");
  const [regionId, setRegionId] = useState(depot?.regionId ?? "");
  const [timeZone, setTimeZone] = useState(depot?.timeZone ?? browserTimeZone());
  const [starts, setStarts] = useState(depot?.shiftStarts.join(", ") ?? "");
  const [latitude, setLatitude] = useState(depot?.area ? String(depot.area.latitude) : "");
  const [longitude, setLongitude] = useState(depot?.area ? String(depot.area.longitude) : "");
  const [radius, setRadius] = useState(depot?.area ? String(depot.area.radiusM) : "");
  const areaParts = [latitude, longitude, radius].map((v) => v.trim().replace(",", "."));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ShiftField, string>>>({});
  const fields = {
    name: name.trim(),
    address: address.trim() || null,
    regionId: regionId || null,
    timeZone: timeZone.trim(),
    shiftStarts: parseStarts(starts),
  };
  const fieldError = (field: ShiftField, id: string) =>
    fieldErrors[field] ? (
      <p id={id} className="field-error" role="alert">
        {fieldErrors[field]}
      </p>
    ) : null;
  return (
    <ApiForm
      title={depot ? t.depots.editTitle(depot.name) : t.depots.create}
      submitLabel={depot ? t.common.save : t.common.create}
      onCancel={onCancel}
      onSubmit={async () => {
        setFieldErrors({});
        const given = areaParts.filter((v) => v !== "").length;
        if (given !== 0 && given !== 3) throw new Error(t.depots.areaIncomplete);
        const area =
          given === 3
            ? {
                latitude: Number(areaParts[0]),
                longitude: Number(areaParts[1]),
                radiusM: Math.round(Number(areaParts[2])),
              }
            : null;
        try {
          if (depot)
            await unwrap(
              api.PATCH("/api/v1/depots/{id}", {
                params: { path: { id: depot.id } },
                body: { ...fields, area },
              }),
            );
          else
            await unwrap(api.POST("/api/v1/depots", { body: { organisationId, ...fields, area } }));
        } catch (failure) {
          const refusal = shiftRefusal(failure);
          if (!refusal) throw failure;
          setFieldErrors({ [refusal.field]: refusal.problem });
          return;
        }
        onDone();
      }}
    >
      {depot ? null : (
        <SelectField
          label={t.depots.operator}
          required
          value={organisationId}
          onChange={(event) => setOrganisationId(event.target.value)}
          options={operators.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <TextField
        label={t.common.name}
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={t.depots.address}
        hint={t.common.optional}
        maxLength={500}
        value={address}
        onChange={(event) => setAddress(event.target.value)}
      />
      <SelectField
        label={t.common.region}
        hint={t.common.optional}
        value={regionId}
        onChange={(event) => setRegionId(event.target.value)}
        options={[
          { value: "", label: t.common.none },
          ...regions.map((r) => ({ value: r.id, label: `${r.name}, ${r.country}` })),
        ]}
      />
      <Field label={t.depots.timeZone} hint={t.depots.timeZoneHint}>
        {(id) => (
          <>
            <input
              id={id}
              name="timeZone"
              required
              maxLength={64}
              list={`${id}-zones`}
              autoComplete="off"
              value={timeZone}
              aria-invalid={fieldErrors.timeZone !== undefined}
              aria-describedby={fieldErrors.timeZone ? `${id}-error` : undefined}
              onChange={(event) => setTimeZone(event.target.value)}
            />
            <datalist id={`${id}-zones`}>
              {COMMON_TIME_ZONES.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            {fieldError("timeZone", `${id}-error`)}
          </>
        )}
      </Field>
      <Field label={t.depots.shiftStarts} hint={t.depots.shiftStartsHint}>
        {(id) => (
          <>
            <input
              id={id}
              name="shiftStarts"
              inputMode="numeric"
              placeholder="05:00, 13:00"
              value={starts}
              aria-invalid={fieldErrors.shiftStarts !== undefined}
              aria-describedby={fieldErrors.shiftStarts ? `${id}-error` : undefined}
              onChange={(event) => setStarts(event.target.value)}
            />
            {fieldError("shiftStarts", `${id}-error`)}
          </>
        )}
      </Field>
      <FieldGroup label={t.depots.area} hint={t.depots.areaHint}>
        <TextField
          label={t.depots.latitude}
          name="latitude"
          inputMode="decimal"
          placeholder="45.0355"
          value={latitude}
          onChange={(event) => setLatitude(event.target.value)}
        />
        <TextField
          label={t.depots.longitude}
          name="longitude"
          inputMode="decimal"
          placeholder="38.9753"
          value={longitude}
          onChange={(event) => setLongitude(event.target.value)}
        />
        <TextField
          label={t.depots.radiusM}
          name="radiusM"
          inputMode="numeric"
          placeholder="300"
          value={radius}
          onChange={(event) => setRadius(event.target.value)}
        />
      </FieldGroup>
    </ApiForm>
  );
}

export function DepotsPage() {
  const { t } = useI18n();
  const me = useMe();
  const can = useCan();
  const writable = can("depots.write");
  const depots = useResource("/api/v1/depots");
  const operators = useResource(writable ? "/api/v1/organisations" : null, {
    params: { query: { kind: "operator" } },
  });
  const regions = useResource("/api/v1/regions");
  const [editing, setEditing] = useState<Editing>(null);
  const regionName = (id: string | null) =>
    regions.data?.find((r) => r.id === id)?.name ?? t.common.none;
  return (
    <>
      <PageHeader
        title={t.depots.title}
        actions={
          writable && !editing ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing({ mode: "create" })}
            >
              {t.depots.create}
            </button>
          ) : null
        }
      />
      {editing && operators.data && regions.data ? (
        <DepotForm
          key={editing.mode === "edit" ? editing.depot.id : "new"}
          editing={editing}
          operators={operators.data}
          regions={regions.data}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            depots.reload();
          }}
        />
      ) : null}
      {can("templates.write") && me.organisation.kind === "operator" ? (
        <InspectionSettingsPanel organisationId={me.organisation.id} />
      ) : null}
      <Loaded resource={depots}>
        {(rows) => (
          <DataTable
            label={t.depots.title}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: t.common.name, cell: (row) => <span className="strong">{row.name}</span> },
              { header: t.depots.operator, cell: (row) => row.organisationName },
              { header: t.depots.address, cell: (row) => row.address ?? t.common.none },
              { header: t.common.region, cell: (row) => regionName(row.regionId) },
              {
                header: t.depots.shifts,
                cell: (row) => (
                  <span data-shifts={row.id}>
                    {`${row.shiftStarts.join(", ") || t.depots.oneShiftADay} (${row.timeZone})`}
                  </span>
                ),
              },
              ...(writable
                ? [
                    {
                      header: t.common.actions,
                      className: "cell-actions",
                      cell: (row: Depot) => (
                        <>
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setEditing({ mode: "edit", depot: row })}
                          >
                            {t.common.edit}
                          </button>
                          <ActionButton
                            label={t.common.delete}
                            tone="danger"
                            confirm={t.common.confirmDelete}
                            onAction={async () => {
                              await unwrap(
                                api.DELETE("/api/v1/depots/{id}", {
                                  params: { path: { id: row.id } },
                                }),
                              );
                              depots.reload();
                            }}
                          />
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
