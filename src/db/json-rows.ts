/**
 * Bulk reads carried as one JSON value. Embedded PGlite decodes every field of every row
 * in JavaScript; the depot board reads a thousand rows from each of several tables, and
 * measured on its benchmark database (bench/server/board-profile.ts) a thousand rows of
 * four columns took about twice as long to arrive as rows than as one `json_agg` value
 * that `JSON.parse` reads. On a PostgreSQL server the value arrives as JSON too.
 */
import { CompiledQuery, type Compilable } from "kysely";
import type { Database } from "./database.js";

/** A row as JSON carries it: a timestamp is its ISO text; everything else as read. */
export type JsonRow<R> = {
  [K in keyof R]: R[K] extends Date ? string : R[K] extends Date | null ? string | null : R[K];
};

/**
 * The rows of `query` as one JSON array, in the query's own order: PostgreSQL aggregates
 * the rows of a sorted subquery in the order they come (its manual, "Aggregate
 * Functions": supplying the input values from a sorted subquery), ties included, so the
 * answer is the one the query itself would give.
 */
export async function jsonRows<R>(db: Database, query: Compilable<R>): Promise<JsonRow<R>[]> {
  const compiled = query.compile();
  const result = await db.executeQuery<{ rows: JsonRow<R>[] }>(
    CompiledQuery.raw(`select coalesce(json_agg(q), '[]'::json) as rows from (${compiled.sql}) q`, [
      ...compiled.parameters,
    ]),
  );
  return result.rows[0]?.rows ?? [];
}
