import { useState } from "react";
import { api, unwrap } from "../api/client.js";
import { useResource } from "../api/use-resource.js";
import { ApiForm, DataTable, Loaded, PageHeader, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan } from "../session.js";

export function RegionsPage() {
  const { t, formatDate } = useI18n();
  const can = useCan();
  const regions = useResource("/api/v1/regions");
  const [creating, setCreating] = useState(false);
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
              onClick={() => setCreating(true)}
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
          onSubmit={async () => {
            await unwrap(
              api.POST("/api/v1/regions", { body: { country: country.trim(), name: name.trim() } }),
            );
            setCreating(false);
            setName("");
            regions.reload();
          }}
        >
          <TextField
            label={t.common.country}
            required
            maxLength={100}
            value={country}
            onChange={(event) => setCountry(event.target.value)}
          />
          <TextField
            label={t.common.name}
            required
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </ApiForm>
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
            ]}
          />
        )}
      </Loaded>
    </>
  );
}
