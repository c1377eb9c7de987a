import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isDatabaseUnavailable, missingReference } from "../db/errors.js";
import { AppError, errorBody, localized, type ErrorCode } from "../errors.js";
import { requestLocale } from "./export-format.js";
import { describeValidationError } from "./validation.js";

/** Seconds a client should wait before retrying when the database is unavailable. */
export const DATABASE_RETRY_AFTER_S = 2;

/** Fastify's own codes for a JSON body it could not parse. */
const JSON_PARSE_CODES = new Set(["FST_ERR_CTP_EMPTY_JSON_BODY", "FST_ERR_CTP_INVALID_JSON_BODY"]);

/** The stable code of a client error raised by Fastify or a plugin, by its status. */
const CLIENT_ERROR_CODES: Partial<Record<number, ErrorCode>> = {
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

/** "organisation_id" → "organisationId", the field name the API uses for a column. */
const fieldOfColumn = (column: string): string =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The 404 of an address nothing answers (also used for paths the web UI refuses to serve). */
export function noSuchRoute(request: FastifyRequest): AppError {
  return localized("NOT_FOUND", {
    key: "request.noRoute",
    params: { route: `${request.method} ${request.url.split("?")[0]}` },
  });
}

/** The refusal, its message in the caller's language when it has a text key. */
function send(reply: FastifyReply, error: AppError) {
  return reply.status(error.status).send(errorBody(error, requestLocale(reply.request)));
}

/**
 * Maps every failure to the one error shape; unexpected ones are logged and hidden. Each
 * kind of failure says what happened: a validation error names the field, only a body
 * that is not JSON is called "not valid JSON", a database outage is a 503 with
 * Retry-After (never a validation message), and any other client error keeps its status.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) return send(reply, error);
    if (error.validation && error.validation.length > 0) {
      const first = error.validation[0];
      const part = error.validationContext ?? "body";
      const { field, text } = first
        ? describeValidationError(first as Parameters<typeof describeValidationError>[0], part)
        : { field: part, text: { key: "validation.invalid" as const } };
      return send(reply, localized("VALIDATION_FAILED", text, field));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
      return send(reply, localized("PAYLOAD_TOO_LARGE", { key: "request.tooLarge" }, "body"));
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE")
      return send(reply, localized("UNSUPPORTED_MEDIA_TYPE", { key: "request.sendJson" }, "body"));
    if (error.statusCode === 429)
      return send(reply, localized("RATE_LIMITED", { key: "request.rateLimited" }));
    if (
      JSON_PARSE_CODES.has(error.code) ||
      (error instanceof SyntaxError && error.statusCode === 400)
    )
      return send(reply, localized("INVALID_JSON", { key: "request.invalidJson" }, "body"));
    // The web UI's files: a path climbing out of web/dist, or with a NUL byte, names no
    // file we serve. Nothing is read; it is answered like any unknown address.
    if (error.code === "FST_STATIC_FORBIDDEN_PATH") return send(reply, noSuchRoute(request));
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, "database unavailable");
      void reply.header("retry-after", String(DATABASE_RETRY_AFTER_S));
      // Whether a write under way was stored is unknown here; sent again with its
      // Idempotency-Key, an inspection is stored once.
      return send(
        reply,
        localized("DATABASE_UNAVAILABLE", {
          key: "request.databaseUnavailable",
          params: { seconds: DATABASE_RETRY_AFTER_S },
        }),
      );
    }
    // A safety net for a service that did not check an id it stores: the foreign key
    // refuses it, and the column names the field.
    const missing = missingReference(error);
    if (missing) {
      request.log.warn({ err: error }, "foreign key refused an unchecked id");
      const field = fieldOfColumn(missing.column);
      const what = missing.table.replace(/s$/, "").replaceAll("_", " ");
      return send(
        reply,
        localized("VALIDATION_FAILED", { key: "validation.noSuch", params: { what } }, field),
      );
    }
    // Any other client error Fastify or a plugin raised (a multipart stream cut off, a
    // header it cannot accept): keep its status and its plain message, never a 500.
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, "request refused");
      const code = CLIENT_ERROR_CODES[status] ?? "BAD_REQUEST";
      return reply.status(status).send({ error: { code, message: error.message } });
    }
    request.log.error({ err: error }, "unexpected error");
    return send(reply, localized("INTERNAL", { key: "request.internal" }));
  });
}
