/**
 * Edits a scenario two ways at once: a form for the main figures and the raw JSON. The JSON
 * text is the truth (it is what is saved and what the validator's line numbers refer to);
 * the form reads its values from it, or from the defaults where it sets none, and writes
 * back into it. The server's validator checks the text as it is typed.
 */
import { useEffect, useMemo, useState } from "react";
import { api, errorMessage, unwrap } from "../api/client.js";
import { useResource } from "../api/use-resource.js";
import { ErrorMessage, Field, SelectField, TextField } from "../components/ui.js";
import { useI18n } from "../i18n/i18n.js";
import type { PlannerScenario } from "./types.js";

type Json = Record<string, unknown>;
interface Problem {
  file: string | null;
  line: number | null;
  field: string | null;
  message: string;
}

function parseObject(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Json)
      : null;
  } catch {
    return null;
  }
}

function getPath(object: Json | null, path: string[]): unknown {
  let node: unknown = object;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function setPath(object: Json, path: string[], value: unknown): Json {
  const copy: Json = structuredClone(object);
  let node = copy;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Json;
  });
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** The form's figures: where each lives in the scenario JSON. */
const FIGURES = [
  ["electricityPrice", ["prices", "electricityPerKwh"]],
  ["dieselPrice", ["prices", "dieselPerLitre"]],
  ["gasPrice", ["prices", "gasPerM3"]],
  ["batteryKwh", ["vehicleTypes", "beb-12m", "batteryKwh"]],
  ["consumption", ["vehicleTypes", "beb-12m", "consumption", "kwhPerKm"]],
  ["depotChargerKw", ["depot", "powerKw"]],
  ["depotChargers", ["depot", "count"]],
  ["gridCo2", ["emissions", "gridKgCo2PerKwh"]],
] as const;

export function ScenarioEditor({
  scenarios,
  onSaved,
}: {
  scenarios: PlannerScenario[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const p = t.planner;
  const defaults = useResource("/api/v1/planner/scenarios/default");
  const defaultObject = useMemo(
    () => (defaults.data ? parseObject(defaults.data.text) : null),
    [defaults.data],
  );
  const [selectedId, setSelectedId] = useState<string>(scenarios[0]?.id ?? "");
  const selected = scenarios.find((s) => s.id === selectedId) ?? null;
  const [name, setName] = useState(selected?.name ?? "");
  const [text, setText] = useState(selected?.text ?? "{\n}\n");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const object = parseObject(text);

  const choose = (id: string) => {
    const next = scenarios.find((x) => x.id === id) ?? null;
    setSelectedId(id);
    setName(next?.name ?? "");
    setText(next?.text ?? "{\n}\n");
    setStatus(null);
    setError(null);
  };

  useEffect(() => {
    const timer = setTimeout(() => {
      unwrap(api.POST("/api/v1/planner/scenarios/validate", { body: { text } }))
        .then((answer) => setProblem(answer.problem))
        .catch(() => undefined);
    }, 350);
    return () => clearTimeout(timer);
  }, [text]);

  const save = async () => {
    setError(null);
    setStatus(null);
    try {
      if (selected)
        await unwrap(
          api.PUT("/api/v1/planner/scenarios/{id}", {
            params: { path: { id: selected.id } },
            body: { name, text },
          }),
        );
      else {
        const created = await unwrap(
          api.POST("/api/v1/planner/scenarios", { body: { name, text } }),
        );
        setSelectedId(created.id);
      }
      setStatus(p.saved);
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="panel planner-scenario" aria-labelledby="planner-scenario-heading">
      <h2 id="planner-scenario-heading">{p.scenarios}</h2>
      <div className="planner-inline-fields">
        <SelectField
          label={p.scenario}
          value={selectedId}
          onChange={(event) => choose(event.target.value)}
          options={[
            { value: "", label: p.newScenario },
            ...scenarios.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <TextField
          label={p.scenarioName}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <h3>{p.mainFigures}</h3>
      <div className="planner-figures">
        {FIGURES.map(([key, path]) => {
          const own = getPath(object, [...path]);
          const fallback = getPath(defaultObject, [...path]);
          return (
            <TextField
              key={key}
              label={p[key]}
              type="number"
              step="any"
              min="0"
              disabled={object === null}
              value={typeof own === "number" ? String(own) : ""}
              placeholder={typeof fallback === "number" ? String(fallback) : ""}
              onChange={(event) => {
                if (!object) return;
                const raw = event.target.value;
                let value: unknown = raw === "" ? undefined : Number(raw);
                // A fixed consumption figure needs its model named; the defaults' surcharges stay.
                let next = object;
                if (key === "consumption" && value !== undefined)
                  next = setPath(next, ["vehicleTypes", "beb-12m", "consumption", "kind"], "fixed");
                if (key === "depotChargers" && raw === "") value = undefined;
                next = setPath(next, [...path], value);
                setText(`${JSON.stringify(next, null, 2)}\n`);
              }}
            />
          );
        })}
      </div>
      <Field label={p.rawJson}>
        {(id) => (
          <textarea
            id={id}
            className="planner-json"
            spellCheck={false}
            rows={14}
            value={text}
            aria-invalid={problem !== null}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      {problem ? (
        <div className="alert alert-error" role="alert" data-testid="scenario-problem">
          {p.invalidAt(
            `${problem.line !== null ? `line ${problem.line}` : (problem.file ?? "")}${problem.field ? `, ${problem.field}` : ""}`,
          )}
          : {problem.message}
        </div>
      ) : (
        <p className="muted small">{p.valid}</p>
      )}
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!name.trim()}
          onClick={() => void save()}
        >
          {p.saveScenario}
        </button>
        {status ? <span role="status">{status}</span> : null}
      </div>
    </section>
  );
}
