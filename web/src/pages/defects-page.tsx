/**
 * The mechanic's defect list: what drivers reported and is not yet resolved, most
 * serious first. A mechanic starts a repair, then certifies it "repaired" or "no repair
 * needed" with a note (49 CFR 396.11); the next driver reviews that at their check.
 */
import { useMemo, useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { Defect, Severity } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { PhotoThumbnails, RepairNote } from "../components/evidence.js";
import { ActionButton, ApiForm, Badge, Loaded, PageHeader, SelectField } from "../components/ui.js";
import "../components/fleet.css";
import { isOpenStatus } from "../../../src/core/work-order-states.js";
import { useI18n } from "../i18n/i18n.js";
import { Link, useSearchParam } from "../router.js";
import { useCan } from "../session.js";

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };
type StatusFilter = "unresolved" | "repaired" | "no_repair_needed";
type Certifying = { defect: Defect; action: "repaired" | "no_repair_needed" } | null;

function CertifyForm({
  certifying,
  onDone,
  onCancel,
}: {
  certifying: Exclude<Certifying, null>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const { defect, action } = certifying;
  return (
    <ApiForm
      title={`${action === "repaired" ? t.defects.markRepaired : t.defects.markNoRepair}: ${defect.description}`}
      submitLabel={t.defects.certify}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/defects/{id}/repair", {
            params: { path: { id: defect.id } },
            body: { action, note: note.trim() },
          }),
        );
        onDone();
      }}
    >
      <div className="field">
        <label htmlFor="certify-note">{t.defects.note}</label>
        <textarea
          id="certify-note"
          required
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
    </ApiForm>
  );
}

/**
 * A defect with an open work order is certified by completing that order, the one path
 * with the certificate check and a second person's verification (core/defect-states.ts).
 */
const underOrder = (defect: Defect) =>
  defect.workOrder !== null && isOpenStatus(defect.workOrder.status);

export function DefectsPage() {
  const { t, locale, formatDateTime } = useI18n();
  const can = useCan();
  const mayRepair = can("defects.repair");
  // A status named in the address (`?status=unresolved`, from the home page's figures).
  const asked = useSearchParam("status");
  const [status, setStatus] = useState<StatusFilter>(
    asked === "repaired" || asked === "no_repair_needed" ? asked : "unresolved",
  );
  const [depotId, setDepotId] = useState("");
  const depots = useResource("/api/v1/depots");
  // What the person may see: a hub or the network sees its operators' vehicles.
  const vehicles = useResource("/api/v1/vehicles", { params: { query: { limit: 2000 } } });
  const defects = useResource("/api/v1/defects", {
    params: { query: { status, limit: 500, depotId: depotId || undefined } },
  });
  const [certifying, setCertifying] = useState<Certifying>(null);
  const byId = useMemo(() => new Map((vehicles.data ?? []).map((v) => [v.id, v])), [vehicles.data]);
  const sorted = useMemo(
    () =>
      [...(defects.data ?? [])].sort(
        (a, b) =>
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
          a.openedAt.localeCompare(b.openedAt),
      ),
    [defects.data],
  );
  const start = async (defect: Defect) => {
    await unwrap(
      api.POST("/api/v1/defects/{id}/repair", {
        params: { path: { id: defect.id } },
        body: { action: "start" },
      }),
    );
    defects.reload();
  };
  return (
    <>
      <PageHeader title={t.defects.title} subtitle={t.defects.subtitle} />
      <div className="board-filters">
        <SelectField
          label={t.defects.status}
          value={status}
          onChange={(event) => setStatus(event.target.value as StatusFilter)}
          options={[
            { value: "unresolved", label: t.defects.unresolved },
            { value: "repaired", label: t.defects.repaired },
            { value: "no_repair_needed", label: t.defects.noRepairNeeded },
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
      {certifying ? (
        <CertifyForm
          key={certifying.defect.id + certifying.action}
          certifying={certifying}
          onCancel={() => setCertifying(null)}
          onDone={() => {
            setCertifying(null);
            defects.reload();
          }}
        />
      ) : null}
      <Loaded resource={defects}>
        {() =>
          sorted.length ? (
            <div className="outbox" aria-label={t.defects.title}>
              {sorted.map((defect) => {
                const vehicle = byId.get(defect.vehicleId);
                const last = defect.events.at(-1);
                // The certification has its own line below, with what was done.
                const lastShown =
                  last && last.kind !== "repaired" && last.kind !== "no_repair_needed"
                    ? last
                    : undefined;
                return (
                  <article
                    key={defect.id}
                    className="board-tile"
                    data-defect={defect.id}
                    data-releasable={defect.status !== "open" && defect.status !== "in_repair"}
                  >
                    <header>
                      <Link to={`/vehicles/${defect.vehicleId}`} className="strong">
                        {vehicle ? vehicle.fleetNumber : t.fleet.vehicle}
                      </Link>
                      {vehicle?.registrationPlate ? (
                        <span className="plate">{vehicle.registrationPlate}</span>
                      ) : null}
                      <Badge tone={defect.severity === "critical" ? "warn" : "muted"}>
                        {t.fleet.severity[defect.severity]}
                      </Badge>
                      <Badge tone={defect.status === "in_repair" ? "accent" : "neutral"}>
                        {t.defects.statuses[defect.status]}
                      </Badge>
                    </header>
                    <p className="strong" data-fault={defect.fault ? "named" : "description"}>
                      {defect.fault ? defect.fault[locale] : defect.description}
                    </p>
                    {defect.fault && defect.driverComment ? (
                      <p>{t.release.quoted(defect.driverComment)}</p>
                    ) : null}
                    <PhotoThumbnails photos={defect.photos} subject={defect.description} />
                    <p className="muted small">
                      {t.defects.opened(formatDateTime(defect.openedAt))}
                      {vehicle?.depotName ? ` · ${vehicle.depotName}` : ""}
                      {lastShown
                        ? ` · ${lastShown.byName}: ${lastShown.note ?? t.defects.events[lastShown.kind]}`
                        : ""}
                    </p>
                    <RepairNote defect={defect} />
                    {underOrder(defect) ? (
                      <p className="small" data-work-order={defect.workOrder?.number}>
                        <Link to={`/work-orders/${defect.workOrder?.id ?? ""}`}>
                          {t.defects.throughWorkOrder(defect.workOrder?.number ?? 0)}
                        </Link>
                      </p>
                    ) : mayRepair && (defect.status === "open" || defect.status === "in_repair") ? (
                      <div className="form-actions">
                        {defect.status === "open" ? (
                          <ActionButton label={t.defects.start} onAction={() => start(defect)} />
                        ) : null}
                        <button
                          type="button"
                          className="button button-small button-primary"
                          data-action="repaired"
                          onClick={() => setCertifying({ defect, action: "repaired" })}
                        >
                          {t.defects.markRepaired}
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setCertifying({ defect, action: "no_repair_needed" })}
                        >
                          {t.defects.markNoRepair}
                        </button>
                      </div>
                    ) : null}
                  </article>
                );
              })}
            </div>
          ) : (
            <p className="empty">{t.defects.none}</p>
          )
        }
      </Loaded>
    </>
  );
}
