/**
 * GET /api/v1/me with a session, under autocannon on loopback (target: at least 5,000
 * requests/s on 2 cores), beside Fastify's bare hello world in the same run as the
 * ceiling. Both servers run as separate processes; autocannon runs here.
 *
 * What is cached: NOTHING about the caller. Since issue #13/#16 there is no principal
 * cache: every request runs the session lookup (one indexed query: session + user +
 * the roles still held in the session's organisation, with the check that a role a hub
 * gave lives only under an agreement in force), and /me then reads the person's
 * memberships (a second query). Before, sessions and memberships were kept 5 s in
 * process memory, so another process saw a logout or a removed role up to 5 s late.
 *
 * Run against PostgreSQL (a fresh database is created and dropped):
 *   npm run build:server && BENCH_DATABASE_URL=postgres://… npx tsx bench/server/me-throughput.ts
 * or on embedded PGlite (a fresh data directory), by leaving BENCH_DATABASE_URL unset.
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import {
  CLI,
  FASTIFY_HELLO,
  ROOT,
  requireBuild,
  startProcess,
  stopProcess,
  waitForAnswer,
} from "./process.js";

requireBuild();
const serverUrl = process.env.BENCH_DATABASE_URL;
const engine = serverUrl ? "PostgreSQL" : "PGlite";
const durationS = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url,
    connections,
    duration: durationS,
    headers,
    pipelining: 1,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

// A fresh database for the run, seeded with the demo network by the server itself.
const name = `fleethub_bench_${Date.now()}`;
const admin = serverUrl ? new pg.Client({ connectionString: serverUrl }) : null;
const databaseEnv: Record<string, string> = {};
if (admin && serverUrl) {
  await admin.connect();
  await admin.query(`create database ${name}`);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${name}`;
  databaseEnv.DATABASE_URL = databaseUrl.toString();
}

const server = startProcess([CLI, "start"], {
  ...databaseEnv,
  PORT: "3911",
  FLEETHUB_DATA_DIR: path.join(ROOT, "data-bench"),
});
let meRps = 0;
let meP99 = 0;
try {
  // Seeding the demo network takes long on a busy machine; this wait is not measured.
  await waitForAnswer("http://127.0.0.1:3911/health", performance.now(), 300_000);
  const login = await fetch("http://127.0.0.1:3911/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "manager.sochi@fleethub.demo", password: "fleethub-demo" }),
  });
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
  await load("http://127.0.0.1:3911/api/v1/me", { cookie }); // warm-up
  const me = await load("http://127.0.0.1:3911/api/v1/me", { cookie });
  meRps = me.requests.average;
  meP99 = me.latency.p99;
} finally {
  await stopProcess(server);
  if (admin) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  fs.rmSync(path.join(ROOT, "data-bench"), { recursive: true, force: true });
}

const helloFile = path.join(ROOT, "bench/server/.fastify-hello.mjs");
fs.writeFileSync(helloFile, FASTIFY_HELLO);
const hello = startProcess([helloFile], { PORT: "3912" });
let helloRps = 0;
try {
  await waitForAnswer("http://127.0.0.1:3912/", performance.now());
  await load("http://127.0.0.1:3912/");
  helloRps = (await load("http://127.0.0.1:3912/")).requests.average;
} finally {
  await stopProcess(hello);
  fs.rmSync(helloFile);
}

console.log(
  `GET /api/v1/me (session, ${engine}, no principal cache): ${meRps.toFixed(0)} req/s, p99 ${meP99} ms, ${connections} connections, ${durationS} s (target >= 5000)`,
);
console.log(`Fastify hello world, same machine and run: ${helloRps.toFixed(0)} req/s`);
console.log(
  `ratio /me / hello world: ${(meRps / helloRps).toFixed(2)}; ${meRps >= 5000 ? "meets" : "MISSES"} the 5,000 req/s target`,
);
