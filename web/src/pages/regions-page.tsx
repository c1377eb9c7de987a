import { useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { Region } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { ApiForm, DataTable, Loaded, PageHeader, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan } from "../session.js";

/** A region's two fields, the same when it is created and when it is edited. */
function RegionFields(props: {
  country: string;
  name: string;
  onCountry: (value: string) => void;
  onName: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t.common.country}
        apiField="country"
        required
        maxLength={100}
        value={props.country}
        onChange={(event) => props.onCountry(event.target.value)}
      />
      <TextField
        label={t.common.name}
        apiField="name"
        required
        maxLength={200}
        value={props.name}
        onChange={(event) => props.onName(event.target.value)}
      />
    </>
  );
}

function EditRegionForm({
  region,
  onDone,
  onCancel,
}: {
  region: Region;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [country, setCountry] = useState(region.country);
  const [name, setName] = useState(region.name);
  return (
    <ApiForm
      title={t.admin.edit.region(region.name)}
      submitLabel={t.common.save}
      onCancel={onCancel}
      fields={["country", "name"]}
      onSubmit={async () => {
        await unwrap(
          api.PATCH("/api/v1/regions/{id}", {
            params: { path: { id: region.id } },
            body: { country: country.trim(), name: name.trim() },
          }),
        );
        onDone();
      }}
    >
      <RegionFields country={country} name={name} onCountry={setCountry} onName={setName} />
    </ApiForm>
  );
}

export function RegionsPage() {
  const { t, formatDate } = useI18n();
  const can = useCan();
  const regions = useResource("/api/v1/regions");
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Region | null>(null);
  const [country, setCountry] = useState("");
  const [name, setName] = useState("");
  return (
    <>
      <PageHeader
        title={t.regions.title}
        actions={
          can("regions.write") && !creating ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setEditing(null);
                setCreating(true);
              }}
            >
              {t.regions.create}
            </button>
          ) : null
        }
      />
      {creating ? (
        <ApiForm
          title={t.regions.create}
          submitLabel={t.common.create}
          onCancel={() => setCreating(false)}
          fields={["country", "name"]}
          onSubmit={async () => {
            await unwrap(
              api.POST("/api/v1/regions", { body: { country: country.trim(), name: name.trim() } }),
            );
            setCreating(false);
            setName("");
            regions.reload();
          }}
        >
          <RegionFields country={country} name={name} onCountry={setCountry} onName={setName} />
        </ApiForm>
      ) : null}
      {editing ? (
        <EditRegionForm
          key={editing.id}
          region={editing}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            regions.reload();
          }}
        />
      ) : null}
      <Loaded resource={regions}>
        {(rows) => (
          <DataTable
            label={t.regions.title}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: t.common.name, cell: (row) => <span className="strong">{row.name}</span> },
              { header: t.common.country, cell: (row) => row.country },
              { header: t.common.created, cell: (row) => formatDate(row.createdAt) },
              ...(can("regions.write")
                ? [
                    {
                      header: t.common.actions,
                      className: "cell-actions",
                      cell: (row: Region) => (
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
