/**
 * Pre-trip control (issue #11), one page for the depot's morning: the controller records
 * each bus's technical control and issues the waybill of a bus the gate lets go; the
 * medical worker admits the drivers or not; the journal of controls (CSV, print) and the
 * documents that have expired or expire within 30 days. Each section shows to whoever may
 * use it; the API decides (a held bus gets no waybill, and says why).
 */
import { useState } from "react";
import { api, downloadHref, unwrap } from "../api/client.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  Loaded,
  PageHeader,
  SelectField,
  TextField,
} from "../components/ui.js";
import "../components/fleet.css";
import { useI18n } from "../i18n/i18n.js";
import { ReasonList } from "../release/reason-list.js";
import { timeOfDay } from "../release/reason-text.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";
import {
  DOCUMENT_KIND_DEFINITIONS,
  DOCUMENT_KINDS,
  type DocumentKind,
} from "../../../src/core/pretrip.js";

interface BoardRow {
  vehicleId: string;
  fleetNumber: string;
  registrationPlate: string | null;
  model: string;
  state: string;
  releasable: boolean;
  reasons: Parameters<typeof ReasonList>[0]["reasons"];
}

function ControlForm({
  vehicle,
  drivers,
  onDone,
  onCancel,
}: {
  vehicle: BoardRow;
  drivers: { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const p = t.pretrip;
  const [driver, setDriver] = useState(drivers[0]?.id ?? "");
  const [odometer, setOdometer] = useState("");
  const [passed, setPassed] = useState(true);
  const [signature, setSignature] = useState("");
  const [notes, setNotes] = useState("");
  return (
    <ApiForm
      title={p.controlTitle(vehicle.fleetNumber)}
      submitLabel={p.control}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/technical-controls", {
            body: {
              vehicleId: vehicle.vehicleId,
              driverUserId: driver,
              passed,
              odometerKm: Number(odometer),
              signature: signature.trim(),
              ...(notes.trim() ? { notes: notes.trim() } : {}),
            },
          }),
        );
        onDone();
      }}
    >
      <SelectField
        label={p.driver}
        name="driver"
        value={driver}
        onChange={(event) => setDriver(event.target.value)}
        options={drivers.map((d) => ({ value: d.id, label: d.name }))}
      />
      <TextField
        label={p.odometer}
        name="odometer"
        type="number"
        min={0}
        step={0.1}
        required
        value={odometer}
        onChange={(event) => setOdometer(event.target.value)}
      />
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="passed"
            checked={passed}
            onChange={(event) => setPassed(event.target.checked)}
          />{" "}
          {p.passed}
        </label>
      </div>
      <TextField
        label={p.signature}
        name="signature"
        required
        placeholder="Иванов И.И."
        value={signature}
        onChange={(event) => setSignature(event.target.value)}
      />
      <TextField
        label={p.notes}
        name="notes"
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
      />
    </ApiForm>
  );
}

function Vehicles({
  depotId,
  canControl,
  canIssue,
}: {
  depotId: string;
  canControl: boolean;
  canIssue: boolean;
}) {
  const { t } = useI18n();
  const p = t.pretrip;
  const board = useResource("/api/v1/depots/{id}/board", { params: { path: { id: depotId } } });
  const drivers = useResource("/api/v1/depots/{id}/drivers", { params: { path: { id: depotId } } });
  const waybills = useResource("/api/v1/depots/{id}/waybills", {
    params: { path: { id: depotId } },
  });
  const [controlling, setControlling] = useState<BoardRow | null>(null);
  const reload = () => {
    board.reload();
    waybills.reload();
  };
  return (
    <section className="panel" aria-labelledby="pretrip-vehicles">
      <h2 id="pretrip-vehicles">{p.vehicles}</h2>
      <Loaded resource={board}>
        {(data) => (
          <>
            {controlling ? (
              <ControlForm
                key={controlling.vehicleId}
                vehicle={controlling}
                drivers={drivers.data ?? []}
                onCancel={() => setControlling(null)}
                onDone={() => {
                  setControlling(null);
                  reload();
                }}
              />
            ) : null}
            <div className="board-grid">
              {data.vehicles.map((vehicle) => {
                const waybill = waybills.data?.find((w) => w.vehicle.id === vehicle.vehicleId);
                const needsControl = vehicle.reasons.some(
                  (r) => r.code === "PRETRIP_CONTROL_MISSING",
                );
                return (
                  <article
                    key={vehicle.vehicleId}
                    className="board-tile"
                    data-vehicle={vehicle.vehicleId}
                    data-fleet-number={vehicle.fleetNumber}
                    data-state={vehicle.state}
                  >
                    <header>
                      <span className="strong">{vehicle.fleetNumber}</span>
                      {vehicle.registrationPlate ? (
                        <span className="plate">{vehicle.registrationPlate}</span>
                      ) : null}
                      <span className={`badge state-badge state-${vehicle.state}`}>
                        {t.board.states[vehicle.state]}
                      </span>
                    </header>
                    <ReasonList reasons={vehicle.reasons} timeZone={data.timeZone} />
                    {canControl && needsControl ? (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setControlling(vehicle)}
                      >
                        {p.control}
                      </button>
                    ) : null}
                    {waybill ? (
                      <Link to={`/waybills/${waybill.id}/print`} className="small">
                        {p.printWaybill(waybill.number)}
                      </Link>
                    ) : vehicle.releasable && canIssue ? (
                      <ActionButton
                        label={p.issueWaybill}
                        onAction={async () => {
                          await unwrap(
                            api.POST("/api/v1/waybills", {
                              body: { vehicleId: vehicle.vehicleId },
                            }),
                          );
                          reload();
                        }}
                      />
                    ) : null}
                  </article>
                );
              })}
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}

function Admissions({ depotId, canAdmit }: { depotId: string; canAdmit: boolean }) {
  const { t, locale } = useI18n();
  const p = t.pretrip;
  const drivers = useResource("/api/v1/depots/{id}/drivers", { params: { path: { id: depotId } } });
  const admissions = useResource("/api/v1/depots/{id}/medical-admissions", {
    params: { path: { id: depotId } },
  });
  const [details, setDetails] = useState<Record<string, string>>({});
  /** Details read on request, by admission id (never loaded with the list). */
  const [shown, setShown] = useState<Record<string, string>>({});
  return (
    <section className="panel" aria-labelledby="pretrip-drivers">
      <h2 id="pretrip-drivers">{p.drivers}</h2>
      <Loaded resource={drivers}>
        {(list) => (
          <ul className="plain-list">
            {list.map((driver) => {
              const latest = admissions.data?.find(
                (a) => a.driverUserId === driver.id && a.stage === "pre_trip",
              );
              const status = latest
                ? (latest.admitted ? p.admittedAt : p.refusedAt)(
                    timeOfDay(latest.examinedAt, locale),
                    latest.byName,
                  )
                : p.notExamined;
              const postTrip = admissions.data?.find(
                (a) => a.driverUserId === driver.id && a.stage === "post_trip",
              );
              const record =
                (admitted: boolean, stage: "pre_trip" | "post_trip" = "pre_trip") =>
                async () => {
                  const notes = (details[driver.id] ?? "").trim();
                  await unwrap(
                    api.POST("/api/v1/medical-admissions", {
                      body: {
                        driverUserId: driver.id,
                        depotId,
                        admitted,
                        stage,
                        ...(notes ? { details: notes } : {}),
                      },
                    }),
                  );
                  setDetails((d) => ({ ...d, [driver.id]: "" }));
                  admissions.reload();
                };
              // Each read of the details is audited by the server (152-FZ art. 10).
              const showDetails = (admissionId: string) => async () => {
                const read = await unwrap(
                  api.GET("/api/v1/medical-admissions/{id}/details", {
                    params: { path: { id: admissionId } },
                  }),
                );
                setShown((d) => ({ ...d, [admissionId]: read.details ?? "" }));
              };
              return (
                <li
                  key={driver.id}
                  data-driver={driver.name}
                  data-admitted={latest ? String(latest.admitted) : "none"}
                >
                  <strong>{driver.name}</strong> <span className="muted small">{status}</span>{" "}
                  {canAdmit ? (
                    <>
                      <input
                        className="inline-input"
                        name="details"
                        aria-label={p.medicalDetails(driver.name)}
                        placeholder={p.medicalDetailsHint}
                        maxLength={2000}
                        value={details[driver.id] ?? ""}
                        onChange={(event) =>
                          setDetails((d) => ({ ...d, [driver.id]: event.target.value }))
                        }
                      />{" "}
                      <ActionButton label={p.admit} onAction={record(true)} />
                      <ActionButton label={p.refuse} tone="danger" onAction={record(false)} />
                      {latest?.admitted ? (
                        postTrip ? (
                          <span className="muted small" data-post-trip={String(postTrip.admitted)}>
                            {(postTrip.admitted ? p.fitAfter : p.unfitAfter)(
                              timeOfDay(postTrip.examinedAt, locale),
                            )}
                          </span>
                        ) : (
                          <>
                            <ActionButton
                              label={p.postTripFit}
                              onAction={record(true, "post_trip")}
                            />
                            <ActionButton
                              label={p.postTripUnfit}
                              tone="danger"
                              onAction={record(false, "post_trip")}
                            />
                          </>
                        )
                      ) : null}
                      {latest?.hasDetails ? (
                        shown[latest.id] !== undefined ? (
                          <span className="small" data-medical-details>
                            {shown[latest.id]}
                          </span>
                        ) : (
                          <ActionButton label={p.showDetails} onAction={showDetails(latest.id)} />
                        )
                      ) : null}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

/**
 * Prints the journal alone: the rest of the page (navigation, the other sections) is hidden
 * while printing (fleet.css, `body.printing-one`), then shown again.
 */
function printJournal(): void {
  document.body.classList.add("printing-one");
  window.addEventListener("afterprint", () => document.body.classList.remove("printing-one"), {
    once: true,
  });
  window.print();
}

function Journal({ depotId }: { depotId: string }) {
  const { t, locale, formatNumber } = useI18n();
  const p = t.pretrip;
  const journal = useResource("/api/v1/depots/{id}/pretrip-journal", {
    params: { path: { id: depotId } },
  });
  return (
    <section className="panel print-section" aria-labelledby="pretrip-journal" data-print-target>
      <h2 id="pretrip-journal">{p.journal}</h2>
      <p className="no-print">
        <a
          href={downloadHref(locale, "/api/v1/depots/{id}/pretrip-journal.csv", {
            path: { id: depotId },
          })}
          download
        >
          {p.journalCsv}
        </a>{" "}
        <a
          href={downloadHref(locale, "/api/v1/depots/{id}/pretrip-journal.csv", {
            path: { id: depotId },
            query: { format: "xlsx" },
          })}
          download
          data-action="journal-xlsx"
        >
          {p.journalXlsx}
        </a>{" "}
        <button type="button" className="link-button" onClick={printJournal}>
          {p.printJournal}
        </button>
      </p>
      <Loaded resource={journal}>
        {(data) => (
          <table className="table" data-journal>
            <thead>
              <tr>
                <th>{p.time}</th>
                <th>{p.vehicle}</th>
                <th>{p.odometer}</th>
                <th>{p.result}</th>
                <th>{p.driver}</th>
                <th>{p.controller}</th>
              </tr>
            </thead>
            <tbody>
              {data.controls.length === 0 && (
                <tr>
                  <td colSpan={6} data-journal-empty>
                    {p.journalEmpty}
                  </td>
                </tr>
              )}
              {data.controls.map((c) => (
                <tr key={c.id}>
                  <td>{timeOfDay(c.controlledAt, locale, data.timeZone)}</td>
                  <td>
                    {c.fleetNumber} {c.registrationPlate ?? ""} {c.model}
                  </td>
                  <td>{formatNumber(c.odometerKm)}</td>
                  <td>{c.passed ? p.passedShort : p.failedShort}</td>
                  <td>{c.driverName ?? ""}</td>
                  <td>{c.signature}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}

/**
 * Records a vehicle's or a driver's document with its expiry (the API refuses an expiry
 * before the issue, or beyond the term a rule fixes, naming the field).
 */
function DocumentForm({ depotId, onDone }: { depotId: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const p = t.pretrip;
  const board = useResource("/api/v1/depots/{id}/board", { params: { path: { id: depotId } } });
  const drivers = useResource("/api/v1/depots/{id}/drivers", { params: { path: { id: depotId } } });
  const [holder, setHolder] = useState("");
  const [kind, setKind] = useState<DocumentKind>("diagnostic_card");
  const [number, setNumber] = useState("");
  const [issuedOn, setIssuedOn] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const [done, setDone] = useState(false);
  const holders = [
    ...(board.data?.vehicles ?? []).map((v) => ({
      value: `vehicle:${v.vehicleId}`,
      label: `${p.vehicle} ${v.fleetNumber}${v.registrationPlate ? ` (${v.registrationPlate})` : ""}`,
    })),
    ...(drivers.data ?? []).map((d) => ({ value: `driver:${d.id}`, label: d.name })),
  ];
  const chosen = holder || holders[0]?.value || "";
  const [holderKind, holderId] = chosen.split(":") as ["vehicle" | "driver", string];
  const kinds = DOCUMENT_KINDS.filter((k) => DOCUMENT_KIND_DEFINITIONS[k].holder === holderKind);
  const chosenKind = kinds.includes(kind) ? kind : (kinds[0] ?? kind);
  return (
    <ApiForm
      title={p.recordDocument}
      submitLabel={p.recordDocument}
      onSubmit={async () => {
        setDone(false);
        await unwrap(
          api.POST("/api/v1/compliance-documents", {
            body: {
              ...(holderKind === "vehicle" ? { vehicleId: holderId } : { driverUserId: holderId }),
              kind: chosenKind,
              number: number.trim(),
              issuedOn,
              expiresOn,
            },
          }),
        );
        setNumber("");
        setDone(true);
        onDone();
      }}
    >
      <SelectField
        label={p.holder}
        name="holder"
        value={chosen}
        onChange={(event) => setHolder(event.target.value)}
        options={holders}
      />
      <SelectField
        label={p.document}
        name="kind"
        value={chosenKind}
        onChange={(event) => setKind(event.target.value as DocumentKind)}
        options={kinds.map((k) => ({ value: k, label: DOCUMENT_KIND_DEFINITIONS[k].name[locale] }))}
      />
      <TextField
        label={p.number}
        name="number"
        required
        value={number}
        onChange={(event) => setNumber(event.target.value)}
      />
      <TextField
        label={p.issued}
        name="issuedOn"
        type="date"
        required
        value={issuedOn}
        onChange={(event) => setIssuedOn(event.target.value)}
      />
      <TextField
        label={p.expires}
        name="expiresOn"
        type="date"
        required
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      {done ? <p role="status">{p.recorded}</p> : null}
    </ApiForm>
  );
}

function Calendar({ depotId, canRecord }: { depotId: string; canRecord: boolean }) {
  const { t, locale } = useI18n();
  const p = t.pretrip;
  const calendar = useResource("/api/v1/compliance-calendar", {
    params: { query: { depotId, withinDays: 30 } },
  });
  return (
    <section className="panel" aria-labelledby="pretrip-calendar">
      <h2 id="pretrip-calendar">{p.calendar}</h2>
      {canRecord ? <DocumentForm depotId={depotId} onDone={calendar.reload} /> : null}
      <Loaded resource={calendar}>
        {(data) => (
          <table className="table" data-calendar>
            <thead>
              <tr>
                <th>{p.holder}</th>
                <th>{p.document}</th>
                <th>{p.number}</th>
                <th>{p.expires}</th>
              </tr>
            </thead>
            <tbody>
              {data.documents.map((d) => (
                <tr key={d.id} data-state={d.state}>
                  <td>{d.fleetNumber ?? d.driverName ?? ""}</td>
                  <td>{d.kindName[locale]}</td>
                  <td>{d.number}</td>
                  <td>
                    {d.expiresOn} ({d.state === "expired" ? p.expired : p.expiring(d.daysLeft)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}

export function PretripPage() {
  const { t } = useI18n();
  const p = t.pretrip;
  const can = useCan();
  const depots = useResource("/api/v1/depots");
  const [depotId, setDepotId] = useState<string | null>(null);
  const chosen = depotId ?? depots.data?.[0]?.id ?? null;
  const seesBoard = can("board.read");
  return (
    <>
      <PageHeader title={p.title} subtitle={p.subtitle} />
      <Loaded resource={depots}>
        {(list) => (
          <SelectField
            label={p.depot}
            name="depot"
            value={chosen ?? ""}
            onChange={(event) => setDepotId(event.target.value)}
            options={list.map((d) => ({ value: d.id, label: d.name }))}
          />
        )}
      </Loaded>
      {chosen ? (
        <>
          {can("medical.admit") ? (
            <Admissions key={`a-${chosen}`} depotId={chosen} canAdmit />
          ) : null}
          {seesBoard ? (
            <Vehicles
              key={`v-${chosen}`}
              depotId={chosen}
              canControl={can("pretrip.control")}
              canIssue={can("waybills.write")}
            />
          ) : null}
          {seesBoard ? <Journal key={`j-${chosen}`} depotId={chosen} /> : null}
          {seesBoard ? (
            <Calendar key={`c-${chosen}`} depotId={chosen} canRecord={can("documents.write")} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
