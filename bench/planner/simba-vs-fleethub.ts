/**
 * SimBA and fleethub on SimBA's example, each as a whole process, run alternately in this
 * script: SimBA, fleethub, SimBA, fleethub, … (RUNS rounds, default 3) for basic.cfg and
 * extensive.cfg; median and range of the wall time from spawn to exit. Node's own start
 * (`node -e 0`) is measured in the same rounds, as the floor under every fleethub figure.
 *
 *   npm run build:server          # fleethub runs from dist/, as an installed `fleethub` does
 *   SIMBA_DIR=/path/to/SimBA SPICE_EV_DIR=/path/to/spice_ev npx tsx bench/planner/simba-vs-fleethub.ts
 *
 * SIMBA_DIR: a git checkout of rl-institut/SimBA (SimBA calls `git rev-parse HEAD`), whose
 * data/examples/configs/<cfg>.cfg is run from that directory; SPICE_EV_DIR (optional) is put
 * on PYTHONPATH; PYTHON (default python3) must have pandas, numpy, matplotlib and dill.
 * Without SIMBA_DIR, or when that Python cannot import SimBA, SimBA is skipped and said so.
 * SimBA writes its outputs under SIMBA_DIR/data/sim_outputs/ (its cfg sets the path); the
 * folders a run adds there are removed after it. fleethub writes into a scratch folder.
 * BASELINE_DIR (optional): another built fleethub checkout (e.g. a `git worktree` of an older
 * commit, after its `npm run build:server`) whose `fleethub plan --simba` runs in the same rounds,
 * to measure a change before and after under the same load.
 * With GNU time (/usr/bin/time) each child's CPU time (user + system) is reported too: on a
 * loaded machine it varies far less than wall time.
 * Warm and cached: every program's files are in the operating system's cache after the
 * first round; nothing else is kept between runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const runs = Number(process.env.RUNS ?? 3);
const python = process.env.PYTHON ?? "python3";
const simbaDir = process.env.SIMBA_DIR;
const spiceEvDir = process.env.SPICE_EV_DIR;
const cfgs = ["basic", "extensive"] as const;
const baselineDir = process.env.BASELINE_DIR;
const work = mkdtempSync(path.join(os.tmpdir(), "simba-vs-fleethub-"));

if (!existsSync(path.join(root, "dist/cli/main.js"))) {
  console.error("fleethub is not built: run `npm run build:server` first");
  process.exit(1);
}

/** `/usr/bin/time` (GNU time) reports a child's CPU time, which load distorts less than wall time. */
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

interface Timing {
  wallMs: number;
  /** User + system CPU of the child; NaN without GNU time. */
  cpuMs: number;
}

function timed(cmd: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Timing {
  const [exe, argv] = gnuTime === null ? [cmd, args] : [gnuTime, ["-f", "cpu %U %S", cmd, ...args]];
  const t = performance.now();
  const r = spawnSync(exe, argv, { cwd, env: env ?? process.env, encoding: "utf8" });
  const wallMs = performance.now() - t;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const cpuMs = m === null ? NaN : (Number(m[1]) + Number(m[2])) * 1000;
  return { wallMs, cpuMs };
}

const simbaEnv: NodeJS.ProcessEnv = {
  ...process.env,
  MPLBACKEND: "Agg",
  PYTHONPATH: [spiceEvDir, simbaDir, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
};

function simbaSkipReason(): string | null {
  if (simbaDir === undefined) return "SIMBA_DIR is not set";
  if (!existsSync(path.join(simbaDir, "simba/__main__.py")))
    return `${simbaDir} is not a SimBA checkout (no simba/__main__.py)`;
  const r = spawnSync(python, ["-c", "import pandas, numpy, matplotlib, dill, spice_ev, simba"], {
    env: simbaEnv,
    encoding: "utf8",
  });
  if (r.error !== undefined) return `${python} cannot be run: ${r.error.message}`;
  if (r.status !== 0) return `${python} cannot import SimBA: ${r.stderr.trim().split("\n").pop()}`;
  return null;
}

function runSimba(cfg: string): Timing {
  const dir = simbaDir!;
  const outputs = path.join(dir, "data/sim_outputs");
  const before = new Set(existsSync(outputs) ? readdirSync(outputs) : []);
  try {
    return timed(
      python,
      ["-m", "simba", "--config", `data/examples/configs/${cfg}.cfg`],
      dir,
      simbaEnv,
    );
  } finally {
    if (existsSync(outputs))
      for (const f of readdirSync(outputs))
        if (!before.has(f)) rmSync(path.join(outputs, f), { recursive: true, force: true });
  }
}

function runFleethub(cfg: string, checkout = root): Timing {
  const out = path.join(work, cfg);
  const ms = timed(
    process.execPath,
    [
      path.join(checkout, "bin/fleethub.mjs"),
      "plan",
      "--simba",
      path.join(root, `test/fixtures/simba-example/${cfg}.cfg`),
      "--out",
      out,
    ],
    root,
  );
  rmSync(out, { recursive: true, force: true });
  return ms;
}

const stats = (xs: number[]): { median: number; min: number; max: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
};
const fmtOne = (xs: number[]): string => {
  const s = stats(xs);
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
};
const fmt = (ts: Timing[]): string => {
  const cpu = ts.map((t) => t.cpuMs);
  const wall = `wall ${fmtOne(ts.map((t) => t.wallMs))}`;
  return cpu.some((c) => Number.isNaN(c)) ? wall : `${wall}, CPU ${fmtOne(cpu)}`;
};
const ratio = (a: Timing[], b: Timing[], key: keyof Timing): string =>
  (stats(a.map((t) => t[key])).median / stats(b.map((t) => t[key])).median).toFixed(1);

try {
  const skip = simbaSkipReason();
  if (skip !== null) console.log(`SimBA: skipped — ${skip}`);
  if (baselineDir !== undefined && !existsSync(path.join(baselineDir, "dist/cli/main.js")))
    throw new Error(`BASELINE_DIR ${baselineDir} is not a built fleethub checkout`);
  const times: Record<string, { simba: Timing[]; fleethub: Timing[]; baseline: Timing[] }> = {};
  const nodeStart: Timing[] = [];
  for (const cfg of cfgs) times[cfg] = { simba: [], fleethub: [], baseline: [] };
  for (let round = 0; round < runs; round++) {
    for (const cfg of cfgs) {
      if (skip === null) times[cfg]!.simba.push(runSimba(cfg));
      times[cfg]!.fleethub.push(runFleethub(cfg));
      if (baselineDir !== undefined) times[cfg]!.baseline.push(runFleethub(cfg, baselineDir));
    }
    nodeStart.push(timed(process.execPath, ["-e", "0"], root));
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  console.log(`runs per program: ${runs}, alternating; median (min–max) wall time`);
  console.log(`node -e 0: ${fmt(nodeStart)}`);
  for (const cfg of cfgs) {
    const t = times[cfg]!;
    const line = [`${cfg}.cfg: fleethub ${fmt(t.fleethub)}`];
    if (t.simba.length > 0) {
      line.push(`SimBA ${fmt(t.simba)}`);
      line.push(`SimBA ÷ fleethub, medians: wall ${ratio(t.simba, t.fleethub, "wallMs")}×`);
      if (gnuTime !== null) line.push(`CPU ${ratio(t.simba, t.fleethub, "cpuMs")}×`);
    }
    if (t.baseline.length > 0) {
      line.push(`baseline fleethub ${fmt(t.baseline)}`);
      line.push(`baseline ÷ fleethub, medians: wall ${ratio(t.baseline, t.fleethub, "wallMs")}×`);
      if (gnuTime !== null) line.push(`CPU ${ratio(t.baseline, t.fleethub, "cpuMs")}×`);
    }
    console.log(line.join("; "));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
