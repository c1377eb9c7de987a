/**
 * Landed migrations never change: a database created before an edit would silently lack
 * what the edit added (issue 16: 0002 and 0004 were edited after they landed). Each
 * migration's checksum is recorded when it runs (or, on a database from before checksums,
 * on its first start), and a start refuses when a migration no longer matches.
 *
 * The checksum is the sha256 of the statements the migration's up() sends, recorded on a
 * database-less Kysely: the same for src/*.ts under tsx and for the compiled dist/*.js,
 * untouched by comments and formatting, changed by any edit to what it does.
 */
import { createHash } from "node:crypto";
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type Migration,
} from "kysely";
import { AppError } from "../errors.js";

export async function migrationChecksum(migration: Migration): Promise<string> {
  const statements: string[] = [];
  const recorder = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      statements.push(JSON.stringify([event.query.sql, event.query.parameters]));
    },
  });
  try {
    await migration.up(recorder);
  } finally {
    await recorder.destroy();
  }
  return createHash("sha256").update(statements.join("\n")).digest("hex");
}

export async function migrationChecksums(
  migrations: Record<string, Migration>,
): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  for (const [name, migration] of Object.entries(migrations)) {
    checksums[name] = await migrationChecksum(migration);
  }
  return checksums;
}

const TABLE = "migration_checksums";

/** Refuses, naming the migration, when one that ran here has changed since. */
export async function verifyMigrationChecksums<T>(
  db: Kysely<T>,
  checksums: Record<string, string>,
): Promise<void> {
  await sql`create table if not exists ${sql.table(TABLE)} (
    name text primary key,
    sha256 text not null,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  const recorded = await sql<{ name: string; sha256: string }>`
    select name, sha256 from ${sql.table(TABLE)} order by name`.execute(db);
  for (const row of recorded.rows) {
    const current = checksums[row.name];
    if (current !== undefined && current !== row.sha256) {
      throw new AppError(
        "CONFLICT",
        `migration ${row.name}: its file no longer matches what ran on this database (sha256 ${current.slice(0, 12)}…, recorded ${row.sha256.slice(0, 12)}…). ` +
          "A landed migration is never edited: restore it and put the change in a new migration (docs/ARCHITECTURE.md, Migrations).",
      );
    }
  }
}

/** Records the checksum of every migration that has run here and has none yet. */
export async function recordMigrationChecksums<T>(
  db: Kysely<T>,
  checksums: Record<string, string>,
): Promise<void> {
  const executed = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  for (const { name } of executed.rows) {
    const checksum = checksums[name];
    if (checksum === undefined) continue;
    await sql`insert into ${sql.table(TABLE)} (name, sha256) values (${name}, ${checksum})
      on conflict (name) do nothing`.execute(db);
  }
}
