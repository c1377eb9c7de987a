/**
 * The maintenance section of a vehicle's page: what is due and when (date, meter,
 * forecast), its open work orders, its service history, and a button to open a work
 * order for it.
 */
import { useEffect, useRef } from "react";
import { useResource } from "../api/use-resource.js";
import { DataTable, Loaded } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import { useCan } from "../session.js";
import "./maintenance.css";
import {
  BlockingBadge,
  DueStateBadge,
  localName,
  PriorityBadge,
  SafetyMark,
  WorkOrderStatusBadge,
} from "./shared.js";

export function VehicleMaintenanceSection({ vehicleId }: { vehicleId: string }) {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const v = t.maintenance.vehicle;
  const c = t.maintenance.calendar;
  const can = useCan();
  const maintenance = useResource("/api/v1/vehicles/{id}/maintenance", {
    params: { path: { id: vehicleId } },
  });
  const orders = useResource("/api/v1/work-orders", {
    params: { query: { vehicleId, status: "open", limit: 100 } },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = maintenance.data !== undefined;
  useEffect(() => {
    // Links from the calendar and work orders land here (#maintenance).
    if (loaded && window.location.hash === "#maintenance") heading.current?.scrollIntoView();
  }, [loaded]);
  const meterText = (km: number | null, hours: number | null) =>
    km !== null
      ? c.km(formatNumber(km))
      : hours !== null
        ? c.hours(formatNumber(hours))
        : t.common.none;
  return (
    <section className="vehicle-maintenance" aria-labelledby="maintenance">
      <h2 id="maintenance" ref={heading} className="section-title">
        {v.title}
      </h2>
      {can("workorders.write") ? (
        <Link
          className="button"
          data-action="new-work-order"
          to={`/work-orders?new=1&vehicleId=${vehicleId}`}
        >
          {v.newOrder}
        </Link>
      ) : null}
      <h3 className="subsection-title">{v.openOrders}</h3>
      <Loaded resource={orders}>
        {(rows) =>
          rows.length ? (
            <ul className="vehicle-orders">
              {rows.map((order) => (
                <li key={order.id}>
                  <Link to={`/work-orders/${order.id}`} className="strong">
                    {t.maintenance.workOrders.number(order.number)}
                  </Link>{" "}
                  {order.title} <WorkOrderStatusBadge status={order.status} />{" "}
                  <PriorityBadge priority={order.priority} />{" "}
                  {order.blocking ? <BlockingBadge /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{v.noOpenOrders}</p>
          )
        }
      </Loaded>
      <Loaded resource={maintenance}>
        {(data) => {
          const names = new Map(
            data.due.map((item) => [
              `${item.programmeKey}/${item.taskKey}`,
              localName(item.taskName, locale),
            ]),
          );
          return (
            <>
              <h3 className="subsection-title">{v.due}</h3>
              <DataTable
                label={v.due}
                rows={data.due}
                rowKey={(row) => `${row.programmeKey}/${row.taskKey}`}
                columns={[
                  {
                    header: c.task,
                    cell: (row) => (
                      <span data-due-task={`${row.programmeKey}/${row.taskKey}`}>
                        {row.safetyCritical ? <SafetyMark /> : null}{" "}
                        {localName(row.taskName, locale)}
                        {row.recordedBy === "shift_check" ? (
                          <span className="muted small" data-shift-check>
                            <br />
                            {v.byShiftCheck(
                              row.lastCompletedOn ? formatDate(row.lastCompletedOn) : null,
                            )}
                          </span>
                        ) : null}
                      </span>
                    ),
                  },
                  { header: c.state, cell: (row) => <DueStateBadge status={row.status} /> },
                  {
                    header: c.dueDate,
                    cell: (row) => (row.dueDate ? formatDate(row.dueDate) : t.common.none),
                  },
                  { header: c.dueAt, cell: (row) => meterText(row.dueKm, row.dueHours) },
                  {
                    header: c.forecastDate,
                    cell: (row) =>
                      row.forecastDate ? formatDate(row.forecastDate) : t.common.none,
                  },
                ]}
              />
              <h3 className="subsection-title">{v.history}</h3>
              {data.history.length ? (
                <DataTable
                  label={v.history}
                  rows={data.history.slice(0, 50)}
                  rowKey={(row) => row.id}
                  columns={[
                    { header: v.completedOn, cell: (row) => formatDate(row.completedOn) },
                    {
                      header: c.task,
                      cell: (row) =>
                        names.get(`${row.programmeKey}/${row.taskKey}`) ??
                        `${row.programmeKey} / ${row.taskKey}`,
                    },
                    { header: v.meter, cell: (row) => meterText(row.meterKm, row.meterHours) },
                    {
                      header: v.workOrder,
                      cell: (row) =>
                        row.workOrderId ? (
                          <Link to={`/work-orders/${row.workOrderId}`}>{v.workOrder}</Link>
                        ) : (
                          t.common.none
                        ),
                    },
                    {
                      header: v.note,
                      className: "cell-details",
                      cell: (row) => row.note ?? t.common.none,
                    },
                  ]}
                />
              ) : (
                <p className="muted">{v.noHistory}</p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
