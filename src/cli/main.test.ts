import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../db/database.js";
import { verifyPassword } from "../modules/auth/passwords.js";
import { main } from "./main.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fleethub-cli-"));
const saved = { ...process.env };

beforeAll(() => {
  process.env.FLEETHUB_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  process.env = saved;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `fleethub <args>` in process and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  try {
    await main(["node", "fleethub", ...args]);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  return lines.join("\n");
}

// Each command opens the embedded database on disk, as an administrator's would.
describe("the fleethub command", { timeout: 600_000 }, () => {
  it("migrates, seeds once, creates an organisation, a user, resets a password and makes a token", async () => {
    expect(await run("migrate")).toMatch(/applied: 0001_foundation, 0002_fleet_inspections/);
    expect(await run("migrate")).toMatch(/up to date/);
    expect(await run("seed")).toMatch(/--demo: say `fleethub seed --demo`/);
    expect(await run("seed", "--demo")).toMatch(/demo network loaded/);
    expect(await run("seed", "--demo")).toMatch(/nothing changed/);

    const created = await run("org", "create", "--kind", "operator", "--name", "Tuapse Bus");
    const orgId = /with id ([0-9a-f-]{36})/.exec(created)?.[1];
    expect(orgId).toBeDefined();

    const user = await run(
      "user",
      "create",
      "--email",
      "chief@tuapse.test",
      "--name",
      "Chief",
      "--org",
      orgId ?? "",
      "--role",
      "operator_manager",
    );
    const password = /password: (\S+)/.exec(user)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);

    // A password on the command line is refused (ps and shell history show it) ...
    expect(
      await run(
        "user",
        "reset-password",
        "--email",
        "chief@tuapse.test",
        "--password",
        "tuapse harbour 2026",
      ),
    ).toMatch(/--password: a password on the command line is visible to other users/);
    // ... it comes from the environment (or standard input, or a prompt) and is not printed.
    process.env.FLEETHUB_PASSWORD = "tuapse harbour 2026";
    let reset: string;
    try {
      reset = await run("user", "reset-password", "--email", "chief@tuapse.test");
    } finally {
      delete process.env.FLEETHUB_PASSWORD;
    }
    expect(reset).toMatch(/reset/);
    expect(reset).not.toContain("tuapse harbour 2026");
    const token = await run(
      "token",
      "create",
      "--org",
      orgId ?? "",
      "--name",
      "erp",
      "--role",
      "operator_manager",
    );
    expect(token).toMatch(/Bearer fht_/);

    const database = await openDatabase({ url: null, embeddedDir: path.join(dataDir, "pglite") });
    try {
      const row = await database.db
        .selectFrom("users")
        .select("password_hash")
        .where("email", "=", "chief@tuapse.test")
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(row.password_hash, "tuapse harbour 2026")).toBe(true);
      const audit = await database.db
        .selectFrom("audit_log")
        .select(["actor_label", "entity"])
        .where("actor_label", "=", "cli")
        .execute();
      expect(audit.map((a) => a.entity)).toEqual(
        expect.arrayContaining(["organisation", "user", "api_token"]),
      );
    } finally {
      await database.close();
    }
  });

  it("refuses the demo network in production", async () => {
    process.env.NODE_ENV = "production";
    try {
      expect(await run("seed", "--demo")).toMatch(
        /--demo: NODE_ENV=production; the demo network's published password is never loaded/,
      );
    } finally {
      if (saved.NODE_ENV === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = saved.NODE_ENV;
    }
  });

  it("explains a bad value instead of failing obscurely", async () => {
    expect(await run("user", "reset-password", "--email", "nobody@nowhere.test")).toMatch(
      /no user nobody@nowhere.test/,
    );
    expect(await run("org", "create", "--kind", "hub", "--name", "Orphan")).toMatch(
      /parentId: a hub must belong to a manufacturer/,
    );
  });
});
