import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Failed sign-ins, counted per key ("pair:<email>|<address>" and "address:<address>"), in
 * the database so that several fleethub processes share them and no process keeps an
 * unbounded map in memory. One row per key; rows whose last failure is older than the
 * window are swept. Not tenant-owned: a key exists before anyone is known to be anyone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table login_failures (
      key text primary key,
      failures integer not null,
      last_failure_at timestamptz not null
    );
    create index login_failures_last_failure_at on login_failures (last_failure_at)
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `drop table login_failures`);
}
