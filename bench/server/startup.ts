/**
 * Start-up with an existing embedded database to the first answered request (target:
 * under 2 s), beside a bare Node HTTP server started the same way as the floor.
 * Run: npm run build:server && npx tsx bench/server/startup.ts
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  CLI,
  BARE_NODE_SERVER,
  median,
  requireBuild,
  startProcess,
  stopProcess,
  waitForAnswer,
} from "./process.js";

requireBuild();
const runs = Number(process.env.RUNS ?? 5);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fleethub-bench-start-"));
const env = { FLEETHUB_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "3901" };

// First start creates, migrates and seeds the embedded database; it is not measured.
const first = startProcess([CLI, "start"], env);
const firstMs = await waitForAnswer("http://127.0.0.1:3901/health", performance.now(), 60_000);
await stopProcess(first);

const fleethub: number[] = [];
const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  let startedAt = performance.now();
  const server = startProcess([CLI, "start"], env);
  fleethub.push(await waitForAnswer("http://127.0.0.1:3901/health", startedAt));
  await stopProcess(server);

  startedAt = performance.now();
  const floor = startProcess(["-e", BARE_NODE_SERVER], { PORT: "3902" });
  bare.push(await waitForAnswer("http://127.0.0.1:3902/", startedAt));
  await stopProcess(floor);
}
fs.rmSync(dataDir, { recursive: true, force: true });

const fleethubMs = median(fleethub);
const bareMs = median(bare);
console.log(`first start (create + migrate + seed): ${firstMs.toFixed(0)} ms`);
console.log(
  `start-up to first answer, existing embedded database, median of ${runs}: ${fleethubMs.toFixed(0)} ms (target < 2000 ms)`,
);
console.log(`bare Node HTTP server, same measurement: ${bareMs.toFixed(0)} ms`);
console.log(
  `ratio fleethub / bare node: ${(fleethubMs / bareMs).toFixed(1)}x; ${fleethubMs < 2000 ? "meets" : "MISSES"} the 2 s target`,
);
