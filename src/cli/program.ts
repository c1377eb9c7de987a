import { Command } from "commander";

/** The `fleethub` program, without its commands (src/cli/main.ts and plan-main.ts add them). */
export function fleethubProgram(): Command {
  return new Command("fleethub").description(
    "fleethub: fleet safety, maintenance, training and planning",
  );
}
