/**
 * stop_times parsing throughput (read, parse, validate and store in the planner's typed
 * arrays in memory; no database) against the baseline of a raw read of the same bytes in
 * the same run (20,000-trip synthetic city, 400,000 rows).
 * Warm and cached: 6 rounds in this process, the first not counted (JIT warm-up), best
 * of the other 5 for each. The feed was just written, so the operating system's file
 * cache holds it for the raw read and the parse alike.
 *
 *   npx tsx bench/planner/parse-stop-times.ts
 */
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readGtfsDay } from "../../src/planner/gtfs/read-gtfs.js";
import { generateSyntheticCity, SYNTHETIC_DATE } from "./synthetic-city.js";

const work = mkdtempSync(path.join(os.tmpdir(), "planner-parse-"));
try {
  const city = await generateSyntheticCity(path.join(work, "city"), 20_000, 300);
  const file = path.join(city.dir, "stop_times.txt");
  const raw: number[] = [];
  const parsed: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) void chunk;
    const rawMs = performance.now() - t;
    const day = await readGtfsDay(city.dir, SYNTHETIC_DATE);
    if (i === 0) continue; // warm-up
    raw.push(city.stopTimesBytes / 1e6 / (rawMs / 1000));
    parsed.push(day.stats.stopTimesBytes / 1e6 / (day.stats.stopTimesMs / 1000));
  }
  const best = (xs: number[]): number => Math.max(...xs);
  process.stdout.write(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}\n`,
  );
  process.stdout.write(`stop_times: ${(city.stopTimesBytes / 1e6).toFixed(1)} MB, 400,000 rows\n`);
  process.stdout.write(
    `raw read (baseline): ${best(raw).toFixed(0)} MB/s; parse + validate + store: ${best(parsed).toFixed(1)} MB/s = ${((best(parsed) / best(raw)) * 100).toFixed(1)} % of raw\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
