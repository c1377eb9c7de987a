/**
 * pg-boss over the application's own database: the same Kysely connection pool on a
 * PostgreSQL server, and the one embedded PGlite connection otherwise (PGlite cannot be
 * opened twice). pg-boss keeps its tables in its own schema, beside the migrations' tables
 * in `public`, and installs or upgrades that schema itself when it starts.
 */
import { CompiledQuery } from "kysely";
import type PgBoss from "pg-boss";
import { runSqlScript, type Database } from "./database.js";

export const JOB_QUEUE_SCHEMA = "pgboss";

export function jobQueueDb(db: Database): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // Without parameters pg-boss sends whole scripts (BEGIN; …; COMMIT) to install itself.
      if (values.length === 0) return { rows: await runSqlScript(db, text) };
      const result = await db.executeQuery<unknown>(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}
