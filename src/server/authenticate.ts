/**
 * Finds who is calling (session cookie or Bearer token), refuses anonymous calls to any
 * route not marked public, and defends cookie-authenticated writes against cross-site
 * requests: the cookie is SameSite=Lax and the request's Origin must be this server's
 * own (or one configured as allowed).
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import { principalToActor } from "../modules/auth/principal.js";
import { principalCache } from "../modules/auth/principal-cache.js";
import {
  findSessionPrincipal,
  findTokenPrincipal,
  type PrincipalRow,
} from "../modules/auth/repository.js";
import { API_TOKEN_PREFIX, SESSION_COOKIE, secretHash } from "../modules/auth/tokens.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originAllowed(request: FastifyRequest, allowed: string[]): boolean {
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (!origin) return false;
  const host = request.headers.host;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return allowed.includes(origin);
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** A principal from the short-lived cache, else from the database (and remembered). */
async function cachedPrincipal(
  key: string,
  load: (hash: string) => Promise<PrincipalRow | undefined>,
) {
  const cached = principalCache.get(key);
  if (cached) return cached;
  const row = await load(key.slice(key.indexOf(":") + 1));
  if (row) principalCache.set(key, row);
  return row;
}

export function registerAuthentication(app: FastifyInstance): void {
  const { db, config } = app.deps;
  app.decorateRequest("actor", null);

  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/v1/")) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith("Bearer ")) {
      const secret = authorization.slice(7).trim();
      const row = secret.startsWith(API_TOKEN_PREFIX)
        ? await cachedPrincipal(`token:${secretHash(secret)}`, (hash) =>
            findTokenPrincipal(db, hash),
          )
        : undefined;
      if (!row)
        throw new AppError("UNAUTHENTICATED", "the API token is unknown, expired or revoked");
      request.actor = principalToActor(db, row, null);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const sessionId = secretHash(cookie);
      const row = await cachedPrincipal(`session:${sessionId}`, () =>
        findSessionPrincipal(db, sessionId),
      );
      if (row) {
        if (!SAFE_METHODS.has(request.method) && !originAllowed(request, config.allowedOrigins)) {
          throw new AppError(
            "FORBIDDEN",
            "cross-site request refused: the Origin header is missing or foreign",
          );
        }
        request.actor = principalToActor(db, row, sessionId);
        return;
      }
    }
    if (!request.routeOptions.config.public) {
      throw new AppError(
        "UNAUTHENTICATED",
        cookie ? "your session has expired; sign in again" : "sign in first",
      );
    }
  });
}
