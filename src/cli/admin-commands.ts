/**
 * The administrator's commands other than `start`. They are loaded only when one of them
 * runs, so that starting the server does not pay for their imports.
 */
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { createInterface } from "node:readline/promises";
import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config.js";
import { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from "../core/roles.js";
import { seedDemo } from "../db/seed/seed-demo.js";
import { AppError, invalid } from "../errors.js";
import { createToken } from "../modules/api-tokens/api-tokens.js";
import { findUserByEmail } from "../modules/auth/repository.js";
import { systemActor } from "../modules/auth/system-actor.js";
import { createOrganisation } from "../modules/organisations/organisations.js";
import { createUser, resetPassword } from "../modules/users/users.js";
import { verifyChains } from "../modules/records/chain.js";
import {
  generateCheckpointKeys,
  loadCheckpointPrivateKey,
  loadCheckpointPublicKey,
  readCheckpointFile,
  writeCheckpoints,
} from "../modules/records/checkpoints.js";
import { registerPlanCommand } from "../planner/cli/plan-command.js";
import { openConfiguredDatabase } from "../server/start.js";
import { prepareDatabase } from "../setup.js";

function choice<T extends string>(allowed: readonly T[], name: string) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${name} must be one of ${allowed.join(", ")}`);
    }
    return value as T;
  };
}

/** Runs `work` against the configured database (brought up to date first), then closes it. */
async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>["db"]) => Promise<T>,
  options: { migrate: boolean } = { migrate: true },
) {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    if (options.migrate) await prepareDatabase(database.db);
    return await work(database.db);
  } finally {
    await database.close();
  }
}

const generatedPassword = (): string => randomBytes(12).toString("base64url");

/** Asks on the terminal without echoing what is typed. */
async function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await prompt.question("");
  } finally {
    prompt.close();
    process.stdout.write("\n");
  }
}

async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return (Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "").trimEnd();
}

interface PasswordOptions {
  password?: string;
  passwordStdin?: boolean;
}

/**
 * A new password, never from the command line (other users see it in `ps`, and it stays
 * in shell history): from standard input with --password-stdin, from FLEETHUB_PASSWORD
 * (the command's own input, not a server setting), asked twice on a terminal without
 * echo, or else generated (and then printed once). Returns whether it was generated.
 */
async function newPassword(
  options: PasswordOptions,
): Promise<{ password: string; generated: boolean }> {
  if (options.password !== undefined) {
    throw new AppError(
      "VALIDATION_FAILED",
      "--password: a password on the command line is visible to other users and kept in shell history; pipe it in with --password-stdin, set FLEETHUB_PASSWORD, or type it when asked",
      "password",
    );
  }
  if (options.passwordStdin) {
    const password = process.stdin.isTTY ? await askHidden("password: ") : await firstLineOfStdin();
    if (!password)
      throw new AppError(
        "VALIDATION_FAILED",
        "--password-stdin: no password was given",
        "password",
      );
    return { password, generated: false };
  }
  const fromEnvironment = process.env.FLEETHUB_PASSWORD;
  if (fromEnvironment) return { password: fromEnvironment, generated: false };
  if (process.stdin.isTTY) {
    const password = await askHidden("password (empty: generate one): ");
    if (!password) return { password: generatedPassword(), generated: true };
    if ((await askHidden("password again: ")) !== password) {
      throw new AppError("VALIDATION_FAILED", "password: the two entries differ", "password");
    }
    return { password, generated: false };
  }
  return { password: generatedPassword(), generated: true };
}

const PASSWORD_HELP = "refused: use --password-stdin, FLEETHUB_PASSWORD or the prompt";

export function registerAdminCommands(program: Command): void {
  program
    .command("migrate")
    .description("bring the database schema up to date")
    .action(async () => {
      const applied = await withDatabase((db) => prepareDatabase(db), { migrate: false });
      console.log(applied.length ? `applied: ${applied.join(", ")}` : "the schema is up to date");
    });

  program
    .command("seed")
    .description("load the demo network into an empty database (not in production)")
    .option("--demo", "the demo network, whose accounts share a password published in the README")
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) {
        throw new AppError(
          "VALIDATION_FAILED",
          "--demo: say `fleethub seed --demo` to load the demo network; its accounts share a published password",
          "demo",
        );
      }
      if (loadConfig().production) {
        throw new AppError(
          "VALIDATION_FAILED",
          "--demo: NODE_ENV=production; the demo network's published password is never loaded into a production database",
          "demo",
        );
      }
      const seeded = await withDatabase((db) => seedDemo(db));
      console.log(
        seeded ? "demo network loaded" : "the database already has organisations; nothing changed",
      );
    });

  const org = program.command("org").description("organisations");
  org
    .command("create")
    .description("create a manufacturer, hub or operator")
    .requiredOption(
      "--kind <kind>",
      ORGANISATION_KINDS.join(" | "),
      choice(ORGANISATION_KINDS, "--kind"),
    )
    .requiredOption("--name <name>", "its name")
    .option("--parent <id>", "the manufacturer a hub belongs to")
    .option("--region <id>", "its region")
    .action(
      async (options: {
        kind: OrganisationKind;
        name: string;
        parent?: string;
        region?: string;
      }) => {
        const created = await withDatabase((db) =>
          createOrganisation(db, systemActor(), {
            kind: options.kind,
            name: options.name,
            parentId: options.parent ?? null,
            regionId: options.region ?? null,
          }),
        );
        console.log(`created ${created.kind} "${created.name}" with id ${created.id}`);
      },
    );

  const user = program.command("user").description("people");
  user
    .command("create")
    .description("create a user with a role in an organisation")
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--name <name>", "full name")
    .requiredOption("--org <id>", "organisation id")
    .requiredOption("--role <role>", ROLES.join(" | "), choice(ROLES, "--role"))
    .option("--password <password>", PASSWORD_HELP)
    .option(
      "--password-stdin",
      "read the password from standard input (asked without echo on a terminal)",
    )
    .option("--locale <locale>", "en | ru", choice(["en", "ru"] as const, "--locale"), "en")
    .action(
      async (
        options: {
          email: string;
          name: string;
          org: string;
          role: Role;
          locale: "en" | "ru";
        } & PasswordOptions,
      ) => {
        const { password, generated } = await newPassword(options);
        const created = await withDatabase((db) =>
          createUser(db, systemActor(), {
            email: options.email,
            name: options.name,
            password,
            locale: options.locale,
            memberships: [{ organisationId: options.org, role: options.role }],
          }),
        );
        console.log(`created user ${created.email} (${created.id})`);
        if (generated) console.log(`password: ${password}`);
      },
    );
  user
    .command("reset-password")
    .description("set a new password; the user's sessions end")
    .requiredOption("--email <email>", "the user's email")
    .option("--password <password>", PASSWORD_HELP)
    .option(
      "--password-stdin",
      "read the password from standard input (asked without echo on a terminal)",
    )
    .action(async (options: { email: string } & PasswordOptions) => {
      const { password, generated } = await newPassword(options);
      await withDatabase(async (db) => {
        const found = await findUserByEmail(db, options.email);
        if (!found) throw new AppError("NOT_FOUND", `--email: no user ${options.email}`, "email");
        await resetPassword(db, systemActor(), found.id, password);
      });
      console.log(`password of ${options.email} reset; all their sessions ended`);
      if (generated) console.log(`password: ${password}`);
    });

  const token = program.command("token").description("API tokens");
  token
    .command("create")
    .description("create an API token for an organisation; the secret is printed once")
    .requiredOption("--org <id>", "organisation id")
    .requiredOption("--name <name>", "what the token is for")
    .requiredOption("--role <role>", ROLES.join(" | "), choice(ROLES, "--role"))
    .option(
      "--expires-in-days <days>",
      "days until it expires (default 90, at most 365)",
      (value) => {
        const days = Number(value);
        if (!Number.isInteger(days) || days < 1)
          throw new InvalidArgumentError("--expires-in-days must be a whole number of days");
        return days;
      },
    )
    .action(async (options: { org: string; name: string; role: Role; expiresInDays?: number }) => {
      const created = await withDatabase((db) =>
        createToken(db, systemActor(), {
          name: options.name,
          role: options.role,
          expiresInDays: options.expiresInDays,
          organisationId: options.org,
        }),
      );
      console.log(
        `token ${created.token.id} created; send it as: Authorization: Bearer ${created.secret}`,
      );
    });

  const audit = program.command("audit").description("tamper evidence (docs/security.md)");
  audit
    .command("verify")
    .description(
      "re-hash every chained record (inspections, defects and their events, meter readings) and check each organisation's chain; with --checkpoints, also against signed checkpoints",
    )
    .option("--org <id>", "only this organisation")
    .option("--checkpoints <file>", "a checkpoint file written by `fleethub audit checkpoint`")
    .option("--public-key <file>", "the public key the checkpoints were signed with")
    .action(async (options: { org?: string; checkpoints?: string; publicKey?: string }) => {
      if (Boolean(options.checkpoints) !== Boolean(options.publicKey))
        throw invalid(
          options.checkpoints ? "--public-key" : "--checkpoints",
          "is required with " + (options.checkpoints ? "--checkpoints" : "--public-key"),
        );
      const signed =
        options.checkpoints && options.publicKey
          ? await readCheckpointFile(
              options.checkpoints,
              await loadCheckpointPublicKey("--public-key", options.publicKey),
            )
          : null;
      const reports = await withDatabase((db) =>
        verifyChains(db, options.org ? [options.org] : undefined, signed?.byOrganisation),
      );
      let problems = signed?.rejected.length ?? 0;
      for (const rejected of signed?.rejected ?? [])
        console.log(`FAILED  checkpoint file ${rejected}`);
      for (const report of reports) {
        problems += report.problems.length;
        console.log(
          `${report.problems.length ? "FAILED" : "ok"}  ${report.organisationName}: ${report.entries} records`,
        );
        for (const problem of report.problems) console.log(`      ${problem.message}`);
      }
      if (!reports.length) console.log("no chained records yet");
      if (signed) {
        const count = [...signed.byOrganisation.values()].reduce((n, list) => n + list.length, 0);
        console.log(`${count} signed checkpoint${count === 1 ? "" : "s"} checked`);
      }
      if (problems) {
        console.log(
          `${problems} problem${problems === 1 ? "" : "s"} found: records were changed or removed outside fleethub`,
        );
        process.exitCode = 1;
      }
    });
  audit
    .command("keygen")
    .description(
      "create the Ed25519 key pair that signs checkpoints; keep the private key off the database server",
    )
    .requiredOption("--private-key <file>", "where to write the private key (PEM, mode 600)")
    .requiredOption("--public-key <file>", "where to write the public key (PEM)")
    .action(async (options: { privateKey: string; publicKey: string }) => {
      await generateCheckpointKeys(options.privateKey, options.publicKey);
      console.log(
        `key pair written: set FLEETHUB_CHECKPOINT_KEY_FILE=${options.privateKey}; verify with --public-key ${options.publicKey}`,
      );
    });
  audit
    .command("checkpoint")
    .description(
      "sign every organisation's chain head and append it to the checkpoint file (the server also does this every FLEETHUB_CHECKPOINT_MINUTES)",
    )
    .option("--key <file>", "the private key (default: FLEETHUB_CHECKPOINT_KEY_FILE)")
    .option("--out <file>", "the checkpoint file (default: FLEETHUB_CHECKPOINT_FILE)")
    .action(async (options: { key?: string; out?: string }) => {
      const config = loadConfig();
      const keyFile = options.key ?? config.checkpointKeyFile;
      if (!keyFile)
        throw invalid("--key", "is required when FLEETHUB_CHECKPOINT_KEY_FILE is not set");
      const key = await loadCheckpointPrivateKey(
        options.key ? "--key" : "FLEETHUB_CHECKPOINT_KEY_FILE",
        keyFile,
      );
      const file = options.out ?? config.checkpointFile;
      const written = await withDatabase((db) => writeCheckpoints(db, key, file));
      console.log(
        `${written.length} checkpoint${written.length === 1 ? "" : "s"} appended to ${file}`,
      );
    });

  registerPlanCommand(program);
}
