/**
 * Synthetic-city benchmark: end-to-end time, stop_times parsing speed and peak memory at
 * 1k, 5k, 20k and 100k trips a day (≈ 67 trips per block), each plan in a fresh process.
 * Ratios are against baselines measured in this same run: time against the 1k city,
 * parsing against a raw read of the same stop_times file.
 * Warm and cached: nothing in the planner; every plan is a new process with a cold JIT
 * (module loading is outside the wall times and inside the CPU time), best of 2 runs per
 * size. Each city was just generated, so the operating system's file cache holds its feed
 * for the raw read and both plans.
 *
 *   npx tsx bench/planner/scaling.ts [maxTrips]
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSyntheticCity, SYNTHETIC_DATE } from "./synthetic-city.js";

interface RunFigures {
  trips: number;
  blocks: number;
  readMs: number;
  planMs: number;
  writeMs: number;
  totalMs: number;
  stopTimesBytes: number;
  stopTimesMs: number;
  maxRssMb: number;
  processCpuMs: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const tsxCli = path.resolve(here, "../../node_modules/tsx/dist/cli.mjs");

function runOnce(feed: string, out: string): RunFigures {
  const r = spawnSync(
    process.execPath,
    [tsxCli, path.join(here, "run-plan-once.ts"), "gtfs", feed, SYNTHETIC_DATE, out],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) throw new Error(`plan failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as RunFigures;
}

async function rawReadMs(file: string): Promise<number> {
  const t = performance.now();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) void chunk;
  return performance.now() - t;
}

const maxTrips = Number(process.argv[2] ?? 100_000);
const sizes = [1_000, 5_000, 20_000, 100_000].filter((n) => n <= maxTrips);
const work = mkdtempSync(path.join(os.tmpdir(), "planner-scaling-"));
const fmt = (v: number, d = 0): string => v.toFixed(d);
const rows: string[] = [];
let baseline: RunFigures | null = null;
process.stdout.write(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}\n`,
);
try {
  for (const trips of sizes) {
    const blocks = Math.max(1, Math.round(trips / 66.67));
    const city = await generateSyntheticCity(path.join(work, `city-${trips}`), trips, blocks);
    const rawMs = await rawReadMs(path.join(city.dir, "stop_times.txt"));
    const runs = [
      runOnce(city.dir, path.join(work, `out-${trips}`)),
      runOnce(city.dir, path.join(work, `out-${trips}`)),
    ];
    const best = runs.reduce((a, b) => (b.totalMs < a.totalMs ? b : a));
    baseline ??= best;
    const parseMbS = best.stopTimesBytes / 1e6 / (best.stopTimesMs / 1000);
    const rawMbS = city.stopTimesBytes / 1e6 / (rawMs / 1000);
    rows.push(
      `| ${trips} | ${blocks} | ${fmt(best.totalMs)} | ${fmt(best.processCpuMs)} | ${fmt(best.totalMs / baseline.totalMs, 1)}× | ${fmt(best.readMs)} / ${fmt(best.planMs)} / ${fmt(best.writeMs)} | ${fmt(best.stopTimesBytes / 1e6, 1)} MB at ${fmt(parseMbS, 1)} MB/s (${fmt((parseMbS / rawMbS) * 100, 0)} % of raw read ${fmt(rawMbS, 0)} MB/s) | ${fmt(best.maxRssMb)} |`,
    );
    process.stderr.write(`${trips} trips: ${fmt(best.totalMs)} ms\n`);
  }
  // Blocks built by the scheduler instead of block_id, 20k trips.
  if (maxTrips >= 20_000) {
    const city = await generateSyntheticCity(
      path.join(work, "city-20k-noblocks"),
      20_000,
      300,
      false,
    );
    const r = runOnce(city.dir, path.join(work, "out-noblocks"));
    rows.push(
      `| 20000 (no block_id: scheduled) | ${r.blocks} | ${fmt(r.totalMs)} | ${fmt(r.processCpuMs)} | ${fmt(r.totalMs / (baseline?.totalMs ?? 1), 1)}× | ${fmt(r.readMs)} / ${fmt(r.planMs)} / ${fmt(r.writeMs)} | — | ${fmt(r.maxRssMb)} |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(
  [
    "| trips/day | blocks | end to end wall ms (best of 2) | process CPU ms (incl. start-up) | wall vs 1k | read / plan / write ms | stop_times parsing | peak RSS MB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n") + "\n",
);
