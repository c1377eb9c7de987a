/**
 * Each report over the 10,000-vehicle year (target: under 500 ms), asked through the
 * real application (routing, validation, authorisation, the SQL, JSON or CSV out) as
 * the manufacturer (the whole network) and as a hub manager (the operators it serves).
 * Beside them, in the same run, a baseline: the plainest question over the same year,
 * `select count(*) from inspections` in the period, so the figures can be read against
 * what this machine does at all.
 * Warm and cached: each figure is one untimed run, then the median of 5. fleethub caches
 * no report (the app runs in this process, through Fastify's inject, no socket);
 * PostgreSQL's buffer cache holds what the untimed run read.
 * PostgreSQL only: it reads the network generate.ts keeps in a database on a server.
 *
 * Make the network first (bench/maintenance/generate.ts), then:
 * BENCH_DATABASE_URL=postgres://…/fleethub_bench10k npx tsx bench/maintenance/reports.ts
 */
import os from "node:os";
import { sql } from "kysely";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { Scope, todayIso } from "../../src/db/scope.js";
import { dueRowsSql } from "../../src/modules/maintenance/due.js";
import { buildApp } from "../../src/server/app.js";
import { BENCH_PASSWORD } from "./generate.js";

const TARGET_MS = 500;
const RUNS = 5;

const url = process.env.BENCH_DATABASE_URL;
if (!url)
  throw new Error(
    "BENCH_DATABASE_URL: set it to the database bench/maintenance/generate.ts filled, e.g. postgres://postgres@127.0.0.1:55433/fleethub_bench10k",
  );

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** One warm-up, then the median of RUNS timed calls. */
async function timed(task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const database = await openDatabase({ url, embeddedDir: null, poolSize: 4 });
const { db } = database;
const app = await buildApp({
  config: loadConfig({ FLEETHUB_SEED_DEMO: "false", LOG_LEVEL: "silent" }),
  db,
  serveWeb: false,
});
try {
  await app.ready();
  const span = await sql<{ first: string; last: string; vehicles: number }>`
    select min(read_at)::date::text as first, max(read_at)::date::text as last,
      count(distinct vehicle_id)::int as vehicles
    from meter_readings`.execute(db);
  const { first, last, vehicles } = span.rows[0] ?? { first: "", last: "", vehicles: 0 };
  if (!vehicles)
    throw new Error("the database holds no readings: run bench/maintenance/generate.ts first");
  console.log(
    `network: ${vehicles.toLocaleString("en")} vehicles with readings ${first} … ${last}`,
  );
  // The machine is shared: its load says how far these figures are from an idle one's.
  const load = () =>
    os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(" ");
  console.log(`load average at start: ${load()} (${os.cpus().length} cores)`);

  const login = async (email: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: BENCH_PASSWORD },
      headers: { origin: "http://localhost:80", host: "localhost:80" },
    });
    if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === "fh_session");
    return `fh_session=${cookie?.value ?? ""}`;
  };
  const askers = [
    { who: "manufacturer", cookie: await login("admin@bench.fleethub.test") },
    { who: "hub 1", cookie: await login("hub1.manager@bench.fleethub.test") },
  ];

  const period = `from=${first}&to=${last}`;
  const baseline = await timed(() =>
    sql`select count(*) from inspections
        where submitted_at >= ${first}::date and submitted_at < ${last}::date + 1`.execute(db),
  );
  const inspections = (
    await sql<{ n: number }>`select count(*)::int as n from inspections
      where submitted_at >= ${first}::date and submitted_at < ${last}::date + 1`.execute(db)
  ).rows[0]?.n;
  console.log(
    `baseline: select count(*) from inspections over the year (${Number(inspections).toLocaleString("en")} rows): ${baseline.toFixed(0)} ms\n`,
  );

  const reports = [
    "overdue-maintenance",
    `availability?${period}`,
    `mkbf?${period}`,
    `defects-by-category?${period}`,
    "work-order-backlog",
    "training-coverage",
    `agreement-targets?${period}`,
    "deliveries",
  ];
  const header = `${"report".padEnd(22)}${"asked by".padEnd(14)}${"rows".padStart(6)}${"JSON ms".padStart(9)}${"CSV ms".padStart(9)}${"× baseline".padStart(12)}  target`;
  console.log(header);
  console.log("-".repeat(header.length + 6));
  let missed = 0;
  for (const report of reports) {
    const [name, query] = report.split("?");
    for (const { who, cookie } of askers) {
      const ask = (path: string) => async () => {
        const response = await app.inject({
          method: "GET",
          url: `/api/v1/reports/${path}${query ? `?${query}` : ""}`,
          headers: { cookie },
        });
        if (response.statusCode !== 200)
          throw new Error(`${path}: ${response.statusCode} ${response.body}`);
        return response;
      };
      const rows = (await ask(name ?? "")()).json<unknown[]>().length;
      const json = await timed(ask(name ?? ""));
      const csv = await timed(ask(`${name}.csv`));
      const worst = Math.max(json, csv);
      if (worst >= TARGET_MS) missed++;
      console.log(
        `${(name ?? "").padEnd(22)}${who.padEnd(14)}${String(rows).padStart(6)}${json.toFixed(0).padStart(9)}${csv.toFixed(0).padStart(9)}${(json / baseline).toFixed(2).padStart(12)}  ${worst < TARGET_MS ? "ok" : `MISSED (${TARGET_MS} ms)`}`,
      );
    }
  }
  // The overdue report wraps the maintenance module's what-is-due query: its own share.
  const due = await timed(() =>
    sql`select count(*) from (${dueRowsSql({ scope: Scope.all(), today: todayIso(), statuses: ["overdue"] })}) d`.execute(
      db,
    ),
  );
  console.log(
    `\nof which the what-is-due query alone (dueRowsSql, overdue rows of the whole network): ${due.toFixed(0)} ms`,
  );
  console.log(`load average at the end: ${load()}`);
  console.log(
    missed
      ? `${missed} report timings missed ${TARGET_MS} ms`
      : `every report under ${TARGET_MS} ms`,
  );
} finally {
  await app.close();
  await database.close();
}
