/** The small building blocks every page is made of. */
import {
  createContext,
  useContext,
  useId,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from "react";
import { ApiError, errorMessage } from "../api/client.js";
import type { Resource } from "../api/use-resource.js";
import { useI18n } from "../i18n/i18n.js";

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}

export function ErrorMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert">
      {message}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-info" role="status">
      {children}
    </div>
  );
}

export function Badge({
  tone = "neutral",
  children,
}: {
  tone?: "neutral" | "good" | "muted" | "warn" | "accent";
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** Shows a resource's loading and error states, then its content. */
export function Loaded<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (resource.error) {
    return (
      <div className="alert alert-error" role="alert">
        {resource.error}{" "}
        <button type="button" className="link-button" onClick={resource.reload}>
          {t.common.retry}
        </button>
      </div>
    );
  }
  if (resource.data === undefined) {
    return (
      <p className="muted" aria-busy="true">
        {t.common.loading}
      </p>
    );
  }
  return <>{children(resource.data)}</>;
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

/** A table on wide screens; on a phone each row becomes a card with labelled fields. */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  label,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  label: string;
}) {
  const { t } = useI18n();
  if (!rows.length) return <p className="empty">{t.common.empty}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} data-label={column.header} className={column.className}>
                  <div className="cell">{column.cell(row)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A refusal the API gave for one field ("validTo: is before validFrom"), shown beside it. */
interface FieldFailure {
  field: string;
  problem: string;
}
const FieldFailureContext = createContext<FieldFailure | null>(null);

/** Whether the API's `field` ("services.1") is the form's field `name` ("services") or in it. */
const fieldMatches = (name: string, field: string) =>
  field === name || field.startsWith(`${name}.`);

/** The problem beside a field named `apiField` (the API's name for it), or null. */
function useFieldProblem(apiField: string | undefined): string | null {
  const failure = useContext(FieldFailureContext);
  return apiField && failure && fieldMatches(apiField, failure.field) ? failure.problem : null;
}

function FieldProblem({ id, problem }: { id: string; problem: string | null }) {
  return problem ? (
    <p id={id} className="field-error" role="alert">
      {problem}
    </p>
  ) : null;
}

/** What an input needs when its field was refused: aria-invalid and the message's id. */
export interface FieldState {
  invalid: boolean;
  describedBy: string | undefined;
}

export function Field({
  label,
  hint,
  apiField,
  children,
}: {
  label: string;
  hint?: string;
  /** The API's name of this field: a refusal naming it is shown here. */
  apiField?: string;
  children: (id: string, state: FieldState) => ReactNode;
}) {
  const id = useId();
  const problemId = useId();
  const problem = useFieldProblem(apiField);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hint ? <span className="field-hint"> ({hint})</span> : null}
      </label>
      {children(id, { invalid: problem !== null, describedBy: problem ? problemId : undefined })}
      <FieldProblem id={problemId} problem={problem} />
    </div>
  );
}

/** A group of checkboxes or radios under one caption. */
export function FieldGroup({
  label,
  hint,
  apiField,
  children,
}: {
  label: string;
  hint?: string;
  apiField?: string;
  children: ReactNode;
}) {
  const problemId = useId();
  const problem = useFieldProblem(apiField);
  return (
    <fieldset
      className="field field-group"
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? problemId : undefined}
    >
      <legend>
        {label}
        {hint ? <span className="field-hint"> ({hint})</span> : null}
      </legend>
      <div className="checks">{children}</div>
      <FieldProblem id={problemId} problem={problem} />
    </fieldset>
  );
}

export function TextField({
  label,
  hint,
  apiField,
  ...input
}: { label: string; hint?: string; apiField?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} {...(apiField ? { apiField } : {})}>
      {(id, state) => (
        <input
          id={id}
          aria-invalid={state.invalid || undefined}
          aria-describedby={state.describedBy}
          {...input}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  apiField,
  options,
  ...select
}: {
  label: string;
  hint?: string;
  apiField?: string;
  options: { value: string; label: string }[];
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} {...(apiField ? { apiField } : {})}>
      {(id, state) => (
        <select
          id={id}
          aria-invalid={state.invalid || undefined}
          aria-describedby={state.describedBy}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * A refusal's message as shown beside its field: the API says "field: problem" in English
 * and "Problem (поле field)" in Russian (core/server-text.ts); beside the field, the problem
 * is enough.
 */
export function problemBesideField(message: string): string {
  return message.replace(/^[\w.]+: /, "").replace(/ \(поле [\w.]+\)$/, "");
}

/**
 * A form that sends one request: shows the API's error message if refused, and calls
 * `onDone` when it succeeds. A refusal naming one of `fields` (the API's names of the
 * fields the form shows with `apiField`) is shown beside that field instead.
 */
export function ApiForm({
  title,
  submitLabel,
  onSubmit,
  onCancel,
  fields = [],
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel?: () => void;
  fields?: readonly string[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [fieldFailure, setFieldFailure] = useState<FieldFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldFailure(null);
    try {
      await onSubmit();
    } catch (failure) {
      const field = failure instanceof ApiError ? failure.field : undefined;
      if (field && fields.some((name) => fieldMatches(name, field))) {
        setFieldFailure({ field, problem: problemBesideField(errorMessage(failure)) });
      } else setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="panel form"
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={headingId}>{title}</h2>
      <FieldFailureContext.Provider value={fieldFailure}>
        <div className="form-grid">{children}</div>
      </FieldFailureContext.Provider>
      <ErrorMessage message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t.common.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A button that runs one request and shows its refusal beside it. */
export function ActionButton({
  label,
  confirm,
  tone = "default",
  onAction,
}: {
  label: string;
  confirm?: string;
  tone?: "default" | "danger";
  onAction: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setError(null);
    try {
      await onAction();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="action">
      <button
        type="button"
        className={`button button-small${tone === "danger" ? " button-danger" : ""}`}
        disabled={busy}
        onClick={() => void run()}
      >
        {label}
      </button>
      {error ? (
        <span className="action-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
