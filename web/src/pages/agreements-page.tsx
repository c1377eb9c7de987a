import { useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { Agreement, Organisation, Region, Service } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ApiForm,
  Badge,
  DataTable,
  FieldGroup,
  Loaded,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan } from "../session.js";

const SERVICES: Service[] = [
  "maintenance",
  "specialist_visit",
  "training",
  "parts_supply",
  "warranty",
];
/** Today's date where the person is, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** The fields both forms send; the hub and the operator are chosen only when creating. */
const AGREEMENT_FIELDS = [
  "hubId",
  "operatorId",
  "validFrom",
  "validTo",
  "services",
  "regionIds",
  "responseHours",
  "resolutionHours",
] as const;

function AgreementForm({
  agreement,
  organisations,
  regions,
  onDone,
  onCancel,
}: {
  /** The agreement being changed; none to create one. */
  agreement: Agreement | null;
  organisations: Organisation[];
  regions: Region[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const hubs = organisations.filter((o) => o.kind === "hub");
  const operators = organisations.filter((o) => o.kind === "operator");
  const [hubId, setHubId] = useState(hubs[0]?.id ?? "");
  const [operatorId, setOperatorId] = useState(operators[0]?.id ?? "");
  const [validFrom, setValidFrom] = useState(agreement?.validFrom ?? today());
  const [validTo, setValidTo] = useState(agreement?.validTo ?? "");
  const [services, setServices] = useState<Service[]>(agreement?.services ?? ["maintenance"]);
  const [regionIds, setRegionIds] = useState<string[]>(agreement?.regionIds ?? []);
  const [responseHours, setResponseHours] = useState(String(agreement?.responseHours ?? 8));
  const [resolutionHours, setResolutionHours] = useState(String(agreement?.resolutionHours ?? 72));
  const fields = {
    validFrom,
    validTo: validTo || null,
    services,
    regionIds,
    responseHours: Number(responseHours),
    resolutionHours: Number(resolutionHours),
  };
  return (
    <ApiForm
      title={
        agreement
          ? t.admin.edit.agreement(agreement.hubName, agreement.operatorName)
          : t.agreements.create
      }
      submitLabel={agreement ? t.common.save : t.common.create}
      onCancel={onCancel}
      fields={AGREEMENT_FIELDS}
      onSubmit={async () => {
        if (agreement)
          await unwrap(
            api.PATCH("/api/v1/service-agreements/{id}", {
              params: { path: { id: agreement.id } },
              body: fields,
            }),
          );
        else
          await unwrap(
            api.POST("/api/v1/service-agreements", { body: { hubId, operatorId, ...fields } }),
          );
        onDone();
      }}
    >
      {agreement ? null : (
        <>
          <SelectField
            label={t.agreements.hub}
            apiField="hubId"
            value={hubId}
            onChange={(event) => setHubId(event.target.value)}
            options={hubs.map((o) => ({ value: o.id, label: o.name }))}
          />
          <SelectField
            label={t.agreements.operator}
            apiField="operatorId"
            value={operatorId}
            onChange={(event) => setOperatorId(event.target.value)}
            options={operators.map((o) => ({ value: o.id, label: o.name }))}
          />
        </>
      )}
      <TextField
        label={t.agreements.validFrom}
        apiField="validFrom"
        type="date"
        required
        value={validFrom}
        onChange={(event) => setValidFrom(event.target.value)}
      />
      <TextField
        label={t.agreements.validTo}
        apiField="validTo"
        hint={t.common.optional}
        type="date"
        value={validTo}
        onChange={(event) => setValidTo(event.target.value)}
      />
      <TextField
        label={t.agreements.responseHours}
        apiField="responseHours"
        type="number"
        min={1}
        required
        value={responseHours}
        onChange={(event) => setResponseHours(event.target.value)}
      />
      <TextField
        label={t.agreements.resolutionHours}
        apiField="resolutionHours"
        type="number"
        min={1}
        required
        value={resolutionHours}
        onChange={(event) => setResolutionHours(event.target.value)}
      />
      <FieldGroup label={t.agreements.services} apiField="services">
        {SERVICES.map((service) => (
          <label key={service} className="check">
            <input
              type="checkbox"
              checked={services.includes(service)}
              onChange={() => setServices((list) => toggle(list, service))}
            />
            {t.services[service]}
          </label>
        ))}
      </FieldGroup>
      <FieldGroup label={t.agreements.regions} apiField="regionIds" hint={t.common.optional}>
        {regions.map((region) => (
          <label key={region.id} className="check">
            <input
              type="checkbox"
              checked={regionIds.includes(region.id)}
              onChange={() => setRegionIds((list) => toggle(list, region.id))}
            />
            {region.name}
          </label>
        ))}
      </FieldGroup>
    </ApiForm>
  );
}

export function AgreementsPage() {
  const { t, formatDate } = useI18n();
  const can = useCan();
  const agreements = useResource("/api/v1/service-agreements");
  const writable = can("agreements.write");
  const organisations = useResource(writable ? "/api/v1/organisations" : null);
  const regions = useResource("/api/v1/regions");
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Agreement | null>(null);
  const regionNames = (ids: string[]) =>
    ids
      .map((id) => regions.data?.find((r) => r.id === id)?.name)
      .filter(Boolean)
      .join(", ") || t.common.none;
  return (
    <>
      <PageHeader
        title={t.agreements.title}
        actions={
          writable && !creating ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setEditing(null);
                setCreating(true);
              }}
            >
              {t.agreements.create}
            </button>
          ) : null
        }
      />
      {(creating || editing) && organisations.data && regions.data ? (
        <AgreementForm
          key={editing?.id ?? "new"}
          agreement={editing}
          organisations={organisations.data}
          regions={regions.data}
          onCancel={() => {
            setCreating(false);
            setEditing(null);
          }}
          onDone={() => {
            setCreating(false);
            setEditing(null);
            agreements.reload();
          }}
        />
      ) : null}
      <Loaded resource={agreements}>
        {(rows) => (
          <DataTable
            label={t.agreements.title}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: t.agreements.hub,
                cell: (row) => <span className="strong">{row.hubName}</span>,
              },
              { header: t.agreements.operator, cell: (row) => row.operatorName },
              {
                header: t.agreements.validity,
                cell: (row) => (
                  <>
                    {formatDate(row.validFrom)} – {row.validTo ? formatDate(row.validTo) : "…"}{" "}
                    {row.inForce ? (
                      <Badge tone="good">{t.agreements.inForce}</Badge>
                    ) : (
                      <Badge tone="muted">{t.agreements.notInForce}</Badge>
                    )}
                  </>
                ),
              },
              {
                header: t.agreements.services,
                cell: (row) => (
                  <>
                    {row.services.map((s) => t.services[s]).join(", ")}
                    <div className="muted small">
                      {t.agreements.targets(row.responseHours, row.resolutionHours)}
                    </div>
                  </>
                ),
              },
              { header: t.agreements.regions, cell: (row) => regionNames(row.regionIds) },
              ...(writable
                ? [
                    {
                      header: t.common.actions,
                      className: "cell-actions",
                      cell: (row: Agreement) => (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => {
                            setCreating(false);
                            setEditing(row);
                          }}
                        >
                          {t.common.edit}
                        </button>
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
