/**
 * Finds who is calling (session cookie or Bearer token), refuses anonymous calls to any
 * route not marked public, and defends cookie-authenticated writes against cross-site
 * requests: the cookie is SameSite=Lax and the request's Origin must be this server's
 * own (or one configured as allowed).
 *
 * By default nothing about a caller is cached between requests: each request looks its
 * session or token up again (one indexed query), so a logout, a removed role, a disabled
 * account or an ended agreement refuses the very next request on every process sharing the
 * database. With FLEETHUB_PRINCIPAL_CACHE=notify a session's principal is kept in memory
 * until PostgreSQL announces a change to it (modules/auth/principal-cache.ts): refused at
 * once on this process (a write's answer waits for this process to hear its own
 * notifications), on the others as soon as the notification arrives.
 */
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { localized } from "../errors.js";
import { acceptedLocale, pageLocale } from "./export-format.js";
import { principalToActor } from "../modules/auth/principal.js";
import { findSessionPrincipal, findTokenPrincipal } from "../modules/auth/repository.js";
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

export function registerAuthentication(app: FastifyInstance): void {
  const { db, config, principalCache } = app.deps;
  app.decorateRequest("actor", null);

  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/v1/")) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith("Bearer ")) {
      const secret = authorization.slice(7).trim();
      const row = secret.startsWith(API_TOKEN_PREFIX)
        ? await findTokenPrincipal(db, secretHash(secret))
        : undefined;
      if (!row) throw localized("UNAUTHENTICATED", { key: "auth.tokenUnknown" });
      request.actor = principalToActor(db, row, null, languagesOf(request));
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const sessionId = secretHash(cookie);
      const row = principalCache
        ? await principalCache.session(sessionId, () => findSessionPrincipal(db, sessionId))
        : await findSessionPrincipal(db, sessionId);
      if (row) {
        if (!SAFE_METHODS.has(request.method) && !originAllowed(request, config.allowedOrigins)) {
          throw localized("FORBIDDEN", { key: "auth.crossSite" });
        }
        request.actor = principalToActor(db, row, sessionId, languagesOf(request));
        return;
      }
    }
    if (!request.routeOptions.config.public) {
      throw localized("UNAUTHENTICATED", {
        key: cookie ? "auth.sessionEnded" : "auth.signInFirst",
      });
    }
  });

  if (principalCache) {
    // A write (a logout, a role taken away …) is answered only once this process has heard
    // its notifications, so the next request here is refused whatever it races with.
    app.addHook("onSend", async (request) => {
      if (!SAFE_METHODS.has(request.method) && request.url.startsWith("/api/v1/"))
        await principalCache.sync();
    });
  }
}

/** The languages a request asks for: the web page's, and Accept-Language's. */
function languagesOf(request: FastifyRequest) {
  return {
    page: pageLocale(request),
    accepted: acceptedLocale(request.headers["accept-language"]),
  };
}
