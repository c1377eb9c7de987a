/**
 * Start-up of `fleethub start` with an existing database to the first answered request
 * (target: under 2 s, on the default embedded database), beside a bare Node HTTP server
 * started the same way in the same run: the floor under any start-up time. Median of
 * RUNS (default 5) starts of each, alternating.
 *
 * Engines, as `fleethub start` picks them: embedded PGlite in a fresh data directory in a
 * temporary folder by default; with BENCH_DATABASE_URL, a fresh database on that
 * PostgreSQL server. The first start creates, migrates and seeds it and is reported but
 * not part of the median.
 * Warm and cached: every timed start is a new process (no JIT or module cache carried
 * over), but the operating system's file cache holds dist/ and node_modules, and the
 * PGlite data files, from the starts before; a PostgreSQL server keeps its own buffer
 * cache between starts. The database is not emptied: each start finds it migrated and
 * seeded, as a restart in production would.
 * Run: npm run build:server && npx tsx bench/server/startup.ts            (PGlite)
 *      BENCH_DATABASE_URL=postgres://… npx tsx bench/server/startup.ts   (PostgreSQL)
 */
import fs from "node:fs";
import { ENGINE, createBenchDatabase, makeWorkDir, type BenchDatabase } from "./bench-database.js";
import {
  CLI,
  BARE_NODE_SERVER,
  freePort,
  median,
  requireBuild,
  startProcess,
  stopProcess,
  waitForAnswer,
} from "./process.js";

requireBuild();
const runs = Number(process.env.RUNS ?? 5);
const workDir = makeWorkDir("startup");
let database: BenchDatabase | null = null;
const fleethub: number[] = [];
const bare: number[] = [];
let firstMs = 0;
try {
  database = await createBenchDatabase(workDir, "server");
  const port = await freePort();
  const barePort = await freePort();
  const env = { ...database.env, PORT: String(port) };
  const health = `http://127.0.0.1:${port}/health`;

  // First start creates, migrates and seeds the database; it is not in the median.
  const first = startProcess([CLI, "start"], env);
  try {
    firstMs = await waitForAnswer(health, performance.now(), 300_000, first);
  } finally {
    await stopProcess(first);
  }

  for (let i = 0; i < runs; i++) {
    let startedAt = performance.now();
    const server = startProcess([CLI, "start"], env);
    try {
      fleethub.push(await waitForAnswer(health, startedAt, 120_000, server));
    } finally {
      await stopProcess(server);
    }

    startedAt = performance.now();
    const floor = startProcess(["-e", BARE_NODE_SERVER], { PORT: String(barePort) });
    try {
      bare.push(await waitForAnswer(`http://127.0.0.1:${barePort}/`, startedAt, 120_000, floor));
    } finally {
      await stopProcess(floor);
    }
  }
} finally {
  await database?.remove();
  fs.rmSync(workDir, { recursive: true, force: true });
}

const fleethubMs = median(fleethub);
const bareMs = median(bare);
console.log(`${ENGINE}: first start (create + migrate + seed): ${firstMs.toFixed(0)} ms`);
console.log(
  `${ENGINE}: start-up to first answer, existing database, median of ${runs}: ${fleethubMs.toFixed(0)} ms (target < 2000 ms)`,
);
console.log(`bare Node HTTP server, same measurement: ${bareMs.toFixed(0)} ms`);
console.log(
  `${ENGINE}: ratio fleethub / bare node: ${(fleethubMs / bareMs).toFixed(1)}x; ${fleethubMs < 2000 ? "meets" : "MISSES"} the 2 s target`,
);
