/**
 * `fleethub plan` as bin/fleethub.mjs runs it once built: the single bundled file
 * dist/cli/plan.mjs (src/cli/plan-main.ts, scripts/plan-cli.vite.config.ts), here built into
 * a scratch folder and run as a process of its own. It must write what the planner's command
 * writes when run from the modules, keep the exit codes and messages, and find the GTFS
 * reader, which the bundle keeps in a chunk of its own.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runPlanCommand } from "../../src/planner/cli/plan-command.js";
import { DETROIT_GTFS, SIMBA_EXAMPLE_DIR } from "../fixtures/paths.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let scratch: string;
let runner: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "plan-bundle-"));
  await build({
    configFile: path.join(root, "scripts/plan-cli.vite.config.ts"),
    logLevel: "error",
    build: { outDir: path.join(scratch, "cli") },
  });
  // What bin/fleethub.mjs does with the bundle.
  runner = path.join(scratch, "cli/run.mjs");
  writeFileSync(runner, 'import { main } from "./plan.mjs";\nawait main(process.argv);\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runBundled(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [runner, "plan", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file written, plan.json without its timings (they differ from run to run). */
function outputs(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, name), "utf8");
    if (name === "plan.json") {
      const plan = JSON.parse(text) as Record<string, unknown>;
      delete plan.timingsMs;
      files[name] = plan;
    } else files[name] = text;
  }
  return files;
}

/** The planner's command from the modules, in this process, into a folder of its own. */
async function runInProcess(opts: Parameters<typeof runPlanCommand>[0]): Promise<number> {
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return await runPlanCommand(opts);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe("the bundled `fleethub plan`", () => {
  it("is one file, with the GTFS reader in a chunk beside it", () => {
    expect(readdirSync(path.join(scratch, "cli")).sort()).toEqual([
      "plan-read-gtfs.mjs",
      "plan.mjs",
      "run.mjs",
    ]);
  });

  it("writes what the command writes from the modules for SimBA's example", async () => {
    for (const cfg of ["basic", "extensive"]) {
      const bundled = path.join(scratch, `${cfg}-bundled`);
      const modules = path.join(scratch, `${cfg}-modules`);
      const cfgPath = path.join(SIMBA_EXAMPLE_DIR, `${cfg}.cfg`);
      const r = runBundled(["--simba", cfgPath, "--out", bundled, "-q"]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^128 trips, 8 blocks \(simba-rotations\); cheapest: /);
      expect(r.stdout).toContain(`wrote ${path.join(bundled, "report.html")}\n`);
      const code = await runInProcess({
        simba: cfgPath,
        out: modules,
        sensitivity: true,
        quiet: true,
      });
      expect(code).toBe(0);
      const expected = outputs(modules);
      expect(Object.keys(expected)).toHaveLength(7);
      expect(outputs(bundled)).toEqual(expected);
    }
  }, 120_000);

  it("reads a GTFS feed through its chunk", async () => {
    const bundled = path.join(scratch, "gtfs-bundled");
    const modules = path.join(scratch, "gtfs-modules");
    const args = { gtfs: DETROIT_GTFS, date: "2022-07-05" };
    const r = runBundled(["--gtfs", args.gtfs, "--date", args.date, "--out", bundled, "-q"]);
    expect(r.status, r.stderr).toBe(0);
    const code = await runInProcess({ ...args, out: modules, sensitivity: true, quiet: true });
    expect(code).toBe(0);
    expect(outputs(bundled)).toEqual(outputs(modules));
  }, 120_000);

  it("refuses bad input with exit code 2, names the problem and writes nothing", () => {
    const out = path.join(scratch, "refused");
    const missing = path.join(scratch, "no-such.cfg");
    const r = runBundled(["--simba", missing, "--out", out, "-q"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`plan: ${missing}: SimBA config not found`);
    expect(existsSync(out)).toBe(false);

    const both = runBundled(["--simba", missing, "--gtfs", DETROIT_GTFS, "--out", out]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--gtfs: give either --gtfs or --simba, not both");
    expect(existsSync(out)).toBe(false);
  });

  it("rejects an unknown option as commander does, with exit code 1", () => {
    const r = runBundled(["--no-such-option"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("error: unknown option '--no-such-option'");
  });
});
