/**
 * Pre-shift inspection submission against PostgreSQL (targets: at least 1,000 per second
 * sustained, p99 under 50 ms at 300 per second, at least 0.3 of the physical ceiling),
 * beside the same rows inserted straight through `pg` with the same concurrency; the
 * depot board of 1,000 vehicles (under 50 ms) and one release decision (under 5 ms); the
 * server's resident memory under that load (under 300 MB).
 * Run: npm run build:server && BENCH_DATABASE_URL=postgres://… npx tsx bench/server/inspections.ts
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import {
  CLI,
  ROOT,
  median,
  requireBuild,
  startProcess,
  stopProcess,
  waitForAnswer,
} from "./process.js";

requireBuild();
const serverUrl = process.env.BENCH_DATABASE_URL;
if (!serverUrl)
  throw new Error(
    "BENCH_DATABASE_URL: set it to a PostgreSQL server the benchmark may create databases on",
  );
const durationS = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 32);
const BOARD_VEHICLES = 1000;
const PORT = 3921;
const base = `http://127.0.0.1:${PORT}`;

async function createDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}
async function dropDatabase(name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const name = `fleethub_bench_insp_${Date.now()}`;
const databaseUrl = await createDatabase(name);
// BENCH_PROFILE_DIR=/tmp/prof writes a CPU profile of the server.
const profile = process.env.BENCH_PROFILE_DIR
  ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
  : [];
const server = startProcess([...profile, CLI, "start"], {
  DATABASE_URL: databaseUrl,
  PORT: String(PORT),
  FLEETHUB_DATA_DIR: path.join(ROOT, "data-bench"),
  // Every benchmark client signs in from one address.
  FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
});
const results: string[] = [];
let peakRss = 0;
const sampler = setInterval(() => {
  if (server.pid) peakRss = Math.max(peakRss, rssMb(server.pid));
}, 200);
try {
  await waitForAnswer(`${base}/health`, performance.now(), 120_000);
  const db = new pg.Pool({ connectionString: databaseUrl, max: connections });
  // A depot of 1,000 buses at Sochi Autotrans, with two months of readings each.
  const {
    rows: [sochi],
  } = await db.query<{ id: string }>(`select id from organisations where name = 'Sochi Autotrans'`);
  const {
    rows: [model],
  } = await db.query<{ id: string }>(`select id from vehicle_models where model = 'City 12 CNG'`);
  const {
    rows: [depot],
  } = await db.query<{ id: string }>(
    `insert into depots (organisation_id, name) values ($1, 'Bench depot') returning id`,
    [sochi?.id],
  );
  const { rows: vehicles } = await db.query<{ id: string }>(
    `insert into vehicles (organisation_id, depot_id, model_id, vin, fleet_number, registration_plate)
     select $1, $2, $3, 'X9VBENCH' || lpad(g::text, 9, '0'), 'B' || g, 'Б' || g
     from generate_series(1, ${BOARD_VEHICLES}) g returning id`,
    [sochi?.id, depot?.id, model?.id],
  );
  await db.query(
    `insert into meter_readings (organisation_id, vehicle_id, meter, value, read_at, source)
     select $1, v.id, 'odometer_km', 100000 - w * 1500, now() - (w || ' weeks')::interval - interval '1 day', 'import'
     from vehicles v, generate_series(1, 8) w where v.depot_id = $2`,
    [sochi?.id, depot?.id],
  );

  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "manager.sochi@fleethub.demo", password: "fleethub-demo" }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const headers = { cookie, origin: base, "content-type": "application/json" };
  const form = (await (
    await fetch(`${base}/api/v1/vehicles/${vehicles[0]?.id}/inspection-form`, { headers })
  ).json()) as { template: { id: string; items: { key: string }[] } };
  let counter = 0;
  const nextBody = () => {
    const index = counter++;
    const vehicle = vehicles[index % vehicles.length];
    return JSON.stringify({
      vehicleId: vehicle?.id,
      templateId: form.template.id,
      odometerKm: 100_100 + Math.floor(index / vehicles.length) * 10,
      results: form.template.items.map((item) => ({ itemKey: item.key, outcome: "pass" })),
      signature: { name: "Bench Driver", confirmed: true },
    });
  };
  const submitRun = (opts: { overallRate?: number; conns: number }) =>
    autocannon({
      url: `${base}/api/v1/inspections`,
      connections: opts.conns,
      duration: durationS,
      ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
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

  const max = await submitRun({ conns: connections });
  const paced = await submitRun({ overallRate: 300, conns: 16 });
  const rssUnderLoad = peakRss;
  const {
    rows: [stored],
  } = await db.query<{ n: string }>(`select count(*) n from inspections`);
  if (max.non2xx || paced.non2xx)
    console.log(`warning: ${max.non2xx + paced.non2xx} submissions were refused`);

  // Baseline (the physical ceiling): the same rows fleethub stores for a submission (the
  // inspection, its meter reading, its chain-queue entry, its audit entry) in one statement
  // straight through pg, with the same concurrency.
  const {
    rows: [template],
  } = await db.query<{ id: string }>(`select $1::uuid id`, [form.template.id]);
  const resultsJson = JSON.stringify(
    form.template.items.map((item) => ({ itemKey: item.key, outcome: "pass" })),
  );
  let baselineCount = 0;
  const until = performance.now() + durationS * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const vehicle = vehicles[baselineCount % vehicles.length];
      const id = randomUUID();
      await db.query(
        `with i as (insert into inspections (id, organisation_id, vehicle_id, template_id, driver_user_id, signed_by_name, submitted_at, odometer_km, passed, results, idempotency_key, request_hash)
           values ($1, $2, $3, $4, null, 'Bench', now(), 300000, true, $5, $6, 'x')),
         r as (insert into meter_readings (organisation_id, vehicle_id, meter, value, read_at, source, inspection_id) values ($2, $3, 'odometer_km', 300000, now(), 'inspection', $1)),
         q as (insert into record_chain_queue (organisation_id, record_kind, record_id, record_hash) values ($2, 'inspection', $1, 'x')),
         a as (insert into audit_log (actor_label, organisation_id, action, entity, entity_id) values ('bench', $2, 'create', 'inspection', $1))
         select 1`,
        [id, sochi?.id, vehicle?.id, template?.id, resultsJson, randomUUID()],
      );
      baselineCount++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const baselineRate = baselineCount / durationS;

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
  const boardMs = await timeIt(`${base}/api/v1/depots/${depot?.id}/board?shiftStart=${shift}`, 30);
  const releaseMs = await timeIt(
    `${base}/api/v1/vehicles/${vehicles[5]?.id}/release?shiftStart=${shift}`,
    200,
  );
  const healthMs = await timeIt(`${base}/health`, 200);
  const board = (await (
    await fetch(`${base}/api/v1/depots/${depot?.id}/board?shiftStart=${shift}`, { headers })
  ).json()) as { total: number };
  await db.end();

  results.push(
    `inspection submissions, ${connections} connections, ${durationS} s: ${max.requests.average.toFixed(0)}/s sustained (target >= 1000), p50 ${max.latency.p50} ms, p99 ${max.latency.p99} ms`,
    `same rows straight through pg, ${connections} connections: ${baselineRate.toFixed(0)}/s; ratio ${(max.requests.average / baselineRate).toFixed(2)} (target >= 0.3)`,
    `at 300/s offered: ${paced.requests.average.toFixed(0)}/s achieved, p99 ${paced.latency.p99} ms (target < 50 ms)`,
    `stored: ${stored?.n} inspections`,
    `depot board, ${board.total} vehicles: median ${boardMs.toFixed(1)} ms on loopback (target < 50 ms server time)`,
    `release decision for one vehicle: median ${releaseMs.toFixed(2)} ms on loopback (target < 5 ms); /health floor ${healthMs.toFixed(2)} ms`,
    `server resident memory, peak under submission load: ${rssUnderLoad.toFixed(0)} MB (target < 300 MB)`,
  );
} finally {
  clearInterval(sampler);
  await stopProcess(server);
  await dropDatabase(name);
  fs.rmSync(path.join(ROOT, "data-bench"), { recursive: true, force: true });
}
for (const line of results) console.log(line);
