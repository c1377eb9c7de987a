/**
 * Stand-alone entry for the `plan` command (the fleethub binary wires the same command in):
 *   npx tsx bench/planner/plan-cli.ts plan --simba basic.cfg --out dir/
 * Not a benchmark: it measures nothing, and runs the planner from source without a build.
 */
import { Command } from "commander";
import { registerPlanCommand } from "../../src/planner/cli/plan-command.js";

const program = new Command("fleethub-plan");
registerPlanCommand(program);
await program.parseAsync(process.argv);
