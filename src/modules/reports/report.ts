/**
 * What a report is: a name (GET /reports/<name> answers JSON rows, /reports/<name>.csv
 * the same rows as CSV), its query and row schemas (for validation and the OpenAPI
 * document) and the set-based query that produces the rows for an actor. Every report
 * needs reports.read and sees what the actor's scope sees: an operator itself, a hub the
 * operators it serves, the manufacturer the whole network.
 */
import { sql } from "kysely";
import type { Static, TObject } from "typebox";
import type { Database } from "../../db/database.js";
import { requirePermission, type Actor } from "../auth/actor.js";

export interface ReportDefinition<Query extends TObject, Row extends TObject> {
  name: string;
  summary: string;
  query: Query;
  row: Row;
  run(db: Database, actor: Actor, query: Static<Query>): Promise<Static<Row>[]>;
}

/**
 * Runs a report for an actor allowed to read reports, in one read-only snapshot (a report
 * of several queries adds up figures of the same moment). JIT compilation is off for it:
 * a report's queries run for tens to hundreds of milliseconds, and compiling them to
 * machine code, which PostgreSQL does by default above a cost estimate these queries
 * reach, costs 40–100 ms that such short queries never win back.
 */
export async function runReport<Query extends TObject, Row extends TObject>(
  db: Database,
  actor: Actor,
  report: ReportDefinition<Query, Row>,
  query: Static<Query>,
): Promise<Static<Row>[]> {
  requirePermission(actor, "reports.read");
  // Known before the transaction starts: the scope is read on a connection of its own.
  await actor.scope();
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .setAccessMode("read only")
    .execute(async (trx) => {
      await sql`set local jit = off`.execute(trx);
      return report.run(trx, actor, query);
    });
}

/** A share rounded to four decimals, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
