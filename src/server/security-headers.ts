/**
 * Security headers on every response (issue #13, item 17), through @fastify/helmet:
 * - a Content-Security-Policy that lets the built web UI run (its script and stylesheet
 *   are files from this origin; web/index.html has no inline script or style) and nothing
 *   else: no inline or foreign scripts, no plugins, no framing;
 * - frame-ancestors 'none' and X-Frame-Options DENY: no other site can frame fleethub to
 *   trick a manager into clicking "release";
 * - X-Content-Type-Options nosniff: a browser never treats a photo or a CSV as a page;
 * - Referrer-Policy no-referrer: addresses with ids never leak to other sites;
 * - Strict-Transport-Security only where HTTPS is known: on a request that arrived over
 *   TLS, or when the deployment says it is behind HTTPS (FLEETHUB_SECURE_COOKIES, which
 *   production turns on). Browsers ignore it over plain HTTP anyway, but a development
 *   server on http://localhost must not tell them to insist on HTTPS for a year.
 * Two pages get their own policy: the Swagger UI at /api/docs (see SWAGGER_UI_CSP) and the
 * planner's self-contained HTML report (PLANNER_REPORT_CSP).
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";

type Directives = Record<string, string[]>;

/** The web UI and the API. `blob:` images: a photo waiting offline is shown from the phone. */
export const APP_CSP: Directives = {
  "default-src": ["'self'"],
  "base-uri": ["'self'"],
  "connect-src": ["'self'"],
  "font-src": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "img-src": ["'self'", "data:", "blob:"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'"],
  "worker-src": ["'self'"],
};

/**
 * The Swagger UI (its own files under /api/docs/static): the same, except that the
 * bundled Swagger UI sets inline styles on the elements it builds.
 */
export const SWAGGER_UI_CSP: Directives = {
  ...APP_CSP,
  "style-src": ["'self'", "'unsafe-inline'"],
};

/**
 * The planner's HTML report: one document with an inline stylesheet and inline SVG, no
 * scripts and nothing fetched, so it may load nothing at all but its own style.
 */
export const PLANNER_REPORT_CSP: Directives = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
  "img-src": ["data:"],
  "style-src": ["'unsafe-inline'"],
};

export const cspHeader = (directives: Directives): string =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");

const HSTS = "max-age=31536000; includeSubDomains";

export async function registerSecurityHeaders(app: FastifyInstance, config: Config) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    // Decided per request below.
    strictTransportSecurity: false,
  });
  app.addHook("onRequest", (request, reply, done) => {
    if (request.protocol === "https" || config.secureCookies)
      reply.header("strict-transport-security", HSTS);
    done();
  });
}
