/**
 * The cost of the year from the service calendar on the synthetic city (20,000 trips, 300
 * blocks by default): the same feed planned (a) for its date only, as before the year existed
 * (`calendarYear: false`), (b) over the year, where its one weekday service makes one day
 * type, and (c) over the year with its calendar rewritten so that the same trips make three
 * day types (weekday service every day, plus a Saturday and a Sunday service that add no
 * trips): each extra day type is one more pass over the feed and one more plan. Each run is
 * a fresh process (run-plan-once.ts, cold JIT), best of 2; the baseline is (a) in this run.
 *
 *   npx tsx bench/planner/year-day-types.ts [trips] [blocks]
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSyntheticCity, SYNTHETIC_DATE } from "./synthetic-city.js";

interface Figures {
  trips: number;
  blocks: number;
  dayTypes: number;
  readMs: number;
  planMs: number;
  writeMs: number;
  totalMs: number;
  maxRssMb: number;
  processCpuMs: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const tsxCli = path.resolve(here, "../../node_modules/tsx/dist/cli.mjs");

function runOnce(feed: string, out: string, singleDay: boolean): Figures {
  const r = spawnSync(
    process.execPath,
    [tsxCli, path.join(here, "run-plan-once.ts"), "gtfs", feed, SYNTHETIC_DATE, out],
    {
      encoding: "utf8",
      maxBuffer: 1 << 24,
      env: { ...process.env, FLEETHUB_BENCH_SINGLE_DAY: singleDay ? "1" : "0" },
    },
  );
  if (r.status !== 0) throw new Error(`plan failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Figures;
}

const best = (feed: string, out: string, singleDay: boolean): Figures => {
  const a = runOnce(feed, out, singleDay);
  const b = runOnce(feed, out, singleDay);
  return b.totalMs < a.totalMs ? b : a;
};

const trips = Number(process.argv[2] ?? 20_000);
const blocks = Number(process.argv[3] ?? 300);
const work = mkdtempSync(path.join(os.tmpdir(), "planner-year-"));
process.stdout.write(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}\n`,
);
try {
  const city = await generateSyntheticCity(path.join(work, "city"), trips, blocks);
  const three = path.join(work, "city-3");
  cpSync(city.dir, three, { recursive: true });
  writeFileSync(
    path.join(three, "calendar.txt"),
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n" +
      "WK,1,1,1,1,1,1,1,20240101,20241231\nSA,0,0,0,0,0,1,0,20240101,20241231\nSU,0,0,0,0,0,0,1,20240101,20241231\n",
  );
  const rows = [
    ["date only (before)", best(city.dir, path.join(work, "out-a"), true)],
    ["year, 1 day type", best(city.dir, path.join(work, "out-b"), false)],
    ["year, 3 day types", best(three, path.join(work, "out-c"), false)],
  ] as const;
  const base = rows[0][1].totalMs;
  process.stdout.write(
    [
      "| plan | trips/day | day types | end to end ms (best of 2) | vs date only | process CPU ms (incl. start-up) | read / plan / write ms | peak RSS MB |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows.map(
        ([name, f]) =>
          `| ${name} | ${f.trips} | ${f.dayTypes} | ${f.totalMs.toFixed(0)} | ${(f.totalMs / base).toFixed(2)}× | ${f.processCpuMs.toFixed(0)} | ${f.readMs.toFixed(0)} / ${f.planMs.toFixed(0)} / ${f.writeMs.toFixed(0)} | ${f.maxRssMb.toFixed(0)} |`,
      ),
    ].join("\n") + "\n",
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
