/**
 * The dispatcher's depot board: every vehicle of a depot at a glance for the depot's
 * current or next shift: ready, not yet checked (the normal state before the morning's
 * checks, not a fault), held, or released by a manager, and why. A manager may release a
 * vehicle held only by overridable reasons, in writing, for that shift; a critical defect
 * or a missing check cannot be overridden (the API decides, and says why). A vehicle with
 * meter readings waiting for confirmation carries a small flag that leads to its page. The
 * flags of the shift's check (too fast, not at the depot…) show on its tile; a manager
 * confirms a check whose flag holds the vehicle (issue #15).
 */
import { useMemo, useState } from "react";
import { BOARD_STATES } from "../../../src/core/release-reasons.js";
import { api, unwrap } from "../api/client.js";
import type { BoardState, BoardVehicle, DepotBoard } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { ActionButton, ApiForm, Loaded, PageHeader, SelectField } from "../components/ui.js";
import "../components/fleet.css";
import { useI18n } from "../i18n/i18n.js";
import { searchable } from "../offline/fleet-cache.js";
import { flagLine } from "../release/flag-text.js";
import { ReasonList } from "../release/reason-list.js";
import { shortDateTime, timeOfDay } from "../release/reason-text.js";
import { Link, useSearchParam } from "../router.js";
import { useCan } from "../session.js";

type Filter = "all" | BoardState;
type ShiftChoice = "current" | "next";

/** A dispatcher works at one depot: this browser opens the board at the last one chosen. */
const DEPOT_KEY = "fleethub.board.depot";

function rememberedDepot(): string | null {
  try {
    return localStorage.getItem(DEPOT_KEY);
  } catch {
    return null;
  }
}

function rememberDepot(id: string): void {
  try {
    localStorage.setItem(DEPOT_KEY, id);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

function OverrideForm({
  vehicle,
  shiftStart,
  timeZone,
  onDone,
  onCancel,
}: {
  vehicle: BoardVehicle;
  shiftStart: string;
  timeZone: string;
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
        // Any moment of the shift names it; its start is the one the dispatcher sees.
        await unwrap(
          api.POST("/api/v1/vehicles/{id}/release-overrides", {
            params: { path: { id: vehicle.vehicleId } },
            body: {
              shiftStart,
              reason: reason.trim(),
            },
          }),
        );
        onDone();
      }}
    >
      <ReasonList reasons={vehicle.reasons} timeZone={timeZone} />
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
  timeZone,
  shiftEnd,
  canOverride,
  onOverride,
  canConfirm,
  onConfirmed,
}: {
  vehicle: BoardVehicle;
  timeZone: string;
  shiftEnd: string;
  canOverride: boolean;
  onOverride: () => void;
  canConfirm: boolean;
  onConfirmed: () => void;
}) {
  const { t, locale, formatNumber } = useI18n();
  const unconfirmed = vehicle.unconfirmedReadings;
  const flags = vehicle.checkFlags;
  const waiting = flags.filter((f) => f.holds && !f.confirmedAt);
  const overridable =
    vehicle.state === "held" &&
    vehicle.reasons.length > 0 &&
    vehicle.reasons.every((r) => r.overridable);
  return (
    <article className="board-tile" data-vehicle={vehicle.vehicleId} data-state={vehicle.state}>
      <header>
        <Link to={`/vehicles/${vehicle.vehicleId}`} className="strong">
          {vehicle.fleetNumber}
        </Link>
        {vehicle.registrationPlate ? (
          <span className="plate">{vehicle.registrationPlate}</span>
        ) : null}
        <span className={`badge state-badge state-${vehicle.state}`}>
          {t.board.states[vehicle.state]}
        </span>
      </header>
      <div className="muted small">{vehicle.model}</div>
      {vehicle.override ? (
        <p className="small release-note">
          {t.release.releasedBy(vehicle.override.byName, shortDateTime(shiftEnd, locale, timeZone))}
          : {t.release.quoted(vehicle.override.reason)}
        </p>
      ) : null}
      {/* Not yet checked says it all: the only reason is the missing check. */}
      {vehicle.state === "not_checked" ? null : (
        <ReasonList reasons={vehicle.reasons} timeZone={timeZone} />
      )}
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
      {flags.length ? (
        <ul className="check-flags small" aria-label={t.release.kinds.CHECK_FLAGGED}>
          {flags.map((flag) => (
            <li key={flag.id} data-flag={flag.reason} data-holds={flag.holds}>
              {flagLine(flag, t)}
            </li>
          ))}
        </ul>
      ) : null}
      {waiting.length && canConfirm ? (
        <ActionButton
          label={t.release.flags.confirm}
          onAction={async () => {
            const note = window.prompt(t.release.flags.confirmPrompt);
            if (!note?.trim()) return;
            await unwrap(
              api.POST("/api/v1/inspections/{id}/confirm", {
                params: { path: { id: waiting[0]?.inspectionId ?? "" } },
                body: { note: note.trim() },
              }),
            );
            onConfirmed();
          }}
        />
      ) : null}
      {overridable && canOverride ? (
        <button type="button" className="button button-small" onClick={onOverride}>
          {t.board.releaseWithReason}
        </button>
      ) : null}
    </article>
  );
}

/** "Shift 05:00–13:00 (Europe/Moscow)", with its day: the shift the board decides for. */
function ShiftLine({ board }: { board: DepotBoard }) {
  const { t, locale } = useI18n();
  const { shift, timeZone } = board;
  return (
    <p className="board-shift" data-shift-start={shift.start} data-shift-end={shift.end}>
      <strong>
        {t.board.shift(shift.localStart, timeOfDay(shift.end, locale, timeZone), timeZone)}
      </strong>{" "}
      <span className="muted small">{shortDateTime(shift.start, locale, timeZone)}</span>
    </p>
  );
}

/** A state asked for in the address (`?state=held`, from the home page's figures). */
const isFilter = (value: string | null): value is Filter =>
  value === "all" || (BOARD_STATES as readonly string[]).includes(value ?? "");

function Board({ depotId, shift }: { depotId: string; shift: ShiftChoice }) {
  const { t, formatNumber } = useI18n();
  const can = useCan();
  const asked = useSearchParam("state");
  const board = useResource("/api/v1/depots/{id}/board", {
    params: { path: { id: depotId }, query: { shift } },
  });
  const [filter, setFilter] = useState<Filter>(isFilter(asked) ? asked : "all");
  const [query, setQuery] = useState("");
  const [overriding, setOverriding] = useState<BoardVehicle | null>(null);
  const rows = useMemo(() => {
    const wanted = searchable(query);
    return (board.data?.vehicles ?? []).filter(
      (v) =>
        (filter === "all" || v.state === filter) &&
        (!wanted ||
          searchable(`${v.fleetNumber} ${v.registrationPlate ?? ""} ${v.model}`).includes(wanted)),
    );
  }, [board.data, filter, query]);
  return (
    <Loaded resource={board}>
      {(data) => (
        <>
          <ShiftLine board={data} />
          <div className="board-counts" role="group" aria-label={t.board.filter}>
            {(
              [
                ["all", t.board.all, data.total],
                ...BOARD_STATES.map((state) => [state, t.board.counts[state], data.counts[state]]),
              ] as [Filter, string, number][]
            ).map(([key, label, count]) => (
              <button
                key={key}
                type="button"
                className={`board-count state-${key}`}
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
              shiftStart={data.shift.start}
              timeZone={data.timeZone}
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
                  timeZone={data.timeZone}
                  shiftEnd={data.shift.end}
                  canOverride={can("release.override")}
                  onOverride={() => setOverriding(vehicle)}
                  canConfirm={can("inspections.confirm")}
                  onConfirmed={() => board.reload()}
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
  const depots = useResource("/api/v1/depots");
  // A depot named in the address (a home page figure's link) wins over the remembered one.
  const askedDepot = useSearchParam("depot");
  const [depotId, setDepotId] = useState<string | null>(() => askedDepot ?? rememberedDepot());
  const [shift, setShift] = useState<ShiftChoice>("current");
  return (
    <>
      <PageHeader title={t.board.title} subtitle={t.board.subtitle} />
      <Loaded resource={depots}>
        {(list) => {
          // A remembered depot since deleted (or of another organisation) opens the first.
          const chosen = list.find((d) => d.id === depotId)?.id ?? list[0]?.id ?? null;
          if (!chosen) return <p className="empty">{t.board.noDepots}</p>;
          return (
            <>
              <div className="board-filters">
                <SelectField
                  label={t.board.depot}
                  value={chosen}
                  onChange={(event) => {
                    setDepotId(event.target.value);
                    rememberDepot(event.target.value);
                  }}
                  options={list.map((d) => ({ value: d.id, label: d.name }))}
                />
                <div className="segmented" role="group" aria-label={t.board.shiftChoice}>
                  {(
                    [
                      ["current", t.board.currentShift],
                      ["next", t.board.nextShift],
                    ] as const
                  ).map(([choice, label]) => (
                    <button
                      key={choice}
                      type="button"
                      data-shift={choice}
                      aria-pressed={shift === choice}
                      className={shift === choice ? "selected" : undefined}
                      onClick={() => setShift(choice)}
                    >
                      {label}
                    </button>
                  ))}
                </div>
              </div>
              <Board key={chosen} depotId={chosen} shift={shift} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}
