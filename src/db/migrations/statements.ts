import { sql, type Kysely } from "kysely";

/**
 * Runs a script of plain DDL statements one by one: PGlite's prepared statements take
 * one command each. Statements are separated by a semicolon at the end of a line.
 */
export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*\n/)
    .map((statement) => statement.trim().replace(/;$/, ""))
    .filter(Boolean);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
