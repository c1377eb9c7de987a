/** What this phone still has to send, and what it sent lately: the driver sees nothing is lost. */
import { useSyncExternalStore } from "react";
import { useI18n } from "../i18n/i18n.js";
import { discard, retry, syncNow, useOutbox, type OutboxEntry } from "../offline/outbox.js";
import { Link } from "../router.js";
import { ActionButton } from "./ui.js";

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Whether the browser believes it has a network. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

function EntryState({ entry }: { entry: OutboxEntry }) {
  const { t } = useI18n();
  switch (entry.state) {
    case "sent":
      return (
        <span>
          {entry.sent?.passed
            ? t.inspect.sentPassed
            : t.inspect.sentDefects(entry.sent?.defectsOpened ?? 0)}{" "}
          {entry.sent ? (
            <Link to={`/inspections/${entry.sent.inspectionId}/print`}>{t.inspect.openRecord}</Link>
          ) : null}
          {entry.sent?.meterUnconfirmed ? (
            <span className="meter-unconfirmed small">
              <br />
              {entry.body.engineHours === undefined
                ? t.inspect.odometerUnconfirmed
                : t.inspect.engineHoursUnconfirmed}
            </span>
          ) : null}
        </span>
      );
    case "sending":
      return <span>{t.inspect.sending}</span>;
    case "waiting":
      return (
        <span>
          {t.inspect.waiting}
          {entry.error ? <span className="muted small"> ({entry.error})</span> : null}
        </span>
      );
    default:
      return (
        <span role="alert">
          {t.inspect.refused}: {entry.error}
        </span>
      );
  }
}

export function OutboxList() {
  const { t, formatDateTime } = useI18n();
  const entries = useOutbox();
  if (!entries.length) return null;
  const waiting = entries.filter((e) => e.state !== "sent").length;
  return (
    <section aria-labelledby="outbox-title" className="outbox" data-waiting={waiting}>
      <h2 id="outbox-title" className="section-title">
        {waiting ? t.inspect.outboxWaiting(waiting) : t.inspect.outboxSent}
      </h2>
      {entries.map((entry) => (
        <div key={entry.key} className="outbox-entry" data-state={entry.state}>
          <span>
            <strong>{entry.vehicleLabel}</strong>{" "}
            <span className="muted small">
              {formatDateTime(entry.body.submittedAt ?? entry.createdAt)}
            </span>
            <br />
            <EntryState entry={entry} />
          </span>
          <span>
            {entry.state === "waiting" ? (
              <ActionButton label={t.inspect.sendNow} onAction={() => syncNow()} />
            ) : null}
            {entry.state === "failed" ? (
              <>
                <ActionButton label={t.common.retry} onAction={() => retry(entry.key)} />
                <ActionButton
                  label={t.inspect.discard}
                  tone="danger"
                  confirm={t.inspect.confirmDiscard}
                  onAction={() => discard(entry.key)}
                />
              </>
            ) : null}
          </span>
        </div>
      ))}
    </section>
  );
}
