/**
 * Certificates: the signed-in person's own (with how many days each has left, an expired
 * one in red) and, for those who plan training, everyone's that expire soon.
 */
import { useState } from "react";
import type { Certificate } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { DataTable, Loaded, SelectField, type Column } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";

/** Days left, red once the certificate no longer counts. */
function DaysLeft({ certificate }: { certificate: Certificate }) {
  const { t } = useI18n();
  return (
    <span className="cert-days" data-status={certificate.status}>
      {t.training.daysLeftValue(certificate.daysLeft)}
    </span>
  );
}

function Status({ certificate }: { certificate: Certificate }) {
  const { t } = useI18n();
  return (
    <span
      className="cert-status"
      data-status={certificate.status}
      data-competency={certificate.competency}
    >
      {t.training.certificateStatuses[certificate.status]}
    </span>
  );
}

export function MyCertificates() {
  const { t, locale, formatDate } = useI18n();
  const certificates = useResource("/api/v1/me/certificates");
  const columns: Column<Certificate>[] = [
    {
      header: t.training.competency,
      cell: (c) => <span className="strong">{c.competencyName[locale]}</span>,
    },
    { header: t.training.issued, cell: (c) => formatDate(c.issuedOn) },
    { header: t.training.expires, cell: (c) => formatDate(c.expiresOn) },
    { header: t.training.daysLeft, className: "num", cell: (c) => <DaysLeft certificate={c} /> },
    { header: t.training.status, cell: (c) => <Status certificate={c} /> },
    { header: t.training.issuedBy, cell: (c) => c.issuedByName },
  ];
  return (
    <Loaded resource={certificates}>
      {(rows) =>
        rows.length ? (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(c) => c.id}
            label={t.training.tabs.mine}
          />
        ) : (
          <p className="empty">{t.training.noCertificates}</p>
        )
      }
    </Loaded>
  );
}

/** How far ahead to look, in days (the API's default window is 60). */
const WINDOWS = [30, 60, 90, 180] as const;

export function ExpiringCertificates() {
  const { t, locale, formatDate } = useI18n();
  // A window named in the address (`?days=60`, from the manager's home page figure).
  const [days, setDays] = useState<number>(() => {
    const asked = Number(new URLSearchParams(window.location.search).get("days"));
    return WINDOWS.find((d) => d === asked) ?? 60;
  });
  const certificates = useResource("/api/v1/certificates/expiring", {
    params: { query: { days } },
  });
  const columns: Column<Certificate>[] = [
    { header: t.training.person, cell: (c) => <span className="strong">{c.userName}</span> },
    { header: t.training.organisation, cell: (c) => c.organisationName },
    { header: t.training.competency, cell: (c) => c.competencyName[locale] },
    { header: t.training.expires, cell: (c) => formatDate(c.expiresOn) },
    { header: t.training.daysLeft, className: "num", cell: (c) => <DaysLeft certificate={c} /> },
  ];
  return (
    <>
      <div className="training-filters">
        <SelectField
          label={t.training.within}
          value={String(days)}
          data-field="expiring-days"
          onChange={(event) => setDays(Number(event.target.value))}
          options={WINDOWS.map((d) => ({ value: String(d), label: t.training.withinDays(d) }))}
        />
      </div>
      <Loaded resource={certificates}>
        {(rows) =>
          rows.length ? (
            <DataTable
              rows={rows}
              columns={columns}
              rowKey={(c) => c.id}
              label={t.training.tabs.expiring}
            />
          ) : (
            <p className="empty">{t.training.noExpiring}</p>
          )
        }
      </Loaded>
    </>
  );
}
