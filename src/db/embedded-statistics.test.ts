/**
 * The embedded database's statistics upkeep, on PGlite (a PostgreSQL server analyzes its
 * own tables). The planner's row estimates are what it changes: before a table is
 * analyzed the planner guesses, after it the estimate follows the table's contents.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "./database.js";
import { analyzeEmbeddedTables, tablesDueForAnalyze } from "./embedded-statistics.js";

let database: OpenedDatabase;
beforeAll(async () => {
  database = await openDatabase({ url: null, embeddedDir: null });
  await sql`create table depot_buses (id serial primary key, depot int not null, plate text not null)`.execute(
    database.db,
  );
  await sql`create index depot_buses_depot on depot_buses (depot)`.execute(database.db);
});
afterAll(() => database.close());

/** Adds buses to depots 1..depots, `perDepot` each. */
const addBuses = (depots: number, perDepot: number) =>
  sql`insert into depot_buses (depot, plate)
    select d, 'A' || d || '-' || n from generate_series(1, ${depots}) d,
      generate_series(1, ${perDepot}) n`.execute(database.db);

/** The planner's estimate of the buses of depot 1. */
async function estimatedRows() {
  const { rows } = await sql<{ "QUERY PLAN": string }>`
    explain select * from depot_buses where depot = 1`.execute(database.db);
  const first = rows[0]?.["QUERY PLAN"] ?? "";
  return Number(/rows=(\d+)/.exec(first)?.[1]);
}

describe("embedded database statistics", () => {
  it("analyzes a table that was never analyzed, so the planner's estimate follows its rows", async () => {
    await addBuses(5, 1000);
    // Never analyzed: the planner assumes a handful of rows match (0.5 % of its size guess).
    expect(await estimatedRows()).toBeLessThan(100);
    expect(await tablesDueForAnalyze(database.db)).toContain("depot_buses");

    expect(await analyzeEmbeddedTables(database.db)).toContain("depot_buses");
    const estimate = await estimatedRows();
    expect(estimate).toBeGreaterThan(900);
    expect(estimate).toBeLessThan(1100);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from depot_buses`.execute(
      database.db,
    );
    expect(rows[0]?.n).toBe(5000);
  });

  it("leaves a table alone until its size moves by more than a tenth", async () => {
    expect(await tablesDueForAnalyze(database.db)).not.toContain("depot_buses");
    expect(await analyzeEmbeddedTables(database.db)).not.toContain("depot_buses");
    // 100 more rows in a table of 5,000: about 2 %, not yet.
    await addBuses(1, 100);
    expect(await tablesDueForAnalyze(database.db)).not.toContain("depot_buses");
    // Depot 1 doubles its buses and the table grows by a fifth: analyzed again.
    await addBuses(1, 1000);
    expect(await tablesDueForAnalyze(database.db)).toContain("depot_buses");
    await analyzeEmbeddedTables(database.db);
    const estimate = await estimatedRows();
    expect(estimate).toBeGreaterThan(1900);
    expect(estimate).toBeLessThan(2300);
  });

  it("vacuums as it analyzes: once the table grows, the space of deleted rows is reused", async () => {
    const size = async () =>
      (
        await sql<{ pages: number }>`
          select (pg_relation_size('depot_buses') / 8192)::int as pages`.execute(database.db)
      ).rows[0]?.pages ?? 0;
    // A delete does not change the table's size: nothing to see yet.
    await sql`delete from depot_buses where depot = 1`.execute(database.db);
    expect(await tablesDueForAnalyze(database.db)).not.toContain("depot_buses");
    // New rows grow it past a tenth: the round vacuums, and frees the deleted rows' space.
    await addBuses(7, 100);
    expect(await analyzeEmbeddedTables(database.db)).toContain("depot_buses");
    const before = await size();
    await addBuses(1, 2000);
    // 2,000 more rows, about 15 pages, fit in the space the 2,100 deleted ones left.
    expect(await size()).toBeLessThanOrEqual(before + 1);
    await addBuses(1, 4000);
    // A control: beyond the freed space the table grows again.
    expect(await size()).toBeGreaterThan(before + 10);
  });
});
