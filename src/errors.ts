/**
 * One error type for everything the application refuses on purpose. Each carries a
 * stable code (clients branch on it), an HTTP status, a message a person can act on and,
 * where one input is at fault, the field. Anything else is an internal error and is
 * shown to clients only as a generic 500.
 *
 * A refusal made with `localized` (or `invalid`/`notFound`… given a text key) also carries
 * its key and parameters (core/server-text.ts): the answer's message is then written in
 * the caller's language. One without a key is English.
 */
import {
  renderMessage,
  type LocalText,
  type TextLocale,
  type TextParams,
} from "./core/server-text.js";

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  /** A request HTTP cannot carry as sent (a cut-off upload, a bad header), not a field. */
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CONFIRMATION_REQUIRED: 409,
  IDEMPOTENCY_MISMATCH: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** The database is out of reach for a moment (failover, restart); the answer carries Retry-After. */
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem among many (an import's bad rows), each with its line where it has one. */
export interface ErrorDetail {
  line?: number;
  field?: string;
  /** The problem in English ("field: problem"), as clients have read it. */
  message: string;
  /**
   * The problem as a text key, when it has one: the message is then written in the
   * caller's language (errorBody). Not sent itself.
   */
  text?: LocalText;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: ErrorDetail[],
    /** The message's key and parameters, for writing it in the caller's language. */
    readonly text?: LocalText,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}

/** A refusal whose message is written in the caller's language (English in `message`). */
export const localized = (
  code: ErrorCode,
  text: LocalText,
  field?: string,
  details?: ErrorDetail[],
): AppError => new AppError(code, renderMessage(text, "en", field), field, details, text);

/** A bad input: the field and the problem, as English words or as a text key. */
export const invalid = (field: string, problem: string | LocalText): AppError =>
  typeof problem === "string"
    ? new AppError("VALIDATION_FAILED", `${field}: ${problem}`, field)
    : localized("VALIDATION_FAILED", problem, field);

export const notFound = (what: string): AppError =>
  localized("NOT_FOUND", { key: "request.notFound", params: { what } });

export const forbidden = (message: string | LocalText): AppError =>
  typeof message === "string"
    ? new AppError("FORBIDDEN", message)
    : localized("FORBIDDEN", message);

export const conflict = (field: string, problem: string | LocalText): AppError =>
  typeof problem === "string"
    ? new AppError("CONFLICT", `${field}: ${problem}`, field)
    : localized("CONFLICT", problem, field);

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    field?: string;
    details?: ErrorDetail[];
    key?: string;
    params?: TextParams;
  };
}

/** The answer to a refusal, its message in `locale` when it has a text key. */
export function errorBody(error: AppError, locale: TextLocale = "en"): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.text ? renderMessage(error.text, locale, error.field) : error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.details
        ? {
            details: error.details.map(({ text, ...detail }) =>
              text && locale !== "en"
                ? { ...detail, message: renderMessage(text, locale, detail.field) }
                : detail,
            ),
          }
        : {}),
      ...(error.text ? { key: error.text.key } : {}),
      ...(error.text?.params ? { params: error.text.params } : {}),
    },
  };
}
