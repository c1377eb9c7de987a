/**
 * A fingerprint of everything stored: the md5 of each table's rows in a fixed order, so
 * a test can prove a refused request changed nothing at all.
 */
import { sql } from "kysely";
import type { Database } from "../../src/db/database.js";

/**
 * Tables that change on any signed-in request and say nothing about stored data; a refused
 * sign-in is counted in login_failures by design (the back-off, docs/security.md).
 */
const VOLATILE = new Set([
  "sessions",
  "login_failures",
  "kysely_migration",
  "kysely_migration_lock",
]);

let tables: string[] | undefined;

export async function tableChecksums(db: Database): Promise<Record<string, string>> {
  tables ??= (
    await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db)
  ).rows
    .map((row) => row.name)
    .filter((name) => !VOLATILE.has(name));
  const selects = tables.map(
    (name) =>
      sql`select ${name} as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${sql.table(name)} t`,
  );
  const rows = (
    await sql<{ name: string; sum: string }>`${sql.join(selects, sql` union all `)}`.execute(db)
  ).rows;
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}
