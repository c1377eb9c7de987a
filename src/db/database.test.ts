/**
 * A PostgreSQL server closes connections under fleethub's feet when its primary fails
 * over or restarts. The process must carry on: the query that was using the connection
 * fails, later queries get a new connection.
 */
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/helpers/database.js";
import { runSqlScript, type OpenedDatabase } from "./database.js";

let database: OpenedDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const backendPid = async (db: OpenedDatabase["db"]) =>
  (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid ?? 0;

/** Ends a server session from a session of its own, as a dying primary does; waits until it is gone. */
async function terminate(pid: number) {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query("select pg_terminate_backend($1)", [pid]);
    for (;;) {
      const { rows } = await admin.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where pid = $1",
        [pid],
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await admin.end();
  }
}

/** Queries until one succeeds (the first may meet a connection the server just closed). */
async function queryAgain() {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await backendPid(database.db);
    } catch {
      // that connection was closed; the pool has dropped it
    }
  }
  throw new Error("no query succeeded in 5 attempts");
}

// The embedded database has no server that could close a connection.
describe.skipIf(!process.env.TEST_DATABASE_URL)("connections the server closes", () => {
  it("an idle connection closed by the server does not end the process", async () => {
    const pid = await backendPid(database.db); // now idle in the pool
    await terminate(pid);
    const next = await queryAgain();
    expect(next).not.toBe(pid);
  });

  it("a connection closed while a transaction holds it fails that transaction only", async () => {
    const outcome = await database.db
      .transaction()
      .execute(async (trx) => {
        const pid = await backendPid(trx);
        await terminate(pid);
        await backendPid(trx);
        return "committed";
      })
      .catch((error: unknown) => `failed: ${error instanceof Error ? error.message : ""}`);
    expect(outcome).toMatch(/^failed: /);
    expect(await queryAgain()).toBeGreaterThan(0);
  });
});

// pg-boss installs its schema with scripts of the form BEGIN; …; COMMIT. Two processes
// starting at once make one of them fail half-way ("schema already exists").
describe("a script that fails inside its own transaction", () => {
  it("leaves no connection in the aborted transaction", async () => {
    const script = "BEGIN; SELECT 1; SELECT 1 / 0; COMMIT;";
    // More failures than the pool has connections, so each connection has had its turn.
    for (let i = 0; i < 8; i++) {
      await expect(runSqlScript(database.db, script)).rejects.toThrow(/division by zero/);
    }
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => sql<{ one: number }>`select 1 as one`.execute(database.db)),
    );
    expect(answers.map((answer) => answer.rows[0]?.one)).toEqual(Array(8).fill(1));
  });
});
