/**
 * While the database is out of reach (its primary failing over, a restart), requests are
 * answered 503 DATABASE_UNAVAILABLE with Retry-After, so that clients and load balancers
 * know to send them again, not a 500 "internal error".
 */
import net from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { openDatabase, type OpenedDatabase } from "../../src/db/database.js";
import { buildApp } from "../../src/server/app.js";

/** A loopback port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

let app: FastifyInstance;
let database: OpenedDatabase;
beforeAll(async () => {
  database = await openDatabase({
    url: `postgres://fleethub@127.0.0.1:${await closedPort()}/fleethub`,
    embeddedDir: null,
  });
  const config = loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" });
  app = await buildApp({ config, db: database.db, serveWeb: false });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe("a database out of reach", () => {
  it("answers a sign-in with 503 DATABASE_UNAVAILABLE and Retry-After", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { origin: "http://localhost:80", host: "localhost:80" },
      payload: { email: "driver@example.test", password: "correct horse battery" },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers["retry-after"]).toBe("2");
    expect(response.json()).toEqual({
      error: {
        code: "DATABASE_UNAVAILABLE",
        message:
          "the database is unavailable for a moment (failover or restart); send the request again in 2 seconds",
        key: "request.databaseUnavailable",
        params: { seconds: 2 },
      },
    });
  });

  it("answers a signed-in request the same way, before anything else is known", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/v1/vehicles",
      headers: { cookie: "fh_session=0123456789abcdef0123456789abcdef" },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json<{ error: { code: string } }>().error.code).toBe("DATABASE_UNAVAILABLE");
  });
});
