/**
 * Hub service: an operator asks the hub that serves it to take over a work order or send
 * a specialist; the hub sees the requests of every operator it serves in one queue,
 * accepts them with a hub technician, declines with a reason, or resolves them with a
 * note. Response and resolution targets come from the service agreement; a target
 * missed is flagged OVERDUE in red to both sides (the API decides what is overdue).
 */
import { useMemo, useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { ServiceRequest } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  Badge,
  DataTable,
  Loaded,
  Notice,
  PageHeader,
  SelectField,
  type Column,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { Link } from "../router.js";
import "../service/service.css";
import { useCan, useMe } from "../session.js";

type Show = "active" | "all";
type Acting = { request: ServiceRequest; action: "accept" | "decline" | "resolve" } | null;

const HOUR_MS = 3_600_000;

function Due({ label, at, overdue }: { label: string; at: string; overdue: boolean }) {
  const { t, formatDateTime } = useI18n();
  return (
    <span className="service-due" data-overdue={overdue}>
      <span className="muted small">{label}</span>
      {formatDateTime(at)}
      {overdue ? <span className="overdue-flag">{t.service.overdue}</span> : null}
    </span>
  );
}

function Subject({ request }: { request: ServiceRequest }) {
  const { t } = useI18n();
  if (request.workOrderId) {
    return (
      <Link to={`/work-orders/${request.workOrderId}`}>
        {t.service.workOrder(request.workOrderNumber ?? "")}
      </Link>
    );
  }
  if (request.vehicleId) {
    return (
      <Link to={`/vehicles/${request.vehicleId}`}>
        {t.service.vehicle(request.vehicleFleetNumber ?? "")}
      </Link>
    );
  }
  return null;
}

/** Accepting names the hub technician who will do the work (the hub's own people only). */
function AcceptForm({
  request,
  onDone,
  onCancel,
}: {
  request: ServiceRequest;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const users = useResource("/api/v1/users", {
    params: { query: { organisationId: request.hubId } },
  });
  const technicians = useMemo(
    () =>
      (users.data ?? []).filter(
        (user) =>
          !user.disabled &&
          user.memberships.some(
            (m) => m.organisationId === request.hubId && m.role === "hub_technician",
          ),
      ),
    [users.data, request.hubId],
  );
  const [technicianId, setTechnicianId] = useState("");
  const chosen = technicianId || technicians[0]?.id || "";
  return (
    <ApiForm
      title={t.service.acceptTitle(request.number)}
      submitLabel={t.service.accept}
      onCancel={onCancel}
      onSubmit={async () => {
        await unwrap(
          api.POST("/api/v1/service-requests/{id}/accept", {
            params: { path: { id: request.id } },
            body: { assigneeUserId: chosen },
          }),
        );
        onDone();
      }}
    >
      <Loaded resource={users}>
        {() =>
          technicians.length ? (
            <SelectField
              data-field="technician"
              label={t.service.pickTechnician}
              value={chosen}
              onChange={(event) => setTechnicianId(event.target.value)}
              options={technicians.map((user) => ({ value: user.id, label: user.name }))}
            />
          ) : (
            <p className="muted">{t.service.noTechnicians}</p>
          )
        }
      </Loaded>
    </ApiForm>
  );
}

/** Declining needs a reason; resolving needs a note of what was done. */
function NoteForm({
  request,
  action,
  onDone,
  onCancel,
}: {
  request: ServiceRequest;
  action: "decline" | "resolve";
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const decline = action === "decline";
  return (
    <ApiForm
      title={
        decline ? t.service.declineTitle(request.number) : t.service.resolveTitle(request.number)
      }
      submitLabel={decline ? t.service.decline : t.service.resolve}
      onCancel={onCancel}
      onSubmit={async () => {
        const path = { id: request.id };
        await unwrap(
          decline
            ? api.POST("/api/v1/service-requests/{id}/decline", {
                params: { path },
                body: { reason: text.trim() },
              })
            : api.POST("/api/v1/service-requests/{id}/resolve", {
                params: { path },
                body: { note: text.trim() },
              }),
        );
        onDone();
      }}
    >
      <div className="field service-form">
        <label htmlFor="service-note">
          {decline ? t.service.declineReason : t.service.resolutionNote}
        </label>
        <textarea
          id="service-note"
          required
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
    </ApiForm>
  );
}

/** The operator's request to its hub; the API says when no agreement is in force. */
function AskForm({
  onDone,
  onCancel,
}: {
  onDone: (sent: ServiceRequest) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const [kind, setKind] = useState<ServiceRequest["kind"]>("take_over");
  const [workOrderId, setWorkOrderId] = useState("");
  const [vehicleId, setVehicleId] = useState("");
  const [description, setDescription] = useState("");
  const workOrders = useResource("/api/v1/work-orders", {
    params: { query: { status: "open", limit: 500 } },
  });
  const vehicles = useResource("/api/v1/vehicles", {
    params: { query: { organisationId: me.organisation.id, limit: 2000 } },
  });
  const takeOver = kind === "take_over";
  return (
    <ApiForm
      title={t.service.askTitle}
      submitLabel={t.service.send}
      onCancel={onCancel}
      onSubmit={async () => {
        const sent = await unwrap(
          api.POST("/api/v1/service-requests", {
            body: {
              kind,
              ...(workOrderId ? { workOrderId } : {}),
              ...(!workOrderId && vehicleId ? { vehicleId } : {}),
              description: description.trim(),
            },
          }),
        );
        onDone(sent);
      }}
    >
      <SelectField
        data-field="kind"
        label={t.service.kind}
        value={kind}
        onChange={(event) => setKind(event.target.value as ServiceRequest["kind"])}
        options={(["take_over", "specialist"] as const).map((value) => ({
          value,
          label: t.service.kinds[value],
        }))}
      />
      <SelectField
        data-field="work-order"
        label={t.service.pickWorkOrder}
        {...(takeOver ? {} : { hint: t.common.optional })}
        value={workOrderId}
        onChange={(event) => setWorkOrderId(event.target.value)}
        options={[
          { value: "", label: t.service.choose },
          ...(workOrders.data ?? []).map((order) => ({
            value: order.id,
            label: `#${order.number} · ${order.fleetNumber} · ${order.title}`,
          })),
        ]}
      />
      {!takeOver ? (
        <SelectField
          data-field="vehicle"
          label={t.service.pickVehicle}
          hint={t.common.optional}
          value={vehicleId}
          disabled={workOrderId !== ""}
          onChange={(event) => setVehicleId(event.target.value)}
          options={[
            { value: "", label: t.service.choose },
            ...(vehicles.data ?? []).map((vehicle) => ({
              value: vehicle.id,
              label: vehicle.registrationPlate
                ? `${vehicle.fleetNumber} (${vehicle.registrationPlate})`
                : vehicle.fleetNumber,
            })),
          ]}
        />
      ) : null}
      <div className="field service-form">
        <label htmlFor="service-description">{t.service.description}</label>
        <textarea
          id="service-description"
          required
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
    </ApiForm>
  );
}

export function ServicePage() {
  const { t } = useI18n();
  const can = useCan();
  const me = useMe();
  const mayHandle = can("service.handle");
  const mayRequest = can("service.request");
  /** Hub staff (and the network) see the queue; an operator sees what it asked for. */
  const hubView = me.organisation.kind !== "operator";
  const [show, setShow] = useState<Show>(() =>
    new URLSearchParams(window.location.search).get("status") === "all" ? "all" : "active",
  );
  // One operator's or region's requests, or only those past target, as a home page
  // figure's link names them (`?operator=…&overdue=1`); the person may show all again.
  const [narrowed, setNarrowed] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return {
      operatorId: params.get("operator") ?? undefined,
      regionId: params.get("region") ?? undefined,
      overdue: params.get("overdue") === "1" ? true : undefined,
    };
  });
  const isNarrowed = Boolean(narrowed.operatorId || narrowed.regionId || narrowed.overdue);
  const requests = useResource("/api/v1/service-requests", {
    params: {
      query: { limit: 500, status: show === "active" ? "active" : undefined, ...narrowed },
    },
  });
  const [acting, setActing] = useState<Acting>(null);
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState<ServiceRequest | null>(null);
  const [now] = useState(() => Date.now());

  const done = () => {
    setActing(null);
    requests.reload();
  };

  const columns: Column<ServiceRequest>[] = [
    {
      header: t.service.request,
      cell: (r) => (
        <span className="service-request">
          <span className="strong" data-request={r.id} data-status={r.status}>
            #{r.number}
          </span>{" "}
          {t.service.kinds[r.kind]}
          {r.workOrderId || r.vehicleId ? (
            <>
              <br />
              <Subject request={r} />
            </>
          ) : null}
        </span>
      ),
    },
    hubView
      ? { header: t.service.operator, cell: (r) => r.operatorName }
      : { header: t.service.hub, cell: (r) => r.hubName },
    {
      header: t.service.description,
      cell: (r) => (
        <span className="service-description">
          {r.description}
          {r.requestedByName ? (
            <span className="muted small"> · {t.service.requestedBy(r.requestedByName)}</span>
          ) : null}
        </span>
      ),
    },
    {
      header: t.service.age,
      cell: (r) => {
        // How long it has waited, or waited until it was closed.
        const closedAt = r.resolvedAt ?? r.declinedAt ?? r.cancelledAt;
        const until = closedAt ? Date.parse(closedAt) : now;
        const hours = Math.max(0, Math.floor((until - Date.parse(r.requestedAt)) / HOUR_MS));
        return (
          <span className="service-age">
            {t.service.ageValue(Math.floor(hours / 24), hours % 24)}
          </span>
        );
      },
    },
    {
      header: t.service.targets,
      cell: (r) => (
        <span className="service-targets">
          <Due label={t.service.responseDue} at={r.responseDueAt} overdue={r.responseOverdue} />
          <Due
            label={t.service.resolutionDue}
            at={r.resolutionDueAt}
            overdue={r.resolutionOverdue}
          />
        </span>
      ),
    },
    {
      header: t.service.status,
      cell: (r) => (
        <span className="service-status">
          <Badge
            tone={
              r.status === "open"
                ? "warn"
                : r.status === "accepted"
                  ? "accent"
                  : r.status === "resolved"
                    ? "good"
                    : "muted"
            }
          >
            {t.service.statuses[r.status]}
          </Badge>
          {r.assigneeName ? (
            <span className="small" data-assignee={r.assigneeUserId ?? ""}>
              {t.service.assignedTo(r.assigneeName)}
            </span>
          ) : null}
          {r.status === "declined" && r.declineReason ? (
            <span className="small">{t.service.declined(r.declineReason)}</span>
          ) : null}
          {r.status === "resolved" && r.resolutionNote ? (
            <span className="small">{t.service.resolved(r.resolutionNote)}</span>
          ) : null}
          {r.status === "cancelled" && r.cancelReason ? (
            <span className="small">{t.service.cancelledBecause(r.cancelReason)}</span>
          ) : null}
        </span>
      ),
    },
    {
      header: t.common.actions,
      className: "cell-actions",
      cell: (r) => (
        <>
          {mayHandle && hubView && r.status === "open" ? (
            <>
              <button
                type="button"
                className="button button-small button-primary"
                data-action="accept"
                onClick={() => setActing({ request: r, action: "accept" })}
              >
                {t.service.accept}
              </button>
              <button
                type="button"
                className="button button-small"
                data-action="decline"
                onClick={() => setActing({ request: r, action: "decline" })}
              >
                {t.service.decline}
              </button>
            </>
          ) : null}
          {mayHandle && hubView && r.status === "accepted" ? (
            <button
              type="button"
              className="button button-small button-primary"
              data-action="resolve"
              onClick={() => setActing({ request: r, action: "resolve" })}
            >
              {t.service.resolve}
            </button>
          ) : null}
          {mayRequest && !hubView && r.status === "open" ? (
            <ActionButton
              label={t.service.cancelRequest}
              confirm={t.service.confirmCancel}
              tone="danger"
              onAction={async () => {
                await unwrap(
                  api.POST("/api/v1/service-requests/{id}/cancel", {
                    params: { path: { id: r.id } },
                    body: {},
                  }),
                );
                requests.reload();
              }}
            />
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.service.title}
        subtitle={hubView ? t.service.hubSubtitle : t.service.operatorSubtitle}
        actions={
          mayRequest && !hubView && !asking ? (
            <button
              type="button"
              className="button button-primary"
              data-action="ask"
              onClick={() => {
                setAsking(true);
                setSent(null);
              }}
            >
              {t.service.ask}
            </button>
          ) : null
        }
      />
      {sent ? <Notice>{t.service.sent(sent.number)}</Notice> : null}
      {asking ? (
        <AskForm
          onCancel={() => setAsking(false)}
          onDone={(request) => {
            setAsking(false);
            setSent(request);
            requests.reload();
          }}
        />
      ) : null}
      {acting?.action === "accept" ? (
        <AcceptForm
          key={acting.request.id}
          request={acting.request}
          onCancel={() => setActing(null)}
          onDone={done}
        />
      ) : acting ? (
        <NoteForm
          key={acting.request.id + acting.action}
          request={acting.request}
          action={acting.action}
          onCancel={() => setActing(null)}
          onDone={done}
        />
      ) : null}
      <div className="service-filters">
        <SelectField
          data-field="show"
          label={t.service.show}
          value={show}
          onChange={(event) => setShow(event.target.value as Show)}
          options={[
            { value: "active", label: t.service.active },
            { value: "all", label: t.service.all },
          ]}
        />
        {isNarrowed ? (
          <p className="small" data-narrowed={narrowed.overdue ? "past-target" : "group"}>
            {narrowed.overdue ? t.service.narrowedPastTarget : t.service.narrowed}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                setNarrowed({ operatorId: undefined, regionId: undefined, overdue: undefined })
              }
            >
              {t.service.showEveryone}
            </button>
          </p>
        ) : null}
      </div>
      <Loaded resource={requests}>
        {(rows) =>
          rows.length ? (
            <DataTable
              rows={rows}
              columns={columns}
              rowKey={(r) => r.id}
              label={hubView ? t.service.queue : t.service.myRequests}
            />
          ) : (
            <p className="empty">{t.service.none}</p>
          )
        }
      </Loaded>
    </>
  );
}
