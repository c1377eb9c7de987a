import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { Migrator, sql, type Migration } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import * as edited0002 from "../../../test/fixtures/migrations-as-edited/0002_fleet_inspections.js";
import * as edited0004 from "../../../test/fixtures/migrations-as-edited/0004_maintenance.js";
import { migrateToLatest, openDatabase, type OpenedDatabase } from "../database.js";
import { migrationChecksum, migrationChecksums } from "../migration-checksums.js";
import { MIGRATIONS } from "./index.js";
import { runStatements } from "./statements.js";

/**
 * Checksums of the migrations that have landed on main, in the order they landed:
 * landed.json holds 0001–0014 and is never changed again; each later migration adds its own
 * file landed/<name>.sha256 when it lands, so recording a checksum never edits a landed file.
 */
const LANDED_DIR = new URL("./landed/", import.meta.url);
const LANDED: Record<string, string> = {
  ...(JSON.parse(fs.readFileSync(new URL("./landed.json", import.meta.url), "utf8")) as Record<
    string,
    string
  >),
  ...Object.fromEntries(
    fs
      .readdirSync(LANDED_DIR)
      .filter((file) => file.endsWith(".sha256"))
      .sort()
      .map((file) => [
        file.slice(0, -".sha256".length),
        fs.readFileSync(new URL(file, LANDED_DIR), "utf8").trim(),
      ]),
  ),
};

/** The migrations that had landed when 0002 and 0004 were restored (issue 16): 0001–0008. */
const BEFORE_RESTORE: Record<string, Migration> = Object.fromEntries(
  Object.entries(MIGRATIONS).filter(([name]) => name < "0009"),
);
/** What a database created after them and before 0009 ran next. */
const SINCE_RESTORE = Object.keys(MIGRATIONS).filter((name) => name >= "0009");
/** The migrations as main had them before 0002 and 0004 were restored. */
const AS_EDITED: Record<string, Migration> = {
  ...BEFORE_RESTORE,
  "0002_fleet_inspections": edited0002,
  "0004_maintenance": edited0004,
};

const opened: OpenedDatabase[] = [];
const serverUrl = process.env.TEST_DATABASE_URL;
const serverDatabases: string[] = [];

/** An empty database: in-memory PGlite, or a new database on TEST_DATABASE_URL. */
async function emptyDatabase(): Promise<OpenedDatabase> {
  let database: OpenedDatabase;
  if (serverUrl) {
    const name = `fleethub_migrations_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    serverDatabases.push(name);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), embeddedDir: null, poolSize: 2 });
  } else {
    database = await openDatabase({ url: null, embeddedDir: null });
  }
  opened.push(database);
  return database;
}

afterAll(async () => {
  for (const database of opened) await database.close();
  if (!serverUrl || !serverDatabases.length) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const name of serverDatabases)
    await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

/** Tables, columns, indexes and constraints, sorted (a column added later sits last; order is not compared). */
async function schemaOf(database: OpenedDatabase): Promise<string[]> {
  const db = database.db;
  const columns = await sql<{ line: string }>`
    select table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
      || ' default=' || coalesce(column_default, '') as line
    from information_schema.columns where table_schema = 'public'`.execute(db);
  const indexes = await sql<{ line: string }>`
    select 'index ' || indexname || ': ' || indexdef as line from pg_indexes where schemaname = 'public'`.execute(
    db,
  );
  const constraints = await sql<{ line: string }>`
    select 'constraint ' || c.conrelid::regclass::text || '.' || c.conname || ': ' || pg_get_constraintdef(c.oid) as line
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public'`.execute(
    db,
  );
  return [...columns.rows, ...indexes.rows, ...constraints.rows].map((row) => row.line).sort();
}

async function runOldMigrator(database: OpenedDatabase, migrations: Record<string, Migration>) {
  // As main did before checksums: kysely's migrator alone.
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error("migration failed", { cause: error });
}

describe("migrations", { timeout: 180_000 }, () => {
  it("every migration has its landed checksum, and what it runs still matches it", async () => {
    const current = await migrationChecksums(MIGRATIONS);
    const problems = Object.entries(current).flatMap(([name, checksum]) => {
      if (LANDED[name] === undefined) {
        return [
          `${name}: no landed checksum; add the file src/db/migrations/landed/${name}.sha256 holding ${checksum}`,
        ];
      }
      if (LANDED[name] !== checksum) {
        return [
          `${name}: edited after it landed (landed ${LANDED[name]}, now ${checksum}); restore it and put the change in a new migration`,
        ];
      }
      return [];
    });
    expect(problems).toEqual([]);
    expect(Object.keys(LANDED)).toEqual(Object.keys(MIGRATIONS));
  });

  it("a changed statement changes the checksum; a changed comment outside the SQL does not", async () => {
    const one = {
      up: (db: Parameters<Migration["up"]>[0]) => runStatements(db, "create table a (x int)"),
    };
    // prettier-ignore
    const same = { up: /* reformatted */ (db: Parameters<Migration["up"]>[0]) =>   runStatements(db, "create table a (x int)") };
    const other = {
      up: (db: Parameters<Migration["up"]>[0]) => runStatements(db, "create table a (x bigint)"),
    };
    expect(await migrationChecksum(same)).toBe(await migrationChecksum(one));
    expect(await migrationChecksum(other)).not.toBe(await migrationChecksum(one));
  });

  it("a database migrated with the edited 0002/0004 and one from the restored files end with the same schema", async () => {
    const before = await emptyDatabase();
    await runOldMigrator(before, AS_EDITED);
    const applied = await migrateToLatest(before.db);
    expect(applied).toEqual(SINCE_RESTORE);

    const fresh = await emptyDatabase();
    await migrateToLatest(fresh.db);

    const [beforeSchema, freshSchema] = [await schemaOf(before), await schemaOf(fresh)];
    expect(beforeSchema).toEqual(freshSchema);
    // The three additions are there on both.
    for (const expected of [
      /^record_chain_queue\.record_hash text null=NO/,
      /^service_requests\.cancel_reason text null=YES/,
      /^index work_orders_blocking_idx: .*WHERE blocking/,
    ]) {
      expect(freshSchema.some((line) => expected.test(line))).toBe(true);
    }
  });

  it("a database from before the additions gets them, and a cancelled request's reason moves to its column", async () => {
    const original = BEFORE_RESTORE;
    const database = await emptyDatabase();
    await runOldMigrator(database, original);
    expect(
      (await schemaOf(database)).some((line) => line.startsWith("service_requests.cancel_reason")),
    ).toBe(false);

    const db = database.db;
    const organisation = (kind: string, name: string) =>
      sql<{
        id: string;
      }>`insert into organisations (kind, name) values (${kind}, ${name}) returning id`.execute(db);
    const hub = (await organisation("manufacturer", "Maker")).rows[0]?.id ?? "";
    const operator = (await organisation("operator", "Sochi Bus")).rows[0]?.id ?? "";
    const agreement = await sql<{ id: string }>`
      insert into service_agreements (hub_id, operator_id, valid_from, valid_to, response_hours, resolution_hours)
      values (${hub}, ${operator}, '2026-01-01', '2026-12-31', 4, 24) returning id`.execute(db);
    const agreementId = agreement.rows[0]?.id ?? "";
    const request = (status: string, note: string | null) =>
      sql`
      insert into service_requests (operator_id, hub_id, agreement_id, kind, description, status,
        response_due_at, resolution_due_at, resolution_note, cancelled_at)
      values (${operator}, ${hub}, ${agreementId}, 'specialist', ${`a ${status} request`}, ${status},
        now(), now(), ${note}, ${status === "cancelled" ? sql`now()` : null})`.execute(db);
    await request("cancelled", "bus sold");
    await request("resolved", "replaced the pump");

    expect(await migrateToLatest(db)).toEqual(SINCE_RESTORE);
    const rows = await sql<{
      status: string;
      resolution_note: string | null;
      cancel_reason: string | null;
    }>`
      select status, resolution_note, cancel_reason from service_requests order by status`.execute(
      db,
    );
    expect(rows.rows).toEqual([
      { status: "cancelled", resolution_note: null, cancel_reason: "bus sold" },
      { status: "resolved", resolution_note: "replaced the pump", cancel_reason: null },
    ]);
  });

  it("records checksums on a database from before them, and refuses to migrate when a landed migration was edited since", async () => {
    const database = await emptyDatabase();
    await runOldMigrator(database, MIGRATIONS);
    expect(await migrateToLatest(database.db)).toEqual([]);
    const recorded = await sql<{ name: string; sha256: string }>`
      select name, sha256 from migration_checksums order by name`.execute(database.db);
    expect(Object.fromEntries(recorded.rows.map((row) => [row.name, row.sha256]))).toEqual(LANDED);

    // 0002 as it was edited after landing: the database ran the restored file.
    await expect(migrateToLatest(database.db, AS_EDITED)).rejects.toThrow(
      /migration 0002_fleet_inspections: its file no longer matches what ran on this database/,
    );
    // Nothing was changed by the refusal.
    const tables = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables where table_name = 'record_chain_queue'`.execute(
      database.db,
    );
    expect(tables.rows[0]?.n).toBe(1);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
