import { useState } from "react";
import { api } from "../api/client.js";
import type { Depot, Organisation, Region } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  DataTable,
  Loaded,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan, useMe } from "../session.js";

type Editing = { mode: "create" } | { mode: "edit"; depot: Depot } | null;

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
  const fields = { name: name.trim(), address: address.trim() || null, regionId: regionId || null };
  return (
    <ApiForm
      title={depot ? t.depots.editTitle(depot.name) : t.depots.create}
      submitLabel={depot ? t.common.save : t.common.create}
      onCancel={onCancel}
      onSubmit={async () => {
        if (depot) await api.patch(`/depots/${depot.id}`, fields);
        else await api.post("/depots", { organisationId, ...fields });
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
    </ApiForm>
  );
}

export function DepotsPage() {
  const { t } = useI18n();
  const can = useCan();
  const writable = can("depots.write");
  const depots = useResource<Depot[]>("/depots");
  const operators = useResource<Organisation[]>(writable ? "/organisations?kind=operator" : null);
  const regions = useResource<Region[]>("/regions");
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
                              await api.delete(`/depots/${row.id}`);
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
