/**
 * The driver's start of a check, on a phone: the verdict on the check just signed (may the
 * bus go out?), what is still waiting to be sent, checks in progress on this device, and
 * finding the vehicle by fleet number or plate (or by scanning the QR code on it, which
 * opens the vehicle's page). Works offline on the vehicles fetched last time.
 */
import { useEffect, useMemo, useState } from "react";
import type { Vehicle } from "../api/types.js";
import { OutboxList, useOnline } from "../components/outbox-list.js";
import { ErrorMessage, PageHeader } from "../components/ui.js";
import "../components/fleet.css";
import { useI18n } from "../i18n/i18n.js";
import { draftVehicleIds } from "../offline/draft.js";
import { findVehicles, loadVehicles, prefetchForms, type Cached } from "../offline/fleet-cache.js";
import { useOutboxEntry } from "../offline/outbox.js";
import { errorMessage } from "../api/client.js";
import { CheckVerdict } from "../release/check-verdict.js";
import { Link, useSearchParam } from "../router.js";
import { useMe } from "../session.js";

/** How many matches are shown at once: a phone screen, not the whole fleet. */
const SHOWN = 30;

export function VehiclePick({ vehicle, to }: { vehicle: Vehicle; to: string }) {
  return (
    <Link className="vehicle-pick" to={to} data-vehicle={vehicle.id}>
      <span className="fleet-number">{vehicle.fleetNumber}</span>
      <span className="grow">
        {vehicle.registrationPlate ? (
          <span className="plate">{vehicle.registrationPlate}</span>
        ) : null}
        <br />
        <span className="muted small">
          {vehicle.model.maker} {vehicle.model.model}
          {vehicle.depotName ? ` · ${vehicle.depotName}` : ""}
        </span>
      </span>
      <span aria-hidden="true">›</span>
    </Link>
  );
}

export function InspectPage() {
  const { t, formatDateTime } = useI18n();
  const me = useMe();
  const online = useOnline();
  // The check just signed on this phone (inspect-vehicle-page.tsx sends the driver here).
  const signed = useOutboxEntry(useSearchParam("check"));
  const [query, setQuery] = useState("");
  const [vehicles, setVehicles] = useState<Cached<Vehicle[]> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    loadVehicles(me.organisation.id)
      .then((result) => {
        if (abort.signal.aborted) return;
        setVehicles(result);
        // Keep every checklist on the phone for a depot with no signal.
        if (!result.offline) void prefetchForms(result.data, abort.signal);
      })
      .catch((failure: unknown) => {
        if (!abort.signal.aborted) setError(errorMessage(failure));
      });
    return () => abort.abort();
  }, [me.organisation.id, online]);

  const matches = useMemo(
    () => (vehicles ? findVehicles(vehicles.data, query) : []),
    [vehicles, query],
  );
  const drafts = useMemo(() => {
    const ids = new Set(draftVehicleIds());
    return vehicles?.data.filter((v) => ids.has(v.id)) ?? [];
  }, [vehicles]);

  return (
    <>
      <PageHeader title={t.inspect.title} subtitle={t.inspect.subtitle} />
      {signed ? <CheckVerdict entry={signed} /> : null}
      {online ? null : <div className="offline-banner">{t.inspect.offline}</div>}
      <OutboxList />
      {drafts.length ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title" className="section-title">
            {t.inspect.inProgress}
          </h2>
          <ul className="vehicle-picks">
            {drafts.map((vehicle) => (
              <li key={vehicle.id}>
                <VehiclePick vehicle={vehicle} to={`/inspect/${vehicle.id}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="find-title">
        <h2 id="find-title" className="section-title">
          {t.inspect.findVehicle}
        </h2>
        <div className="field big-search">
          <label htmlFor="vehicle-search">{t.inspect.searchLabel}</label>
          <input
            id="vehicle-search"
            type="search"
            inputMode="search"
            autoComplete="off"
            placeholder={t.inspect.searchPlaceholder}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p className="muted small">{t.inspect.qrHint}</p>
        </div>
        <ErrorMessage message={error} />
        {vehicles?.offline ? (
          <p className="muted small">{t.inspect.cachedList(formatDateTime(vehicles.savedAt))}</p>
        ) : null}
        {vehicles ? (
          <>
            <ul className="vehicle-picks" aria-label={t.inspect.findVehicle}>
              {matches.slice(0, SHOWN).map((vehicle) => (
                <li key={vehicle.id}>
                  <VehiclePick vehicle={vehicle} to={`/inspect/${vehicle.id}`} />
                </li>
              ))}
            </ul>
            {matches.length === 0 ? <p className="empty">{t.inspect.noMatch}</p> : null}
            {matches.length > SHOWN ? (
              <p className="muted small">{t.inspect.more(matches.length - SHOWN)}</p>
            ) : null}
          </>
        ) : error ? null : (
          <p className="muted" aria-busy="true">
            {t.common.loading}
          </p>
        )}
      </section>
    </>
  );
}
