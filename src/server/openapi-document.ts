/**
 * The OpenAPI document exactly as the server serves it at /api/openapi.json, built
 * without listening: the app is assembled on a throwaway in-memory database (building it
 * runs no query) and asked for its document. Used by `npm run api:lint`, `npm run
 * api:types` and the contract tests.
 */
import type { FastifyInstance } from "fastify";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { buildApp } from "./app.js";

export type OpenApiDocument = Exclude<ReturnType<FastifyInstance["swagger"]>, string>;

export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const database = await openDatabase({ url: null, embeddedDir: null });
  try {
    // A fixed environment: the document must not depend on the machine it is built on.
    const config = loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" });
    const app = await buildApp({ config, db: database.db, serveWeb: false });
    try {
      await app.ready();
      return app.swagger();
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
