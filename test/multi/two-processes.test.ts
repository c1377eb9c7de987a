/**
 * Two fleethub server processes (real OS processes, `fleethub start` from the sources) on ONE
 * PostgreSQL database, each with its own data directory, as behind a load balancer: what one
 * does, the other must honour at once (without the principal cache, the default), or as
 * soon as the database's notification arrives (with FLEETHUB_PRINCIPAL_CACHE=notify; the
 * delays measured are printed). Needs a server: runs only with TEST_DATABASE_URL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "../../src/db/database.js";
import { prepareDatabase } from "../../src/setup.js";
import { DETROIT_GTFS } from "../fixtures/paths.js";
import { TEST_PASSWORD, TINY_PNG, makeNetwork, multipart } from "../helpers/factories.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl)
  console.warn("two-processes.test.ts skipped: it needs a PostgreSQL server (TEST_DATABASE_URL)");

interface Server {
  url: string;
  child: ChildProcess;
}

/**
 * Starts `fleethub start` on a port the system chooses (PORT=0) and reads the address from
 * what it prints: a port picked here and handed over could be taken meanwhile by another
 * test's server, which would then answer for this one. Its log lines go to this test's
 * output, so an unexpected error in either process shows in CI.
 */
async function startServer(
  databaseUrl: string,
  dataDir: string,
  settings: Record<string, string> = {},
): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/server-entry.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: "4",
      PORT: "0",
      HOST: "127.0.0.1",
      FLEETHUB_DATA_DIR: dataDir,
      FLEETHUB_SEED_DEMO: "false",
      FLEETHUB_DUE_WORK_ORDERS_MINUTES: "0",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      ...settings,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let printed = "";
    const timer = setTimeout(() => reject(new Error("fleethub did not start in 120 s")), 120_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      printed += chunk.toString("utf8");
      const port = /fleethub is running at http:\/\/localhost:(\d+)/.exec(printed)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`fleethub exited with ${code}`));
    });
  });
  const health = await fetch(`${url}/health`);
  expect(health.status).toBe(200);
  return { url, child };
}

async function stop(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill(signal);
  await exited;
}

/** A browser-like client of one server: its cookie, and the Origin it would send. */
async function call(
  server: Server,
  cookie: string | null,
  method: string,
  url: string,
  body?: object | { raw: Buffer; type: string },
) {
  const headers: Record<string, string> = { origin: server.url };
  if (cookie) headers.cookie = cookie;
  let payload: BodyInit | undefined;
  if (body && "raw" in body && Buffer.isBuffer(body.raw)) {
    headers["content-type"] = body.type;
    payload = new Uint8Array(body.raw);
  } else if (body) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  return fetch(`${server.url}/api/v1${url}`, { method, headers, body: payload ?? null });
}

async function login(server: Server, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await call(server, null, "POST", "/auth/login", { email, password });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("fh_session="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0] as string;
}

interface Run {
  id: string;
  status: string;
  error: { message: string } | null;
}

async function runOf(server: Server, cookie: string, id: string): Promise<Run> {
  const response = await call(server, cookie, "GET", `/planner/runs/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Run;
}

async function until<T>(
  what: () => Promise<T>,
  done: (value: T) => boolean,
  limit = 1200,
): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    const value = await what();
    if (done(value) || tries >= limit) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!serverUrl)("two fleethub processes on one PostgreSQL database", () => {
  const name = `fleethub_test_${randomBytes(6).toString("hex")}`;
  let databaseUrl: string;
  let database: OpenedDatabase;
  let dataDirs: string[] = [];
  let a: Server;
  let b: Server;
  let n: Awaited<ReturnType<typeof makeNetwork>>;
  let timetableId: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = await openDatabase({ url: databaseUrl, embeddedDir: null, poolSize: 3 });
    await prepareDatabase(database.db);
    n = await makeNetwork(database.db);
    dataDirs = await Promise.all([1, 2].map(() => fs.mkdtemp(path.join(os.tmpdir(), "fh-two-"))));
    [a, b] = await Promise.all([
      startServer(databaseUrl, dataDirs[0] as string),
      startServer(databaseUrl, dataDirs[1] as string),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((server) => stop(server)));
    await database?.close();
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
    await Promise.all(dataDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  });

  it("refuses a session on the other process at once after a logout on one", async () => {
    const cookie = await login(a, n.managerA.email);
    expect((await call(b, cookie, "GET", "/me")).status).toBe(200);
    expect((await call(a, cookie, "POST", "/auth/logout")).status).toBe(200);
    expect((await call(b, cookie, "GET", "/me")).status).toBe(401);
  });

  it("refuses other sessions on the other process at once after a password change on one", async () => {
    const changing = await login(a, n.driverA.email);
    const other = await login(b, n.driverA.email);
    expect((await call(b, other, "GET", "/me")).status).toBe(200);
    const changed = await call(a, changing, "POST", "/me/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(changed.status).toBe(200);
    expect((await call(b, other, "GET", "/me")).status).toBe(401);
    expect(
      (
        await call(b, null, "POST", "/auth/login", {
          email: n.driverA.email,
          password: TEST_PASSWORD,
        })
      ).status,
    ).toBe(401);
  });

  it("serves a photo uploaded through one process from the other", async () => {
    const cookie = await login(a, n.managerA.email);
    const form = multipart("photo", "wheel.png", "image/png", TINY_PNG);
    const uploaded = await call(a, cookie, "POST", `/photos?organisationId=${n.operatorA.id}`, {
      raw: form.body,
      type: form.contentType,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const served = await call(b, cookie, "GET", `/photos/${id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    // The other operator still cannot see it, through either process.
    const other = await login(b, n.managerB.email);
    expect((await call(b, other, "GET", `/photos/${id}`)).status).toBe(404);
  });

  it("computes a planner run sent to the queue twice more exactly once, from a feed uploaded to the other process", async () => {
    const cookie = await login(b, n.managerA.email);
    const form = multipart(
      "feed",
      "detroit.zip",
      "application/zip",
      await fs.readFile(DETROIT_GTFS),
    );
    const uploaded = await call(b, cookie, "POST", "/planner/timetables", {
      raw: form.body,
      type: form.contentType,
    });
    expect(uploaded.status).toBe(201);
    timetableId = ((await uploaded.json()) as { id: string }).id;
    const created = await call(a, cookie, "POST", "/planner/runs", {
      timetableId,
      date: "2022-07-05",
      sensitivity: false,
    });
    expect(created.status).toBe(202);
    const run = (await created.json()) as Run;
    // The same run handed to the queue twice more at once, as a restarting process would.
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: "pgboss",
      supervise: false,
      schedule: false,
      max: 2,
    });
    await boss.start();
    await Promise.all([
      boss.send("planner-run", { runId: run.id }),
      boss.send("planner-run", { runId: run.id }),
    ]);
    await boss.stop({ graceful: false, close: true, wait: true });
    const finished = await until(
      () => runOf(b, cookie, run.id),
      (r) => r.status === "succeeded" || r.status === "failed",
    );
    expect(finished.status).toBe("succeeded");
    // Give both processes time to pick up the duplicate jobs, then count the starts.
    await until(
      () =>
        database.db
          .selectFrom("pgboss.job" as "planner_runs")
          .select("id")
          .where("state" as "status", "in", ["created", "active", "retry"] as never[])
          .execute(),
      (jobs) => jobs.length === 0,
    );
    const stored = await database.db
      .selectFrom("planner_runs")
      .select(["attempts", "status"])
      .where("id", "=", run.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ attempts: 1, status: "succeeded" });
  });

  it("finishes a run on the other process when the one computing it is killed", async () => {
    const cookie = await login(a, n.managerA.email);
    await stop(b); // only A takes the run
    // A warm worker plans this feed with its sensitivity in about 100 ms, so the kill, sent
    // once the run is seen running, can land after A has finished it. Then nothing was
    // killed mid-plan: A starts again and computes a new run, at most five times.
    let run: Run | undefined;
    for (let tries = 1; !run; tries += 1) {
      if (tries > 1) a = await startServer(databaseUrl, dataDirs[0] as string);
      const created = await call(a, cookie, "POST", "/planner/runs", {
        timetableId,
        date: "2022-07-05",
        sensitivity: true,
      });
      expect(created.status).toBe(202);
      const candidate = (await created.json()) as Run;
      const running = await until(
        () => runOf(a, cookie, candidate.id),
        (r) => r.status !== "queued",
      );
      // Killed mid-plan: no shutdown, its lease simply stops being renewed.
      await stop(a, "SIGKILL");
      const afterKill = await database.db
        .selectFrom("planner_runs")
        .select(["status", "attempts"])
        .where("id", "=", candidate.id)
        .executeTakeFirstOrThrow();
      if (running.status === "running" && afterKill.status === "running") {
        expect(afterKill.attempts).toBe(1);
        run = candidate;
      } else if (tries >= 5) {
        throw new Error(`A finished its run before it was killed ${tries} times`);
      }
    }
    b = await startServer(databaseUrl, dataDirs[1] as string);
    const killed = run;
    const finished = await until(
      () => runOf(b, cookie, killed.id),
      (r) => r.status === "succeeded" || r.status === "failed",
    );
    expect(["succeeded", "failed"]).toContain(finished.status);
    if (finished.status === "failed") expect(finished.error?.message).toMatch(/stopped/);
    const stored = await database.db
      .selectFrom("planner_runs")
      .select("attempts")
      .where("id", "=", killed.id)
      .executeTakeFirstOrThrow();
    expect(stored.attempts).toBe(2);
  }, 240_000);
});

/** Polls `server` with `cookie` until /me is refused; the milliseconds that took, or null after `limitMs`. */
async function refusedWithin(
  server: Server,
  cookie: string,
  limitMs: number,
): Promise<number | null> {
  const began = performance.now();
  for (;;) {
    const status = (await call(server, cookie, "GET", "/me")).status;
    const elapsed = performance.now() - began;
    if (status === 401) return elapsed;
    expect(status).toBe(200);
    if (elapsed > limitMs) return null;
  }
}

describe.skipIf(!serverUrl)(
  "two fleethub processes with the principal cache (FLEETHUB_PRINCIPAL_CACHE=notify)",
  () => {
    const name = `fleethub_test_${randomBytes(6).toString("hex")}`;
    let database: OpenedDatabase;
    let dataDirs: string[] = [];
    let a: Server;
    let b: Server;
    let n: Awaited<ReturnType<typeof makeNetwork>>;
    const delays: string[] = [];
    // A maximum age far beyond the 2 s allowed below: a refusal in time is the notification's.
    const settings = {
      FLEETHUB_PRINCIPAL_CACHE: "notify",
      FLEETHUB_PRINCIPAL_CACHE_MAX_AGE_S: "60",
    };

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(serverUrl as string);
      url.pathname = `/${name}`;
      database = await openDatabase({ url: url.toString(), embeddedDir: null, poolSize: 3 });
      await prepareDatabase(database.db);
      n = await makeNetwork(database.db);
      dataDirs = await Promise.all([1, 2].map(() => fs.mkdtemp(path.join(os.tmpdir(), "fh-two-"))));
      [a, b] = await Promise.all([
        startServer(url.toString(), dataDirs[0] as string, settings),
        startServer(url.toString(), dataDirs[1] as string, settings),
      ]);
    });

    afterAll(async () => {
      console.log(`principal cache, refused on the other process after: ${delays.join("; ")}`);
      await Promise.all([a, b].filter(Boolean).map((server) => stop(server)));
      await database?.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
      await Promise.all(dataDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
    });

    it("serves a session from memory on both processes", async () => {
      const cookie = await login(a, n.hubManager.email);
      for (const server of [a, b])
        expect((await call(server, cookie, "GET", "/me")).status).toBe(200);
      // Ended the way no trigger announces (replica mode): only a lookup would see it.
      await database.db.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await sql`update sessions set revoked_at = now() where user_id = ${n.hubManager.id}`.execute(
          trx,
        );
      });
      for (const server of [a, b])
        expect((await call(server, cookie, "GET", "/me")).status).toBe(200);
    });

    it("refuses a logged-out session on the process that logged out at once, and on the other within 2 s", async () => {
      for (const [writer, watcher, label] of [
        [a, b, "logout on A"],
        [b, a, "logout on B"],
      ] as const) {
        const cookie = await login(writer, n.managerA.email);
        for (const server of [writer, watcher, writer, watcher])
          expect((await call(server, cookie, "GET", "/me")).status).toBe(200);
        expect((await call(writer, cookie, "POST", "/auth/logout")).status).toBe(200);
        expect((await call(writer, cookie, "GET", "/me")).status).toBe(401);
        const delay = await refusedWithin(watcher, cookie, 2_000);
        expect(delay).not.toBeNull();
        delays.push(`${label}: ${delay?.toFixed(1)} ms`);
      }
    });

    it("refuses the other sessions of a person whose password changed, on either process within 2 s", async () => {
      const changing = await login(a, n.driverA.email);
      const others = [await login(a, n.driverA.email), await login(b, n.driverA.email)];
      for (const cookie of others)
        for (const server of [a, b, a, b])
          expect((await call(server, cookie, "GET", "/me")).status).toBe(200);
      const changed = await call(a, changing, "POST", "/me/password", {
        currentPassword: TEST_PASSWORD,
        newPassword: "a brand new passphrase",
      });
      expect(changed.status).toBe(200);
      // On the process that answered the change: at once.
      for (const cookie of others) expect((await call(a, cookie, "GET", "/me")).status).toBe(401);
      for (const [index, cookie] of others.entries()) {
        const delay = await refusedWithin(b, cookie, 2_000);
        expect(delay).not.toBeNull();
        delays.push(`password change on A, session ${index + 1} on B: ${delay?.toFixed(1)} ms`);
      }
      expect((await call(b, changing, "GET", "/me")).status).toBe(200);
    });
  },
);
