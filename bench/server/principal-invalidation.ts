/**
 * How long a logout on one fleethub process takes to be refused on another when both keep
 * sessions in memory (FLEETHUB_PRINCIPAL_CACHE=notify): the time from the logout's answer
 * on the writing process until the watching process first answers GET /api/v1/me with
 * 401, polling it request after request (each poll waits for the previous answer).
 *
 * Two `fleethub start` processes (A and B) on one fresh database on the PostgreSQL server
 * BENCH_DATABASE_URL names (two processes cannot share an embedded PGlite). Each sample
 * signs a demo manager in, asks the watcher for /me twice (the second answer comes from
 * its cache: what is warm), logs out on the writer, and polls the watcher. Samples
 * alternate: a logout on A watched on B, then on B watched on A.
 * Baseline in the same run: one /me round trip on the watcher while the session is live
 * (from its cache), the time a poll takes: no refusal can be seen sooner than one poll.
 * Without the cache the first poll is refused by construction (the lookup reads the
 * committed logout), so the cache's cost is the delay beyond one poll.
 *
 * Run: npm run build:server &&
 *      BENCH_DATABASE_URL=postgres://… npx tsx bench/server/principal-invalidation.ts
 * Settings: SAMPLES (default 200).
 */
import fs from "node:fs";
import type { ChildProcess } from "node:child_process";
import { ENGINE, createBenchDatabase, makeWorkDir, type BenchDatabase } from "./bench-database.js";
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
if (ENGINE !== "PostgreSQL")
  throw new Error(
    "BENCH_DATABASE_URL: set it to a PostgreSQL server (two processes cannot share an embedded PGlite)",
  );
const samples = Number(process.env.SAMPLES ?? 200);

interface Server {
  base: string;
  child: ChildProcess;
}

async function startServer(database: BenchDatabase, dataDir: string): Promise<Server> {
  const port = await freePort();
  const child = startProcess([CLI, "start"], {
    ...database.env,
    FLEETHUB_DATA_DIR: dataDir,
    PORT: String(port),
    FLEETHUB_PRINCIPAL_CACHE: "notify",
    // Hundreds of sign-ins from one address: the sign-in rate limit would refuse them.
    FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForAnswer(`${base}/health`, performance.now(), 300_000, child);
  return { base, child };
}

async function me(server: Server, cookie: string): Promise<number> {
  const response = await fetch(`${server.base}/api/v1/me`, { headers: { cookie } });
  await response.arrayBuffer();
  return response.status;
}

const workDir = makeWorkDir("invalidation");
let database: BenchDatabase | null = null;
const delays: number[] = [];
const polls: number[] = [];
const roundTrips: number[] = [];
try {
  database = await createBenchDatabase(workDir, "invalidation");
  // A seeds the demo network (not measured); B starts on the seeded database.
  const a = await startServer(database, `${workDir}/a`);
  let b: Server | null = null;
  try {
    b = await startServer(database, `${workDir}/b`);
    for (let i = 0; i < samples; i += 1) {
      const [writer, watcher] = i % 2 === 0 ? [a, b] : [b, a];
      const login = await fetch(`${writer.base}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "manager.sochi@fleethub.demo", password: "fleethub-demo" }),
      });
      const cookie = login.headers.get("set-cookie")?.split(";")[0];
      if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
      if ((await me(watcher, cookie)) !== 200) throw new Error("the new session was refused");
      const before = performance.now();
      if ((await me(watcher, cookie)) !== 200) throw new Error("the new session was refused");
      roundTrips.push(performance.now() - before);
      const logout = await fetch(`${writer.base}/api/v1/auth/logout`, {
        method: "POST",
        headers: { cookie, origin: writer.base },
      });
      await logout.arrayBuffer();
      if (logout.status !== 200) throw new Error(`logout failed: ${logout.status}`);
      const loggedOut = performance.now();
      let count = 0;
      for (;;) {
        count += 1;
        if ((await me(watcher, cookie)) === 401) break;
        if (performance.now() - loggedOut > 10_000)
          throw new Error("the watcher still accepted the session 10 s after the logout");
      }
      delays.push(performance.now() - loggedOut);
      polls.push(count);
    }
  } finally {
    if (b) await stopProcess(b.child);
    await stopProcess(a.child);
  }
} finally {
  await database?.remove();
  fs.rmSync(workDir, { recursive: true, force: true });
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
console.log(`${ENGINE}, two processes, FLEETHUB_PRINCIPAL_CACHE=notify, ${samples} logouts`);
console.log(
  `logout answered on one process → first 401 on the other: median ${ms(median(delays))}, p90 ${ms(percentile(delays, 0.9))}, max ${ms(Math.max(...delays))}`,
);
console.log(
  `polls until refused: median ${median(polls)}, max ${Math.max(...polls)}; refused on the first poll in ${polls.filter((count) => count === 1).length} of ${samples}`,
);
console.log(
  `baseline, same run: one GET /me round trip on the watcher (session from its cache): median ${ms(median(roundTrips))}, max ${ms(Math.max(...roundTrips))}`,
);
