/**
 * One vehicle: whether it may go out now and why not, readings waiting for confirmation
 * (a dispatcher or mechanic confirms or voids each), its meters with a chart of the
 * readings (a wrong one can be voided with a reason), its inspections and defects, and
 * a QR code of this page to print and stick in the cab: a driver scans it to start the
 * check.
 */
import qrcode from "qrcode-generator";
import { useMemo, useState } from "react";
import { primaryMeter } from "../../../src/core/fleet.js";
import { api, ApiError, unwrap } from "../api/client.js";
import type { Meter, MeterReading, Vehicle } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { PhotoThumbnails, RepairNote } from "../components/evidence.js";
import { ActionButton, ApiForm, Badge, DataTable, Loaded, PageHeader } from "../components/ui.js";
import "../components/fleet.css";
import { useI18n } from "../i18n/i18n.js";
import { VehicleMaintenanceSection } from "../maintenance/vehicle-maintenance.js";
import { ReasonList } from "../release/reason-list.js";
import { shortDateTime } from "../release/reason-text.js";
import { Link, usePath } from "../router.js";
import { useCan } from "../session.js";

function QrCode({ text, caption }: { text: string; caption: string }) {
  const svg = useMemo(() => {
    const code = qrcode(0, "M");
    code.addData(text);
    code.make();
    return code.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  }, [text]);
  return (
    <figure className="qr-card">
      {/* The SVG is generated here from our own URL, never from user input. */}
      <span dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="strong">{caption}</figcaption>
    </figure>
  );
}

/** Readings over time, as a line; voided ones and those waiting for confirmation are left out. */
function MeterChart({ readings, meter }: { readings: MeterReading[]; meter: Meter }) {
  const { formatDate, formatNumber, t } = useI18n();
  const points = readings
    .filter((r) => r.status === "counted" && r.meter === meter)
    .map((r) => ({ at: Date.parse(r.readAt), value: r.value }))
    .sort((a, b) => a.at - b.at);
  if (points.length < 2) return <p className="muted">{t.vehicle.tooFewReadings}</p>;
  const width = 640;
  const height = 220;
  const pad = { left: 70, right: 12, top: 12, bottom: 26 };
  const first = points[0] as { at: number; value: number };
  const last = points[points.length - 1] as { at: number; value: number };
  const minV = Math.min(...points.map((p) => p.value));
  const maxV = Math.max(...points.map((p) => p.value));
  const spanT = Math.max(1, last.at - first.at);
  const spanV = Math.max(1, maxV - minV);
  const x = (at: number) => pad.left + ((at - first.at) / spanT) * (width - pad.left - pad.right);
  const y = (value: number) =>
    height - pad.bottom - ((value - minV) / spanV) * (height - pad.top - pad.bottom);
  const path = points
    .map((p, i) => `${i ? "L" : "M"}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(" ");
  return (
    <svg
      className="meter-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t.vehicle.chartLabel(formatNumber(first.value), formatNumber(last.value))}
    >
      {[minV, (minV + maxV) / 2, maxV].map((v) => (
        <g key={v}>
          <line className="grid" x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
          <text className="axis" x={pad.left - 6} y={y(v) + 4} textAnchor="end">
            {formatNumber(Math.round(v))}
          </text>
        </g>
      ))}
      <text className="axis" x={pad.left} y={height - 6}>
        {formatDate(new Date(first.at))}
      </text>
      <text className="axis" x={width - pad.right} y={height - 6} textAnchor="end">
        {formatDate(new Date(last.at))}
      </text>
      <path className="line" d={path} />
    </svg>
  );
}

/** Asks why and voids a reading; false when the person gave no reason. */
async function voidWithReason(vehicleId: string, readingId: string, question: string) {
  const reason = window.prompt(question);
  if (!reason) return false;
  await unwrap(
    api.POST("/api/v1/vehicles/{id}/meter-readings/{readingId}/void", {
      params: { path: { id: vehicleId, readingId } },
      body: { reason },
    }),
  );
  return true;
}

/**
 * Readings that did not fit the vehicle's others (a driver's check stores them rather
 * than lose the check): they count for nothing until someone confirms or voids them.
 */
function ReadingsToConfirm({
  vehicleId,
  readings,
  onChange,
}: {
  vehicleId: string;
  readings: MeterReading[];
  onChange: () => void;
}) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const can = useCan();
  const waiting = readings.filter((r) => r.status === "unconfirmed");
  if (!waiting.length) return null;
  return (
    <section
      className="alert alert-info readings-to-confirm"
      aria-labelledby="readings-to-confirm-title"
    >
      <strong id="readings-to-confirm-title">{t.vehicle.toConfirm}</strong>
      <p className="small">{t.vehicle.toConfirmHelp}</p>
      <ul>
        {waiting.map((reading) => (
          <li key={reading.id} data-reading={reading.id}>
            <strong>
              {formatNumber(reading.value)}{" "}
              {reading.meter === "odometer_km" ? t.print.km : t.print.hours}
            </strong>{" "}
            · {formatDateTime(reading.readAt)} · {t.vehicle.sources[reading.source]}
            {reading.unconfirmedReason ? (
              <span className="muted small"> ({reading.unconfirmedReason})</span>
            ) : null}{" "}
            {can("meters.confirm") ? (
              <ActionButton
                label={t.vehicle.confirm}
                onAction={async () => {
                  await unwrap(
                    api.POST("/api/v1/vehicles/{id}/meter-readings/{readingId}/confirm", {
                      params: { path: { id: vehicleId, readingId: reading.id } },
                      body: {},
                    }),
                  );
                  onChange();
                }}
              />
            ) : null}
            {can("meters.write") ? (
              <ActionButton
                label={t.vehicle.void}
                tone="danger"
                onAction={async () => {
                  if (await voidWithReason(vehicleId, reading.id, t.vehicle.voidReason)) onChange();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReadingForm({
  vehicleId,
  meter,
  onDone,
  onCancel,
}: {
  vehicleId: string;
  meter: Meter;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState("");
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <ApiForm
      title={t.vehicle.addReading}
      submitLabel={confirming ? t.vehicle.confirmJump : t.common.save}
      onCancel={onCancel}
      onSubmit={async () => {
        try {
          await unwrap(
            api.POST("/api/v1/vehicles/{id}/meter-readings", {
              params: { path: { id: vehicleId } },
              body: {
                meter,
                value: Number(value.replace(",", ".")),
                ...(confirming ? { confirm: true } : {}),
              },
            }),
          );
          onDone();
        } catch (error) {
          // An implausible jump: show why, and let the person send it again confirmed.
          if (error instanceof ApiError && error.code === "CONFIRMATION_REQUIRED") {
            setConfirming(error.message);
            return;
          }
          throw error;
        }
      }}
    >
      <div className="field">
        <label htmlFor="reading-value">
          {meter === "odometer_km" ? t.fleet.odometerKm : t.fleet.engineHours}
        </label>
        <input
          id="reading-value"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          required
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setConfirming(null);
          }}
        />
      </div>
      {confirming ? (
        <div className="alert alert-info" role="alert">
          {confirming}
        </div>
      ) : null}
    </ApiForm>
  );
}

/**
 * A gas vehicle's cylinder type, which sets how long a requalification may run (core/fleet.ts):
 * shown to everyone, changed by whoever may edit the fleet.
 */
function CylinderType({ vehicle }: { vehicle: Vehicle }) {
  const { t } = useI18n();
  const can = useCan();
  const [type, setType] = useState(vehicle.cngCylinderType);
  const [error, setError] = useState<string | null>(null);
  const types = Object.keys(t.vehicle.cylinderTypes) as NonNullable<Vehicle["cngCylinderType"]>[];
  return (
    <div>
      <dt>
        <label htmlFor="cylinder-type">{t.vehicle.cylinderType}</label>
      </dt>
      <dd>
        {can("fleet.write") ? (
          <select
            id="cylinder-type"
            value={type ?? ""}
            onChange={(event) => {
              const next = (event.target.value || null) as Vehicle["cngCylinderType"];
              setError(null);
              unwrap(
                api.PATCH("/api/v1/vehicles/{id}", {
                  params: { path: { id: vehicle.id } },
                  body: { cngCylinderType: next },
                }),
              ).then(
                (saved) => setType(saved.cngCylinderType),
                (failure: unknown) =>
                  setError(failure instanceof Error ? failure.message : String(failure)),
              );
            }}
          >
            <option value="">{t.vehicle.cylinderTypeUnknown}</option>
            {types.map((key) => (
              <option key={key} value={key}>
                {t.vehicle.cylinderTypes[key]}
              </option>
            ))}
          </select>
        ) : type ? (
          t.vehicle.cylinderTypes[type]
        ) : (
          t.vehicle.cylinderTypeUnknown
        )}
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </dd>
    </div>
  );
}

function VehicleDetails({ vehicle }: { vehicle: Vehicle }) {
  const { t, locale, formatDateTime, formatNumber, formatDate } = useI18n();
  const can = useCan();
  const release = useResource("/api/v1/vehicles/{id}/release", {
    params: { path: { id: vehicle.id } },
  });
  const readings = useResource("/api/v1/vehicles/{id}/meter-readings", {
    params: { path: { id: vehicle.id }, query: { limit: 1000 } },
  });
  const inspections = useResource("/api/v1/inspections", {
    params: { query: { vehicleId: vehicle.id, limit: 50 } },
  });
  const defects = useResource("/api/v1/defects", {
    params: { query: { vehicleId: vehicle.id, limit: 200 } },
  });
  const [adding, setAdding] = useState(false);
  const meter: Meter = primaryMeter(vehicle.model.vehicleType);
  // Scanned with the phone's camera, it opens this vehicle's check and records that the check
  // began at the vehicle (issue #15).
  const pageUrl = `${window.location.origin}/inspect/${vehicle.id}?qr=1`;
  return (
    <>
      <div className="vehicle-summary">
        <dl className="detail-grid grow">
          <div>
            <dt>{t.fleet.plate}</dt>
            <dd>{vehicle.registrationPlate ?? t.common.none}</dd>
          </div>
          <div>
            <dt>{t.fleet.vin}</dt>
            <dd>{vehicle.vin ?? vehicle.serialNumber ?? t.common.none}</dd>
          </div>
          <div>
            <dt>{t.fleet.model}</dt>
            <dd>
              {vehicle.model.maker} {vehicle.model.model} ·{" "}
              {t.fleet.powertrains[vehicle.model.powertrain]}
            </dd>
          </div>
          <div>
            <dt>{t.board.depot}</dt>
            <dd>{vehicle.depotName ?? t.common.none}</dd>
          </div>
          <div>
            <dt>{t.vehicles.status}</dt>
            <dd>{t.fleet.statuses[vehicle.status]}</dd>
          </div>
          <div>
            <dt>{t.fleet.inService}</dt>
            <dd>{vehicle.inServiceDate ? formatDate(vehicle.inServiceDate) : t.common.none}</dd>
          </div>
          {vehicle.model.powertrain === "cng" ? <CylinderType vehicle={vehicle} /> : null}
        </dl>
        <QrCode
          text={pageUrl}
          caption={`${vehicle.fleetNumber} · ${vehicle.registrationPlate ?? ""}`}
        />
      </div>

      <h2 className="section-title">{t.vehicle.release}</h2>
      <Loaded resource={release}>
        {(decision) => (
          <div
            className={decision.releasable ? "alert alert-info" : "alert alert-error"}
            data-releasable={decision.releasable}
          >
            <strong>{decision.releasable ? t.vehicle.mayGo : t.vehicle.mayNotGo}</strong>
            <ReasonList reasons={decision.reasons} />
            {decision.override ? (
              <p>
                {t.release.releasedBy(
                  decision.override.byName,
                  shortDateTime(decision.shiftEnd, locale),
                )}
                : {t.release.quoted(decision.override.reason)}
              </p>
            ) : null}
          </div>
        )}
      </Loaded>
      {readings.data ? (
        <ReadingsToConfirm
          vehicleId={vehicle.id}
          readings={readings.data}
          onChange={() => {
            readings.reload();
            release.reload();
          }}
        />
      ) : null}

      <h2 className="section-title">{t.vehicle.meters}</h2>
      {can("meters.write") && !adding ? (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t.vehicle.addReading}
        </button>
      ) : null}
      {adding ? (
        <ReadingForm
          vehicleId={vehicle.id}
          meter={meter}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            readings.reload();
          }}
        />
      ) : null}
      <Loaded resource={readings}>
        {(rows) => (
          <>
            <MeterChart readings={rows} meter={meter} />
            <details>
              <summary>{t.vehicle.readings(rows.length)}</summary>
              <DataTable
                label={t.vehicle.meters}
                rows={rows.slice(0, 100)}
                rowKey={(row) => row.id}
                columns={[
                  { header: t.vehicle.readAt, cell: (row) => formatDateTime(row.readAt) },
                  {
                    header: t.vehicle.value,
                    cell: (row) =>
                      row.voided ? (
                        <s title={row.voidReason ?? ""}>{formatNumber(row.value)}</s>
                      ) : row.status === "unconfirmed" ? (
                        <span title={row.unconfirmedReason ?? ""}>
                          {formatNumber(row.value)}{" "}
                          <Badge tone="warn">{t.vehicle.unconfirmedBadge}</Badge>
                        </span>
                      ) : (
                        formatNumber(row.value)
                      ),
                  },
                  { header: t.vehicle.source, cell: (row) => t.vehicle.sources[row.source] },
                  ...(can("meters.write")
                    ? [
                        {
                          header: t.common.actions,
                          cell: (row: MeterReading) =>
                            row.voided ? (
                              <span className="muted small">{row.voidReason}</span>
                            ) : (
                              <ActionButton
                                label={t.vehicle.void}
                                onAction={async () => {
                                  if (
                                    await voidWithReason(vehicle.id, row.id, t.vehicle.voidReason)
                                  )
                                    readings.reload();
                                }}
                              />
                            ),
                        },
                      ]
                    : []),
                ]}
              />
            </details>
          </>
        )}
      </Loaded>

      <h2 id="defects" className="section-title">
        {t.vehicle.defects}
      </h2>
      <Loaded resource={defects}>
        {(rows) => (
          <DataTable
            label={t.vehicle.defects}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: t.vehicle.openedAt, cell: (row) => formatDateTime(row.openedAt) },
              { header: t.defects.description, cell: (row) => row.description },
              {
                header: t.evidence.photos,
                cell: (row) =>
                  row.photos.length ? (
                    <PhotoThumbnails photos={row.photos} subject={row.description} />
                  ) : (
                    t.common.none
                  ),
              },
              {
                header: t.defects.severity,
                cell: (row) => (
                  <Badge tone={row.severity === "critical" ? "warn" : "muted"}>
                    {t.fleet.severity[row.severity]}
                  </Badge>
                ),
              },
              { header: t.defects.status, cell: (row) => t.defects.statuses[row.status] },
              {
                header: t.defects.note,
                cell: (row) =>
                  row.repairNote ? <RepairNote defect={row} labelled={false} /> : t.common.none,
              },
            ]}
          />
        )}
      </Loaded>

      <VehicleMaintenanceSection vehicleId={vehicle.id} />

      <h2 className="section-title">{t.vehicle.inspections}</h2>
      <Loaded resource={inspections}>
        {(rows) => (
          <DataTable
            label={t.vehicle.inspections}
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: t.vehicle.submittedAt, cell: (row) => formatDateTime(row.submittedAt) },
              { header: t.print.signedBy, cell: (row) => row.signedByName },
              {
                header: t.vehicle.meterValue,
                cell: (row) => formatNumber(row.odometerKm ?? row.engineHours ?? 0),
              },
              {
                header: t.vehicle.result,
                cell: (row) => (
                  <Badge tone={row.passed ? "good" : "warn"}>
                    {row.passed ? t.vehicle.passed : t.vehicle.failed}
                  </Badge>
                ),
              },
              {
                header: t.common.actions,
                cell: (row) => <Link to={`/inspections/${row.id}/print`}>{t.vehicle.print}</Link>,
              },
            ]}
          />
        )}
      </Loaded>
    </>
  );
}

export function VehiclePage() {
  const { t } = useI18n();
  const can = useCan();
  const id = usePath().split("/")[2] ?? "";
  const vehicle = useResource("/api/v1/vehicles/{id}", { params: { path: { id } } });
  return (
    <>
      <PageHeader
        title={vehicle.data ? `${t.fleet.vehicle} ${vehicle.data.fleetNumber}` : t.fleet.vehicle}
        subtitle={
          vehicle.data ? `${vehicle.data.model.maker} ${vehicle.data.model.model}` : undefined
        }
        actions={
          <>
            {can("inspections.submit") ? (
              <Link className="button button-primary" to={`/inspect/${id}`}>
                {t.vehicle.startCheck}
              </Link>
            ) : null}
            <button type="button" className="button no-print" onClick={() => window.print()}>
              {t.vehicle.printQr}
            </button>
          </>
        }
      />
      <Loaded resource={vehicle}>{(data) => <VehicleDetails vehicle={data} />}</Loaded>
    </>
  );
}
