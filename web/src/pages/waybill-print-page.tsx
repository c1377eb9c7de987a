/**
 * One waybill on one A4 page (/waybills/:id/print): the details Mintrans order No. 390 of
 * 28 Sep 2022 asks a waybill to carry: its number and validity, the carrier, the vehicle
 * (model, registration plate), the driver (name, licence), the pre-trip technical control
 * (date, time, odometer, the controller's surname and initials), the pre-trip medical
 * examination (time, who), and at return the odometer and distance. Shown without the
 * app's frame so it prints as it looks.
 */
import { useEffect, useState } from "react";
import { api, errorMessage, unwrap } from "../api/client.js";
import "../components/fleet.css";
import { ApiForm, ErrorMessage, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { shortDateTime } from "../release/reason-text.js";
import { usePath } from "../router.js";
import { useCan } from "../session.js";

type Waybill = Awaited<ReturnType<typeof loadWaybill>>;
const loadWaybill = (id: string) =>
  unwrap(api.GET("/api/v1/waybills/{id}", { params: { path: { id } } }));

/** The controller closes the waybill at return: odometer and post-trip control. */
function CloseForm({ id, onDone }: { id: string; onDone: (closed: Waybill) => void }) {
  const { t } = useI18n();
  const p = t.pretrip;
  const [odometer, setOdometer] = useState("");
  const [passed, setPassed] = useState(true);
  const [signature, setSignature] = useState("");
  const [notes, setNotes] = useState("");
  return (
    <div className="no-print">
      <ApiForm
        title={p.waybill.close}
        submitLabel={p.waybill.close}
        onSubmit={async () => {
          onDone(
            await unwrap(
              api.POST("/api/v1/waybills/{id}/close", {
                params: { path: { id } },
                body: {
                  returnOdometerKm: Number(odometer),
                  postTripPassed: passed,
                  signature: signature.trim(),
                  ...(notes.trim() ? { notes: notes.trim() } : {}),
                },
              }),
            ),
          );
        }}
      >
        <TextField
          label={p.odometer}
          name="returnOdometer"
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
              name="postTripPassed"
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
    </div>
  );
}

export function WaybillPrintPage() {
  const can = useCan();
  const { t, locale, formatNumber } = useI18n();
  const w = t.pretrip.waybill;
  const id = usePath().split("/")[2] ?? "";
  const [waybill, setWaybill] = useState<Waybill | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loadWaybill(id)
      .then((loaded) => current && setWaybill(loaded))
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [id]);
  if (error) return <ErrorMessage message={error} />;
  if (!waybill) return <p aria-busy="true">{t.common.loading}</p>;
  // The depot's own times, wherever the form is printed: it is that depot's legal record.
  const at = (value: string) => shortDateTime(value, locale, waybill.depot?.timeZone);
  return (
    <main className="print-page" data-waybill={waybill.number}>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {w.print}
        </button>
      </p>
      <h1>{w.heading(waybill.number)}</h1>
      <p className="muted small">{w.basis}</p>
      <dl className="print-details">
        <dt>{w.carrier}</dt>
        <dd>{waybill.organisation.name}</dd>
        <dt>{w.validity}</dt>
        <dd>
          {at(waybill.shiftStart)} – {at(waybill.shiftEnd)}
        </dd>
        <dt>{w.vehicle}</dt>
        <dd>
          {waybill.vehicle.model}, {waybill.vehicle.fleetNumber}
        </dd>
        <dt>{w.plate}</dt>
        <dd data-plate>{waybill.vehicle.registrationPlate ?? ""}</dd>
        <dt>{w.driver}</dt>
        <dd data-driver>{waybill.driver.name}</dd>
        <dt>{w.licence}</dt>
        <dd>{waybill.driver.licenceNumber ?? t.common.none}</dd>
      </dl>
      <section data-control>
        <h2>{w.technicalControl}</h2>
        <p>
          {w.controlLine(
            at(waybill.preTripControl.at),
            formatNumber(waybill.preTripControl.odometerKm),
          )}
        </p>
        <p>
          {w.signedBy}: <strong data-signature>{waybill.preTripControl.signature}</strong>{" "}
          ____________
        </p>
      </section>
      <section data-medical>
        <h2>{w.medical}</h2>
        <p>
          {w.medicalLine(at(waybill.preTripMedical.at), waybill.preTripMedical.medicalWorker.name)}{" "}
          ____________
        </p>
      </section>
      <section>
        <h2>{w.returned}</h2>
        <p>
          {waybill.return
            ? w.returnLine(
                at(waybill.return.at),
                formatNumber(waybill.return.odometerKm),
                formatNumber(waybill.return.distanceKm),
              )
            : w.notReturned}
        </p>
        {waybill.return ? (
          <p data-post-trip>
            {w.postTripControl(
              waybill.return.postTripControlPassed,
              waybill.return.postTripSignature ?? "",
            )}
            {waybill.return.postTripMedical ? (
              <>
                <br />
                {w.postTripMedical(
                  at(waybill.return.postTripMedical.at),
                  waybill.return.postTripMedical.fit,
                  waybill.return.postTripMedical.medicalWorker.name,
                )}
              </>
            ) : null}
          </p>
        ) : null}
      </section>
      {waybill.status === "open" && can("pretrip.control") ? (
        <CloseForm id={waybill.id} onDone={setWaybill} />
      ) : null}
      <p className="small">{w.issued(at(waybill.issuedAt), waybill.issuedBy.name)}</p>
      <p className="muted small no-print">{w.electronic}</p>
    </main>
  );
}
