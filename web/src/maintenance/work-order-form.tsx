/**
 * Opening a work order by hand: the vehicle (found by fleet number or plate), what is to
 * be done, priority, whether the vehicle is off the road meanwhile, and its tasks —
 * written out with the competencies their sign-off needs, or picked from the vehicle's
 * maintenance tasks. The API checks everything and its refusal is shown as it is.
 */
import { useState } from "react";
import { api, unwrap } from "../api/client.js";
import type { Vehicle, WorkOrder, WorkOrderPriority } from "../api/types.js";
import { useResource } from "../api/use-resource.js";
import { ApiForm, Loaded, SelectField, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import { DueStateBadge, localName, SafetyMark, useCompetencies } from "./shared.js";

const PRIORITIES: WorkOrderPriority[] = ["low", "normal", "high", "urgent"];

interface DraftTask {
  key: number;
  description: string;
  competencies: string[];
}

function VehiclePicker({
  vehicleId,
  onChange,
}: {
  vehicleId: string;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const trimmed = query.trim();
  const matches = useResource(trimmed ? "/api/v1/vehicles" : null, {
    params: { query: { q: trimmed, limit: 20 } },
  });
  const chosen = useResource(vehicleId ? "/api/v1/vehicles/{id}" : null, {
    params: { path: { id: vehicleId } },
  });
  return (
    <>
      <TextField
        label={t.maintenance.workOrders.vehicle}
        name="vehicleSearch"
        hint={t.inspect.searchLabel}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <SelectField
        label={t.maintenance.workOrders.chooseVehicle}
        name="vehicleId"
        required
        value={vehicleId}
        onChange={(event) => onChange(event.target.value)}
        options={[
          { value: "", label: t.maintenance.workOrders.chooseVehicle },
          ...(chosen.data && vehicleId
            ? [{ value: chosen.data.id, label: vehicleLabel(chosen.data) }]
            : []),
          ...(trimmed ? (matches.data ?? []) : [])
            .filter((v) => v.id !== vehicleId)
            .map((v) => ({ value: v.id, label: vehicleLabel(v) })),
        ]}
      />
    </>
  );
}

const vehicleLabel = (v: Vehicle) =>
  `${v.fleetNumber}${v.registrationPlate ? ` · ${v.registrationPlate}` : ""}${v.depotName ? ` · ${v.depotName}` : ""}`;

/** The vehicle's maintenance tasks to pick, the ones needing attention first. */
function MaintenancePicker({
  vehicleId,
  picked,
  onToggle,
}: {
  vehicleId: string;
  picked: Set<string>;
  onToggle: (key: string) => void;
}) {
  const { t, locale, formatDate } = useI18n();
  const maintenance = useResource("/api/v1/vehicles/{id}/maintenance", {
    params: { path: { id: vehicleId } },
  });
  return (
    <fieldset className="field field-group wo-maintenance-tasks">
      <legend>{t.maintenance.workOrders.maintenanceTasks}</legend>
      <Loaded resource={maintenance}>
        {(data) =>
          data.due.length ? (
            <div className="checks">
              {data.due.map((item) => {
                const key = `${item.programmeKey}/${item.taskKey}`;
                return (
                  <label key={key} className="check wo-pick">
                    <input
                      type="checkbox"
                      data-task-key={key}
                      checked={picked.has(key)}
                      onChange={() => onToggle(key)}
                    />
                    <span>
                      {localName(item.taskName, locale)}{" "}
                      {item.safetyCritical ? <SafetyMark /> : null}{" "}
                      <DueStateBadge status={item.status} />{" "}
                      {item.dueDate ? (
                        <span className="muted small">
                          {t.maintenance.calendar.by(formatDate(item.dueDate))}
                        </span>
                      ) : null}
                    </span>
                  </label>
                );
              })}
            </div>
          ) : (
            <p className="muted">{t.maintenance.workOrders.noMaintenanceTasks}</p>
          )
        }
      </Loaded>
    </fieldset>
  );
}

export function NewWorkOrderForm({
  initialVehicleId = "",
  onCreated,
  onCancel,
}: {
  initialVehicleId?: string;
  onCreated: (order: WorkOrder) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const m = t.maintenance.workOrders;
  const competencies = useCompetencies();
  const [vehicleId, setVehicleId] = useState(initialVehicleId);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [priority, setPriority] = useState<WorkOrderPriority>("normal");
  const [blocking, setBlocking] = useState(false);
  const [tasks, setTasks] = useState<DraftTask[]>([{ key: 1, description: "", competencies: [] }]);
  const [picked, setPicked] = useState<Set<string>>(new Set());

  const updateTask = (key: number, change: Partial<DraftTask>) =>
    setTasks((all) => all.map((task) => (task.key === key ? { ...task, ...change } : task)));
  const togglePicked = (key: string) =>
    setPicked((all) => {
      const next = new Set(all);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const submit = async () => {
    const written = tasks
      .filter((task) => task.description.trim())
      .map((task) => ({ description: task.description.trim(), competencies: task.competencies }));
    const maintenanceTasks = [...picked].map((key) => {
      const [programmeKey = "", taskKey = ""] = key.split("/");
      return { programmeKey, taskKey };
    });
    if (!written.length && !maintenanceTasks.length) throw new Error(m.needsTasks);
    const order = await unwrap(
      api.POST("/api/v1/work-orders", {
        body: {
          vehicleId,
          title: title.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
          priority,
          blocking,
          ...(written.length ? { tasks: written } : {}),
          ...(maintenanceTasks.length ? { maintenanceTasks } : {}),
        },
      }),
    );
    onCreated(order);
  };

  return (
    <ApiForm title={m.create} submitLabel={t.common.create} onSubmit={submit} onCancel={onCancel}>
      <VehiclePicker
        vehicleId={vehicleId}
        onChange={(id) => {
          setVehicleId(id);
          setPicked(new Set());
        }}
      />
      <TextField
        label={m.orderTitle}
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <SelectField
        label={m.priority}
        name="priority"
        value={priority}
        onChange={(event) => setPriority(event.target.value as WorkOrderPriority)}
        options={PRIORITIES.map((p) => ({ value: p, label: m.priorities[p] }))}
      />
      <div className="field">
        <label htmlFor="wo-description">
          {m.description} <span className="field-hint">({t.common.optional})</span>
        </label>
        <textarea
          id="wo-description"
          maxLength={4000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <label className="check wo-blocking">
        <input
          type="checkbox"
          id="wo-blocking"
          checked={blocking}
          onChange={(event) => setBlocking(event.target.checked)}
        />
        <span>
          {m.blocking} <span className="muted small">({m.blockingHint})</span>
        </span>
      </label>
      <fieldset className="field field-group wo-tasks-draft">
        <legend>{m.tasks}</legend>
        {tasks.map((task, index) => (
          <div key={task.key} className="wo-task-draft">
            <div className="field">
              <label htmlFor={`wo-task-${task.key}`}>
                {m.taskDescription} {index + 1}
              </label>
              <input
                id={`wo-task-${task.key}`}
                maxLength={1000}
                value={task.description}
                onChange={(event) => updateTask(task.key, { description: event.target.value })}
              />
            </div>
            <div className="wo-competency-picks" role="group" aria-label={m.taskCompetencies}>
              <span className="muted small">{m.taskCompetencies}:</span>
              {competencies.list.map((competency) => (
                <label key={competency.key} className="check small">
                  <input
                    type="checkbox"
                    data-competency={competency.key}
                    checked={task.competencies.includes(competency.key)}
                    onChange={(event) =>
                      updateTask(task.key, {
                        competencies: event.target.checked
                          ? [...task.competencies, competency.key]
                          : task.competencies.filter((key) => key !== competency.key),
                      })
                    }
                  />
                  <span>{competencies.nameOf(competency.key)}</span>
                </label>
              ))}
            </div>
            {tasks.length > 1 ? (
              <button
                type="button"
                className="link-button small"
                onClick={() => setTasks((all) => all.filter((other) => other.key !== task.key))}
              >
                {m.removeTask}
              </button>
            ) : null}
          </div>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            setTasks((all) => [
              ...all,
              { key: Math.max(0, ...all.map((x) => x.key)) + 1, description: "", competencies: [] },
            ])
          }
        >
          {m.addTask}
        </button>
      </fieldset>
      {vehicleId ? (
        <MaintenancePicker
          key={vehicleId}
          vehicleId={vehicleId}
          picked={picked}
          onToggle={togglePicked}
        />
      ) : (
        <p className="muted small">{m.chooseVehicleFirst}</p>
      )}
    </ApiForm>
  );
}
