/**
 * The first page after sign-in, per role (issue #14 item 4): the figures the person acts
 * on, each a link to the list behind it, already filtered, showing the same number
 * (GET /home computes each with that list's own query). The dispatcher sees each depot's
 * shift (ready, not yet checked, held, released by a manager); the mechanic the blocking
 * work orders and defects waiting; the manager the shift, overdue safety maintenance and
 * certificates expiring; the hub's manager and the network admin the service requests
 * per operator or region, those past target first. A driver never lands here: their
 * home is the check (app.tsx). A role with no figures sees the overview: its
 * organisation, depots, agreements and partners.
 */
import type { ReactNode } from "react";
import type { HomeFigures } from "../api/types.js";
import { useResource, type Resource } from "../api/use-resource.js";
import { Badge, ErrorMessage, Loaded, PageHeader } from "../components/ui.js";
import "../home/home.css";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import { useCan, useMe } from "../session.js";

/** One figure: the number and words that agree with it, linking to its list. */
function Figure({
  name,
  value,
  label,
  to,
  tone,
}: {
  name: string;
  value: number;
  label: (n: number) => string;
  to: string;
  tone?: "alert" | "ok" | undefined;
}) {
  const { formatNumber } = useI18n();
  return (
    <li className={`stat figure${tone && value > 0 ? ` figure-${tone}` : ""}`}>
      <Link to={to} className="stat-body stat-link" data-figure={name} data-count={value}>
        <span className="stat-value">{formatNumber(value)}</span>
        <span className="stat-label">{label(value)}</span>
      </Link>
    </li>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="home-section" aria-label={title}>
      <h2 className="panel-title">{title}</h2>
      {children}
    </section>
  );
}

function ShiftSection({ depots }: { depots: NonNullable<HomeFigures["shift"]> }) {
  const { t } = useI18n();
  const h = t.home;
  return (
    <>
      {depots.map((depot) => {
        const board = (state: string) => `/board?depot=${depot.depotId}&state=${state}`;
        return (
          <Section key={depot.depotId} title={h.shiftOf(depot.depotName, depot.localStart)}>
            <ul className="stats" data-depot={depot.depotId}>
              <Figure
                name="held"
                value={depot.counts.held}
                label={h.held}
                to={board("held")}
                tone="alert"
              />
              <Figure
                name="not_checked"
                value={depot.counts.not_checked}
                label={h.notChecked}
                to={board("not_checked")}
              />
              <Figure
                name="ready"
                value={depot.counts.ready}
                label={h.ready}
                to={board("ready")}
                tone="ok"
              />
              <Figure
                name="released"
                value={depot.counts.released}
                label={h.released}
                to={board("released")}
              />
            </ul>
          </Section>
        );
      })}
    </>
  );
}

function WorkshopSection({ workshop }: { workshop: NonNullable<HomeFigures["workshop"]> }) {
  const { t } = useI18n();
  return (
    <Section title={t.home.workshop}>
      <ul className="stats">
        <Figure
          name="blockingWorkOrders"
          value={workshop.blockingWorkOrders}
          label={t.home.blockingWorkOrders}
          to="/work-orders?status=open&blocking=1"
          tone="alert"
        />
        <Figure
          name="defectsWaiting"
          value={workshop.defectsWaiting}
          label={t.home.defectsWaiting}
          to="/defects?status=unresolved"
          tone="alert"
        />
      </ul>
    </Section>
  );
}

function FleetSection({ fleet }: { fleet: NonNullable<HomeFigures["fleet"]> }) {
  const { t } = useI18n();
  const days = fleet.expiringWithinDays;
  return (
    <Section title={t.home.fleet}>
      <ul className="stats">
        {fleet.depots.map((depot) => (
          <Figure
            key={depot.depotId}
            name="overdueSafetyMaintenance"
            value={depot.overdueSafetyMaintenance}
            label={(n) => `${t.home.overdueSafety(n)} · ${depot.depotName}`}
            to={`/maintenance?depot=${depot.depotId}&status=overdue&safety=1`}
            tone="alert"
          />
        ))}
        <Figure
          name="expiringCertificates"
          value={fleet.expiringCertificates}
          label={(n) => t.home.expiringCertificates(days, n)}
          to={`/training?tab=expiring&days=${days}`}
        />
      </ul>
    </Section>
  );
}

function RequestsSection({ requests }: { requests: NonNullable<HomeFigures["requests"]> }) {
  const { t, formatNumber } = useI18n();
  const h = t.home;
  const param = requests.groupBy === "operator" ? "operator" : "region";
  return (
    <Section title={requests.groupBy === "operator" ? h.byOperator : h.byRegion}>
      {requests.groups.length ? (
        <ul className="request-groups">
          {requests.groups.map((group) => {
            // Operators in no region have no filter of their own: shown without a link.
            const list = group.id ? `/service?status=active&${param}=${group.id}` : null;
            return (
              <li key={group.id ?? "none"} data-group={group.id ?? ""}>
                <span className="strong">{group.name ?? h.noRegion}</span>
                {list ? (
                  <>
                    <Link to={list} data-figure="active" data-count={group.active}>
                      {formatNumber(group.active)} {h.active(group.active)}
                    </Link>
                    <Link
                      to={`${list}&overdue=1`}
                      className={group.pastTarget ? "past-target" : undefined}
                      data-figure="pastTarget"
                      data-count={group.pastTarget}
                    >
                      {formatNumber(group.pastTarget)} {h.pastTarget(group.pastTarget)}
                    </Link>
                  </>
                ) : (
                  <span>
                    {formatNumber(group.active)} {h.active(group.active)} ·{" "}
                    {formatNumber(group.pastTarget)} {h.pastTarget(group.pastTarget)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{h.noRequests}</p>
      )}
    </Section>
  );
}

function Stat({
  label,
  resource,
  to,
}: {
  label: string;
  resource: Resource<readonly unknown[]>;
  to?: string | undefined;
}) {
  const { formatNumber } = useI18n();
  const value = resource.data === undefined ? "…" : formatNumber(resource.data.length);
  const body = (
    <>
      <span className="stat-value" aria-busy={resource.loading}>
        {resource.error ? "!" : value}
      </span>
      <span className="stat-label">{label}</span>
    </>
  );
  return (
    <li className="stat" title={resource.error ?? undefined}>
      {to ? (
        <Link to={to} className="stat-body stat-link">
          {body}
        </Link>
      ) : (
        <div className="stat-body">{body}</div>
      )}
    </li>
  );
}

/** For roles with no figures of their own (trainer, planner…): where they work. */
function Overview() {
  const me = useMe();
  const can = useCan();
  const { t, formatDate } = useI18n();
  const depots = useResource("/api/v1/depots");
  const organisations = useResource("/api/v1/organisations");
  const agreements = useResource("/api/v1/service-agreements", {
    params: { query: { inForce: true } },
  });
  const users = useResource(can("users.read") ? "/api/v1/users" : null);
  const pathOf = (key: string) => me.navigation.find((item) => item.key === key)?.path;
  const kind = me.organisation.kind;
  const own = (agreements.data ?? []).filter((agreement) =>
    kind === "hub"
      ? agreement.hubId === me.organisation.id
      : agreement.operatorId === me.organisation.id,
  );
  const errors = [depots, organisations, agreements, users]
    .map((resource) => resource.error)
    .filter((error): error is string => Boolean(error));
  return (
    <>
      <ErrorMessage message={errors[0]} />
      <ul className="stats" aria-label={t.dashboard.title}>
        <Stat label={t.dashboard.depots} resource={depots} to={pathOf("depots")} />
        <Stat
          label={t.dashboard.organisations}
          resource={organisations}
          to={pathOf("organisations")}
        />
        <Stat
          label={t.dashboard.agreementsInForce}
          resource={agreements}
          to={pathOf("agreements")}
        />
        {can("users.read") ? (
          <Stat label={t.dashboard.users} resource={users} to={pathOf("users")} />
        ) : null}
      </ul>
      {kind === "hub" || kind === "operator" ? (
        <section className="panel">
          <h2 className="panel-title">
            {kind === "hub" ? t.dashboard.servedOperators : t.dashboard.servedBy}
          </h2>
          {agreements.data === undefined ? (
            <p className="muted">{t.common.loading}</p>
          ) : own.length === 0 ? (
            <p className="muted">
              {kind === "hub" ? t.dashboard.noServedOperators : t.dashboard.noServingHubs}
            </p>
          ) : (
            <ul className="partner-list">
              {own.map((agreement) => (
                <li key={agreement.id}>
                  <span className="strong">
                    {kind === "hub" ? agreement.operatorName : agreement.hubName}
                  </span>
                  <span className="muted small">
                    {agreement.validTo
                      ? t.dashboard.until(formatDate(agreement.validTo))
                      : t.dashboard.openEnded}
                    {" · "}
                    {agreement.services.map((service) => t.services[service]).join(", ")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

export function HomePage() {
  const me = useMe();
  const { t } = useI18n();
  const figures = useResource("/api/v1/home");
  const kind = me.organisation.kind;
  return (
    <div className="dashboard home">
      <PageHeader
        title={me.organisation.name}
        subtitle={
          <>
            <Badge tone="accent">{t.kinds[kind]}</Badge>
            <span className="muted">
              {t.dashboard.welcome(me.user?.name ?? me.organisation.name)}
            </span>
            {me.roles.map((role) => (
              <Badge key={role}>{t.roles[role]}</Badge>
            ))}
          </>
        }
      />
      <Loaded resource={figures}>
        {(home) =>
          home.sections.length === 0 ? (
            <Overview />
          ) : (
            <>
              {home.shift ? <ShiftSection depots={home.shift} /> : null}
              {home.workshop ? <WorkshopSection workshop={home.workshop} /> : null}
              {home.fleet ? <FleetSection fleet={home.fleet} /> : null}
              {home.requests ? <RequestsSection requests={home.requests} /> : null}
            </>
          )
        }
      </Loaded>
    </div>
  );
}
