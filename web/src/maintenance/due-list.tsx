/**
 * What needs attention at a depot (GET /maintenance/due?status=attention): overdue and
 * due-soon tasks, most urgent first, each with a button that opens its work order — or a
 * link to the one already open for it.
 */
import { api, unwrap } from "../api/client.js";
import type { DueItem } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { ActionButton, DataTable, Loaded } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link, navigate } from "../router.js";
import { useCan } from "../session.js";
import { DueStateBadge, localName, SafetyMark } from "./shared.js";

const taskOf = (vehicleId: string, programmeKey: string | null, taskKey: string | null) =>
  `${vehicleId}/${programmeKey ?? ""}/${taskKey ?? ""}`;

/**
 * `overdueSafety` lists only the overdue safety-critical tasks (the manager's home page
 * figure links here with `?status=overdue&safety=1`); the person may show everything again.
 */
export function DueList({
  depotId,
  overdueSafety = false,
  onShowAll,
}: {
  depotId: string;
  overdueSafety?: boolean;
  onShowAll?: () => void;
}) {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const c = t.maintenance.calendar;
  const can = useCan();
  const mayWrite = can("workorders.write");
  const due = useResource("/api/v1/maintenance/due", {
    params: {
      query: overdueSafety
        ? { depotId, status: "overdue", safetyCritical: true, limit: 500 }
        : { depotId, status: "attention", limit: 500 },
    },
  });
  const open = useResource("/api/v1/work-orders", {
    params: { query: { status: "open", depotId, source: "maintenance", limit: 2000 } },
  });
  const openFor = new Map(
    (open.data ?? []).map((o) => [taskOf(o.vehicleId, o.programmeKey, o.taskKey), o]),
  );
  const create = async (item: DueItem) => {
    const order = await unwrap(
      api.POST("/api/v1/work-orders", {
        body: {
          vehicleId: item.vehicleId,
          title: localName(item.taskName, locale),
          // An overdue safety-critical task holds the vehicle at the release gate already.
          priority:
            item.status === "overdue" ? (item.safetyCritical ? "urgent" : "high") : "normal",
          maintenanceTasks: [{ programmeKey: item.programmeKey, taskKey: item.taskKey }],
        },
      }),
    );
    navigate(`/work-orders/${order.id}`);
  };
  const meter = (item: DueItem) => {
    const due =
      item.dueKm !== null
        ? { value: c.km(formatNumber(item.dueKm)), now: item.currentKm, unit: c.km }
        : item.dueHours !== null
          ? { value: c.hours(formatNumber(item.dueHours)), now: item.currentHours, unit: c.hours }
          : null;
    if (!due) return t.common.none;
    return (
      <>
        {due.value}
        {due.now !== null ? (
          <div className="muted small">{c.now(due.unit(formatNumber(due.now)))}</div>
        ) : null}
      </>
    );
  };
  return (
    <section aria-labelledby="due-list-title" className="due-list">
      <h2 id="due-list-title" className="section-title">
        {c.dueList}
      </h2>
      <p className="muted small" data-due-filter={overdueSafety ? "overdue-safety" : "attention"}>
        {overdueSafety ? c.overdueSafetyHint : c.dueListHint}
        {overdueSafety && onShowAll ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={onShowAll}>
              {c.showAllDue}
            </button>
          </>
        ) : null}
      </p>
      <Loaded resource={due}>
        {(rows) =>
          rows.length ? (
            <DataTable
              label={c.dueList}
              rows={rows}
              rowKey={(row) => taskOf(row.vehicleId, row.programmeKey, row.taskKey)}
              columns={[
                {
                  header: t.maintenance.workOrders.vehicle,
                  cell: (row) => (
                    <Link to={`/vehicles/${row.vehicleId}#maintenance`} className="strong">
                      {row.fleetNumber}
                    </Link>
                  ),
                },
                {
                  header: c.task,
                  className: "cell-details",
                  cell: (row) => (
                    <span data-due-task={taskOf(row.vehicleId, row.programmeKey, row.taskKey)}>
                      {row.safetyCritical ? <SafetyMark /> : null} {localName(row.taskName, locale)}
                      <div className="muted small">{localName(row.programmeName, locale)}</div>
                    </span>
                  ),
                },
                { header: c.state, cell: (row) => <DueStateBadge status={row.status} /> },
                {
                  header: c.dueDate,
                  cell: (row) => (row.dueDate ? formatDate(row.dueDate) : t.common.none),
                },
                { header: c.dueAt, cell: meter },
                {
                  header: c.forecastDate,
                  cell: (row) => (row.forecastDate ? formatDate(row.forecastDate) : t.common.none),
                },
                ...(mayWrite
                  ? [
                      {
                        header: t.common.actions,
                        className: "cell-actions",
                        cell: (row: DueItem) => {
                          const existing = openFor.get(
                            taskOf(row.vehicleId, row.programmeKey, row.taskKey),
                          );
                          return existing ? (
                            <Link to={`/work-orders/${existing.id}`}>
                              {c.orderOpen(existing.number)}
                            </Link>
                          ) : (
                            <span data-action="create-work-order">
                              <ActionButton label={c.createOrder} onAction={() => create(row)} />
                            </span>
                          );
                        },
                      },
                    ]
                  : []),
              ]}
            />
          ) : (
            <p className="empty">{c.noDue}</p>
          )
        }
      </Loaded>
    </section>
  );
}
