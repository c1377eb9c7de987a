/**
 * Preventive maintenance at a depot: the month's calendar of what falls due (overdue red,
 * due soon amber, safety-critical marked), the list of what needs attention now with a
 * work order a click away, and — for maintenance planners — the programmes in effect for
 * the depot's operator, with its copies' intervals editable, and whether work orders open
 * by themselves.
 */
import { useMemo, useState } from "react";
import { useResource } from "../api/use-resource.js";
import { Loaded, PageHeader, SelectField } from "../components/ui.js";
import "../components/fleet.css";
import "../maintenance/maintenance.css";
import { MaintenanceMonth, shiftMonth } from "../maintenance/calendar.js";
import { DueList } from "../maintenance/due-list.js";
import { ProgrammesView, SettingsPanel } from "../maintenance/programmes.js";
import { localIsoDate } from "../maintenance/shared.js";
import { formatsFor } from "../i18n/format.js";
import { useI18n } from "../i18n/i18n.js";
import { useSearchParam } from "../router.js";
import { useCan, useMe } from "../session.js";

/** One parameter of the address's query, read once when the page opens. */
const searchParam = (name: string) => new URLSearchParams(window.location.search).get(name);

export function MaintenancePage() {
  const { t, locale } = useI18n();
  const c = t.maintenance.calendar;
  const can = useCan();
  const me = useMe();
  const depots = useResource("/api/v1/depots");
  // A depot and filter named in the address (from the manager's home page figure).
  const askedDepot = useSearchParam("depot");
  const [chosen, setChosen] = useState(askedDepot ?? "");
  const [overdueSafety, setOverdueSafety] = useState(
    () => searchParam("status") === "overdue" && searchParam("safety") === "1",
  );
  const thisMonth = localIsoDate().slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  // The person's own depots first; a hub sees those of the operators it serves.
  const sorted = useMemo(
    () =>
      [...(depots.data ?? [])].sort(
        (a, b) =>
          Number(b.organisationId === me.organisation.id) -
            Number(a.organisationId === me.organisation.id) ||
          a.organisationName.localeCompare(b.organisationName) ||
          a.name.localeCompare(b.name),
      ),
    [depots.data, me.organisation.id],
  );
  const depot = sorted.find((d) => d.id === chosen) ?? sorted[0];
  return (
    <>
      <PageHeader title={c.title} subtitle={c.subtitle} />
      <Loaded resource={depots}>
        {() =>
          depot ? (
            <>
              <div className="board-filters maintenance-filters">
                <SelectField
                  label={c.depot}
                  name="depotId"
                  value={depot.id}
                  onChange={(event) => setChosen(event.target.value)}
                  options={sorted.map((d) => ({
                    value: d.id,
                    label:
                      d.organisationId === me.organisation.id
                        ? d.name
                        : `${d.name} (${d.organisationName})`,
                  }))}
                />
                <div className="month-nav" role="group" aria-label={c.month}>
                  <button
                    type="button"
                    className="button"
                    aria-label={c.previous}
                    onClick={() => setMonth((m) => shiftMonth(m, -1))}
                  >
                    ‹
                  </button>
                  <strong className="month-title" data-month={month}>
                    {formatsFor(locale).monthYear(month)}
                  </strong>
                  <button
                    type="button"
                    className="button"
                    aria-label={c.next}
                    onClick={() => setMonth((m) => shiftMonth(m, 1))}
                  >
                    ›
                  </button>
                  {month !== thisMonth ? (
                    <button type="button" className="button" onClick={() => setMonth(thisMonth)}>
                      {c.today}
                    </button>
                  ) : null}
                </div>
              </div>
              <MaintenanceMonth key={`${depot.id}:${month}`} depotId={depot.id} month={month} />
              <DueList
                key={`${depot.id}:${overdueSafety}`}
                depotId={depot.id}
                overdueSafety={overdueSafety}
                onShowAll={() => setOverdueSafety(false)}
              />
              {can("maintenance.plan") ? (
                <>
                  <SettingsPanel
                    key={`s:${depot.organisationId}`}
                    organisationId={depot.organisationId}
                  />
                  <ProgrammesView
                    key={`p:${depot.organisationId}`}
                    organisationId={depot.organisationId}
                  />
                </>
              ) : null}
            </>
          ) : (
            <p className="empty">{c.noDepots}</p>
          )
        }
      </Loaded>
    </>
  );
}
