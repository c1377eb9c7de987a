/** The small building blocks every page is made of. */
import {
  useId,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
} from "react";
import { errorMessage } from "../api/client.js";
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

export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {hint ? <span className="field-hint"> ({hint})</span> : null}
      </label>
      {children(id)}
    </div>
  );
}

/** A group of checkboxes or radios under one caption. */
export function FieldGroup({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="field field-group">
      <legend>
        {label}
        {hint ? <span className="field-hint"> ({hint})</span> : null}
      </legend>
      <div className="checks">{children}</div>
    </fieldset>
  );
}

export function TextField({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(id) => <input id={id} {...input} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  options,
  ...select
}: {
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} {...(hint ? { hint } : {})}>
      {(id) => (
        <select id={id} {...select}>
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
 * A form that sends one request: shows the API's error message if refused, and calls
 * `onDone` when it succeeds.
 */
export function ApiForm({
  title,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (failure) {
      setError(errorMessage(failure));
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
      <div className="form-grid">{children}</div>
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
