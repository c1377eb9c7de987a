/**
 * How fast a GTFS zip bomb is refused, and what it costs in memory, beside reading a real
 * feed of similar zipped size in the same run (the baseline: the Detroit subset from
 * test/fixtures). Calls the upload's own check (`summariseFeed` with the server's default
 * limits) on files in a temporary folder; no server, no database.
 * Warm and cached: 5 alternating rounds, all timed (median); the operating system's file
 * cache holds the three files after the first round, and the JIT is warm after it.
 * Bombs: 1 GB of one line deflated to ~1 MB, declared honestly in the zip's directory
 * ("declared"), and the same declaring 1,000 bytes ("lying": caught while inflating).
 * Run: npx tsx bench/security/zip-bomb.ts
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config.js";
import { summariseFeed } from "../../src/modules/planner/feed-summary.js";
import { DETROIT_GTFS } from "../../test/fixtures/paths.js";
import { buildZip, deflateRepeated, feedFiles } from "../../test/helpers/zip.js";
import { median } from "../server/process.js";

const ROUNDS = 5;
const config = loadConfig({});
const limits = { maxFileBytes: config.gtfsMaxFileBytes, maxFeedBytes: config.gtfsMaxFeedBytes };
const dir = await fs.mkdtemp(path.join(os.tmpdir(), "fh-zip-bomb-"));
try {
  const bomb = await deflateRepeated(
    "trips.txt",
    Buffer.from("route_id,service_id,trip_id,"),
    Buffer.alloc(1024 * 1024, "a"),
    1024,
  );
  const declared = path.join(dir, "declared.zip");
  const lying = path.join(dir, "lying.zip");
  await fs.writeFile(declared, buildZip([...feedFiles(), bomb]));
  await fs.writeFile(lying, buildZip([...feedFiles(), { ...bomb, declaredSize: 1000 }]));

  const timed = async (file: string, refused: boolean) => {
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    let outcome = "read";
    try {
      await summariseFeed(file, limits);
    } catch (error) {
      outcome = (error as Error).message;
    }
    const ms = performance.now() - started;
    if (refused === (outcome === "read")) throw new Error(`${file}: unexpected outcome ${outcome}`);
    return { ms, rssGrowthMb: (process.memoryUsage().rss - rssBefore) / 1024 / 1024, outcome };
  };

  const results: Record<string, { ms: number[]; rss: number[]; outcome: string }> = {
    baseline: { ms: [], rss: [], outcome: "" },
    declared: { ms: [], rss: [], outcome: "" },
    lying: { ms: [], rss: [], outcome: "" },
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, file, refused] of [
      ["baseline", DETROIT_GTFS, false],
      ["declared", declared, true],
      ["lying", lying, true],
    ] as const) {
      const r = await timed(file, refused);
      results[name]?.ms.push(r.ms);
      results[name]?.rss.push(r.rssGrowthMb);
      if (results[name]) results[name].outcome = r.outcome.replace(dir, "<tmp>");
    }
  }
  const sizeMb = async (file: string) => (await fs.stat(file)).size / 1024 / 1024;
  console.log(
    `zipped sizes: baseline (Detroit subset) ${(await sizeMb(DETROIT_GTFS)).toFixed(2)} MB, bomb ${(await sizeMb(declared)).toFixed(2)} MB expanding to 1,024 MB`,
  );
  const base = median(results.baseline?.ms ?? []);
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(9)} median ${median(r.ms).toFixed(1)} ms (${(median(r.ms) / base).toFixed(2)}x baseline), ` +
        `max RSS growth ${Math.max(...r.rss).toFixed(1)} MB; ${r.outcome.slice(0, 140)}`,
    );
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
