/**
 * Work orders: the open ones by default (or every status), by depot, by where they came
 * from, or only those assigned to me; in the server's order, urgent first (what holds a
 * vehicle off the road, then priority, then the oldest), with blocking orders marked.
 * People who write work orders open new ones here by hand.
 */
import { useState } from "react";
import type { WorkOrderSource, WorkOrderStatus } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { DataTable, Loaded, PageHeader, SelectField } from "../components/ui.js";
import "../components/fleet.css";
import "../maintenance/maintenance.css";
import {
  BlockingBadge,
  PriorityBadge,
  useAge,
  WorkOrderStatusBadge,
} from "../maintenance/shared.js";
import { NewWorkOrderForm } from "../maintenance/work-order-form.js";
import { useI18n } from "../i18n/i18n.js";
import { Link, navigate } from "../router.js";
import { useCan, useMe } from "../session.js";

const STATUSES: WorkOrderStatus[] = [
  "requested",
  "scheduled",
  "in_progress",
  "completed",
  "verified",
  "cancelled",
];
const SOURCES: WorkOrderSource[] = ["defect", "maintenance", "manual"];

export function WorkOrdersPage() {
  const { t } = useI18n();
  const m = t.maintenance.workOrders;
  const can = useCan();
  const me = useMe();
  const age = useAge();
  const params = new URLSearchParams(window.location.search);
  // Filters named in the address (`?status=open&blocking=1`, from the home page's figures).
  const askedStatus = params.get("status");
  const [status, setStatus] = useState<"open" | "" | WorkOrderStatus>(
    askedStatus === "open" || STATUSES.some((s) => s === askedStatus)
      ? (askedStatus as "open" | WorkOrderStatus)
      : "open",
  );
  const [blocking, setBlocking] = useState(params.get("blocking") === "1");
  const [depotId, setDepotId] = useState("");
  const [source, setSource] = useState<"" | WorkOrderSource>("");
  const [mine, setMine] = useState(false);
  const [creating, setCreating] = useState(params.get("new") === "1");
  const depots = useResource("/api/v1/depots");
  const orders = useResource("/api/v1/work-orders", {
    params: {
      query: {
        limit: 500,
        status: status || undefined,
        depotId: depotId || undefined,
        source: source || undefined,
        assigneeUserId: mine ? me.user?.id : undefined,
        blocking: blocking ? true : undefined,
      },
    },
  });
  const mayWrite = can("workorders.write");
  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        actions={
          mayWrite && !creating ? (
            <button
              type="button"
              className="button button-primary"
              data-action="new-work-order"
              onClick={() => setCreating(true)}
            >
              {m.create}
            </button>
          ) : null
        }
      />
      {creating ? (
        <NewWorkOrderForm
          initialVehicleId={params.get("vehicleId") ?? ""}
          onCancel={() => setCreating(false)}
          onCreated={(order) => {
            setCreating(false);
            navigate(`/work-orders/${order.id}`);
          }}
        />
      ) : null}
      <div className="board-filters wo-filters">
        <SelectField
          label={m.show}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value as typeof status)}
          options={[
            { value: "open", label: m.open },
            { value: "", label: m.all },
            ...STATUSES.map((s) => ({ value: s, label: m.statuses[s] })),
          ]}
        />
        <SelectField
          label={t.board.depot}
          name="depotId"
          value={depotId}
          onChange={(event) => setDepotId(event.target.value)}
          options={[
            { value: "", label: m.allDepots },
            ...(depots.data ?? []).map((d) => ({
              value: d.id,
              label:
                d.organisationId === me.organisation.id
                  ? d.name
                  : `${d.name} (${d.organisationName})`,
            })),
          ]}
        />
        <SelectField
          label={m.source}
          name="source"
          value={source}
          onChange={(event) => setSource(event.target.value as typeof source)}
          options={[
            { value: "", label: m.allSources },
            ...SOURCES.map((s) => ({ value: s, label: m.sources[s] })),
          ]}
        />
        <label className="check wo-mine">
          <input
            type="checkbox"
            name="blocking"
            checked={blocking}
            onChange={(event) => setBlocking(event.target.checked)}
          />
          <span>{m.onlyBlocking}</span>
        </label>
        {me.user ? (
          <label className="check wo-mine">
            <input
              type="checkbox"
              name="mine"
              checked={mine}
              onChange={(event) => setMine(event.target.checked)}
            />
            <span>{m.mine}</span>
          </label>
        ) : null}
      </div>
      <Loaded resource={orders}>
        {(rows) =>
          rows.length ? (
            <DataTable
              label={m.title}
              rows={rows}
              rowKey={(row) => row.id}
              columns={[
                {
                  header: "№",
                  cell: (row) => (
                    <Link
                      to={`/work-orders/${row.id}`}
                      className="strong wo-number"
                      data-work-order={row.id}
                    >
                      {m.number(row.number)}
                    </Link>
                  ),
                },
                {
                  header: m.vehicle,
                  cell: (row) => (
                    <span className="wo-vehicle">
                      <Link to={`/vehicles/${row.vehicleId}`}>{row.fleetNumber}</Link>
                      {row.registrationPlate ? (
                        <span className="plate">{row.registrationPlate}</span>
                      ) : null}
                    </span>
                  ),
                },
                {
                  header: m.orderTitle,
                  className: "cell-details",
                  cell: (row) => (
                    <>
                      <Link to={`/work-orders/${row.id}`}>{row.title}</Link>
                      <div className="muted small">
                        {m.sources[row.source]}
                        {row.depotName ? ` · ${row.depotName}` : ""}
                      </div>
                    </>
                  ),
                },
                { header: m.priority, cell: (row) => <PriorityBadge priority={row.priority} /> },
                {
                  header: m.status,
                  cell: (row) => (
                    <span className="wo-status">
                      <WorkOrderStatusBadge status={row.status} />
                      {row.blocking ? <BlockingBadge /> : null}
                    </span>
                  ),
                },
                {
                  header: m.age,
                  cell: (row) => age(row.openedAt, row.completedAt ?? row.cancelledAt),
                },
                {
                  header: m.assignee,
                  cell: (row) => row.assigneeName ?? <span className="muted">{m.unassigned}</span>,
                },
              ]}
            />
          ) : (
            <p className="empty">{m.none}</p>
          )
        }
      </Loaded>
    </>
  );
}
