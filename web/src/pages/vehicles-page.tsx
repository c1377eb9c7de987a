/**
 * The vehicles and machines I may see (an operator its own, a hub those of the operators
 * it serves, the manufacturer the whole network): search by fleet number, plate, VIN or
 * serial; managers export them as CSV, and an operator's managers import a CSV into it
 * (all rows or none, with the file's line numbers on every problem).
 */
import { useMemo, useState, type ChangeEvent } from "react";
import {
  api,
  downloadHref,
  ApiError,
  errorMessage,
  unwrap,
  type ErrorDetail,
} from "../api/client.js";
import type { VehicleStatus } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { DataTable, Loaded, Notice, PageHeader, SelectField } from "../components/ui.js";
import "../components/fleet.css";
import { useI18n } from "../i18n/i18n.js";
import { findVehicles } from "../offline/fleet-cache.js";
import { Link } from "../router.js";
import { useCan, useMe } from "../session.js";

function CsvImport({ organisationId, onDone }: { organisationId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; details: ErrorDetail[] } | null>(null);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const { imported } = await unwrap(
        api.POST("/api/v1/vehicles/import", {
          params: { query: { organisationId } },
          // The file's text as it is, sent as text/csv.
          body: await file.text(),
          bodySerializer: (csv) => csv,
          headers: { "content-type": "text/csv" },
        }),
      );
      setResult(t.vehicles.imported(imported));
      onDone();
    } catch (failure) {
      setError({
        message: errorMessage(failure),
        details: failure instanceof ApiError ? failure.details : [],
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <label className="button" aria-disabled={busy}>
        {t.vehicles.importCsv}
        <input
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          disabled={busy}
          onChange={(event) => void upload(event)}
        />
      </label>
      {result ? <Notice>{result}</Notice> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          {error.message}
          {error.details.length > 1 ? (
            <ul>
              {error.details.slice(0, 50).map((detail, index) => (
                <li key={index}>
                  {detail.line ? t.vehicles.line(detail.line) : ""}
                  {detail.field ? `${detail.field}: ` : ""}
                  {detail.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

export function VehiclesPage() {
  const { t, locale, formatDate } = useI18n();
  const me = useMe();
  const can = useCan();
  // No organisation filter: the API's scope decides. Only an operator owns vehicles, so
  // asking for my organisation's left a hub or the manufacturer with "0 of 0".
  const vehicles = useResource("/api/v1/vehicles", { params: { query: { limit: 2000 } } });
  // An import needs an operator to own what it adds; a hub or the manufacturer is none.
  const ownsVehicles = me.organisation.kind === "operator";
  const depots = useResource("/api/v1/depots");
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<VehicleStatus | "">("");
  const [depotId, setDepotId] = useState("");
  const rows = useMemo(
    () =>
      findVehicles(vehicles.data ?? [], query).filter(
        (v) => (!status || v.status === status) && (!depotId || v.depotId === depotId),
      ),
    [vehicles.data, query, status, depotId],
  );
  return (
    <>
      <PageHeader
        title={t.vehicles.title}
        subtitle={vehicles.data ? t.vehicles.count(rows.length, vehicles.data.length) : undefined}
        actions={
          can("fleet.write") ? (
            <>
              <a
                className="button"
                href={downloadHref(locale, "/api/v1/vehicles/export.csv")}
                download="vehicles.csv"
              >
                {t.vehicles.exportCsv}
              </a>
              <a
                className="button"
                href={downloadHref(locale, "/api/v1/vehicles/export.csv", {
                  query: { format: "xlsx" },
                })}
                download="vehicles.xlsx"
                data-action="vehicles-xlsx"
              >
                {t.vehicles.exportXlsx}
              </a>
              {ownsVehicles ? (
                <CsvImport organisationId={me.organisation.id} onDone={vehicles.reload} />
              ) : null}
            </>
          ) : null
        }
      />
      <div className="board-filters">
        <div className="field">
          <label htmlFor="vehicles-search">{t.vehicles.search}</label>
          <input
            id="vehicles-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <SelectField
          label={t.vehicles.status}
          value={status}
          onChange={(event) => setStatus(event.target.value as VehicleStatus | "")}
          options={[
            { value: "", label: t.vehicles.anyStatus },
            ...(["active", "in_repair", "out_of_service", "retired"] as const).map((s) => ({
              value: s,
              label: t.fleet.statuses[s],
            })),
          ]}
        />
        <SelectField
          label={t.board.depot}
          value={depotId}
          onChange={(event) => setDepotId(event.target.value)}
          options={[
            { value: "", label: t.defects.allDepots },
            ...(depots.data ?? []).map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
      </div>
      <Loaded resource={vehicles}>
        {() => (
          <DataTable
            label={t.vehicles.title}
            rows={rows.slice(0, 300)}
            rowKey={(row) => row.id}
            columns={[
              {
                header: t.fleet.fleetNumber,
                cell: (row) => (
                  <Link to={`/vehicles/${row.id}`} className="strong">
                    {row.fleetNumber}
                  </Link>
                ),
              },
              {
                header: t.fleet.plate,
                cell: (row) =>
                  row.registrationPlate ? (
                    <span className="plate">{row.registrationPlate}</span>
                  ) : (
                    t.common.none
                  ),
              },
              { header: t.fleet.model, cell: (row) => `${row.model.maker} ${row.model.model}` },
              {
                header: t.fleet.powertrain,
                cell: (row) => t.fleet.powertrains[row.model.powertrain],
              },
              { header: t.board.depot, cell: (row) => row.depotName ?? t.common.none },
              { header: t.vehicles.status, cell: (row) => t.fleet.statuses[row.status] },
              {
                header: t.fleet.inService,
                cell: (row) => (row.inServiceDate ? formatDate(row.inServiceDate) : t.common.none),
              },
            ]}
          />
        )}
      </Loaded>
      {rows.length > 300 ? (
        <p className="muted small">{t.inspect.more(rows.length - 300)}</p>
      ) : null}
    </>
  );
}
