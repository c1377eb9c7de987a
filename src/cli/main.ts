#!/usr/bin/env node
/**
 * `fleethub`: what an administrator does from a terminal. Each command calls the same
 * domain functions as the API.
 */
import type { Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { AppError } from "../errors.js";
import { fleethubProgram } from "./program.js";

export async function buildProgram(argv: string[]): Promise<Command> {
  const program = fleethubProgram();

  program
    .command("start")
    .description("start the server (settings from the environment, see README)")
    .option("-p, --port <port>", "port to listen on (overrides PORT)")
    .action(async (options: { port?: string }) => {
      const config = loadConfig(
        options.port ? { ...process.env, PORT: options.port } : process.env,
      );
      const { startServer } = await import("../server/start.js");
      const server = await startServer(config);
      const stop = () => {
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });

  if (argv[2] === "plan") {
    // The planner needs no database: loading the administration commands (and with them
    // the database, server and every module) took ~0.45 s of a ~1.2 s plan of SimBA's
    // example (bench/planner/simba-vs-fleethub.ts). bin/fleethub.mjs runs the bundled
    // dist/cli/plan.mjs instead when it is built (src/cli/plan-main.ts).
    const { planProgram } = await import("./plan-main.js");
    planProgram(program);
  } else if (argv[2] !== "start") {
    const { registerAdminCommands } = await import("./admin-commands.js");
    registerAdminCommands(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) {
      console.error(`fleethub: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
