/**
 * Limits that keep one client from exhausting the server (issue #13, items 6 and 7):
 * - timeouts: headers must arrive within FLEETHUB_HEADERS_TIMEOUT_S, the whole request
 *   within FLEETHUB_REQUEST_TIMEOUT_S, and a silent connection closes after
 *   FLEETHUB_IDLE_TIMEOUT_S, so sockets trickling a body a byte at a time are shed;
 * - open connections per address (FLEETHUB_MAX_CONNECTIONS_PER_ADDRESS);
 * - a body larger than its route accepts is refused by its Content-Length with 413 before
 *   a byte of it is read (a chunked body is counted by the route's parser and aborted);
 * - a rate limit per address on unauthenticated routes (sign-in) and on uploads.
 */
import type { Server } from "node:http";
import type { Socket } from "node:net";
import rateLimit from "@fastify/rate-limit";
import type { FastifyHttpOptions, FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { errorBody, localized, type AppError } from "../errors.js";
import { requestLocale } from "./export-format.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * An upload route (multipart, parsed by the route itself): its largest body in bytes,
     * refused by Content-Length before reading, and the upload rate limit applies.
     */
    uploadMaxBytes?: number;
  }
}

/** Room for the multipart boundary, part headers and the small fields beside the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Fastify's own options for the limits: timeouts and the client address behind proxies. */
export function serverLimitOptions(config: Config): Partial<FastifyHttpOptions<Server>> {
  const headersMs = config.headersTimeoutSeconds * 1000;
  const requestMs = config.requestTimeoutSeconds * 1000;
  const proxy = config.trustProxy;
  return {
    // A hop count trusts that many proxies in front of the server (Fastify's own rule).
    trustProxy: typeof proxy === "number" ? (_address, hop) => hop < proxy : proxy,
    requestTimeout: requestMs,
    connectionTimeout: config.idleTimeoutSeconds * 1000,
    http: {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.max(100, Math.min(30_000, headersMs / 2)),
    },
  };
}

/** Counts open sockets per remote address and closes those over the limit at once. */
function limitConnectionsPerAddress(app: FastifyInstance, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  app.server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

function tooLarge(limitBytes: number): AppError {
  return localized(
    "PAYLOAD_TOO_LARGE",
    {
      key: "request.tooLargeForRoute",
      params: { mb: Math.floor(limitBytes / 1024 / 1024) || 1 },
    },
    "body",
  );
}

export async function registerRequestLimits(app: FastifyInstance, config: Config): Promise<void> {
  limitConnectionsPerAddress(app, config.maxConnectionsPerAddress);

  // Before authentication and before anything reads the body: a declared size over the
  // route's limit is answered at once and the connection closed, so the body is never read.
  app.addHook("onRequest", async (request, reply) => {
    const declared = request.headers["content-length"];
    if (declared === undefined) return;
    const limit = request.routeOptions.config.uploadMaxBytes ?? request.routeOptions.bodyLimit;
    if (limit === undefined) return;
    const bytes = Number(declared);
    if (Number.isFinite(bytes) && bytes > limit) {
      reply.header("connection", "close");
      await reply.status(413).send(errorBody(tooLarge(limit), requestLocale(request)));
    }
  });

  // A body refused for its size (here or by a route's multipart parser counting a chunked
  // body) is not drained: the connection closes once the answer is sent.
  app.addHook("onSend", async (_request, reply) => {
    if (reply.statusCode === 413) reply.header("connection", "close");
  });

  await app.register(rateLimit, {
    global: true,
    hook: "onRequest",
    timeWindow: 60_000,
    max: (request) =>
      request.routeOptions.config.uploadMaxBytes !== undefined
        ? config.uploadRateLimitPerMinute
        : config.publicRateLimitPerMinute,
    // Only unauthenticated routes and uploads; /health is for probes.
    allowList: (request) =>
      request.routeOptions.url === "/health" ||
      (!request.routeOptions.config.public &&
        request.routeOptions.config.uploadMaxBytes === undefined),
    keyGenerator: (request) =>
      `${request.routeOptions.config.uploadMaxBytes !== undefined ? "upload" : "public"}:${request.ip}`,
    // Thrown by the plugin, so the error handler gives it the one error shape.
    errorResponseBuilder: (_request, context) =>
      localized("RATE_LIMITED", {
        key: "request.rateLimitedAddress",
        params: { seconds: Math.ceil(context.ttl / 1000) },
      }),
  });
}
