/**
 * The dispatcher's depot board of 1,000 buses with shift states (target: under 50 ms),
 * beside one depot read through the same sign-in and scope (the floor of an
 * authenticated request) in the same run. The depot has two shifts (05:00 and 13:00,
 * Europe/Moscow); 700 buses were checked (60 with a critical defect, 60 with a major one,
 * 30 of those released by the manager), 300 were not: every board state is on it.
 * The server is warm (10 boards fetched before timing); each figure is the median of
 * sequential requests on loopback.
 * Run: npm run build:server && BENCH_DATABASE_URL=postgres://… npx tsx bench/server/board.ts
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
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
const VEHICLES = 1000;
const PORT = 3923;
const base = `http://127.0.0.1:${PORT}`;

async function adminQuery(sql: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

const name = `fleethub_bench_board_${Date.now()}`;
await adminQuery(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const server = startProcess([CLI, "start"], {
  DATABASE_URL: url.toString(),
  PORT: String(PORT),
  FLEETHUB_DATA_DIR: path.join(ROOT, "data-bench-board"),
  // Every benchmark client signs in from one address.
  FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
  FLEETHUB_DUE_WORK_ORDERS_MINUTES: "0",
  LOG_LEVEL: "warn",
});
const lines: string[] = [];
try {
  await waitForAnswer(`${base}/health`, performance.now(), 120_000);
  const db = new pg.Pool({ connectionString: url.toString(), max: 4 });
  const sochi = (
    await db.query<{ id: string }>(`select id from organisations where name = 'Sochi Autotrans'`)
  ).rows[0];
  const model = (
    await db.query<{ id: string }>(`select id from vehicle_models where model = 'City 12 CNG'`)
  ).rows[0];
  const depot = (
    await db.query<{ id: string }>(
      `insert into depots (organisation_id, name, time_zone, shift_starts)
       values ($1, 'Bench depot', 'Europe/Moscow', '{05:00,13:00}') returning id`,
      [sochi?.id],
    )
  ).rows[0];
  const { rows: vehicles } = await db.query<{ id: string }>(
    `insert into vehicles (organisation_id, depot_id, model_id, vin, fleet_number, registration_plate)
     select $1, $2, $3, 'X9VBOARD' || lpad(g::text, 9, '0'), 'B' || g, 'Б' || g
     from generate_series(1, ${VEHICLES}) g returning id`,
    [sochi?.id, depot?.id, model?.id],
  );

  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "manager.sochi@fleethub.demo", password: "fleethub-demo" }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const headers = { cookie, origin: base, "content-type": "application/json" };
  const post = async (target: string, body: unknown, extra: Record<string, string> = {}) => {
    const response = await fetch(`${base}${target}`, {
      method: "POST",
      headers: { ...headers, ...extra },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${target}: ${response.status} ${await response.text()}`);
  };
  const form = (await (
    await fetch(`${base}/api/v1/vehicles/${vehicles[0]?.id}/inspection-form`, { headers })
  ).json()) as { template: { id: string; items: { key: string; failNeedsPhoto: boolean }[] } };
  const failing = (severityKey: string) => ({
    itemKey: severityKey,
    outcome: "fail",
    comment: "Seen at the depot before the shift",
  });
  for (let i = 0; i < 700; i++) {
    const fail = i < 60 ? "cng_high_pressure_lines" : i < 120 ? "horn_wipers_mirrors" : null;
    await post(
      "/api/v1/inspections",
      {
        vehicleId: vehicles[i]?.id,
        templateId: form.template.id,
        odometerKm: 50_000,
        results: form.template.items.map((item) =>
          item.key === fail ? failing(item.key) : { itemKey: item.key, outcome: "pass" },
        ),
        signature: { name: "Bench Driver", confirmed: true },
      },
      { "idempotency-key": randomUUID() },
    );
  }
  for (let i = 60; i < 90; i++)
    await post(`/api/v1/vehicles/${vehicles[i]?.id}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "Dry forecast, wiper blade ordered",
    });
  await db.end();

  const timeIt = async (target: string, runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await fetch(`${base}${target}`, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${target}: ${response.status}`);
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const boardUrl = `/api/v1/depots/${depot?.id}/board`;
  await timeIt(boardUrl, 10);
  const board = (await (await fetch(`${base}${boardUrl}`, { headers })).json()) as {
    total: number;
    counts: Record<string, number>;
  };
  const boardMs = await timeIt(boardUrl, 40);
  const nextMs = await timeIt(`${boardUrl}?shift=next`, 40);
  const depotMs = await timeIt(`/api/v1/depots/${depot?.id}`, 200);
  const releaseMs = await timeIt(`/api/v1/vehicles/${vehicles[5]?.id}/release`, 200);
  lines.push(
    `board states: ${JSON.stringify(board.counts)} of ${board.total} vehicles`,
    `depot board, current shift: median ${boardMs.toFixed(1)} ms (target < 50 ms)`,
    `depot board, next shift:    median ${nextMs.toFixed(1)} ms`,
    `baseline, one depot read:   median ${depotMs.toFixed(2)} ms; board / baseline ${(boardMs / depotMs).toFixed(1)}x`,
    `release decision, one bus:  median ${releaseMs.toFixed(2)} ms`,
  );
} finally {
  await stopProcess(server);
  await adminQuery(`drop database if exists ${name} with (force)`);
  fs.rmSync(path.join(ROOT, "data-bench-board"), { recursive: true, force: true });
}
for (const line of lines) console.log(line);
