/**
 * The dispatcher's depot board: every vehicle of a depot at a glance, whether it may go
 * out for the shift and why not. A manager may release a vehicle held only by
 * overridable reasons, in writing; a critical defect or a missing check cannot be
 * overridden (the API decides, and says why). A vehicle with meter readings waiting for
 * confirmation carries a small flag that leads to its page, where they are confirmed.
 */
import { useMemo, useState } from "react";
import { api } from "../api/client.js";
import type { BoardVehicle, Depot, DepotBoard } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { ApiForm, ErrorMessage, Loaded, PageHeader, SelectField } from "../components/ui.js";
import "../components/fleet.css";
import { useI18n } from "../i18n/i18n.js";
import { searchable } from "../offline/fleet-cache.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";

type Filter = "all" | "blocked" | "releasable";

/** A datetime-local value (local time, minutes) for a moment. */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function OverrideForm({
  vehicle,
  shiftStart,
  onDone,
  onCancel,
}: {
  vehicle: BoardVehicle;
  shiftStart: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  return (
    <ApiForm
      title={t.board.overrideTitle(vehicle.fleetNumber)}
      submitLabel={t.board.release}
      onCancel={onCancel}
      onSubmit={async () => {
        await api.post(`/vehicles/${vehicle.vehicleId}/release-overrides`, {
          shiftStart,
          reason: reason.trim(),
        });
        onDone();
      }}
    >
      <ul>
        {vehicle.reasons.map((r) => (
          <li key={r.code}>{r.message}</li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="override-reason">{t.board.overrideReason}</label>
        <textarea
          id="override-reason"
          required
          minLength={10}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
    </ApiForm>
  );
}

function Tile({
  vehicle,
  canOverride,
  onOverride,
}: {
  vehicle: BoardVehicle;
  canOverride: boolean;
  onOverride: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const unconfirmed = vehicle.unconfirmedReadings;
  const overridable =
    !vehicle.releasable &&
    vehicle.reasons.length > 0 &&
    vehicle.reasons.every((r) => r.overridable);
  return (
    <article
      className="board-tile"
      data-vehicle={vehicle.vehicleId}
      data-releasable={vehicle.releasable}
      data-overridden={vehicle.override !== null}
    >
      <header>
        <Link to={`/vehicles/${vehicle.vehicleId}`} className="strong">
          {vehicle.fleetNumber}
        </Link>
        {vehicle.registrationPlate ? (
          <span className="plate">{vehicle.registrationPlate}</span>
        ) : null}
        <span className={vehicle.releasable ? "badge badge-good" : "badge badge-warn"}>
          {vehicle.releasable ? t.board.releasableOne : t.board.blockedOne}
        </span>
      </header>
      <div className="muted small">{vehicle.model}</div>
      {vehicle.override ? (
        <p className="small">
          {t.board.overridden(vehicle.override.byName)}: {vehicle.override.reason}
        </p>
      ) : null}
      {vehicle.reasons.length ? (
        <ul>
          {vehicle.reasons.map((reason) => (
            <li key={reason.code} className={reason.overridable ? "reason-overridable" : undefined}>
              {reason.message}
            </li>
          ))}
        </ul>
      ) : null}
      {unconfirmed.length ? (
        <Link
          to={`/vehicles/${vehicle.vehicleId}`}
          className="reading-flag small"
          data-unconfirmed-readings={unconfirmed.length}
          title={unconfirmed.map((r) => `${formatNumber(r.value)}: ${r.reason}`).join("\n")}
        >
          {t.board.unconfirmedReadings(unconfirmed.length)}
        </Link>
      ) : null}
      {overridable && canOverride ? (
        <button type="button" className="button button-small" onClick={onOverride}>
          {t.board.releaseWithReason}
        </button>
      ) : null}
    </article>
  );
}

function Board({ depotId, shiftStart }: { depotId: string; shiftStart: string }) {
  const { t, formatNumber } = useI18n();
  const can = useCan();
  const board = useResource<DepotBoard>(
    `/depots/${depotId}/board?shiftStart=${encodeURIComponent(shiftStart)}`,
  );
  const [filter, setFilter] = useState<Filter>("all");
  const [query, setQuery] = useState("");
  const [overriding, setOverriding] = useState<BoardVehicle | null>(null);
  const rows = useMemo(() => {
    const wanted = searchable(query);
    return (board.data?.vehicles ?? []).filter(
      (v) =>
        (filter === "all" || (filter === "blocked") !== v.releasable) &&
        (!wanted ||
          searchable(`${v.fleetNumber} ${v.registrationPlate ?? ""} ${v.model}`).includes(wanted)),
    );
  }, [board.data, filter, query]);
  return (
    <Loaded resource={board}>
      {(data) => (
        <>
          <div className="board-counts" role="group" aria-label={t.board.filter}>
            {(
              [
                ["all", t.board.total, data.total],
                ["blocked", t.board.blocked, data.blocked],
                ["releasable", t.board.releasable, data.releasable],
              ] as const
            ).map(([key, label, count]) => (
              <button
                key={key}
                type="button"
                className={`board-count ${key}`}
                data-count={key}
                aria-pressed={filter === key}
                onClick={() => setFilter(key)}
              >
                <strong>{formatNumber(count)}</strong>
                {label}
              </button>
            ))}
            <div className="field">
              <label htmlFor="board-search">{t.board.search}</label>
              <input
                id="board-search"
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
          </div>
          {overriding ? (
            <OverrideForm
              key={overriding.vehicleId}
              vehicle={overriding}
              shiftStart={data.shiftStart}
              onCancel={() => setOverriding(null)}
              onDone={() => {
                setOverriding(null);
                board.reload();
              }}
            />
          ) : null}
          {rows.length ? (
            <div className="board-grid" aria-label={t.board.title}>
              {rows.map((vehicle) => (
                <Tile
                  key={vehicle.vehicleId}
                  vehicle={vehicle}
                  canOverride={can("release.override")}
                  onOverride={() => setOverriding(vehicle)}
                />
              ))}
            </div>
          ) : (
            <p className="empty">{t.common.empty}</p>
          )}
        </>
      )}
    </Loaded>
  );
}

export function BoardPage() {
  const { t } = useI18n();
  const depots = useResource<Depot[]>("/depots");
  const [depotId, setDepotId] = useState<string | null>(null);
  const [shift, setShift] = useState(() => localInputValue(new Date()));
  const shiftStart = new Date(shift);
  return (
    <>
      <PageHeader title={t.board.title} subtitle={t.board.subtitle} />
      <Loaded resource={depots}>
        {(list) => {
          const chosen = depotId ?? list[0]?.id ?? null;
          if (!chosen) return <p className="empty">{t.board.noDepots}</p>;
          return (
            <>
              <div className="board-filters">
                <SelectField
                  label={t.board.depot}
                  value={chosen}
                  onChange={(event) => setDepotId(event.target.value)}
                  options={list.map((d) => ({ value: d.id, label: d.name }))}
                />
                <div className="field">
                  <label htmlFor="board-shift">{t.board.shiftStart}</label>
                  <input
                    id="board-shift"
                    type="datetime-local"
                    value={shift}
                    onChange={(event) => setShift(event.target.value)}
                  />
                </div>
              </div>
              {Number.isNaN(shiftStart.getTime()) ? (
                <ErrorMessage message={t.board.badShift} />
              ) : (
                <Board key={chosen} depotId={chosen} shiftStart={shiftStart.toISOString()} />
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
