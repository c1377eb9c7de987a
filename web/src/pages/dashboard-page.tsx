/**
 * The first page after sign-in: where I am working, as what, and the size of what I can
 * see. A hub also sees the operators it serves; an operator, the hubs serving it.
 */
import { useResource, type Resource } from "../api/use-resource.js";
import { Badge, ErrorMessage, PageHeader } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import { useCan, useMe } from "../session.js";

function Stat({
  label,
  resource,
  count,
  to,
}: {
  label: string;
  resource: Resource<readonly unknown[]>;
  count?: (rows: readonly unknown[]) => number;
  to?: string | undefined;
}) {
  const { formatNumber } = useI18n();
  const value =
    resource.data === undefined
      ? "…"
      : formatNumber(count ? count(resource.data) : resource.data.length);
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

export function DashboardPage() {
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
    <div className="dashboard">
      <PageHeader
        title={me.organisation.name}
        subtitle={
          <>
            <Badge tone="accent">{t.kinds[kind]}</Badge>
            <span className="muted">
              {t.dashboard.welcome(me.user?.name ?? me.organisation.name)}
            </span>
          </>
        }
      />
      <section className="panel">
        <h2 className="panel-title">{t.dashboard.yourRoles}</h2>
        <ul className="role-list">
          {me.roles.map((role) => (
            <li key={role}>
              <Badge>{t.roles[role]}</Badge>
            </li>
          ))}
        </ul>
      </section>
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
    </div>
  );
}
