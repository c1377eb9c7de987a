/** Why a vehicle may not go out, as a list a dispatcher or a driver reads (reason-text.ts). */
import type { ReleaseReason } from "../api/types.js";
import { useI18n } from "../i18n/i18n.js";
import { reasonText } from "./reason-text.js";

export function ReasonList({
  reasons,
  timeZone,
}: {
  reasons: readonly ReleaseReason[];
  /** The depot's time zone, so a defect's time reads as at the depot. */
  timeZone?: string;
}) {
  const i18n = useI18n();
  if (!reasons.length) return null;
  return (
    <ul className="reasons">
      {reasons.map((reason) => {
        const text = reasonText(reason, i18n, timeZone);
        return (
          <li
            key={reason.code}
            data-reason={reason.code}
            className={reason.overridable ? "reason-overridable" : undefined}
          >
            <strong>{text.kind}</strong>
            {text.detail ? `: ${text.detail}` : null}
            {text.defects.length ? (
              <ul className="reason-defects">
                {text.defects.map((defect) => (
                  <li key={defect.id} data-reason-defect={defect.id}>
                    <span className="reason-fault">{defect.fault}</span>
                    {defect.driverWords ? ` — ${defect.driverWords}` : null}{" "}
                    <span className="muted small">({defect.reported})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {text.clearedBy ? <div className="reason-cleared small">{text.clearedBy}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
