/**
 * Bulk reads as one JSON value (json-rows.ts) give the rows the query itself gives: in its
 * order, ties included, with timestamps as their ISO text, numbers as numbers and nulls as
 * nulls, on PGlite and on a PostgreSQL server alike.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/helpers/database.js";
import type { OpenedDatabase } from "./database.js";
import { jsonRows } from "./json-rows.js";

let database: OpenedDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("jsonRows", () => {
  it("returns the query's rows in its order, timestamps as ISO text", async () => {
    const { db } = database;
    // Three rows written by hand: two share a time, so the order of the ties is the
    // query's own (by name), and one has no time at all.
    const query = db
      .selectFrom(
        sql<{ name: string; at: Date | null; n: number }>`(
          select 'b'::text as name, timestamptz '2026-12-03 05:00:00+03' as at, 2 as n
          union all select 'a', timestamptz '2026-12-03 05:00:00+03', 1
          union all select 'c', null, 3)`.as("t"),
      )
      .select(["name", "at", "n"])
      .orderBy("at")
      .orderBy("name");
    const rows = await jsonRows(db, query);
    expect(rows.map((r) => r.name)).toEqual(["a", "b", "c"]);
    // 05:00 in Moscow (UTC+3) is 02:00 UTC, whatever the text's offset.
    expect(new Date(rows[0]!.at!).toISOString()).toBe("2026-12-03T02:00:00.000Z");
    expect(rows[2]!.at).toBeNull();
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
  });

  it("returns an empty list when nothing matches", async () => {
    const { db } = database;
    const rows = await jsonRows(
      db,
      db.selectFrom("organisations").select("id").where("name", "=", "no such organisation"),
    );
    expect(rows).toEqual([]);
  });
});
