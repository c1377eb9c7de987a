import type { Kysely } from "kysely";
import { chainEntry } from "../../modules/records/content.js";
import type { Database } from "../database.js";
import { runStatements } from "./statements.js";

/**
 * The record chain also holds what the release gate reads: each defect's state (severity,
 * description, status, resolved and reviewed times) and each meter reading, a new entry at
 * every change. Entries get a format (core/record-chain.ts): those made before this are
 * format 1 and keep verifying by its rule; new ones are format 2, which hashes the text the
 * database stores. Defects and readings stored before this are queued for the chain now,
 * as they stand, so that `fleethub audit verify` covers them from here on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table record_chain add column format smallint not null default 1;
    alter table record_chain_queue add column format smallint not null default 1
  `,
  );
  const typed = db as unknown as Database;
  const batch = 1000;
  for (let after = ""; ;) {
    const rows = await typed
      .selectFrom("defects")
      .selectAll()
      .where("id", ">", after || "00000000-0000-0000-0000-000000000000")
      .orderBy("id")
      .limit(batch)
      .execute();
    if (!rows.length) break;
    await typed
      .insertInto("record_chain_queue")
      .values(rows.map((row) => chainEntry({ kind: "defect", row })))
      .execute();
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < batch) break;
  }
  for (let after = ""; ;) {
    const rows = await typed
      .selectFrom("meter_readings")
      .selectAll()
      .where("id", ">", after || "00000000-0000-0000-0000-000000000000")
      .orderBy("id")
      .limit(batch)
      .execute();
    if (!rows.length) break;
    await typed
      .insertInto("record_chain_queue")
      .values(rows.map((row) => chainEntry({ kind: "meter_reading", row })))
      .execute();
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < batch) break;
  }
}

/** Format 2 entries stay in the chain (the heads point past them); they are just no longer re-hashed. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    delete from record_chain_queue where format > 1;
    alter table record_chain_queue drop column format;
    alter table record_chain drop column format
  `,
  );
}
