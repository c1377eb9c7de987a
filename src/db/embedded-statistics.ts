/**
 * The planner's statistics for the embedded database. A PostgreSQL server keeps them by
 * itself: its autovacuum workers analyze a table once about a tenth of it changed
 * (autovacuum_analyze_scale_factor 0.1 with a threshold of 50 rows) and vacuum it once a
 * fifth of it is dead. PGlite runs no autovacuum worker and counts no changes
 * (pg_stat_user_tables stays at zero), so its tables are never analyzed: the planner guesses
 * every filter at a handful of rows and loops over index lookups where a hash join would be
 * quicker. On the depot board's benchmark database (bench/server/board-profile.ts), a join
 * of 1,000 vehicles with their two version tables took 12-14 ms never analyzed and
 * 6.8-7.6 ms analyzed: index lookups one vehicle at a time against two hash joins.
 *
 * This does that upkeep for the embedded database. Without change counters it watches each
 * table's size on disk: a table that was never analyzed and is not empty, or whose size
 * moved by more than a tenth (and at least a page) from what its last analyze saw, is
 * vacuumed (its dead rows' space reused, its visibility map set) and analyzed, one table at
 * a time. A change that keeps a table's size (updates into space freed before) waits until
 * the size moves. PGlite runs one statement at a time, so a table's upkeep holds other
 * queries for its duration: tens of milliseconds for most tables, a few hundred for a table
 * of several megabytes (sampled: ANALYZE reads at most 30,000 rows).
 */
import { sql } from "kysely";
import type { Database } from "./database.js";

interface TableSize {
  name: string;
  /** Pages its last VACUUM or ANALYZE saw (0 before either). */
  analyzedPages: number;
  /** Rows its last VACUUM or ANALYZE estimated (-1: never). */
  analyzedRows: number;
  pages: number;
}

/** The share of a table's pages that moves before it is analyzed again (autovacuum's 0.1). */
const SCALE_FACTOR = 0.1;

/** The application's tables whose size moved enough since their last analyze. */
export async function tablesDueForAnalyze(db: Database): Promise<string[]> {
  const { rows } = await sql<TableSize>`
    select c.relname as name, c.relpages as "analyzedPages", c.reltuples as "analyzedRows",
      (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname = current_schema()
    order by c.relname`.execute(db);
  return rows
    .filter(({ analyzedPages, analyzedRows, pages }) =>
      analyzedRows < 0
        ? pages > 0
        : Math.abs(pages - analyzedPages) > Math.max(1, SCALE_FACTOR * analyzedPages),
    )
    .map(({ name }) => name);
}

/** Vacuums and analyzes every table due; returns their names. */
export async function analyzeEmbeddedTables(db: Database): Promise<string[]> {
  const due = await tablesDueForAnalyze(db);
  for (const table of due) await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
  return due;
}

/**
 * Keeps the embedded database's statistics: a round now (awaited, so the first requests
 * are planned with them), then one every `intervalSeconds` (0: only the first). Returns
 * what stops it, after a round under way ends.
 */
export async function startEmbeddedStatistics(
  db: Database,
  intervalSeconds: number,
  onError: (error: unknown) => void,
  onAnalyzed: (tables: string[]) => void = () => undefined,
): Promise<() => Promise<void>> {
  let running: Promise<unknown> = Promise.resolve();
  const round = () => {
    running = running
      .then(async () => {
        const tables = await analyzeEmbeddedTables(db);
        if (tables.length) onAnalyzed(tables);
      })
      .catch(onError);
    return running;
  };
  await round();
  if (intervalSeconds <= 0) return () => running.then(() => undefined);
  const timer = setInterval(() => void round(), intervalSeconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
