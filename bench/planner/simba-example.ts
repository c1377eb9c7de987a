/**
 * SimBA's example end to end (read the cfg and its files, plan, write JSON/CSV/HTML), compared
 * with SimBA's own wall times on this kind of machine from test/fixtures/README.md
 * (basic.cfg 7.1 s, extensive.cfg 5.3 s). SimBA is NOT re-run here: those are recorded
 * figures, so the SimBA ratios are not against a baseline of this run and must be read so.
 *
 * Two measures: a cold process (the planner bundled with esbuild, run by `node`, wall time
 * from spawn to exit, like SimBA's figure; median of 5) and warm in-process runs (11, the
 * first not counted; median of 10). Node's own start-up (`node -e ""`, median of 5) is
 * measured in the same run as the baseline under every cold process.
 * Warm and cached: the bundle is built once before timing; the operating system's file
 * cache holds it and the example's files after the first run. The planner caches nothing
 * between runs: each reads and parses the cfg and its files again.
 *
 *   npx tsx bench/planner/simba-example.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { prepareSimbaPlanInput } from "../../src/planner/prepare-input.js";
import { runPlan } from "../../src/planner/plan.js";
import { writePlanOutputs } from "../../src/planner/report/write-outputs.js";
import { SIMBA_EXAMPLE_DIR } from "../../test/fixtures/paths.js";

const SIMBA_WALL_S: Record<string, number> = { basic: 7.1, extensive: 5.3 };
const DATA = SIMBA_EXAMPLE_DIR;
const here = path.dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), "planner-simba-bench-"));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function wallMs(args: string[]): number {
  return spawnTimed(args).wallMs;
}

/** Wall time from spawn to exit, and the child's own CPU time when it reports one. */
function spawnTimed(args: string[]): { wallMs: number; cpuMs: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(r.stderr);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  const cpuMs = last.startsWith("{")
    ? ((JSON.parse(last) as { processCpuMs?: number }).processCpuMs ?? NaN)
    : NaN;
  return { wallMs: ms, cpuMs };
}

try {
  const bundle = path.join(work, "run-plan-once.mjs");
  await build({
    entryPoints: [path.join(here, "run-plan-once.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: bundle,
    logLevel: "error",
    // yauzl is CommonJS: give the ESM bundle a require().
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
  });
  const nodeStart = median([1, 2, 3, 4, 5].map(() => wallMs(["-e", ""])));
  process.stdout.write(
    `machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}\n`,
  );
  process.stdout.write(
    `node start-up alone (baseline, median of 5): ${nodeStart.toFixed(0)} ms\n\n`,
  );
  process.stdout.write(
    "| cfg | SimBA wall (recorded, not re-run) | planner cold process wall (median of 5) | ratio | cold process CPU time | ratio | planner warm in-process (median of 10) | ratio |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n",
  );
  for (const cfg of ["basic", "extensive"]) {
    const cfgPath = path.join(DATA, `${cfg}.cfg`);
    const out = path.join(work, cfg);
    const coldRuns = [1, 2, 3, 4, 5].map(() => spawnTimed([bundle, "simba", cfgPath, out]));
    const cold = median(coldRuns.map((r) => r.wallMs));
    const coldCpu = median(coldRuns.map((r) => r.cpuMs));
    const warm: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t = performance.now();
      const input = await prepareSimbaPlanInput({ cfgPath, scenario: null });
      await writePlanOutputs(runPlan(input), out);
      if (i > 0) warm.push(performance.now() - t);
    }
    const simbaMs = SIMBA_WALL_S[cfg]! * 1000;
    process.stdout.write(
      `| ${cfg}.cfg | ${(simbaMs / 1000).toFixed(1)} s | ${cold.toFixed(0)} ms | ${(simbaMs / cold).toFixed(0)}× | ${coldCpu.toFixed(0)} ms | ${(simbaMs / coldCpu).toFixed(0)}× | ${median(warm).toFixed(1)} ms | ${(simbaMs / median(warm)).toFixed(0)}× |\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
