/**
 * The database a server benchmark runs on, chosen the way `fleethub start` chooses:
 * embedded PGlite in a fresh data directory when BENCH_DATABASE_URL is unset, or a fresh
 * database created on the PostgreSQL server BENCH_DATABASE_URL names. Data directories
 * live in a temporary folder outside the repository; both are removed after the run.
 * Not a benchmark: the server benchmarks share it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { loadConfig, type Config } from "../../src/config.js";
import type { Database, OpenedDatabase } from "../../src/db/database.js";
import { seedDemo } from "../../src/db/seed/seed-demo.js";
import { embeddedDatabaseDir, openConfiguredDatabase } from "../../src/server/start.js";
import { prepareDatabase } from "../../src/setup.js";

const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || null;

export const ENGINE: "PGlite" | "PostgreSQL" = serverUrl ? "PostgreSQL" : "PGlite";

export interface BenchDatabase {
  /** What `fleethub start` is given to use this database. */
  env: { DATABASE_URL: string; FLEETHUB_DATA_DIR: string };
  /** The configuration `fleethub start` reads from `env`. */
  config: Config;
  /**
   * Opens it as `fleethub start` does. On PGlite only while no server holds it: an
   * embedded database belongs to one process at a time.
   */
  open(): Promise<OpenedDatabase>;
  remove(): Promise<void>;
}

/** A temporary folder for one run, outside the repository. */
export function makeWorkDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `fleethub-bench-${name}-`));
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl ?? "" });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh, empty database named `label` (lower-case letters and digits) inside `workDir`. */
export async function createBenchDatabase(workDir: string, label: string): Promise<BenchDatabase> {
  const dataDir = path.join(workDir, label);
  fs.mkdirSync(dataDir);
  // An empty DATABASE_URL keeps a server started by the benchmark on PGlite even when
  // the calling shell has DATABASE_URL set.
  const env = { DATABASE_URL: "", FLEETHUB_DATA_DIR: dataDir };
  let drop = async () => undefined;
  if (serverUrl) {
    const name = `fleethub_bench_${label}_${Date.now()}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    drop = async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
      return undefined;
    };
  }
  const config = loadConfig({ ...env, LOG_LEVEL: "silent" });
  return {
    env,
    config,
    open: () => openConfiguredDatabase(config),
    async remove() {
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A connection that sends SQL straight to the engine: no Kysely, nothing of fleethub. */
export interface RawConnection {
  query(text: string, params: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Opens `database` with the engine's own client: a `pg` pool of `connections` on
 * PostgreSQL; on PGlite one `@electric-sql/pglite` instance in this process, which has a
 * single connection, so concurrent queries queue inside it (as they do in the server).
 * On PGlite only while no server holds the database.
 */
export async function openRawConnection(
  database: BenchDatabase,
  connections: number,
): Promise<RawConnection> {
  if (database.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: database.env.DATABASE_URL, max: connections });
    return { query: (text, params) => pool.query(text, params), close: () => pool.end() };
  }
  const client = await PGlite.create(embeddedDatabaseDir(database.config));
  return { query: (text, params) => client.query(text, params), close: () => client.close() };
}

/** What a server's first start does to an empty database: migrations, built-ins, the demo network. */
export async function prepareDemoDatabase(db: Database): Promise<void> {
  await prepareDatabase(db);
  await seedDemo(db);
}
