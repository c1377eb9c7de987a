/**
 * The parts of the technician's work-order view: the sign-off check shown before any
 * work starts, the tasks to tick off, hours of labour, parts taken from stock, and the
 * buttons that move the order on. Every write goes to the API and its refusal is shown
 * as the API words it.
 */
import { useState, type ReactNode } from "react";
import { isOpenStatus } from "../../../src/core/work-order-states.js";
import { api, ApiError, unwrap, type JsonBody } from "../api/client.js";
import type { WorkOrder } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import {
  ActionButton,
  ApiForm,
  DataTable,
  ErrorMessage,
  Notice,
  SelectField,
} from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { useCan, useMe } from "../session.js";
import { localDateTimeValue, localIsoDate, useCompetencies } from "./shared.js";

type Update = (order: WorkOrder) => void;

export const isOpenOrder = (order: WorkOrder) => isOpenStatus(order.status);

/**
 * Whether the person may sign the order off, said before they start: each competency
 * the work needs, held or not (and when theirs expired), from the API's signOff.
 */
export function SignOffPanel({ order }: { order: WorkOrder }) {
  const { t, formatDate } = useI18n();
  const w = t.maintenance.workOrder;
  const can = useCan();
  const { nameOf } = useCompetencies();
  const mine = useResource("/api/v1/me/certificates");
  const required = order.requiredCompetencies;
  const missing = new Set(order.signOff.missingCompetencies);
  const mayCertify = can("workorders.signoff");
  const refused = mayCertify && missing.size > 0;
  const me = useMe();
  // The person who completed the work may not verify it too (work-orders/transitions.ts).
  const completedByMe =
    order.status === "completed" && me.user !== null && order.completedBy === me.user.id;
  /** The person's newest certificate of a competency, to say when it expired. */
  const newest = (key: string) =>
    (mine.data ?? [])
      .filter((c) => c.competency === key && c.status !== "revoked")
      .sort((a, b) => b.expiresOn.localeCompare(a.expiresOn))[0];
  const state = !required.length
    ? "none"
    : !mayCertify
      ? "no-permission"
      : refused
        ? "refused"
        : "allowed";
  return (
    <section
      className={`signoff-panel signoff-${state}`}
      data-signoff={state}
      data-missing={[...missing].join(" ")}
      aria-labelledby="signoff-title"
    >
      <h2 id="signoff-title" className="section-title">
        {w.signOffTitle}
      </h2>
      {refused ? (
        <div className="alert alert-error signoff-warning" role="alert">
          <strong>{w.signOffNo([...missing].map(nameOf).join(", "))}</strong>
          <div>{w.signOffAsk}</div>
        </div>
      ) : null}
      {required.length ? (
        <>
          <p className="small">{w.signOffNeeds}</p>
          <ul className="competency-list">
            {required.map((key) => {
              const held = !missing.has(key);
              const certificate = newest(key);
              return (
                <li key={key} data-competency={key} data-held={held}>
                  <span aria-hidden="true" className={held ? "tick-yes" : "tick-no"}>
                    {held ? "✓" : "✗"}
                  </span>{" "}
                  <span className="strong">{nameOf(key)}</span>
                  {certificate ? (
                    <span className="muted small">
                      {" "}
                      ·{" "}
                      {held
                        ? w.validUntil(formatDate(certificate.expiresOn))
                        : certificate.status === "expired"
                          ? w.expiredOn(formatDate(certificate.expiresOn))
                          : ""}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="muted small">{w.signOffNothing}</p>
      )}
      {!mayCertify && required.length ? (
        <p className="muted small">{w.signOffNoPermission}</p>
      ) : null}
      {mayCertify && required.length && !refused && !completedByMe ? (
        <p className="signoff-ok small">{w.signOffYes}</p>
      ) : null}
      {completedByMe ? <p className="muted small">{w.verifyByOther}</p> : null}
    </section>
  );
}

export function TasksSection({ order, onChange }: { order: WorkOrder; onChange: Update }) {
  const { t, formatDateTime } = useI18n();
  const w = t.maintenance.workOrder;
  const m = t.maintenance.workOrders;
  const can = useCan();
  const { nameOf, list } = useCompetencies();
  const [adding, setAdding] = useState(false);
  const [description, setDescription] = useState("");
  const [competencies, setCompetencies] = useState<string[]>([]);
  const mayWrite = can("workorders.write");
  const working = order.status === "in_progress";
  const missing = new Set(order.signOff.missingCompetencies);
  /** The competencies of a task this person holds no valid certificate for. */
  const lacking = (keys: string[]) => keys.filter((key) => missing.has(key));
  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title" className="section-title">
        {m.tasks}
      </h2>
      <ul className="wo-tasks">
        {order.tasks.map((task) => (
          <li key={task.id} className="wo-task" data-task={task.id} data-done={task.done}>
            <span className={task.done ? "tick-yes" : "tick-open"} aria-hidden="true">
              {task.done ? "✓" : "○"}
            </span>
            <div className="grow">
              <div className="strong">{task.description}</div>
              {lacking(task.competencies).length && !task.done ? (
                <div
                  className="task-lacking small"
                  data-lacking={lacking(task.competencies).join(" ")}
                >
                  {w.taskLacks(lacking(task.competencies).map(nameOf).join(", "))}
                </div>
              ) : null}
              <div className="muted small">
                {task.competencies.map(nameOf).join(", ")}
                {!task.required ? ` · ${w.taskOptional}` : ""}
                {task.done && task.doneAt
                  ? ` · ${w.taskDoneBy(task.doneByName ?? "", formatDateTime(task.doneAt))}`
                  : ""}
              </div>
            </div>
            {mayWrite && working && !task.done ? (
              <span data-action="tick">
                <ActionButton
                  label={w.taskDone}
                  onAction={async () =>
                    onChange(
                      await unwrap(
                        api.POST("/api/v1/work-orders/{id}/tasks/{taskId}/done", {
                          params: { path: { id: order.id, taskId: task.id } },
                        }),
                      ),
                    )
                  }
                />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {mayWrite && isOpenOrder(order) && !working ? (
        <p className="muted small">{w.startToTick}</p>
      ) : null}
      {mayWrite && isOpenOrder(order) && !adding ? (
        <button type="button" className="button button-small" onClick={() => setAdding(true)}>
          {m.addTask}
        </button>
      ) : null}
      {adding ? (
        <ApiForm
          title={m.addTask}
          submitLabel={t.common.add}
          onCancel={() => setAdding(false)}
          onSubmit={async () => {
            const updated = await unwrap(
              api.POST("/api/v1/work-orders/{id}/tasks", {
                params: { path: { id: order.id } },
                body: {
                  description: description.trim(),
                  competencies,
                },
              }),
            );
            setAdding(false);
            setDescription("");
            setCompetencies([]);
            onChange(updated);
          }}
        >
          <div className="field wide">
            <label htmlFor="new-task-description">{m.taskDescription}</label>
            <input
              id="new-task-description"
              required
              maxLength={1000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
          <div className="wo-competency-picks wide" role="group" aria-label={m.taskCompetencies}>
            <span className="muted small">{m.taskCompetencies}:</span>
            {list.map((competency) => (
              <label key={competency.key} className="check small">
                <input
                  type="checkbox"
                  checked={competencies.includes(competency.key)}
                  onChange={(event) =>
                    setCompetencies((all) =>
                      event.target.checked
                        ? [...all, competency.key]
                        : all.filter((key) => key !== competency.key),
                    )
                  }
                />
                <span>{nameOf(competency.key)}</span>
              </label>
            ))}
          </div>
        </ApiForm>
      ) : null}
    </section>
  );
}

export function LabourSection({ order, onChange }: { order: WorkOrder; onChange: Update }) {
  const { t, formatDate, formatNumber } = useI18n();
  const w = t.maintenance.workOrder;
  const can = useCan();
  const me = useMe();
  const mayWrite = can("workorders.write") && isOpenOrder(order);
  // People of the order's operator (and of the hub working it) may book hours; without
  // sight of the user list a person books their own.
  const people = useResource(mayWrite && can("users.read") ? "/api/v1/users" : null, {
    params: { query: { organisationId: me.organisation.id } },
  });
  const [userId, setUserId] = useState(me.user?.id ?? "");
  const [workDate, setWorkDate] = useState(localIsoDate());
  const [hours, setHours] = useState("");
  const [note, setNote] = useState("");
  return (
    <section aria-labelledby="labour-title">
      <h2 id="labour-title" className="section-title">
        {w.labour}{" "}
        <span className="muted small">{w.totalHours(formatNumber(order.totalHours))}</span>
      </h2>
      <DataTable
        label={w.labour}
        rows={order.labour}
        rowKey={(row) => row.id}
        columns={[
          { header: w.labourDate, cell: (row) => formatDate(row.workDate) },
          { header: w.labourPerson, cell: (row) => row.userName },
          { header: w.labourHours, cell: (row) => formatNumber(row.hours) },
          { header: w.labourNote, cell: (row) => row.note ?? t.common.none },
          ...(mayWrite
            ? [
                {
                  header: t.common.actions,
                  cell: (row: WorkOrder["labour"][number]) => (
                    <ActionButton
                      label={t.common.delete}
                      tone="danger"
                      onAction={async () =>
                        onChange(
                          await unwrap(
                            api.DELETE("/api/v1/work-orders/{id}/labour/{labourId}", {
                              params: { path: { id: order.id, labourId: row.id } },
                            }),
                          ),
                        )
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {mayWrite ? (
        <InlineForm
          className="labour-form"
          submitLabel={w.addHours}
          onSubmit={async () => {
            const updated = await unwrap(
              api.POST("/api/v1/work-orders/{id}/labour", {
                params: { path: { id: order.id } },
                body: {
                  userId,
                  workDate,
                  hours: Number(hours.replace(",", ".")),
                  ...(note.trim() ? { note: note.trim() } : {}),
                },
              }),
            );
            setHours("");
            setNote("");
            onChange(updated);
          }}
        >
          {people.data && people.data.length > 1 ? (
            <div className="field">
              <label htmlFor="labour-person">{w.labourPerson}</label>
              <select
                id="labour-person"
                value={userId}
                onChange={(event) => setUserId(event.target.value)}
              >
                {people.data.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="labour-date">{w.labourDate}</label>
            <input
              id="labour-date"
              type="date"
              required
              max={localIsoDate()}
              value={workDate}
              onChange={(event) => setWorkDate(event.target.value)}
            />
          </div>
          <div className="field narrow">
            <label htmlFor="labour-hours">{w.labourHours}</label>
            <input
              id="labour-hours"
              type="number"
              inputMode="decimal"
              step="any"
              required
              value={hours}
              onChange={(event) => setHours(event.target.value)}
            />
          </div>
          <div className="field grow">
            <label htmlFor="labour-note">
              {w.labourNote} <span className="field-hint">({t.common.optional})</span>
            </label>
            <input
              id="labour-note"
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
        </InlineForm>
      ) : null}
    </section>
  );
}

export function PartsSection({ order, onChange }: { order: WorkOrder; onChange: Update }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const w = t.maintenance.workOrder;
  const can = useCan();
  const mayWrite = can("workorders.write") && isOpenOrder(order);
  // Parts come from the hub's store when a hub took the order over, else from the
  // vehicle's depot (parts/stock and work-orders/lines.ts, stockPlaceFor).
  const stockPlace = order.assignedOrganisationId
    ? { organisationId: order.assignedOrganisationId }
    : order.depotId
      ? { depotId: order.depotId }
      : null;
  const stock = useResource(mayWrite && stockPlace ? "/api/v1/stock" : null, {
    params: { query: stockPlace ?? {} },
  });
  const held = (stock.data ?? []).filter((s) =>
    order.assignedOrganisationId ? s.depotId === null : true,
  );
  const [partId, setPartId] = useState("");
  const [quantity, setQuantity] = useState("1");
  const chosen = held.find((s) => s.partId === partId);
  return (
    <section aria-labelledby="parts-title">
      <h2 id="parts-title" className="section-title">
        {w.parts}
      </h2>
      <DataTable
        label={w.parts}
        rows={order.parts}
        rowKey={(row) => row.id}
        columns={[
          { header: w.part, cell: (row) => `${row.partNumber} · ${row.partName}` },
          {
            header: w.quantity,
            cell: (row) => `${formatNumber(row.quantity)} ${w.partUnits[row.unit] ?? row.unit}`,
          },
          { header: w.partFrom, cell: (row) => row.location },
          {
            header: t.audit.at,
            cell: (row) => `${formatDateTime(row.at)}${row.byName ? ` · ${row.byName}` : ""}`,
          },
          ...(mayWrite
            ? [
                {
                  header: t.common.actions,
                  cell: (row: WorkOrder["parts"][number]) => (
                    <ActionButton
                      label={w.returnPart}
                      onAction={async () =>
                        onChange(
                          await unwrap(
                            api.DELETE("/api/v1/work-orders/{id}/parts/{lineId}", {
                              params: { path: { id: order.id, lineId: row.id } },
                            }),
                          ),
                        )
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {mayWrite ? (
        held.length ? (
          <InlineForm
            className="parts-form"
            submitLabel={w.addPart}
            note={
              chosen ? (
                <p className="muted small">
                  {w.partFrom}: {chosen.location} ·{" "}
                  {w.inStock(
                    formatNumber(chosen.quantity),
                    w.partUnits[chosen.unit] ?? chosen.unit,
                  )}
                </p>
              ) : null
            }
            onSubmit={async () => {
              const updated = await unwrap(
                api.POST("/api/v1/work-orders/{id}/parts", {
                  params: { path: { id: order.id } },
                  body: {
                    partId,
                    quantity: Number(quantity.replace(",", ".")),
                  },
                }),
              );
              setQuantity("1");
              stock.reload();
              onChange(updated);
            }}
          >
            <div className="field grow">
              <label htmlFor="part-choice">{w.part}</label>
              <select
                id="part-choice"
                required
                value={partId}
                onChange={(event) => setPartId(event.target.value)}
              >
                <option value="">{w.choosePart}</option>
                {held.map((s) => (
                  <option key={s.id} value={s.partId}>
                    {s.partNumber} · {s.partName} (
                    {w.inStock(formatNumber(s.quantity), w.partUnits[s.unit] ?? s.unit)})
                  </option>
                ))}
              </select>
            </div>
            <div className="field narrow">
              <label htmlFor="part-quantity">{w.quantity}</label>
              <input
                id="part-quantity"
                type="number"
                inputMode="decimal"
                step="any"
                required
                value={quantity}
                onChange={(event) => setQuantity(event.target.value)}
              />
            </div>
          </InlineForm>
        ) : stock.data ? (
          <p className="muted small">{w.noStock}</p>
        ) : null
      ) : null}
    </section>
  );
}

/** A one-line form under a table: fields side by side, the API's refusal below. */
function InlineForm({
  className,
  submitLabel,
  onSubmit,
  note,
  children,
}: {
  className: string;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  note?: ReactNode;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className={`inline-form ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        onSubmit()
          .catch((failure: unknown) =>
            setError(failure instanceof Error ? failure.message : String(failure)),
          )
          .finally(() => setBusy(false));
      }}
    >
      <div className="inline-fields">
        {children}
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
      {note}
      <ErrorMessage message={error} />
    </form>
  );
}

type Dialog = "schedule" | "complete" | "cancel" | null;

/** The steps the order's status allows, each asking for what the API needs. */
export function TransitionBar({ order, onChange }: { order: WorkOrder; onChange: Update }) {
  const { t } = useI18n();
  const w = t.maintenance.workOrder;
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!can("workorders.write")) return null;
  const move = async (body: JsonBody<"/api/v1/work-orders/{id}/transitions", "post">) => {
    onChange(
      await unwrap(
        api.POST("/api/v1/work-orders/{id}/transitions", {
          params: { path: { id: order.id } },
          body: body,
        }),
      ),
    );
  };
  // The server offers the steps this person may take now, from the one definition of the
  // order's life (src/core/work-order-states.ts); a step it would refuse has no button.
  const buttons: ReactNode[] = order.allowedTransitions.map((to) => {
    switch (to) {
      case "scheduled":
        return (
          <button
            key={to}
            type="button"
            className="button"
            data-transition={to}
            onClick={() => setDialog("schedule")}
          >
            {w.schedule}
          </button>
        );
      case "in_progress":
        return (
          <span key={to} data-transition={to}>
            <ActionButton label={w.start} onAction={() => move({ to })} />
          </span>
        );
      case "completed":
        return (
          <button
            key={to}
            type="button"
            className="button button-primary"
            data-transition={to}
            onClick={() => setDialog("complete")}
          >
            {w.complete}
          </button>
        );
      case "verified":
        return (
          <span key={to} data-transition={to}>
            <ActionButton
              label={w.verify}
              confirm={w.confirmVerify}
              onAction={() => move({ to })}
            />
          </span>
        );
      case "cancelled":
        return (
          <button
            key={to}
            type="button"
            className="button button-danger"
            data-transition={to}
            onClick={() => setDialog("cancel")}
          >
            {w.cancel}
          </button>
        );
    }
  });
  // An open order with no step for this person: the sign-off panel above says why.
  if (!buttons.length) return isOpenOrder(order) ? null : <Notice>{w.closed}</Notice>;
  return (
    <section className="transition-bar" aria-label={w.transitions}>
      <div className="transition-buttons">{buttons}</div>
      {dialog === "schedule" ? (
        <ScheduleForm
          onCancel={() => setDialog(null)}
          onSubmit={(date) =>
            move({ to: "scheduled", scheduledFor: date }).then(() => setDialog(null))
          }
        />
      ) : null}
      {dialog === "complete" ? (
        <CompleteForm
          order={order}
          onCancel={() => setDialog(null)}
          onDone={(updated) => {
            setDialog(null);
            onChange(updated);
          }}
        />
      ) : null}
      {dialog === "cancel" ? (
        <CancelForm
          onCancel={() => setDialog(null)}
          onSubmit={(reason) => move({ to: "cancelled", reason }).then(() => setDialog(null))}
        />
      ) : null}
    </section>
  );
}

function ScheduleForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (date: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const w = t.maintenance.workOrder;
  const [date, setDate] = useState(localIsoDate());
  return (
    <ApiForm
      title={w.schedule}
      submitLabel={w.schedule}
      onCancel={onCancel}
      onSubmit={() => onSubmit(date)}
    >
      <div className="field">
        <label htmlFor="schedule-date">{w.scheduleDate}</label>
        <input
          id="schedule-date"
          type="date"
          required
          min={localIsoDate()}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
    </ApiForm>
  );
}

function CancelForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const w = t.maintenance.workOrder;
  const [reason, setReason] = useState("");
  return (
    <ApiForm
      title={w.cancelTitle}
      submitLabel={w.cancel}
      onCancel={onCancel}
      onSubmit={() => onSubmit(reason.trim())}
    >
      <div className="field wide">
        <label htmlFor="cancel-reason">{w.cancelReasonLabel}</label>
        <textarea
          id="cancel-reason"
          required
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
    </ApiForm>
  );
}

/**
 * Completing is the sign-off: when and at what meter the work was finished. An
 * implausible meter jump comes back for confirmation, like a meter reading does.
 */
function CompleteForm({
  order,
  onDone,
  onCancel,
}: {
  order: WorkOrder;
  onDone: Update;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const w = t.maintenance.workOrder;
  const [suggestedAt] = useState(localDateTimeValue);
  const [completedAt, setCompletedAt] = useState(suggestedAt);
  const [meterKm, setMeterKm] = useState("");
  const [meterHours, setMeterHours] = useState("");
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<"repaired" | "no_repair_needed">("repaired");
  const [confirming, setConfirming] = useState<string | null>(null);
  const number = (value: string) => Number(value.replace(",", "."));
  return (
    <ApiForm
      title={w.completeTitle}
      submitLabel={confirming ? t.vehicle.confirmJump : w.complete}
      onCancel={onCancel}
      onSubmit={async () => {
        try {
          onDone(
            await unwrap(
              api.POST("/api/v1/work-orders/{id}/transitions", {
                params: { path: { id: order.id } },
                body: {
                  to: "completed",
                  // Untouched, the field is "now" cut to the minute, which is before an order
                  // opened earlier in that minute: the server's own "now" is the right time.
                  ...(completedAt !== suggestedAt
                    ? { completedAt: new Date(completedAt).toISOString() }
                    : {}),
                  ...(meterKm.trim() ? { meterKm: number(meterKm) } : {}),
                  ...(meterHours.trim() ? { meterHours: number(meterHours) } : {}),
                  ...(note.trim() ? { note: note.trim() } : {}),
                  ...(order.defectId ? { defectOutcome: outcome } : {}),
                  ...(confirming ? { confirmMeterJump: true } : {}),
                },
              }),
            ),
          );
        } catch (error) {
          if (error instanceof ApiError && error.code === "CONFIRMATION_REQUIRED") {
            setConfirming(error.message);
            return;
          }
          throw error;
        }
      }}
    >
      {order.defectId ? (
        <SelectField
          label={w.defectOutcome}
          value={outcome}
          onChange={(event) =>
            setOutcome(event.target.value === "no_repair_needed" ? "no_repair_needed" : "repaired")
          }
          options={[
            { value: "repaired", label: t.defects.repaired },
            { value: "no_repair_needed", label: t.defects.noRepairNeeded },
          ]}
        />
      ) : null}
      <div className="field">
        <label htmlFor="complete-at">{w.completedAtLabel}</label>
        <input
          id="complete-at"
          type="datetime-local"
          required
          value={completedAt}
          onChange={(event) => setCompletedAt(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="complete-km">
          {w.completionMeter(w.km)} <span className="field-hint">({t.common.optional})</span>
        </label>
        <input
          id="complete-km"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={meterKm}
          onChange={(event) => {
            setMeterKm(event.target.value);
            setConfirming(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="complete-hours">
          {w.completionMeter(w.hours)} <span className="field-hint">({t.common.optional})</span>
        </label>
        <input
          id="complete-hours"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={meterHours}
          onChange={(event) => {
            setMeterHours(event.target.value);
            setConfirming(null);
          }}
        />
      </div>
      <div className="field wide">
        <label htmlFor="complete-note">
          {w.completionNote} <span className="field-hint">({t.common.optional})</span>
        </label>
        <textarea
          id="complete-note"
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {confirming ? (
        <div className="alert alert-info wide" role="alert">
          {confirming}
        </div>
      ) : null}
    </ApiForm>
  );
}
