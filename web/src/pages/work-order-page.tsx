/**
 * The technician's view of one work order. Up front: the vehicle, status, priority,
 * whether it holds the vehicle off the road (and for how long), where the work came from,
 * who works it — and whether this person may sign it off, naming any competency they
 * hold no valid certificate for, before they start. Then the steps the status allows,
 * the tasks to tick off, hours and parts.
 */
import { useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { WorkOrder } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { PhotoThumbnails } from "../components/evidence.js";
import { ActionButton, Loaded, PageHeader } from "../components/ui.js";
import "../components/fleet.css";
import "../maintenance/maintenance.css";
import { BlockingBadge, PriorityBadge, WorkOrderStatusBadge } from "../maintenance/shared.js";
import {
  isOpenOrder,
  LabourSection,
  PartsSection,
  SignOffPanel,
  TasksSection,
  TransitionBar,
} from "../maintenance/work-order-sections.js";
import { useI18n } from "../i18n/i18n.js";
import { Link, usePath } from "../router.js";
import { useCan, useMe } from "../session.js";

function Source({ order }: { order: WorkOrder }) {
  const { t } = useI18n();
  const w = t.maintenance.workOrder;
  if (order.source === "defect" && order.defectId) {
    return (
      <>
        {w.fromDefect}:{" "}
        <Link to={`/vehicles/${order.vehicleId}#defects`} data-link="defect">
          {order.defect?.description ?? w.openDefect}
        </Link>
      </>
    );
  }
  if (order.source === "maintenance") {
    const task = order.tasks.find(
      (x) => x.programmeKey === order.programmeKey && x.taskKey === order.taskKey,
    );
    return (
      <>
        {w.fromMaintenance}:{" "}
        <Link to={`/vehicles/${order.vehicleId}#maintenance`} data-link="maintenance">
          {task?.description ?? `${order.programmeKey ?? ""} / ${order.taskKey ?? ""}`}
        </Link>
      </>
    );
  }
  return <>{w.byHand}</>;
}

function Summary({ order, onChange }: { order: WorkOrder; onChange: (o: WorkOrder) => void }) {
  const { t, formatDate, formatDateTime, formatNumber } = useI18n();
  const w = t.maintenance.workOrder;
  const m = t.maintenance.workOrders;
  const can = useCan();
  const me = useMe();
  const organisations = useResource(order.assignedOrganisationId ? "/api/v1/organisations" : null);
  const hub = organisations.data?.find((o) => o.id === order.assignedOrganisationId);
  const meters = [
    order.completionKm !== null ? `${formatNumber(order.completionKm)} ${w.km}` : null,
    order.completionHours !== null ? `${formatNumber(order.completionHours)} ${w.hours}` : null,
  ].filter(Boolean);
  return (
    <div className="panel wo-summary" data-work-order={order.id} data-status={order.status}>
      <div className="wo-badges">
        <WorkOrderStatusBadge status={order.status} />
        <PriorityBadge priority={order.priority} />
        {order.blocking ? <BlockingBadge /> : null}
      </div>
      <dl className="detail-grid">
        <div>
          <dt>{m.vehicle}</dt>
          <dd>
            <Link to={`/vehicles/${order.vehicleId}`}>{order.fleetNumber}</Link>
            {order.registrationPlate ? (
              <>
                {" "}
                <span className="plate">{order.registrationPlate}</span>
              </>
            ) : null}
            {order.depotName ? <span className="muted small"> · {order.depotName}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{m.source}</dt>
          <dd className="wo-source">
            <Source order={order} />
          </dd>
        </div>
        {order.defect?.photos.length ? (
          <div>
            <dt>{t.evidence.photos}</dt>
            <dd>
              <PhotoThumbnails photos={order.defect.photos} subject={order.defect.description} />
            </dd>
          </div>
        ) : null}
        {order.blocking ? (
          <div>
            <dt>{w.downtime}</dt>
            <dd data-downtime={order.downtimeHours}>
              {w.downtimeHours(formatNumber(order.downtimeHours))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{w.openedAt}</dt>
          <dd>
            {formatDateTime(order.openedAt)}
            {order.createdByName ? (
              <span className="muted small"> · {order.createdByName}</span>
            ) : null}
          </dd>
        </div>
        {order.scheduledFor ? (
          <div>
            <dt>{w.scheduledFor}</dt>
            <dd>{formatDate(order.scheduledFor)}</dd>
          </div>
        ) : null}
        {order.startedAt ? (
          <div>
            <dt>{w.startedAt}</dt>
            <dd>{formatDateTime(order.startedAt)}</dd>
          </div>
        ) : null}
        {order.completedAt ? (
          <div>
            <dt>{w.completedAt}</dt>
            <dd>
              {formatDateTime(order.completedAt)}
              {order.completedByName ? ` · ${order.completedByName}` : ""}
              {meters.length ? ` · ${meters.join(", ")}` : ""}
            </dd>
          </div>
        ) : null}
        {order.completionNote ? (
          <div>
            <dt>{w.completionNote}</dt>
            <dd className="wo-completion-note" data-completion-note>
              {order.completionNote}
            </dd>
          </div>
        ) : null}
        {order.verifiedAt ? (
          <div>
            <dt>{w.verifiedAt}</dt>
            <dd>
              {formatDateTime(order.verifiedAt)}
              {order.verifiedByName ? ` · ${order.verifiedByName}` : ""}
            </dd>
          </div>
        ) : null}
        {order.cancelledAt ? (
          <div>
            <dt>{w.cancelledAt}</dt>
            <dd>
              {formatDateTime(order.cancelledAt)}
              {order.cancelReason ? ` · ${order.cancelReason}` : ""}
            </dd>
          </div>
        ) : null}
        {order.assignedOrganisationId ? (
          <div>
            <dt>{w.assignedHub}</dt>
            <dd>{hub?.name ?? t.common.none}</dd>
          </div>
        ) : null}
        <div>
          <dt>{w.technician}</dt>
          <dd>
            {order.assigneeName ?? <span className="muted">{m.unassigned}</span>}{" "}
            {can("workorders.write") &&
            isOpenOrder(order) &&
            me.user &&
            order.assigneeUserId !== me.user.id ? (
              <ActionButton
                label={w.assignToMe}
                onAction={async () =>
                  onChange(
                    await unwrap(
                      api.PATCH("/api/v1/work-orders/{id}", {
                        params: { path: { id: order.id } },
                        body: {
                          assigneeUserId: me.user?.id,
                        },
                      }),
                    ),
                  )
                }
              />
            ) : null}
          </dd>
        </div>
      </dl>
      {order.description ? <p className="wo-description">{order.description}</p> : null}
    </div>
  );
}

export function WorkOrderPage() {
  const { t } = useI18n();
  const id = usePath().split("/")[2] ?? "";
  const resource = useResource("/api/v1/work-orders/{id}", { params: { path: { id } } });
  const [updated, setUpdated] = useState<WorkOrder | null>(null);
  const order = updated ?? resource.data;
  const m = t.maintenance.workOrders;
  return (
    <>
      <PageHeader
        title={order ? `${m.number(order.number)} · ${order.title}` : m.title}
        subtitle={order ? `${m.vehicle} ${order.fleetNumber}` : undefined}
        actions={
          <Link className="button" to="/work-orders">
            {t.maintenance.workOrder.back}
          </Link>
        }
      />
      <Loaded resource={resource}>
        {() =>
          order ? (
            <div className="wo-page">
              <Summary order={order} onChange={setUpdated} />
              {order.status !== "verified" && order.status !== "cancelled" ? (
                <SignOffPanel order={order} />
              ) : null}
              <TransitionBar order={order} onChange={setUpdated} />
              <TasksSection order={order} onChange={setUpdated} />
              <LabourSection order={order} onChange={setUpdated} />
              <PartsSection order={order} onChange={setUpdated} />
            </div>
          ) : null
        }
      </Loaded>
    </>
  );
}
