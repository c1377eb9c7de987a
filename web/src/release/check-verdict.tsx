/**
 * What the driver reads after signing a check: may this bus go out? Only once the server
 * has the check does the gate know about what it found, so until then the answer is "not
 * sent yet — do not drive"; then the gate's decision for the shift under way: held with
 * why, released by a manager (who, why, until when), or ready.
 */
import { useResource } from "../api/use-resource.js";
import { useI18n } from "../i18n/i18n.js";
import type { OutboxEntry } from "../offline/outbox.js";
import { ReasonList } from "./reason-list.js";
import { shortDateTime } from "./reason-text.js";

function AskAgain({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button-small" onClick={onClick}>
      {t.release.verdict.askAgain}
    </button>
  );
}

/** The gate's decision for a vehicle whose check the server has accepted. */
function Decision({ vehicleId, vehicleLabel }: { vehicleId: string; vehicleLabel: string }) {
  const { t, locale } = useI18n();
  const release = useResource("/api/v1/vehicles/{id}/release", {
    params: { path: { id: vehicleId } },
  });
  const decision = release.data;
  if (release.error)
    return (
      <section className="verdict verdict-unknown" role="alert">
        <p className="verdict-vehicle">{vehicleLabel}</p>
        <h2>{t.release.verdict.unknown}</h2>
        <p>{release.error}</p>
        <AskAgain onClick={release.reload} />
      </section>
    );
  if (!decision)
    return (
      <section className="verdict verdict-asking" aria-busy="true">
        <p className="verdict-vehicle">{vehicleLabel}</p>
        <p>{t.release.verdict.asking}</p>
      </section>
    );
  if (!decision.releasable)
    return (
      <section className="verdict verdict-held" data-verdict="held" role="alert">
        <p className="verdict-vehicle">{vehicleLabel}</p>
        <h2>{t.release.verdict.held}</h2>
        <ReasonList reasons={decision.reasons} />
        <AskAgain onClick={release.reload} />
      </section>
    );
  if (decision.override)
    return (
      <section className="verdict verdict-released" data-verdict="released" role="status">
        <p className="verdict-vehicle">{vehicleLabel}</p>
        <h2>
          {t.release.releasedBy(decision.override.byName, shortDateTime(decision.shiftEnd, locale))}
        </h2>
        <p>{t.release.quoted(decision.override.reason)}</p>
        <p className="small">{t.release.verdict.releasedDespite}</p>
        <ReasonList reasons={decision.reasons} />
      </section>
    );
  return (
    <section className="verdict verdict-ready" data-verdict="ready" role="status">
      <p className="verdict-vehicle">{vehicleLabel}</p>
      <h2>{t.release.verdict.ready}</h2>
    </section>
  );
}

/** The verdict on one check of the outbox: pending until the server has accepted it. */
export function CheckVerdict({ entry }: { entry: OutboxEntry }) {
  const { t } = useI18n();
  if (entry.state === "sent")
    return <Decision vehicleId={entry.vehicleId} vehicleLabel={entry.vehicleLabel} />;
  return (
    <section className="verdict verdict-pending" data-verdict="pending" role="alert">
      <p className="verdict-vehicle">{entry.vehicleLabel}</p>
      <h2>
        {entry.state === "failed"
          ? t.release.verdict.refused(entry.error ?? "")
          : t.release.verdict.pending}
      </h2>
    </section>
  );
}
