/**
 * `fleethub plan` on its own: the planner's command and nothing of the database, the server
 * or the administration commands. `npm run build:server` also bundles this file with
 * everything it imports into the single file dist/cli/plan.mjs (scripts/plan-cli.vite.config.ts),
 * which bin/fleethub.mjs runs for `fleethub plan`: loading one file instead of ~40 modules
 * through Node's ES module loader saves ≈60–70 ms CPU of a ~0.3 s plan of SimBA's example
 * (bench/planner/simba-vs-fleethub.ts). src/cli/main.ts runs the same program for `plan`
 * when the bundle is missing or older than the compiled code.
 */
import "./short-run-tiering.js";
import type { Command } from "commander";
import { registerPlanCommand } from "../planner/cli/plan-command.js";
import { fleethubProgram } from "./program.js";

/** Adds `plan` to the program (a fresh `fleethub` program when none is given). */
export function planProgram(program: Command = fleethubProgram()): Command {
  registerPlanCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await planProgram().parseAsync(argv);
}
