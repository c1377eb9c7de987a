import { useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { Organisation, OrganisationKind, Region } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ApiForm,
  Badge,
  DataTable,
  Loaded,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan, useMe } from "../session.js";

const KINDS: OrganisationKind[] = ["operator", "hub", "manufacturer"];

function CreateOrganisationForm({
  organisations,
  regions,
  onDone,
  onCancel,
}: {
  organisations: Organisation[];
  regions: Region[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<OrganisationKind>("operator");
  const [name, setName] = useState("");
  const manufacturers = organisations.filter((o) => o.kind === "manufacturer");
  const [parentId, setParentId] = useState(manufacturers[0]?.id ?? "");
  const [regionId, setRegionId] = useState("");
  return (
    <ApiForm
      title={t.organisations.create}
      submitLabel={t.common.create}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/organisations", {
            body: {
              kind,
              name: name.trim(),
              ...(kind === "hub" ? { parentId: parentId || null } : {}),
              regionId: regionId || null,
            },
          }),
        );
        onDone();
      }}
    >
      <SelectField
        label={t.common.kind}
        value={kind}
        onChange={(event) => setKind(event.target.value as OrganisationKind)}
        options={KINDS.map((value) => ({ value, label: t.kinds[value] }))}
      />
      <TextField
        label={t.common.name}
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      {kind === "hub" ? (
        <SelectField
          label={t.organisations.parent}
          required
          value={parentId}
          onChange={(event) => setParentId(event.target.value)}
          options={[
            { value: "", label: t.organisations.chooseParent },
            ...manufacturers.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      ) : null}
      <SelectField
        label={t.common.region}
        hint={t.common.optional}
        value={regionId}
        onChange={(event) => setRegionId(event.target.value)}
        options={[
          { value: "", label: t.organisations.noRegion },
          ...regions.map((r) => ({ value: r.id, label: `${r.name}, ${r.country}` })),
        ]}
      />
    </ApiForm>
  );
}

function EditOrganisationForm({
  organisation,
  regions,
  onDone,
  onCancel,
}: {
  organisation: Organisation;
  regions: Region[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(organisation.name);
  const [regionId, setRegionId] = useState(organisation.regionId ?? "");
  return (
    <ApiForm
      title={t.admin.edit.organisation(organisation.name)}
      submitLabel={t.common.save}
      onCancel={onCancel}
      fields={["name", "regionId"]}
      onSubmit={async () => {
        await unwrap(
          api.PATCH("/api/v1/organisations/{id}", {
            params: { path: { id: organisation.id } },
            body: { name: name.trim(), regionId: regionId || null },
          }),
        );
        onDone();
      }}
    >
      <TextField
        label={t.common.name}
        apiField="name"
        required
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <SelectField
        label={t.common.region}
        apiField="regionId"
        hint={t.common.optional}
        value={regionId}
        onChange={(event) => setRegionId(event.target.value)}
        options={[
          { value: "", label: t.organisations.noRegion },
          ...regions.map((r) => ({ value: r.id, label: `${r.name}, ${r.country}` })),
        ]}
      />
    </ApiForm>
  );
}

export function OrganisationsPage() {
  const { t, formatDate } = useI18n();
  const can = useCan();
  const me = useMe();
  const organisations = useResource("/api/v1/organisations");
  const regions = useResource("/api/v1/regions");
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Organisation | null>(null);
  // The API's rule: the network admin changes any organisation, a manager only their own.
  const mayEdit = (row: Organisation) =>
    can("organisations.update") && (can("organisations.create") || row.id === me.organisation.id);
  const nameOf = (id: string | null) =>
    organisations.data?.find((o) => o.id === id)?.name ?? t.common.none;
  return (
    <>
      <PageHeader
        title={t.organisations.title}
        actions={
          can("organisations.create") && !creating ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setEditing(null);
                setCreating(true);
              }}
            >
              {t.organisations.create}
            </button>
          ) : null
        }
      />
      {creating && organisations.data && regions.data ? (
        <CreateOrganisationForm
          organisations={organisations.data}
          regions={regions.data}
          onCancel={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            organisations.reload();
          }}
        />
      ) : null}
      {editing && regions.data ? (
        <EditOrganisationForm
          key={editing.id}
          organisation={editing}
          regions={regions.data}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            organisations.reload();
          }}
        />
      ) : null}
      <Loaded resource={organisations}>
        {(rows) => (
          <DataTable
            label={t.organisations.title}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: t.common.name, cell: (row) => <span className="strong">{row.name}</span> },
              { header: t.common.kind, cell: (row) => <Badge>{t.kinds[row.kind]}</Badge> },
              {
                header: t.organisations.parent,
                cell: (row) => (row.parentId ? nameOf(row.parentId) : t.common.none),
              },
              { header: t.common.region, cell: (row) => row.regionName ?? t.common.none },
              { header: t.common.created, cell: (row) => formatDate(row.createdAt) },
              {
                header: t.common.actions,
                className: "cell-actions",
                cell: (row) =>
                  mayEdit(row) ? (
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
                  ) : null,
              },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
