/**
 * One error type for everything the application refuses on purpose. Each carries a
 * stable code (clients branch on it), an HTTP status, a message a person can act on and,
 * where one input is at fault, the field. Anything else is an internal error and is
 * shown to clients only as a generic 500.
 */
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
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }
}

export const invalid = (field: string, problem: string): AppError =>
  new AppError("VALIDATION_FAILED", `${field}: ${problem}`, field);

export const notFound = (what: string): AppError => new AppError("NOT_FOUND", `${what} not found`);

export const forbidden = (message: string): AppError => new AppError("FORBIDDEN", message);

export const conflict = (field: string, problem: string): AppError =>
  new AppError("CONFLICT", `${field}: ${problem}`, field);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; details?: ErrorDetail[] };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
  };
}
