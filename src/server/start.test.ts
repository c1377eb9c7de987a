import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { hashPassword, verifyPassword } from "../modules/auth/passwords.js";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed/demo-network.js";
import { seedDemo } from "../db/seed/seed-demo.js";
import { prepareDatabase } from "../setup.js";
import { startServer, type RunningServer } from "./start.js";

/** A database of its own: a data folder for PGlite, or a new database on TEST_DATABASE_URL. */
async function freshPlace(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fleethub-start-"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    return {
      env: { FLEETHUB_DATA_DIR: dataDir },
      drop: () => Promise.resolve(fs.rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = `fleethub_start_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { FLEETHUB_DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    async drop() {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function place() {
  const created = await freshPlace();
  cleanups.push(() => created.drop());
  return created;
}

function configFor(env: Record<string, string>): Config {
  const config = loadConfig({ LOG_LEVEL: "silent", FLEETHUB_DUE_WORK_ORDERS_MINUTES: "0", ...env });
  return { ...config, port: 0, host: "127.0.0.1" };
}

async function start(config: Config): Promise<{ server: RunningServer; printed: string }> {
  const lines: string[] = [];
  const server = await startServer(config, (line) => lines.push(line));
  cleanups.push(() => server.stop());
  return { server, printed: lines.join("\n") };
}

/** Works on the database the settings name while no server holds it. */
async function withDb<T>(
  config: Config,
  work: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({
    url: config.databaseUrl,
    embeddedDir: config.databaseUrl ? null : path.join(config.dataDir, "pglite"),
  });
  try {
    await prepareDatabase(database.db);
    return await work(database.db);
  } finally {
    await database.close();
  }
}

describe("starting the server", { timeout: 180_000 }, () => {
  it("loads the demo outside production, and names its logins without printing the password", async () => {
    const { env } = await place();
    const { server, printed } = await start(configFor(env));
    expect(printed).toMatch(/demo network loaded/);
    expect(printed).toContain("admin@fleethub.demo");
    expect(printed).not.toContain(DEMO_PASSWORD);
    const login = await server.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "admin@fleethub.demo", password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    // PGlite has no autovacuum: the demo's tables were analyzed before the first request
    // (db/embedded-statistics.ts). A server analyzes them by itself.
    if (server.database.engine === "pglite") {
      const { rows } = await sql<{ reltuples: number }>`
        select reltuples from pg_class where relname = 'vehicles'`.execute(server.database.db);
      const vehicles = await server.database.db
        .selectFrom("vehicles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(rows[0]?.reltuples).toBe(Number(vehicles.n));
    }
  });

  it("starts an empty production database with no accounts and says how to create the first administrator", async () => {
    const { env } = await place();
    const config = configFor({ ...env, NODE_ENV: "production" });
    const { server, printed } = await start(config);
    expect(printed).toMatch(/no accounts yet/);
    expect(printed).toMatch(/fleethub user create .*--role network_admin/);
    expect(printed).not.toMatch(/demo/);
    const users = await server.database.db.selectFrom("users").select("email").execute();
    expect(users).toEqual([]);
    const organisations = await server.database.db
      .selectFrom("organisations")
      .select("id")
      .execute();
    expect(organisations).toEqual([]);
  });

  it("refuses a production start while demo accounts keep the demo password, naming them", async () => {
    const { env } = await place();
    const config = configFor({ ...env, NODE_ENV: "production" });
    await withDb(config, (db) => seedDemo(db));

    await expect(startServer(config, () => undefined)).rejects.toThrow(
      /refusing to start .*demo password: .*admin@fleethub\.demo/,
    );

    // One account keeps the demo password: it alone is named.
    const kept = "driver.sochi@fleethub.demo";
    expect(DEMO_USERS.map((user) => user.email)).toContain(kept);
    const newHash = await hashPassword("a long new password 2026");
    await withDb(config, (db) =>
      db.updateTable("users").set({ password_hash: newHash }).where("email", "!=", kept).execute(),
    );
    const refusal = await startServer(config, () => undefined).then(
      () => "started",
      (error: Error) => error.message,
    );
    expect(refusal).toMatch(
      /this account has the published demo password: driver\.sochi@fleethub\.demo\./,
    );
    expect(refusal).not.toContain("admin@fleethub.demo");
    expect(refusal).not.toContain(DEMO_PASSWORD);

    await withDb(config, (db) =>
      db.updateTable("users").set({ password_hash: newHash }).where("email", "=", kept).execute(),
    );
    const { server, printed } = await start(config);
    expect(printed).not.toMatch(/no accounts yet/);
    const row = await server.database.db
      .selectFrom("users")
      .select("password_hash")
      .where("email", "=", kept)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash, "a long new password 2026")).toBe(true);
  });
});
