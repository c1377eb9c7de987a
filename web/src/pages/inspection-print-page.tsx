/**
 * One inspection on one A4 page (/inspections/:id/print): what a regulator or a court
 * asks for. The waybill's T1 technical-control mark needs the vehicle, the odometer, the
 * date and time and the controller's name and signature (Mintrans order No. 390; DOMAIN.md
 * §1); a DVIR names the vehicle, lists the defects and is signed by the driver
 * (49 CFR 396.11). Shown without the app's frame so it prints as it looks.
 */
import { useEffect, useState } from "react";
import { api, errorMessage, unwrap } from "../api/client.js";
import type { Defect, Inspection, InspectionTemplate, Vehicle } from "../api/types.js";
import "../components/fleet.css";
import { PhotoThumbnails, photoLink, RepairNote } from "../components/evidence.js";
import { ErrorMessage } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { flagLine, type CheckFlag } from "../release/flag-text.js";
import { Link, usePath } from "../router.js";
import { useCan } from "../session.js";

interface Proof {
  flags: (CheckFlag & { id: string })[];
  durationSeconds: number | null;
  minimumSeconds: number;
  evidence: {
    clockOffsetSeconds: number | null;
    position: { latitude: number; longitude: number; accuracyM: number } | null;
    qr: { matchesVehicle: boolean } | null;
  } | null;
}

/** How the check was made, for those who review checks (the position is theirs only). */
function ProofSection({ id }: { id: string }) {
  const { t } = useI18n();
  const f = t.release.flags;
  const [proof, setProof] = useState<Proof | null>(null);
  useEffect(() => {
    let current = true;
    void unwrap(api.GET("/api/v1/inspections/{id}/proof", { params: { path: { id } } }))
      .then((loaded) => current && setProof(loaded))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [id]);
  if (!proof) return null;
  const e = proof.evidence;
  return (
    <section className="print-proof" aria-labelledby="print-proof-title" data-proof>
      <h2 id="print-proof-title" className="section-title">
        {f.proofTitle}
      </h2>
      {e ? (
        <ul>
          {proof.durationSeconds !== null ? (
            <li>{f.madeIn(Math.round(proof.durationSeconds), proof.minimumSeconds)}</li>
          ) : null}
          {/* A few seconds are the network's, not the clock's. */}
          {e.clockOffsetSeconds !== null && Math.abs(e.clockOffsetSeconds) >= 5 ? (
            <li>{f.clockOffset(Math.abs(e.clockOffsetSeconds))}</li>
          ) : null}
          <li>
            {e.position
              ? f.position(
                  e.position.latitude.toFixed(5),
                  e.position.longitude.toFixed(5),
                  Math.round(e.position.accuracyM),
                )
              : f.noPosition}
          </li>
          <li>{e.qr ? f.qrScanned(e.qr.matchesVehicle) : f.noQr}</li>
        </ul>
      ) : (
        <p>{f.noProof}</p>
      )}
      {proof.flags.length ? (
        <ul className="check-flags">
          {proof.flags.map((flag) => (
            <li key={flag.id} data-flag={flag.reason}>
              {flagLine(flag, t)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{f.noFlags}</p>
      )}
    </section>
  );
}

interface Sheet {
  inspection: Inspection;
  vehicle: Vehicle;
  template: InspectionTemplate;
  defects: Defect[];
}

export function InspectionPrintPage() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const canReview = useCan()("inspections.review");
  const id = usePath().split("/")[2] ?? "";
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const inspection = await unwrap(
        api.GET("/api/v1/inspections/{id}", { params: { path: { id } } }),
      );
      const [vehicle, template, defects] = await Promise.all([
        unwrap(
          api.GET("/api/v1/vehicles/{id}", { params: { path: { id: inspection.vehicleId } } }),
        ),
        unwrap(
          api.GET("/api/v1/inspection-templates/{id}", {
            params: { path: { id: inspection.templateId } },
          }),
        ),
        unwrap(
          api.GET("/api/v1/defects", {
            params: { query: { vehicleId: inspection.vehicleId, limit: 2000 } },
          }),
        ),
      ]);
      return {
        inspection,
        vehicle,
        template,
        defects: defects.filter((d) => d.inspectionId === inspection.id),
      };
    };
    load()
      .then((loaded) => current && setSheet(loaded))
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [id]);

  if (error) return <ErrorMessage message={error} />;
  if (!sheet) return <p className="muted">{t.common.loading}</p>;
  const { inspection, vehicle, template, defects } = sheet;
  const items = new Map(template.items.map((item) => [item.key, item]));
  const label = (itemKey: string) => {
    const item = items.get(itemKey);
    return item ? item.label[locale] : itemKey;
  };
  const photographed = inspection.results.filter((r) => r.photoIds?.length);
  const meter =
    inspection.odometerKm !== null
      ? `${formatNumber(inspection.odometerKm)} ${t.print.km}`
      : `${formatNumber(inspection.engineHours ?? 0)} ${t.print.hours}`;
  return (
    <div className="print-sheet" data-inspection={inspection.id}>
      <div className="print-actions">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t.print.print}
        </button>
        <Link className="button" to={`/vehicles/${vehicle.id}`}>
          {t.print.backToVehicle}
        </Link>
      </div>
      <h1>
        {t.print.title} — {inspection.passed ? t.vehicle.passed : t.vehicle.failed}
      </h1>
      <div className="print-meta">
        <div>
          {t.fleet.vehicle}: <strong>{vehicle.fleetNumber}</strong> ({vehicle.model.maker}{" "}
          {vehicle.model.model})
        </div>
        <div>
          {t.fleet.plate}: <strong>{vehicle.registrationPlate ?? t.common.none}</strong>
        </div>
        <div>
          {t.fleet.vin}: <strong>{vehicle.vin ?? vehicle.serialNumber ?? t.common.none}</strong>
        </div>
        <div>
          {inspection.odometerKm !== null ? t.fleet.odometerKm : t.fleet.engineHours}:{" "}
          <strong>{meter}</strong>
        </div>
        <div>
          {t.print.dateTime}: <strong>{formatDateTime(inspection.submittedAt)}</strong>
        </div>
        <div>
          {t.print.checklist}: {template.name[locale]}, {t.fleet.version(template.version)}
        </div>
        <div>
          {t.board.depot}: {vehicle.depotName ?? t.common.none}
        </div>
        <div className="small">
          {t.print.recordId}: {inspection.id}
        </div>
      </div>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t.print.item}</th>
            <th>{t.defects.severity}</th>
            <th>{t.print.outcome}</th>
            <th>{t.print.comment}</th>
          </tr>
        </thead>
        <tbody>
          {inspection.results.map((result, index) => {
            const item = items.get(result.itemKey);
            return (
              <tr key={result.itemKey} className={result.outcome === "fail" ? "fail" : undefined}>
                <td>{index + 1}</td>
                <td>{label(result.itemKey)}</td>
                <td>{item ? t.fleet.severity[item.severity] : ""}</td>
                <td>{t.inspect.outcomes[result.outcome]}</td>
                <td>
                  {result.comment ?? ""}
                  {result.photoIds?.length ? ` (${t.print.photos(result.photoIds.length)})` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canReview ? <ProofSection id={inspection.id} /> : null}
      {photographed.length ? (
        <section className="print-photos" aria-labelledby="print-photos-title">
          <h2 id="print-photos-title" className="section-title">
            {t.evidence.photos}
          </h2>
          {photographed.map((result) => (
            <figure key={result.itemKey}>
              <figcaption>{label(result.itemKey)}</figcaption>
              <PhotoThumbnails
                photos={(result.photoIds ?? []).map(photoLink)}
                subject={label(result.itemKey)}
              />
            </figure>
          ))}
        </section>
      ) : null}
      {inspection.comments ? (
        <p>
          {t.inspect.comments}: {inspection.comments}
        </p>
      ) : null}
      {defects.length ? (
        <>
          <p>
            <strong>{t.print.defectsOpened}:</strong>
          </p>
          <ul className="print-defects">
            {defects.map((d) => (
              <li key={d.id} data-defect={d.id}>
                {d.description} ({t.fleet.severity[d.severity]}, {t.defects.statuses[d.status]})
                <RepairNote defect={d} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <strong>{t.print.defectsOpened}:</strong> {t.common.none}
        </p>
      )}
      <div className="print-signature">
        <div>
          {t.print.signedBy}: <strong>{inspection.signedByName}</strong>
          <br />
          {t.print.signedAt}: {formatDateTime(inspection.submittedAt)}
          <br />
          <span className="small">{t.print.electronic}</span>
        </div>
        <div>
          {t.print.signature}
          <div className="line" />
        </div>
      </div>
    </div>
  );
}
