/**
 * What-is-due against PostgreSQL (issue #4: 100,000 vehicles × 10 tasks under 2 s,
 * set-based). Over a network from generate.ts, with one extra programme per operator so
 * that every vehicle has about ten tasks, it times:
 * - baseline: `select count(*)` over the same vehicles × effective programmes × tasks
 *   join, with nothing computed (the floor any due query pays);
 * - every due row computed in SQL and counted by status (what a report wraps);
 * - computeDue for the attention list (overdue and due soon, first 500: GET /maintenance/due);
 * - computeDue returning every row to Node (the whole network materialised);
 * - one vehicle (its maintenance page) and the release rule over 1,000 vehicles (a board).
 * Ratios are against the baseline, timed in the same run.
 * Warm and cached: each figure is one untimed run, then the median of --runs (default 5).
 * fleethub caches nothing (the functions are called in this process, no server);
 * PostgreSQL's buffer cache holds what the untimed run read, and the big tables have just
 * been vacuumed and analysed, as autovacuum would have done by now.
 * PostgreSQL only: the network (minutes to generate at this size) is kept in a database on
 * a server and reused across runs.
 *
 * Run: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:55433/fleethub_bench_due10k \
 *   npx tsx bench/maintenance/due.ts --vehicles 10000 --days 365
 * The network is generated when the database holds none (--replace starts afresh);
 * --explain prints the plan of the full computation.
 */
import { sql } from "kysely";
import { openDatabase, type Database } from "../../src/db/database.js";
import { Scope, todayIso } from "../../src/db/scope.js";
import { computeDue, dueRowsSql } from "../../src/modules/maintenance/due.js";
import { maintenanceReleaseRule } from "../../src/modules/maintenance/release-rule.js";
import { prepareDatabase } from "../../src/setup.js";
import { ensureDatabase, generateNetwork } from "./generate.js";

const url = process.env.BENCH_DATABASE_URL;
if (!url)
  throw new Error(
    "BENCH_DATABASE_URL: set it to a PostgreSQL database for the benchmark network, e.g. postgres://postgres@127.0.0.1:55433/fleethub_bench_due10k",
  );
const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const index = argv.indexOf(name);
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`${name}: give a number`);
  return value;
};
const vehicles = flag("--vehicles", 10_000);
const days = flag("--days", 365);
const inspectionDays = flag("--inspection-days", days);
const runs = flag("--runs", 5);

/** Extra tasks per operator, so buses have 10–11 tasks and machinery 11 (bench data only). */
const EXTRA_TASKS: [string, number | null, number | null, boolean][] = [
  ["engine-oil", 15_000, 365, false],
  ["brake-check", 30_000, 180, true],
  ["steering-check", 40_000, 365, true],
  ["air-conditioning", null, 180, false],
  ["tyre-rotation", 25_000, null, false],
  ["fire-suppression", null, 182, true],
  ["coolant", 60_000, 730, false],
  ["gearbox-oil", 100_000, 1_095, false],
];

async function addExtraProgramme(db: Database) {
  const existing = await db
    .selectFrom("maintenance_programmes")
    .select("id")
    .where("key", "=", "bench-extra")
    .executeTakeFirst();
  if (existing) return;
  await db.transaction().execute(async (trx) => {
    await sql`
      insert into maintenance_programmes (organisation_id, key, name_en, name_ru)
      select id, 'bench-extra', 'Bench extra tasks', 'Дополнительные работы (бенчмарк)'
      from organisations where kind = 'operator'`.execute(trx);
    for (const [position, [key, km, days, safety]] of EXTRA_TASKS.entries()) {
      await sql`
        insert into maintenance_tasks (programme_id, key, name_en, name_ru, interval_km,
          interval_days, due_soon_km, due_soon_days, schedule, safety_critical, position)
        select id, ${key}, ${key}, ${key}, ${km}::numeric, ${days}::int,
          ${km === null ? null : km / 10}::numeric, ${days === null ? null : Math.ceil(days / 12)}::int,
          'floating', ${safety}, ${position}
        from maintenance_programmes where key = 'bench-extra'`.execute(trx);
    }
  });
  await sql`analyze`.execute(db);
}

/**
 * The floor: the same vehicles × effective programmes × tasks, matched the same way (per
 * organisation and model), only counted: no meters, no records, nothing computed.
 */
const baselineSql = sql<{ n: number }>`
  with veh as (
    select v.organisation_id, v.model_id, m.vehicle_type, m.powertrain, m.length_class
    from vehicles v join vehicle_models m on m.id = v.model_id
    where v.status <> 'retired'
  ),
  programmes as (
    select o.organisation_id, p.id, p.vehicle_types, p.powertrains, p.length_classes, p.model_ids
    from (select distinct organisation_id from veh) o
    join maintenance_programmes p on p.active and (p.organisation_id = o.organisation_id
      or (p.organisation_id is null and not exists (
        select 1 from maintenance_programmes own
        where own.organisation_id = o.organisation_id and own.key = p.key)))
  ),
  model_tasks as materialized (
    select fm.organisation_id, fm.model_id, t.id
    from (select distinct organisation_id, model_id, vehicle_type, powertrain, length_class from veh) fm
    join programmes p on p.organisation_id = fm.organisation_id
      and (cardinality(p.vehicle_types) = 0 or fm.vehicle_type = any(p.vehicle_types))
      and (cardinality(p.powertrains) = 0 or fm.powertrain = any(p.powertrains))
      and (cardinality(p.length_classes) = 0 or fm.length_class = any(p.length_classes))
      and (cardinality(p.model_ids) = 0 or fm.model_id = any(p.model_ids))
    join maintenance_tasks t on t.programme_id = p.id
  )
  select count(*)::int as n
  from veh join model_tasks mt on mt.organisation_id = veh.organisation_id and mt.model_id = veh.model_id`;

async function time<T>(label: string, work: () => Promise<T>) {
  await work(); // warm-up
  const samples: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)] ?? 0;
  return { label, median, min: samples[0] ?? 0, max: samples.at(-1) ?? 0, result };
}

await ensureDatabase(url, argv.includes("--replace"));
const database = await openDatabase({ url, embeddedDir: null, poolSize: 2 });
const db = database.db;
try {
  await prepareDatabase(db);
  const held = await db
    .selectFrom("vehicles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(held.n) === 0) {
    console.log(`generating ${vehicles} vehicles × ${days} days …`);
    const generated = await generateNetwork(db, {
      vehicles,
      days,
      inspectionDays,
      log: (line) => console.log(`  ${line}`),
    });
    console.log(`generated in ${(generated.totalMs / 1000).toFixed(0)} s`);
  }
  await addExtraProgramme(db);
  // As autovacuum would have by now: statistics, and the visibility map index-only scans use.
  await sql`vacuum (analyze) meter_readings, maintenance_records, vehicles`.execute(db);
  const today = todayIso();
  const scope = Scope.all();
  const settings = await sql<{ name: string; setting: string }>`
    select name, setting from pg_settings
    where name in ('server_version', 'work_mem', 'shared_buffers', 'max_parallel_workers_per_gather')
    order by name`.execute(db);
  const counts = await sql<{ vehicles: number; readings: number; records: number }>`
    select (select count(*) from vehicles where status <> 'retired')::int as vehicles,
      (select count(*) from meter_readings)::int as readings,
      (select count(*) from maintenance_records)::int as records`.execute(db);
  console.log(`PostgreSQL ${settings.rows.map((r) => `${r.name}=${r.setting}`).join(", ")}`);
  const c = counts.rows[0];
  console.log(
    `network: ${c?.vehicles.toLocaleString("en")} vehicles in service, ${c?.readings.toLocaleString("en")} meter readings, ${c?.records.toLocaleString("en")} maintenance records; today ${today}`,
  );

  if (argv.includes("--explain")) {
    const plan = await sql<{ "QUERY PLAN": string }>`
      explain (analyze, buffers) select status, count(*) from (${dueRowsSql({ scope, today })}) d
      group by status`.execute(db);
    console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  }

  const baseline = await time(
    "baseline: count(*) of vehicles × programmes × tasks",
    async () => (await baselineSql.execute(db)).rows[0]?.n ?? 0,
  );
  const byStatus = await time(
    "every due row computed in SQL, counted by status",
    async () =>
      (
        await sql<{ status: string; n: number }>`
        select status, count(*)::int as n from (${dueRowsSql({ scope, today })}) d
        group by status order by status`.execute(db)
      ).rows,
  );
  const attention = await time("computeDue: overdue and due soon, first 500", () =>
    computeDue(db, { scope, today, statuses: ["overdue", "due_soon"], limit: 500 }),
  );
  const everything = await time("computeDue: every row, materialised in Node", () =>
    computeDue(db, { scope, today }),
  );
  const sample = await sql<{ id: string; organisation_id: string; status: string }>`
    select id, organisation_id, status from vehicles where status <> 'retired'
    order by id limit 1000`.execute(db);
  const one = sample.rows[0];
  const single = await time("computeDue: one vehicle (its maintenance page)", () =>
    computeDue(db, { scope, today, vehicleIds: one ? [one.id] : [] }),
  );
  const board = await time(
    "release rule over 1,000 vehicles (one query)",
    async () =>
      (
        await maintenanceReleaseRule.evaluate(
          {
            db,
            shiftStart: new Date(),
            shiftEnd: new Date(Date.now() + 8 * 3_600_000),
            checksFrom: new Date(Date.now() - 12 * 3_600_000),
            day: new Date().toISOString().slice(0, 10),
            now: new Date(),
            inspectionWindowHours: 12,
          },
          sample.rows,
        )
      ).size,
  );

  const items = baseline.result ?? 0;
  console.log(
    `\n${items.toLocaleString("en")} vehicle-tasks (${(items / (c?.vehicles ?? 1)).toFixed(1)} per vehicle); by status: ${(
      byStatus.result ?? []
    )
      .map((r) => `${r.status} ${r.n.toLocaleString("en")}`)
      .join(", ")}`,
  );
  console.log(`median of ${runs} warm runs (min–max), ratio to the baseline:`);
  for (const row of [baseline, byStatus, attention, everything, single, board]) {
    console.log(
      `  ${row.label.padEnd(56)} ${row.median.toFixed(0).padStart(6)} ms (${row.min.toFixed(0)}–${row.max.toFixed(0)})  ×${(row.median / baseline.median).toFixed(1)}`,
    );
  }
  console.log(
    `  (every-row list: ${(everything.result?.length ?? 0).toLocaleString("en")} items; board: ${board.result ?? 0} of 1,000 vehicles held)`,
  );
} finally {
  await database.close();
}
