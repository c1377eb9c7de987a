/**
 * Requests the JSON client cannot make: with an Idempotency-Key header, a multipart
 * photo, or a CSV body. Refusals are thrown as the same ApiError the pages show, with
 * the API's `details` (e.g. CSV line numbers) kept alongside.
 */
import { ApiError } from "../api/client.js";

export interface ErrorDetail {
  line?: number;
  field?: string;
  message?: string;
}

export class DetailedApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    field: string | undefined,
    readonly details: ErrorDetail[],
  ) {
    super(status, code, message, field);
  }
}

interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: unknown };
}
function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return typeof error === "object" && error !== null && "message" in error && "code" in error;
}

export async function send<T>(
  method: "GET" | "POST",
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: "same-origin",
      headers: { accept: "application/json", ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "the server cannot be reached; check the connection");
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    if (isErrorBody(parsed)) {
      const { code, message, field, details } = parsed.error;
      throw new DetailedApiError(
        response.status,
        code,
        message,
        field,
        Array.isArray(details) ? (details as ErrorDetail[]) : [],
      );
    }
    throw new ApiError(response.status, "HTTP", `the server answered ${response.status}`);
  }
  return parsed as T;
}
