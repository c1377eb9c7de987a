/**
 * Opens the database: the embedded PGlite (PostgreSQL compiled to WebAssembly, kept in
 * the data directory) by default, or a real PostgreSQL server when a URL is given. Both
 * run the same migrations and the same queries.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import {
  CompiledQuery,
  Kysely,
  Migrator,
  PostgresDialect,
  type Dialect,
  type Migration,
} from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { listenOnServer, type ListenHandlers } from "./listener.js";
import {
  migrationChecksums,
  recordMigrationChecksums,
  verifyMigrationChecksums,
} from "./migration-checksums.js";
import { migrationProvider } from "./migrations/index.js";
import type { DB } from "./schema.js";

export type Database = Kysely<DB>;

export interface DatabaseOptions {
  /** postgres:// URL of a server; null for the embedded database. */
  url: string | null;
  /** Directory of the embedded database; null keeps it in memory (tests). */
  embeddedDir: string | null;
  /** Connections to a server. */
  poolSize?: number;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Dates stay as their calendar text on both engines: a service agreement "valid to
// 2026-12-31" must not shift by a time zone.
pg.types.setTypeParser(DATE_OID, (value: string) => value);
pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));
pg.types.setTypeParser(NUMERIC_OID, (value: string) => Number(value));

/**
 * Runs a script of several statements in one call (the job queue installs its schema that
 * way). A PostgreSQL server takes a script as one simple query through Kysely; PGlite's
 * prepared statements take one command each, so on PGlite the script goes to its `exec`
 * while Kysely holds its only connection, so nothing else interleaves.
 */
const scriptRunners = new WeakMap<Database, (script: string) => Promise<unknown[]>>();

export async function runSqlScript(db: Database, script: string): Promise<unknown[]> {
  const runner = scriptRunners.get(db);
  return db.connection().execute(async (connection) => {
    try {
      if (runner) return await runner(script);
      return (await connection.executeQuery<unknown>(CompiledQuery.raw(script, []))).rows ?? [];
    } catch (error) {
      // A script that opens a transaction (BEGIN; …; COMMIT) and fails half-way leaves its
      // connection inside the aborted transaction; back in the pool, every later query on it
      // would fail ("current transaction is aborted"). Two processes installing the job
      // queue at once do exactly that (pg-boss then takes the loser's "already exists" as
      // success). Outside a transaction ROLLBACK only warns.
      await connection.executeQuery(CompiledQuery.raw("ROLLBACK", [])).catch(() => undefined);
      throw error;
    }
  });
}

export interface OpenedDatabase {
  db: Database;
  engine: "pglite" | "postgres";
  /**
   * Hears NOTIFY on `channel`: on PostgreSQL over a connection of its own that reconnects
   * (db/listener.ts); on PGlite, which is this process's own database, through its
   * `listen`, whose callbacks run as soon as the committing statement's answer is read,
   * before that statement's caller goes on. Resolves after the first attempt; the result
   * stops listening (call it before `close`).
   */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<OpenedDatabase> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A connection the server closes (a failover, a restart, an administrator) emits
    // "error": from the pool while idle, from the client while a request holds it between
    // queries. Unheard, either event would end the process. Nothing is lost by listening:
    // the query in flight, or the next one on that connection, fails with its own error,
    // and the pool drops the connection and opens a new one for later queries.
    const ignore = () => undefined;
    pool.on("error", ignore);
    pool.on("connect", (client) => client.on("error", ignore));
    const dialect: Dialect = new PostgresDialect({ pool });
    const db = new Kysely<DB>({ dialect });
    const url = options.url;
    return {
      db,
      engine: "postgres",
      listen: (channel, handlers) =>
        listenOnServer(url, channel, handlers, {
          applicationName: `fleethub listening on ${channel}`,
        }),
      close: () => db.destroy(),
    };
  }
  if (options.embeddedDir) fs.mkdirSync(path.dirname(options.embeddedDir), { recursive: true });
  // Not awaited: the database starts up (WebAssembly compile, data files) while the
  // caller builds the rest; the first query waits for it to be ready.
  const client = new PGlite({
    ...(options.embeddedDir ? { dataDir: options.embeddedDir } : {}),
    parsers: {
      [DATE_OID]: (value: string) => value,
      [INT8_OID]: (value: string) => Number(value),
      [NUMERIC_OID]: (value: string) => Number(value),
    },
    serializers: { [pgliteTypes.DATE]: (value: unknown) => String(value) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  scriptRunners.set(db, async (script) => (await client.exec(script)).at(-1)?.rows ?? []);
  return {
    db,
    engine: "pglite",
    async listen(channel, handlers) {
      // Holding Kysely's only connection, so LISTEN never lands inside someone's
      // transaction (where a rollback would undo it).
      const unlisten = await db
        .connection()
        .execute(() => client.listen(channel, (payload) => handlers.notice(payload)));
      handlers.listening(true);
      return async () => {
        handlers.listening(false);
        await db.connection().execute(() => unlisten());
      };
    },
    close: () => db.destroy(),
  };
}

/**
 * Runs the migrations not yet run, after checking that none that already ran has been
 * edited since (src/db/migration-checksums.ts); `migrations` is for tests.
 */
export async function migrateToLatest(
  db: Database,
  migrations?: Record<string, Migration>,
): Promise<string[]> {
  const provider = migrations
    ? { getMigrations: () => Promise.resolve(migrations) }
    : migrationProvider;
  const checksums = await migrationChecksums(await provider.getMigrations());
  await verifyMigrationChecksums(db, checksums);
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error.message : "see the database log";
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${cause}`);
  }
  await recordMigrationChecksums(db, checksums);
  return (results ?? []).map((result) => result.migrationName);
}
