/**
 * GET /api/v1/me with a session, under autocannon on loopback (target: at least 5,000
 * requests/s on 2 cores), beside two baselines measured in the same run:
 * - Fastify's bare hello world (a separate process): the ceiling for any Fastify route;
 * - GET /health on the same fleethub process: fleethub's whole request pipeline (security
 *   headers, rate-limit check, request limits, the authentication hook, which returns at
 *   once outside /api/v1/) without the database. Between the three, a reader sees how much
 *   of the gap from hello world to /me is fleethub's pipeline and how much the database.
 *
 * What is cached: the same server is measured twice on the same database, one after the
 * other. With FLEETHUB_PRINCIPAL_CACHE=off (the default) NOTHING about the caller is
 * cached: every request runs the session lookup (one indexed query: session + user + the
 * roles still held in the session's organisation, with the check that a role a hub gave
 * lives only under an agreement in force). With FLEETHUB_PRINCIPAL_CACHE=notify the
 * session's principal is kept in memory (dropped on a LISTEN/NOTIFY notification, or after
 * 5 s), so under load nearly every request is answered from memory (one lookup per 5 s per
 * session; the benchmark uses one session). Either way /me then reads the person's
 * memberships (a second query, never cached).
 * What is warm: every endpoint gets one untimed run of the same length first; the
 * database's own caches are warm from it.
 *
 * Engines, as `fleethub start` picks them: embedded PGlite in a fresh data directory in a
 * temporary folder by default (the database then runs inside the server process, on the
 * same core as Fastify); with BENCH_DATABASE_URL, a fresh database on that PostgreSQL
 * server (its own processes, which may use the other core). The server seeds the demo
 * network at start; that wait is not measured.
 *
 * Run: npm run build:server && npx tsx bench/server/me-throughput.ts            (PGlite)
 *      BENCH_DATABASE_URL=postgres://… npx tsx bench/server/me-throughput.ts   (PostgreSQL)
 * Settings: DURATION (s per run, default 10), CONNECTIONS (default 50).
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { ENGINE, createBenchDatabase, makeWorkDir, type BenchDatabase } from "./bench-database.js";
import {
  FASTIFY_HELLO,
  CLI,
  ROOT,
  freePort,
  requireBuild,
  startProcess,
  stopProcess,
  waitForAnswer,
} from "./process.js";

requireBuild();
const durationS = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);
const FLEETHUB_PORT = await freePort();
const HELLO_PORT = await freePort();

interface Load {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** One untimed run to warm the server, then the timed one. */
async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const run = async () => {
    const result = await autocannon({ url, connections, duration: durationS, headers });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return result;
  };
  await run();
  const result = await run();
  return {
    perSecond: result["2xx"] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

/** Starts fleethub on `database` with the principal cache `cache`, signs in, loads /me (and /health). */
async function measureServer(
  database: BenchDatabase,
  cache: "off" | "notify",
  withHealth: boolean,
): Promise<{ me: Load; health: Load | null }> {
  const server = startProcess([CLI, "start"], {
    ...database.env,
    PORT: String(FLEETHUB_PORT),
    FLEETHUB_PRINCIPAL_CACHE: cache,
    // The due-maintenance sweep runs at start and would hold PGlite's only connection for
    // seconds in the middle of a run; it is not what is measured.
    FLEETHUB_DUE_WORK_ORDERS_MINUTES: "0",
  });
  try {
    const base = `http://127.0.0.1:${FLEETHUB_PORT}`;
    // Seeding the demo network takes long on a busy machine; this wait is not measured.
    await waitForAnswer(`${base}/health`, performance.now(), 300_000, server);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "manager.sochi@fleethub.demo", password: "fleethub-demo" }),
    });
    const cookie = login.headers.get("set-cookie")?.split(";")[0];
    if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
    const me = await load(`${base}/api/v1/me`, { cookie });
    const health = withHealth ? await load(`${base}/health`) : null;
    return { me, health };
  } finally {
    await stopProcess(server);
  }
}

const workDir = makeWorkDir("me");
let database: BenchDatabase | null = null;
let me: Load;
let meCached: Load;
let health: Load;
try {
  database = await createBenchDatabase(workDir, "server");
  const uncached = await measureServer(database, "off", true);
  me = uncached.me;
  health = uncached.health as Load;
  meCached = (await measureServer(database, "notify", false)).me;
} finally {
  await database?.remove();
  fs.rmSync(workDir, { recursive: true, force: true });
}

// Written inside the repository so that `import "fastify"` finds node_modules; git ignores it.
const helloFile = path.join(ROOT, "bench/server/.fastify-hello.mjs");
fs.writeFileSync(helloFile, FASTIFY_HELLO);
const hello = startProcess([helloFile], { PORT: String(HELLO_PORT) });
let helloWorld: Load;
try {
  await waitForAnswer(`http://127.0.0.1:${HELLO_PORT}/`, performance.now(), 60_000, hello);
  helloWorld = await load(`http://127.0.0.1:${HELLO_PORT}/`);
} finally {
  await stopProcess(hello);
  fs.rmSync(helloFile);
}

/** Two significant digits below 0.1, so a tiny ratio does not print as 0.00. */
const ratio = (value: number) => (value >= 0.1 ? value.toFixed(2) : value.toPrecision(2));
const line = (label: string, figures: Load) =>
  `${label.padEnd(64)} ${figures.perSecond.toFixed(0).padStart(6)} req/s  p50 ${figures.p50Ms} ms  p99 ${figures.p99Ms} ms`;
console.log(
  `${connections} connections, ${durationS} s per run after an untimed run of the same length`,
);
console.log(
  line(`${ENGINE}: GET /api/v1/me, FLEETHUB_PRINCIPAL_CACHE=off (session looked up)`, me),
);
console.log(
  line(
    `${ENGINE}: GET /api/v1/me, FLEETHUB_PRINCIPAL_CACHE=notify (session from memory)`,
    meCached,
  ),
);
console.log(line(`${ENGINE}: GET /health, same fleethub process (no database)`, health));
console.log(line("Fastify hello world, separate process, same run", helloWorld));
// Time per request at saturation: the share of /me's extra time over hello world that
// /health already spends is fleethub's pipeline; the rest is the database and /me itself.
const usPerRequest = (figures: Load) => 1e6 / figures.perSecond;
const pipelineShare =
  (usPerRequest(health) - usPerRequest(helloWorld)) / (usPerRequest(me) - usPerRequest(helloWorld));
console.log(
  `${ENGINE}: ratio /me / hello world ${ratio(me.perSecond / helloWorld.perSecond)}; /health / hello world ${ratio(health.perSecond / helloWorld.perSecond)}; /me / /health ${ratio(me.perSecond / health.perSecond)}`,
);
console.log(
  `${ENGINE}: time per request at saturation: hello world ${usPerRequest(helloWorld).toFixed(0)} µs, /health ${usPerRequest(health).toFixed(0)} µs, /me ${usPerRequest(me).toFixed(0)} µs; of /me's extra time over hello world, ${(pipelineShare * 100).toFixed(0)} % is fleethub's pipeline without the database (/health), the rest the session lookup and /me's own query and output`,
);
console.log(
  `${ENGINE}: the principal cache gives /me ${ratio(meCached.perSecond / me.perSecond)} times the requests per second without it; with it /me / hello world ${ratio(meCached.perSecond / helloWorld.perSecond)}`,
);
console.log(
  `${ENGINE}: GET /me without the cache ${me.perSecond >= 5000 ? "meets" : "MISSES"} the 5,000 req/s target; with it ${meCached.perSecond >= 5000 ? "meets" : "MISSES"} it`,
);
