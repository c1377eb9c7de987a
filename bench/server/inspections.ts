/**
 * Pre-shift inspection submission through fleethub, on the engine `fleethub start` would
 * use: embedded PGlite by default (BENCH_DATABASE_URL unset), PostgreSQL when
 * BENCH_DATABASE_URL names a server. Targets: at least 1,000 per second sustained, p99
 * under 50 ms at 300 per second, at least 0.3 of the raw-insert ceiling. Also: the depot
 * board of 1,000 vehicles (under 50 ms), one release decision (under 5 ms, beside
 * /health as the floor of any request) and the server's resident memory under load
 * (under 300 MB; on PGlite it includes the embedded database, which lives in the server).
 *
 * The baseline, measured in the same run: the raw-insert ceiling. The same rows fleethub
 * stores for a submission (the inspection, its meter reading, its chain-queue entry, its
 * audit entry), in one statement per submission, with the same concurrency, straight
 * through the engine's own client: a `pg` pool on PostgreSQL; on PGlite an
 * `@electric-sql/pglite` instance opened by this process (single connection, so
 * concurrent inserts queue, as they do in the server). The ceiling gets its own fresh
 * database of the same engine, prepared exactly as the server's (the project's
 * migrations, built-ins, demo network, bench depot), and runs after the server has
 * stopped, so the server's background work (its record chainer would link the
 * ceiling's queued rows) does not slow it.
 *
 * Warm and cached: each database is prepared before timing (not measured). The server
 * gets WARMUP submissions (default 200) at full concurrency before the timed run, and
 * the ceiling the same number of inserts. Nothing about the caller is cached: every
 * submission looks its session up. Board, release and /health figures are medians of
 * sequential requests on loopback after the submission runs (the server is warm).
 *
 * Run: npm run build:server && npx tsx bench/server/inspections.ts            (PGlite)
 *      BENCH_DATABASE_URL=postgres://… npx tsx bench/server/inspections.ts   (PostgreSQL)
 * Settings: DURATION (s, default 10), CONNECTIONS (default 32), WARMUP (default 200).
 * BENCH_PROFILE_DIR=<folder> writes a CPU profile of the server there.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import autocannon from "autocannon";
import { sql } from "kysely";
import type { Database } from "../../src/db/database.js";
import {
  ENGINE,
  createBenchDatabase,
  makeWorkDir,
  openRawConnection,
  prepareDemoDatabase,
  type BenchDatabase,
  type RawConnection,
} from "./bench-database.js";
import { addBenchDepot, type BenchDepot } from "./bench-depot.js";
import {
  CLI,
  freePort,
  median,
  percentile,
  requireBuild,
  startProcess,
  stopProcess,
  waitForAnswer,
} from "./process.js";

requireBuild();
const durationS = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 32);
const warmup = Number(process.env.WARMUP ?? 200);
const BOARD_VEHICLES = 1000;
const PORT = await freePort();
const base = `http://127.0.0.1:${PORT}`;

/** The bench depot of 1,000 buses, each with two months of weekly odometer readings. */
async function addDepotWithReadings(db: Database): Promise<BenchDepot> {
  const depot = await addBenchDepot(db, { vehicles: BOARD_VEHICLES, vinPrefix: "X9VBENCH" });
  await sql`
    insert into meter_readings (organisation_id, vehicle_id, meter, value, read_at, source)
    select ${depot.organisationId}, v.id, 'odometer_km', 100000 - w * 1500, now() - (w || ' weeks')::interval - interval '1 day', 'import'
    from vehicles v, generate_series(1, 8) w where v.depot_id = ${depot.depotId}`.execute(db);
  return depot;
}

/** A fresh database holding what a server's first start puts there, plus the bench depot. */
async function prepareBenchDatabase(database: BenchDatabase): Promise<BenchDepot> {
  const opened = await database.open();
  try {
    await prepareDemoDatabase(opened.db);
    return await addDepotWithReadings(opened.db);
  } finally {
    await opened.close();
  }
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Throughput {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** One submission's rows in one statement, as fleethub stores them. */
const CEILING_INSERT = `
  with i as (insert into inspections (id, organisation_id, vehicle_id, template_id, driver_user_id, signed_by_name, submitted_at, odometer_km, passed, results, idempotency_key, request_hash)
    values ($1, $2, $3, $4, null, 'Bench', now(), 300000, true, $5, $6, 'x')),
  r as (insert into meter_readings (organisation_id, vehicle_id, meter, value, read_at, source, inspection_id) values ($2, $3, 'odometer_km', 300000, now(), 'inspection', $1)),
  q as (insert into record_chain_queue (organisation_id, record_kind, record_id, record_hash) values ($2, 'inspection', $1, 'x')),
  a as (insert into audit_log (actor_label, organisation_id, action, entity, entity_id) values ('bench', $2, 'create', 'inspection', $1))
  select 1`;

/** `warmup` inserts, then `connections` concurrent inserters for `durationS` seconds. */
async function runCeiling(
  connection: RawConnection,
  depot: BenchDepot,
  templateId: string,
  resultsJson: string,
): Promise<Throughput> {
  let issued = 0;
  const insertOne = async (): Promise<number> => {
    const vehicleId = depot.vehicleIds[issued++ % depot.vehicleIds.length];
    const id = randomUUID();
    const started = performance.now();
    await connection.query(CEILING_INSERT, [
      id,
      depot.organisationId,
      vehicleId,
      templateId,
      resultsJson,
      randomUUID(),
    ]);
    return performance.now() - started;
  };
  let warmupLeft = warmup;
  const warmupWorker = async () => {
    while (warmupLeft-- > 0) await insertOne();
  };
  await Promise.all(Array.from({ length: connections }, warmupWorker));
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + durationS * 1000;
  const worker = async () => {
    while (performance.now() < until) latencies.push(await insertOne());
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  return {
    perSecond: latencies.length / elapsedS,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

const workDir = makeWorkDir("inspections");
const results: string[] = [];
const databases: BenchDatabase[] = [];
// BENCH_PROFILE_DIR=/tmp/prof writes a CPU profile of the server.
const profile = process.env.BENCH_PROFILE_DIR
  ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
  : [];
let server: ReturnType<typeof startProcess> | null = null;
let sampler: NodeJS.Timeout | undefined;
try {
  const serverDatabase = await createBenchDatabase(workDir, "server");
  databases.push(serverDatabase);
  const depot = await prepareBenchDatabase(serverDatabase);
  server = startProcess([...profile, CLI, "start"], {
    ...serverDatabase.env,
    PORT: String(PORT),
    // Every benchmark client signs in from one address.
    FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
  });
  const serverPid = server.pid;
  let peakRss = 0;
  sampler = setInterval(() => {
    if (serverPid) peakRss = Math.max(peakRss, rssMb(serverPid));
  }, 200);
  await waitForAnswer(`${base}/health`, performance.now(), 300_000, server);

  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "manager.sochi@fleethub.demo", password: "fleethub-demo" }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
  const headers = { cookie, origin: base, "content-type": "application/json" };
  const form = (await (
    await fetch(`${base}/api/v1/vehicles/${depot.vehicleIds[0]}/inspection-form`, { headers })
  ).json()) as {
    template: {
      id: string;
      key: string;
      version: number;
      items: { key: string; measurement?: string | null }[];
    };
  };
  // A measured tyre item passes with 8 mm of studless winter tyres (legal all year, decree 837).
  const passAll = form.template.items.map((item) =>
    item.measurement === "tyre_tread_mm"
      ? { itemKey: item.key, outcome: "pass", measuredValue: 8, tyres: "winter" }
      : { itemKey: item.key, outcome: "pass" },
  );
  let counter = 0;
  const nextBody = () => {
    const index = counter++;
    const vehicleId = depot.vehicleIds[index % depot.vehicleIds.length];
    return JSON.stringify({
      vehicleId,
      templateId: form.template.id,
      odometerKm: 100_100 + Math.floor(index / depot.vehicleIds.length) * 10,
      results: passAll,
      signature: { name: "Bench Driver", confirmed: true },
    });
  };
  const submitRun = (options: { overallRate?: number; conns: number; amount?: number }) =>
    autocannon({
      url: `${base}/api/v1/inspections`,
      connections: options.conns,
      ...(options.amount ? { amount: options.amount } : { duration: durationS }),
      ...(options.overallRate ? { overallRate: options.overallRate } : {}),
      requests: [
        {
          method: "POST",
          setupRequest: (request) => ({
            ...request,
            headers: { ...headers, "idempotency-key": randomUUID() },
            body: nextBody(),
          }),
        },
      ],
    });

  // autocannon shares `amount` among the connections: each needs at least one.
  if (warmup > 0) await submitRun({ conns: Math.min(connections, warmup), amount: warmup });
  const max = await submitRun({ conns: connections });
  const paced = await submitRun({ overallRate: 300, conns: 16 });
  const rssUnderLoad = peakRss;
  if (max.non2xx || paced.non2xx)
    console.log(`warning: ${max.non2xx + paced.non2xx} submissions were refused`);
  const submissions: Throughput = {
    perSecond: max["2xx"] / max.duration,
    p50Ms: max.latency.p50,
    p99Ms: max.latency.p99,
  };

  // Board and release decision: sequential requests, median latency on loopback.
  const timeIt = async (url: string, runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const shift = new Date(Date.now() + 3_600_000).toISOString();
  const boardUrl = `${base}/api/v1/depots/${depot.depotId}/board?shiftStart=${shift}`;
  const boardMs = await timeIt(boardUrl, 30);
  const releaseMs = await timeIt(
    `${base}/api/v1/vehicles/${depot.vehicleIds[5]}/release?shiftStart=${shift}`,
    200,
  );
  const healthMs = await timeIt(`${base}/health`, 200);
  const board = (await (await fetch(boardUrl, { headers })).json()) as { total: number };

  // The server stops before its database is read here (PGlite belongs to one process)
  // and before the ceiling runs (so nothing else runs beside it).
  clearInterval(sampler);
  await stopProcess(server);
  server = null;
  const opened = await serverDatabase.open();
  const stored = await opened.db
    .selectFrom("inspections")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  await opened.close();

  const ceilingDatabase = await createBenchDatabase(workDir, "ceiling");
  databases.push(ceilingDatabase);
  const ceilingDepot = await prepareBenchDatabase(ceilingDatabase);
  const template = await (async () => {
    const db = await ceilingDatabase.open();
    try {
      return await db.db
        .selectFrom("inspection_templates")
        .select("id")
        .where("organisation_id", "is", null)
        .where("key", "=", form.template.key)
        .where("version", "=", form.template.version)
        .executeTakeFirstOrThrow();
    } finally {
      await db.close();
    }
  })();
  const raw = await openRawConnection(ceilingDatabase, connections);
  let ceiling: Throughput;
  try {
    ceiling = await runCeiling(raw, ceilingDepot, template.id, JSON.stringify(passAll));
  } finally {
    await raw.close();
  }

  const ms = (value: number) => value.toFixed(1).padStart(6);
  const line = (label: string, figures: Throughput, note: string) =>
    `${ENGINE}: ${label.padEnd(30)} ${figures.perSecond.toFixed(0).padStart(6)}/s  p50 ${ms(figures.p50Ms)} ms  p99 ${ms(figures.p99Ms)} ms  (${note})`;
  const ratio = submissions.perSecond / ceiling.perSecond;
  results.push(
    line(
      "inspection submissions",
      submissions,
      `through fleethub, ${connections} connections, ${durationS} s after ${warmup} warm-up; target >= 1000/s`,
    ),
    line(
      "raw-insert ceiling",
      ceiling,
      `the same rows straight into ${ENGINE}, ${connections} concurrent, ${durationS} s after ${warmup} warm-up`,
    ),
    `${ENGINE}: ratio submissions / ceiling ${ratio.toFixed(2)} (target >= 0.3); ${submissions.perSecond >= 1000 ? "meets" : "MISSES"} the 1,000/s target`,
    `${ENGINE}: at 300/s offered: ${(paced["2xx"] / paced.duration).toFixed(0)}/s achieved, p99 ${paced.latency.p99} ms (target < 50 ms)`,
    `${ENGINE}: stored ${stored.n} inspections`,
    `${ENGINE}: depot board, ${board.total} vehicles: median ${boardMs.toFixed(1)} ms on loopback (target < 50 ms server time)`,
    `${ENGINE}: release decision for one vehicle: median ${releaseMs.toFixed(2)} ms on loopback (target < 5 ms); /health floor ${healthMs.toFixed(2)} ms`,
    `${ENGINE}: server resident memory, peak under submission load: ${rssUnderLoad.toFixed(0)} MB (target < 300 MB)`,
  );
} finally {
  clearInterval(sampler);
  if (server) await stopProcess(server);
  for (const database of databases) await database.remove();
  fs.rmSync(workDir, { recursive: true, force: true });
}
for (const line of results) console.log(line);
