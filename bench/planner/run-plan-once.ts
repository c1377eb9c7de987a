/**
 * One end-to-end plan in a fresh process, printing timings and peak memory as JSON:
 *   npx tsx bench/planner/run-plan-once.ts gtfs <feed> <date> <out>  |  simba <cfg> <out>
 * With FLEETHUB_BENCH_SINGLE_DAY=1 a GTFS plan reads the date only (`calendarYear: false`,
 * the planner before the year from the service calendar), for a before/after figure.
 * A building block, not a benchmark on its own: scaling.ts and simba-example.ts run it and
 * set its figures against their baselines. Nothing is warm: the JIT starts cold in every
 * process. The timings start after the modules have loaded; processCpuMs includes the
 * process's whole start-up. The operating system's file cache may hold the input from an
 * earlier run.
 */
import { prepareGtfsPlanInput, prepareSimbaPlanInput } from "../../src/planner/prepare-input.js";
import { runPlan } from "../../src/planner/plan.js";
import { writePlanOutputs } from "../../src/planner/report/write-outputs.js";

const [kind, a, b, c] = process.argv.slice(2);
const t0 = performance.now();
let stopTimes = { bytes: 0, rows: 0, ms: 0 };
let input;
if (kind === "gtfs" && a !== undefined && b !== undefined) {
  const prepared = await prepareGtfsPlanInput({
    gtfsPath: a,
    date: b,
    scenario: null,
    calendarYear: process.env.FLEETHUB_BENCH_SINGLE_DAY !== "1",
  });
  stopTimes = prepared.stopTimesStats;
  input = prepared;
} else if (kind === "simba" && a !== undefined) {
  input = await prepareSimbaPlanInput({ cfgPath: a, scenario: null });
} else {
  throw new Error("usage: run-plan-once.ts gtfs <feed> <date> <out> | simba <cfg> <out>");
}
const tRead = performance.now();
const result = runPlan(input);
const tPlan = performance.now();
await writePlanOutputs(result, (kind === "gtfs" ? c : b) ?? "/tmp/plan-bench-out");
const tEnd = performance.now();
process.stdout.write(
  JSON.stringify({
    trips: result.timetable.tripCount,
    blocks: result.timetable.blockCount,
    dayTypes: result.year?.dayTypes.length ?? 0,
    readMs: tRead - t0,
    planMs: tPlan - tRead,
    writeMs: tEnd - tPlan,
    totalMs: tEnd - t0,
    timingsMs: result.timingsMs,
    stopTimesBytes: stopTimes.bytes,
    stopTimesMs: stopTimes.ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    // CPU time of the whole process since it started (start-up included): on a shared,
    // loaded machine this is closer to idle wall time than wall time is.
    processCpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  }) + "\n",
);
