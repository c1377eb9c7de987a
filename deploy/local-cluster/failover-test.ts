/**
 * The failover test, run by deploy/local-cluster/run.sh against the cluster it starts
 * (settings come from its HA_* variables). Drivers submit pre-shift inspections through
 * both fleethub processes, each with an Idempotency-Key, retrying failures with the same
 * key until answered, as the app on a driver's phone does. Mid-load:
 *
 * 1. the primary PostgreSQL postmaster is killed (kill -9); Patroni promotes the
 *    synchronous standby. Counted: acknowledged (201) inspections missing afterwards
 *    (must be 0), the seconds in which submissions failed (the failover window, goal
 *    under 15 s), and rows per Idempotency-Key (must be 1: a retry stores nothing twice);
 * 2. one fleethub process is killed (kill -9); the other keeps serving. A client whose
 *    request fails retries against the other address, as a load balancer would.
 *    Counted: requests that failed (goal: only those in flight on the killed process).
 *
 * Exits 1 when a guarantee is broken or the failover window is 15 s or more.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name}: not set (run deploy/local-cluster/run.sh)`);
  return value;
}
const appUrls = required("HA_APP_URLS").split(",");
const appPids = required("HA_APP_PIDS").split(",").map(Number);
const patroniUrls = required("HA_PATRONI_URLS").split(",");
const pgDataDirs = required("HA_PG_DATA_DIRS").split(",");
const databaseUrl = required("HA_DATABASE_URL");
const DRIVERS = ["driver.sochi@fleethub.demo", "driver.krasnodar@fleethub.demo"];
const PASSWORD = "fleethub-demo";
/** Clients submitting at once (two per driver, spread over both processes). */
const CLIENTS = 8;
const FAILOVER_GOAL_S = 15;
/** A request that takes longer than this counts as failed and is retried. */
const REQUEST_TIMEOUT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const log = (line: string) => console.log(`  ${line}`);

interface Session {
  cookie: string;
  vehicles: {
    id: string;
    templateId: string;
    items: { key: string; measurement?: string | null }[];
    meter: string;
    next: number;
  }[];
}

async function signIn(base: string, email: string): Promise<Session> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${email}: ${login.status}`);
  const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
  const list = await fetch(`${base}/api/v1/vehicles?limit=20`, { headers: { cookie } });
  if (list.status !== 200) throw new Error(`vehicles of ${email}: ${list.status}`);
  const body = (await list.json()) as { items?: { id: string }[] } | { id: string }[];
  const vehicles = Array.isArray(body) ? body : (body.items ?? []);
  const session: Session = { cookie, vehicles: [] };
  for (const vehicle of vehicles.slice(0, 6)) {
    const response = await fetch(`${base}/api/v1/vehicles/${vehicle.id}/inspection-form`, {
      headers: { cookie },
    });
    if (response.status !== 200) continue;
    const form = (await response.json()) as {
      template: { id: string; items: { key: string; measurement?: string | null }[] };
      meter: string;
      lastMeterValue: number | null;
    };
    session.vehicles.push({
      id: vehicle.id,
      templateId: form.template.id,
      items: form.template.items,
      meter: form.meter,
      next: (form.lastMeterValue ?? 10_000) + 1,
    });
  }
  if (!session.vehicles.length) throw new Error(`${email} has no vehicle to inspect`);
  return session;
}

/**
 * One inspection as a driver's phone sends it: every item passed; a measured tyre item
 * with 8 mm of studless winter tyres (legal all year, decree 837).
 */
function inspectionBody(vehicle: Session["vehicles"][number]) {
  const meterValue = vehicle.next++;
  return JSON.stringify({
    vehicleId: vehicle.id,
    templateId: vehicle.templateId,
    [vehicle.meter === "odometer_km" ? "odometerKm" : "engineHours"]: meterValue,
    results: vehicle.items.map((item) =>
      item.measurement === "tyre_tread_mm"
        ? { itemKey: item.key, outcome: "pass", measuredValue: 8, tyres: "winter" }
        : { itemKey: item.key, outcome: "pass" },
    ),
    signature: { name: "HA Test Driver", confirmed: true },
  });
}

interface Attempt {
  key: string;
  server: number;
  startedAt: number;
  endedAt: number;
  status: number | "network" | "timeout";
}
const attempts: Attempt[] = [];
/** Inspection id of each key answered 201 (or 200, a replay of the stored one). */
const acknowledged = new Map<string, string>();
let stopping = false;
/** When set, clients send to this server only (the other has been killed). */
let killedServer: number | null = null;

async function submitOnce(session: Session, server: number, key: string, body: string) {
  const base = appUrls[server] ?? "";
  const attempt: Attempt = {
    key,
    server,
    startedAt: performance.now(),
    endedAt: 0,
    status: "network",
  };
  try {
    const response = await fetch(`${base}/api/v1/inspections`, {
      method: "POST",
      headers: {
        cookie: session.cookie,
        origin: base,
        "content-type": "application/json",
        "idempotency-key": key,
      },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    attempt.status = response.status;
    const answer = (await response.json()) as { inspection?: { id: string } };
    if ((response.status === 201 || response.status === 200) && answer.inspection)
      acknowledged.set(key, answer.inspection.id);
    // A refusal of the submission itself (bad input, no right) is not a failover effect:
    // retrying it would never succeed, so the test stops and says why.
    if ([400, 403, 404, 409, 422].includes(response.status)) {
      console.log(
        `FAIL: the server refused a submission: ${response.status} ${JSON.stringify(answer)}`,
      );
      process.exit(1);
    }
  } catch (error) {
    attempt.status =
      error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network";
  }
  attempt.endedAt = performance.now();
  attempts.push(attempt);
  return attempt.status === 201 || attempt.status === 200;
}

/** One client: submits inspection after inspection; a failure is retried with the same key. */
async function client(index: number, sessions: Session[]) {
  const session = sessions[index % sessions.length] as Session;
  let server = index % appUrls.length;
  let submitted = 0;
  while (!stopping) {
    const vehicle = session.vehicles[(index + submitted) % session.vehicles.length];
    if (!vehicle) throw new Error("no vehicle");
    const key = randomUUID();
    const body = inspectionBody(vehicle);
    for (;;) {
      if (killedServer !== null && server === killedServer) server = 1 - killedServer;
      if (await submitOnce(session, server, key, body)) break;
      // A failed request: the next try goes to the other process (a load balancer would),
      // unless that one is down; a short pause keeps a down database from being hammered.
      if (killedServer === null) server = 1 - server;
      await sleep(100);
    }
    submitted++;
  }
}

async function primaryIndex(): Promise<number | null> {
  for (const [index, url] of patroniUrls.entries()) {
    try {
      const response = await fetch(`${url}/primary`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return index;
    } catch {
      // that member is down
    }
  }
  return null;
}

/** Seconds from the first failed attempt to the last one. */
function failedWindow(from: number, to: number) {
  const failed = attempts.filter(
    (a) => a.startedAt >= from && a.startedAt < to && a.status !== 201 && a.status !== 200,
  );
  if (!failed.length) return { count: 0, windowMs: 0, statuses: {} as Record<string, number> };
  const first = Math.min(...failed.map((a) => a.startedAt));
  const last = Math.max(...failed.map((a) => a.endedAt));
  const statuses: Record<string, number> = {};
  for (const a of failed) statuses[String(a.status)] = (statuses[String(a.status)] ?? 0) + 1;
  return { count: failed.length, windowMs: last - first, statuses };
}

const problems: string[] = [];
const sessions = await Promise.all(
  DRIVERS.map((email, index) => signIn(appUrls[index % appUrls.length] ?? "", email)),
);
console.log(
  `load: ${CLIENTS} clients, drivers ${DRIVERS.join(", ")}, through ${appUrls.join(" and ")}`,
);
const testStarted = performance.now();
const clients = Array.from({ length: CLIENTS }, (_, index) => client(index, sessions));

// --- 1. The primary PostgreSQL dies ----------------------------------------------------
await sleep(4000);
const oldPrimary = await primaryIndex();
if (oldPrimary === null) throw new Error("no primary before the failover");
const pidFile = path.join(pgDataDirs[oldPrimary] ?? "", "postmaster.pid");
const postmasterPid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
const before = acknowledged.size;
const killedAt = performance.now();
process.kill(postmasterPid, "SIGKILL");
console.log(
  `1. killed the primary's postmaster (pg${oldPrimary + 1}, pid ${postmasterPid}) after ${before} acknowledged submissions`,
);
let newPrimary: number | null = null;
while (newPrimary === null || newPrimary === oldPrimary) {
  if (performance.now() - killedAt > 60_000) throw new Error("no new primary within 60 s");
  await sleep(200);
  newPrimary = await primaryIndex();
}
const promotedMs = performance.now() - killedAt;
log(`Patroni promoted pg${newPrimary + 1} ${seconds(promotedMs)} s after the kill`);
// Load goes on until submissions succeed again for a while.
await sleep(6000);
const dbPhaseEnd = performance.now();
const dbWindow = failedWindow(killedAt - 1000, dbPhaseEnd);
log(
  `submissions failed for ${seconds(dbWindow.windowMs)} s: ${dbWindow.count} failed attempts ${JSON.stringify(dbWindow.statuses)}, all retried with their keys`,
);
if (dbWindow.windowMs >= FAILOVER_GOAL_S * 1000)
  problems.push(
    `failover window ${seconds(dbWindow.windowMs)} s is not under ${FAILOVER_GOAL_S} s`,
  );

// --- 2. One fleethub process dies ------------------------------------------------------
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const crashed = appPids.filter((pid) => !alive(pid));
if (crashed.length) {
  console.log(`FAIL: fleethub process(es) ${crashed.join(", ")} died during the failover`);
  process.exit(1);
}
const victim = 0;
const victimPid = appPids[victim] ?? 0;
const appKilledAt = performance.now();
process.kill(victimPid, "SIGKILL");
killedServer = victim;
console.log(`2. killed fleethub process 1 (pid ${victimPid}); clients carry on with process 2`);
await sleep(4000);
stopping = true;
await Promise.all(clients);
const failedOnVictim = attempts.filter(
  (a) => a.server === victim && a.endedAt >= appKilledAt && a.status !== 201 && a.status !== 200,
).length;
const inFlightAtKill = attempts.filter(
  (a) => a.server === victim && a.startedAt <= appKilledAt && a.endedAt >= appKilledAt,
).length;
const failedElsewhere = attempts.filter(
  (a) => a.startedAt >= appKilledAt && a.status !== 201 && a.status !== 200 && a.server !== victim,
).length;
log(
  `requests failed: ${failedOnVictim} on the killed process (${inFlightAtKill} were in flight there when it died), ${failedElsewhere} on the other`,
);
if (failedOnVictim > inFlightAtKill)
  problems.push(
    `${failedOnVictim} requests failed on the killed process, more than the ${inFlightAtKill} in flight`,
  );
if (failedElsewhere) problems.push(`${failedElsewhere} requests failed on the surviving process`);

// --- What is stored ------------------------------------------------------------------
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const ids = [...acknowledged.values()];
const keys = [...acknowledged.keys()];
const { rows: found } = await db.query<{ id: string }>(
  "select id from inspections where id = any($1::uuid[])",
  [ids],
);
const lost = ids.length - found.length;
const { rows: perKey } = await db.query<{ idempotency_key: string; n: number }>(
  `select idempotency_key, count(*)::int n from inspections
   where idempotency_key = any($1::text[]) group by idempotency_key`,
  [keys],
);
const twice = perKey.filter((row) => row.n > 1).length;
const retriedKeys = new Set(
  attempts.filter((a) => a.status !== 201 && a.status !== 200).map((a) => a.key),
);
const { rows: unacknowledged } = await db.query<{ n: number }>(
  `select count(*)::int n from inspections where signed_by_name = 'HA Test Driver'
   and not (idempotency_key = any($1::text[]))`,
  [keys],
);
await db.end();
const survivor = await fetch(`${appUrls[1 - victim]}/health`);

console.log("3. afterwards");
log(`acknowledged submissions: ${acknowledged.size}; lost: ${lost}`);
log(
  `keys retried after a failure: ${retriedKeys.size}; keys stored more than once: ${twice}; stored without an acknowledgement: ${unacknowledged[0]?.n ?? 0}`,
);
log(`surviving process answers /health: ${survivor.status}`);
log(`test took ${seconds(performance.now() - testStarted)} s`);
if (lost) problems.push(`${lost} acknowledged inspections are missing`);
if (twice) problems.push(`${twice} idempotency keys stored more than one inspection`);
if (perKey.length !== keys.length)
  problems.push(`${keys.length - perKey.length} acknowledged keys have no stored inspection`);
if (survivor.status !== 200) problems.push(`the surviving process answers ${survivor.status}`);
console.log(
  JSON.stringify({
    acknowledged: acknowledged.size,
    lost,
    storedTwice: twice,
    retriedKeys: retriedKeys.size,
    promotedS: Number(seconds(promotedMs)),
    failoverWindowS: Number(seconds(dbWindow.windowMs)),
    failedDuringFailover: dbWindow.count,
    failedOnKilledApp: failedOnVictim,
    inFlightOnKilledApp: inFlightAtKill,
    failedOnSurvivor: failedElsewhere,
  }),
);
if (problems.length) {
  for (const problem of problems) console.log(`FAIL: ${problem}`);
  process.exit(1);
}
console.log("PASS");
