/**
 * Builds the HTTP application: validation, errors, authentication, the API under
 * /api/v1 with its OpenAPI document, and the web UI. Used by `fleethub start`, tests and
 * benchmarks alike.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import { errorBody } from "../errors.js";
import { LoginLimiter } from "../modules/auth/login-limiter.js";
import type { PrincipalCache } from "../modules/auth/principal-cache.js";
import { cachedMaintenanceReleaseRule } from "../modules/maintenance/release-rule.js";
import { ReleaseGate } from "../modules/release/gate.js";
import { INSPECTION_RELEASE_RULES } from "../modules/release/inspection-rules.js";
import { workOrderReleaseRule } from "../modules/work-orders/release-rule.js";
import { pretripReleaseRule } from "../modules/pretrip/release-rule.js";
import { OPENAPI_OPTIONS, optionalDefaults } from "./openapi.js";
import { registerApiRoutes } from "./routes.js";
import { registerAuthentication } from "./authenticate.js";
import type { AppDeps } from "./context.js";
import { noSuchRoute, registerErrorHandling } from "./errors.js";
import { requestLocale } from "./export-format.js";
import { registerRequestLimits, serverLimitOptions } from "./request-limits.js";
import { ErrorResponse } from "./schemas.js";
import { cspHeader, registerSecurityHeaders, SWAGGER_UI_CSP } from "./security-headers.js";
import { validatorCompiler } from "./validation.js";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built web UI, the same from src/ (tests) and dist/ (production). */
export const WEB_DIST = path.resolve(here, "../../web/dist");

export interface BuildAppOptions {
  config: Config;
  db: Database;
  logger?: FastifyServerOptions["logger"];
  /** Serve the built web UI (when it exists). */
  serveWeb?: boolean;
  /** The running principal cache (startPrincipalCache), when the configuration asks for one. */
  principalCache?: PrincipalCache | null;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // A plugin (the API docs' UI reads its files at registration) may take longer than
    // Fastify's 10 s on a busy 2-core machine; CI met that. Start-up still fails on a real
    // hang, after two minutes.
    pluginTimeout: 120_000,
    // Timeouts and trustProxy (FLEETHUB_TRUST_PROXY) from the configuration.
    ...serverLimitOptions(options.config),
  });
  const deps: AppDeps = {
    config: options.config,
    db: options.db,
    loginLimiter: new LoginLimiter(options.db, {
      baseMs: options.config.loginBackoffBaseMs,
      maxMs: options.config.loginBackoffMaxMs,
      windowMs: options.config.loginWindowMinutes * 60_000,
    }),
    // The release gate's rules; each module that can hold a vehicle back adds its own.
    releaseGate: new ReleaseGate([
      ...INSPECTION_RELEASE_RULES,
      cachedMaintenanceReleaseRule(),
      workOrderReleaseRule,
      pretripReleaseRule,
    ]),
    principalCache: options.principalCache ?? null,
  };
  app.decorate("deps", deps);
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandling(app);
  app.addSchema(ErrorResponse);

  await registerRequestLimits(app, options.config);
  await app.register(cookie);
  await registerSecurityHeaders(app, options.config);
  await app.register(swagger, {
    openapi: OPENAPI_OPTIONS,
    transformObject: optionalDefaults,
    refResolver: {
      buildLocalReference: (json, _base, _fragment, i) =>
        typeof json.$id === "string" ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    // Its own policy, for its pages only (security-headers.ts).
    staticCSP: cspHeader(SWAGGER_UI_CSP),
    validatorUrl: false,
  });

  registerAuthentication(app);
  await app.register(registerApiRoutes, { prefix: "/api/v1" });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { public: true } }, () =>
    app.swagger(),
  );
  app.get("/health", { schema: { hide: true }, config: { public: true } }, () => ({ ok: true }));

  const webAvailable =
    options.serveWeb !== false && fs.existsSync(path.join(WEB_DIST, "index.html"));
  if (webAvailable) {
    // wildcard: files are looked up per request, so a rebuilt UI is served without a restart.
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true, index: "index.html" });
  }
  app.setNotFoundHandler((request, reply) => {
    if (webAvailable && request.method === "GET" && !/^\/(api|assets)\//.test(request.url)) {
      // The web UI routes on the client: every page address serves the same shell.
      return reply.type("text/html").sendFile("index.html");
    }
    return reply.status(404).send(errorBody(noSuchRoute(request), requestLocale(request)));
  });
  return app;
}
