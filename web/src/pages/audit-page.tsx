import { useCallback, useEffect, useState } from "react";
import { api, errorMessage, unwrap } from "../api/client.js";
import type { AuditEntry } from "../api/types.js";
import { DataTable, ErrorMessage, PageHeader } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";

const PAGE_SIZE = 50;

function summarise(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  return text === "{}" ? "" : text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** Who changed what, newest first, fifty at a time. */
export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [more, setMore] = useState(false);

  const load = useCallback(async (before?: number) => {
    try {
      const page = await unwrap(
        api.GET("/api/v1/audit-log", { params: { query: { limit: PAGE_SIZE, before } } }),
      );
      setEntries((current) => (before && current ? [...current, ...page] : page));
      setMore(page.length === PAGE_SIZE);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader title={t.audit.title} />
      <ErrorMessage message={error} />
      {entries === null ? (
        error ? null : (
          <p className="muted">{t.common.loading}</p>
        )
      ) : (
        <>
          <DataTable
            label={t.audit.title}
            rows={entries}
            rowKey={(row) => String(row.id)}
            columns={[
              { header: t.audit.at, cell: (row) => formatDateTime(row.at) },
              { header: t.audit.actor, cell: (row) => row.actor },
              { header: t.audit.action, cell: (row) => <span className="code">{row.action}</span> },
              { header: t.audit.entity, cell: (row) => <span className="code">{row.entity}</span> },
              {
                header: t.audit.details,
                className: "cell-details",
                cell: (row) => <span className="code muted">{summarise(row.details)}</span>,
              },
            ]}
          />
          {more ? (
            <button
              type="button"
              className="button"
              onClick={() => void load(entries[entries.length - 1]?.id)}
            >
              {t.audit.more}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
