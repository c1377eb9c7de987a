import type { FastifyError, FastifyInstance } from "fastify";
import { isDatabaseUnavailable } from "../db/database.js";
import { AppError, errorBody } from "../errors.js";
import { describeValidationError } from "./validation.js";

/** Maps every failure to the one error shape; unexpected ones are logged and hidden. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(errorBody(error));
    }
    if (error.validation && error.validation.length > 0) {
      const first = error.validation[0];
      const part = error.validationContext ?? "body";
      const { field, problem } = first
        ? describeValidationError(first as Parameters<typeof describeValidationError>[0], part)
        : { field: part, problem: "is invalid" };
      return reply
        .status(400)
        .send(errorBody(new AppError("VALIDATION_FAILED", `${field}: ${problem}`, field)));
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply
        .status(413)
        .send(errorBody(new AppError("PAYLOAD_TOO_LARGE", "body: is too large", "body")));
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return reply
        .status(415)
        .send(
          errorBody(new AppError("UNSUPPORTED_MEDIA_TYPE", "body: send application/json", "body")),
        );
    }
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send(errorBody(new AppError("RATE_LIMITED", "too many requests; try again later")));
    }
    if (error.statusCode === 400) {
      // The body could not be parsed at all (malformed JSON, empty JSON body).
      return reply
        .status(400)
        .send(errorBody(new AppError("INVALID_JSON", "body: is not valid JSON", "body")));
    }
    if (isDatabaseUnavailable(error)) {
      // A failover or restart of the database. Whether a write that was under way got
      // stored is unknown to this process; sent again with its Idempotency-Key, it is
      // stored once (an inspection), so the client is told to do that.
      request.log.warn({ err: error }, "database unavailable");
      return reply
        .status(503)
        .header("retry-after", "2")
        .send(
          errorBody(
            new AppError(
              "DATABASE_UNAVAILABLE",
              "the database is unavailable for a moment (failover or restart); send the request again",
            ),
          ),
        );
    }
    request.log.error({ err: error }, "unexpected error");
    return reply
      .status(500)
      .send(errorBody(new AppError("INTERNAL", "internal error; it has been logged")));
  });
}
