/**
 * Where the depot board's time goes: the board of board.ts's depot, in process, and each
 * release rule and board read timed on its own (median of 20). Embedded PGlite only.
 * The prepared database is kept in BOARD_PROFILE_DIR between runs when that is set.
 * Run: npx tsx bench/server/board-profile.ts
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { flagsOfLatestChecks } from "../../src/modules/inspections/proof.js";
import { INSPECTION_RELEASE_RULES } from "../../src/modules/release/inspection-rules.js";
import {
  cachedMaintenanceReleaseRule,
  maintenanceReleaseRule,
} from "../../src/modules/maintenance/release-rule.js";
import { workOrderReleaseRule } from "../../src/modules/work-orders/release-rule.js";
import { pretripReleaseRule } from "../../src/modules/pretrip/release-rule.js";
import { unconfirmedReadingsOf } from "../../src/modules/fleet/meter-readings.js";
import fastJson from "fast-json-stringify";
import {
  DepotBoard,
  depotBoard,
  depotBoardBytes,
  gateContext,
} from "../../src/modules/release/routes.js";
import { analyzeEmbeddedTables } from "../../src/db/embedded-statistics.js";
import { shiftAt } from "../../src/core/shifts.js";
import { buildApp } from "../../src/server/app.js";
import { systemActor } from "../../src/modules/auth/system-actor.js";
import { prepareDatabase } from "../../src/setup.js";
import { makeWorkDir, prepareDemoDatabase } from "./bench-database.js";
import { addBenchDepot, addServiceHistory } from "./bench-depot.js";
import { addPretripData } from "./bench-pretrip.js";
import { median, percentile } from "./process.js";

const keep = process.env.BOARD_PROFILE_DIR;
const dir = keep ?? makeWorkDir("board-profile");
const fresh = !fs.existsSync(path.join(dir, "depot.json"));
const database = await openDatabase({ url: null, embeddedDir: path.join(dir, "pglite") });
const db = database.db;
const config = loadConfig({
  FLEETHUB_SEED_DEMO: "false",
  LOG_LEVEL: "silent",
  FLEETHUB_PUBLIC_RATE_LIMIT_PER_MINUTE: "100000",
  FLEETHUB_DUE_WORK_ORDERS_MINUTES: "0",
});
const pattern = { timeZone: "Europe/Moscow", starts: ["05:00", "13:00"] };
if (fresh) {
  await prepareDemoDatabase(db);
  const depot = await addBenchDepot(db, {
    vehicles: 1000,
    vinPrefix: "X9VBOARD",
    timeZone: pattern.timeZone,
    shiftStarts: pattern.starts,
  });
  await addServiceHistory(db, depot, { overdue: 20, overdueFrom: 120 });
  await addPretripData(db, depot, pattern);
  fs.writeFileSync(path.join(dir, "depot.tmp"), JSON.stringify(depot));
}
// A kept database takes the migrations added since it was prepared.
else await prepareDatabase(db);
const depot = JSON.parse(
  fs.readFileSync(path.join(dir, fresh ? "depot.tmp" : "depot.json"), "utf8"),
) as {
  organisationId: string;
  depotId: string;
  vehicleIds: string[];
};
const app = await buildApp({ config, db, serveWeb: false, principalCache: null });
await app.ready();
const login = await app.inject({
  method: "POST",
  url: "/api/v1/auth/login",
  payload: { email: "manager.sochi@fleethub.demo", password: "fleethub-demo" },
});
const cookie = login.cookies.find((c) => c.name === "fh_session");
const headers = { cookie: `fh_session=${cookie?.value ?? ""}`, origin: "http://localhost:80" };
const call = async (method: "GET" | "POST" | "PUT", url: string, payload?: object, extra = {}) => {
  const response = await app.inject({
    method,
    url,
    headers: { ...headers, ...extra },
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300)
    throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response;
};
const vehicles = depot.vehicleIds;
if (fresh) {
  await call("PUT", "/api/v1/release-policy", {
    organisationId: depot.organisationId,
    policy: "walkaround",
  });
  const form = (await call("GET", `/api/v1/vehicles/${vehicles[0]}/inspection-form`)).json<{
    template: { id: string; items: { key: string; measurement?: string | null }[] };
  }>();
  for (let i = 0; i < 700; i++) {
    const fail = i < 60 ? "cng_high_pressure_lines" : i < 120 ? "engine_bay_clean" : null;
    await call(
      "POST",
      "/api/v1/inspections",
      {
        vehicleId: vehicles[i],
        templateId: form.template.id,
        odometerKm: 50_000,
        results: form.template.items.map((item) =>
          item.key === fail
            ? { itemKey: item.key, outcome: "fail", comment: "Seen at the depot before the shift" }
            : item.measurement === "tyre_tread_mm"
              ? { itemKey: item.key, outcome: "pass", measuredValue: 8, tyres: "winter" }
              : { itemKey: item.key, outcome: "pass" },
        ),
        signature: { name: "Bench Driver", confirmed: true },
      },
      { "idempotency-key": randomUUID() },
    );
  }
  for (let i = 60; i < 90; i++)
    await call("POST", `/api/v1/vehicles/${vehicles[i]}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "Engine bay cleaned at the end of the shift",
    });
  fs.renameSync(path.join(dir, "depot.tmp"), path.join(dir, "depot.json"));
}
// As `fleethub start` does on the embedded database, and then every minute.
await analyzeEmbeddedTables(db);
const policy = process.env.POLICY === "walkaround" ? "walkaround" : "ru_pretrip";
await call("PUT", "/api/v1/release-policy", { organisationId: depot.organisationId, policy });

const RUNS = Number(process.env.RUNS ?? 20);
const time = async (label: string, work: () => Promise<unknown>) => {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    await work();
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - started);
  }
  // PGlite runs in this thread: the process's CPU time is the work, whatever else the
  // machine is doing.
  console.log(
    `${label.padEnd(34)} median ${median(times).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 0.95).toFixed(1).padStart(6)} ms  cpu median ${median(cpu).toFixed(1).padStart(6)} ms`,
  );
};
const boardUrl = `/api/v1/depots/${depot.depotId}/board`;
const board = await call("GET", boardUrl);
console.log(
  `policy ${policy}; answer ${(board.rawPayload.length / 1024).toFixed(0)} KB; counts ${JSON.stringify(board.json<{ counts: unknown }>().counts)}`,
);
await time("board (inject)", () => call("GET", boardUrl));
const actor = systemActor();
await time("depotBoardBytes() (no HTTP)", () =>
  depotBoardBytes(app.deps, db, actor, depot.depotId, {}),
);
await time("depotBoard() as objects", () => depotBoard(app.deps, db, actor, depot.depotId, {}));
const built = await depotBoard(app.deps, db, actor, depot.depotId, {});
await time("JSON.stringify of the board", () => Promise.resolve(JSON.stringify(built)));
const serialize = fastJson(DepotBoard as object);
await time("fast-json-stringify of the board", () => Promise.resolve(serialize(built)));
const gateVehicles = await db
  .selectFrom("vehicles")
  .select(["id", "organisation_id", "status"])
  .where("depot_id", "=", depot.depotId)
  .execute();
const context = gateContext(app.deps, pattern, shiftAt(pattern, new Date()));
for (const rule of [
  ...INSPECTION_RELEASE_RULES,
  maintenanceReleaseRule,
  workOrderReleaseRule,
  pretripReleaseRule,
])
  // A new context each time: reads shared between rules are remembered per decision.
  await time(`rule: ${rule.name}`, () => rule.evaluate({ ...context }, gateVehicles));
const cached = cachedMaintenanceReleaseRule();
await time("rule: maintenance, remembered", () => cached.evaluate({ ...context }, gateVehicles));
const ids = gateVehicles.map((v) => v.id);
await time("unconfirmed readings", () => unconfirmedReadingsOf(db, ids));
await time("check flags", () => flagsOfLatestChecks({ ...context }, gateVehicles));
await time("gate decideMany", () => app.deps.releaseGate.decideMany({ ...context }, gateVehicles));
const ready = board.json<{ vehicles: { vehicleId: string; releasable: boolean }[] }>().vehicles;
if (process.env.WAYBILLS) {
  const free = ready.filter((v) => v.releasable).map((v) => v.vehicleId);
  const times: number[] = [];
  for (const vehicleId of free.slice(0, Number(process.env.WAYBILLS))) {
    const started = performance.now();
    await call("POST", "/api/v1/waybills", { vehicleId });
    times.push(performance.now() - started);
  }
  console.log(
    `waybill: median ${median(times).toFixed(1)} ms p95 ${percentile(times, 0.95).toFixed(1)} ms over ${times.length}`,
  );
}
await app.close();
await database.close();
if (!keep) fs.rmSync(dir, { recursive: true, force: true });
