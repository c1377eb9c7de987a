/**
 * Boots the real application against a fresh database. Tests create their own
 * organisations and people with the factories, so no two tests share data.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { loadConfig, type Config } from "../../src/config.js";
import type { Database, OpenedDatabase } from "../../src/db/database.js";
import {
  startPrincipalCache,
  type PrincipalCache,
} from "../../src/modules/auth/principal-cache.js";
import { buildApp } from "../../src/server/app.js";
import { createTestDatabase } from "./database.js";

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  database: OpenedDatabase;
  principalCache: PrincipalCache | null;
  close(): Promise<void>;
}

/**
 * `TEST_PRINCIPAL_CACHE=notify` in the environment runs a test file with the principal
 * cache on (FLEETHUB_PRINCIPAL_CACHE), so that tests written for the cache-less server
 * (e.g. the access lifecycle) check the cache too; an override in the call wins.
 */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    FLEETHUB_SEED_DEMO: "false",
    LOG_LEVEL: "silent",
    // Every test client signs in from one address; tests of the rate limit lower these.
    FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
    FLEETHUB_UPLOAD_RATE_LIMIT_PER_MINUTE: "100000",
    FLEETHUB_PRINCIPAL_CACHE: process.env.TEST_PRINCIPAL_CACHE ?? "off",
    ...overrides,
  });
  const principalCache = await startPrincipalCache(database, config, () => undefined);
  const app = await buildApp({
    config,
    db: database.db,
    serveWeb: false,
    principalCache: principalCache.cache,
  });
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    database,
    principalCache: principalCache.cache,
    async close() {
      await app.close();
      await principalCache.stop();
      await database.close();
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the Origin a browser would. */
export class Client {
  private cookie: string | null = null;
  constructor(
    private readonly app: FastifyInstance,
    private readonly bearer: string | null = null,
  ) {}

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.request({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
    });
    const setCookie = response.cookies.find((c) => c.name === "fh_session");
    if (setCookie) this.cookie = `fh_session=${setCookie.value}`;
    return response;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  /** Headers given as undefined are left out (to test a request without them). */
  request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string | string[] | number | undefined> = {
      origin: "http://localhost:80",
      host: "localhost:80",
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      ...options.headers,
    };
    const sent = Object.fromEntries(
      Object.entries(headers).filter(([, value]) => value !== undefined),
    );
    return this.app.inject({ ...options, headers: sent as Record<string, string> });
  }

  get(url: string) {
    return this.request({ method: "GET", url });
  }
  post(url: string, payload?: object) {
    return this.request({ method: "POST", url, ...(payload ? { payload } : {}) });
  }
  patch(url: string, payload: object) {
    return this.request({ method: "PATCH", url, payload });
  }
  put(url: string, payload: object) {
    return this.request({ method: "PUT", url, payload });
  }
  delete(url: string, payload?: object) {
    return this.request({ method: "DELETE", url, ...(payload ? { payload } : {}) });
  }
}
