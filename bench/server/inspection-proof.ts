/**
 * What the proof of a check (issue #15) adds to an inspection submission (target: under
 * 2 ms), beside the submission itself in the same run.
 *
 * Measured in this process, one at a time (no concurrency), on a 21-item diesel bus check
 * with full evidence (item times, position, QR code) against a depot with an area:
 * - A, the whole submission: `submitInspection` with its evidence, as the API route runs it
 *   (vehicle and checklist lookups, meter checks, the one statement that stores the check,
 *   its reading, chain entries, evidence and flags);
 * - B, the proof's own work inside it: the query of the operator's settings and the depot's
 *   area (`proofContext`), the flags (`assessEvidence`) and the rows (`proofRows`);
 * - C, the evidence row and one flag row stored by a statement of their own, for checks
 *   stored without evidence. Inside the submission these rows ride in the statement that
 *   already stores the check, so C, which pays its own round trip, is an upper bound.
 * - D, whole submissions without evidence, alternating with A: what the evidence row and
 *   the reading of the evidence add is A − D.
 * B + (A − D) is reported as the cost the proof adds, beside A; B + C as an upper bound.
 * Warm: 50 submissions (and 50 of B and C) run first and are not timed; the checklist is
 * the database's (no cache in the server).
 * Engine: the test helpers' fresh database, in-memory PGlite by default or a fresh
 * database on the PostgreSQL server TEST_DATABASE_URL names.
 * Run: npx tsx bench/server/inspection-proof.ts   (ROUNDS=400 by default)
 */
import { randomUUID } from "node:crypto";
import { assessEvidence } from "../../src/core/inspection-proof.js";
import { permissionsOf } from "../../src/core/roles.js";
import { lazyScope, type Actor } from "../../src/modules/auth/actor.js";
import { inspectionForm, submitInspection } from "../../src/modules/inspections/inspections.js";
import { proofContext, proofRows } from "../../src/modules/inspections/proof.js";
import { prepareDatabase } from "../../src/setup.js";
import { createTestDatabase } from "../../test/helpers/database.js";
import { makeDepot, makeModel, makeNetwork, makeVehicle } from "../../test/helpers/factories.js";
import { median, percentile } from "./process.js";

const ROUNDS = Number(process.env.ROUNDS ?? 400);
const WARMUP = 50;
const database = await createTestDatabase();
const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite (in memory)";
try {
  const db = database.db;
  await prepareDatabase(db);
  const n = await makeNetwork(db);
  const depot = await makeDepot(db, n.operatorA.id);
  await db
    .updateTable("depots")
    .set({ latitude: 45.0355, longitude: 38.9753, radius_m: 300 })
    .where("id", "=", depot.id)
    .execute();
  const model = await makeModel(db, { powertrain: "diesel" });
  const vehicle = await makeVehicle(db, n.operatorA.id, model.id, { depotId: depot.id });
  const organisation = { id: n.operatorA.id, kind: "operator" as const, name: "A" };
  const actor: Actor = {
    kind: "user",
    userId: n.driverA.id,
    tokenId: null,
    sessionId: null,
    label: n.driverA.email,
    userName: "Driver A",
    userLocale: "en",
    locale: "en",
    organisation,
    roles: ["driver"],
    permissions: permissionsOf(["driver"]),
    scope: lazyScope(db, organisation),
  };
  const form = await inspectionForm(db, actor, vehicle.id);
  const items = form.template.items;
  let odometer = 10_000;
  /** A check made in five minutes at the depot, sent now. */
  const evidence = () => {
    const now = Date.now();
    const opened = now - 300_000;
    return {
      openedAt: new Date(opened).toISOString(),
      sentAt: new Date(now).toISOString(),
      deviceClock: new Date(now).toISOString(),
      itemTimes: items.map((item, i) => ({
        itemKey: item.key,
        at: new Date(opened + ((i + 1) * 300_000) / (items.length + 1)).toISOString(),
      })),
      position: {
        latitude: 45.036,
        longitude: 38.976,
        accuracyM: 15,
        at: new Date(opened).toISOString(),
      },
      qr: {
        text: `https://fleet.example/inspect/${vehicle.id}?qr=1`,
        scannedAt: new Date(opened).toISOString(),
      },
    };
  };
  const body = (withEvidence: boolean) => ({
    vehicleId: vehicle.id,
    templateId: form.template.id,
    odometerKm: (odometer += 3),
    // A measured tyre item passes with 8 mm of studless winter tyres (legal all year).
    results: items.map((item) =>
      item.measurement === "tyre_tread_mm"
        ? {
            itemKey: item.key,
            outcome: "pass" as const,
            measuredValue: 8,
            tyres: "winter" as const,
          }
        : { itemKey: item.key, outcome: "pass" as const },
    ),
    signature: { name: "Driver A", confirmed: true as const },
    ...(withEvidence ? { evidence: evidence() } : {}),
  });
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };

  // A: whole submissions with evidence; D, alternating with them, without (one flag row,
  // "missing", and no evidence row): A − D is what the evidence row and its reading add.
  const whole: number[] = [];
  const withoutEvidence: number[] = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const ms = await time(() => submitInspection(db, actor, randomUUID(), body(true)));
    const bareMs = await time(() => submitInspection(db, actor, randomUUID(), body(false)));
    if (i >= WARMUP) {
      whole.push(ms);
      withoutEvidence.push(bareMs);
    }
  }
  // B: the proof's own work.
  const proofWork: number[] = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const ms = await time(async () => {
      const context = await proofContext(db, vehicle.id);
      const assessment = assessEvidence({
        evidence: evidence(),
        items,
        vehicleId: vehicle.id,
        receivedAt: new Date(),
        depotArea: context.depotArea,
        settings: context.settings,
      });
      return proofRows(
        {
          id: randomUUID(),
          organisation_id: n.operatorA.id,
          vehicle_id: vehicle.id,
          driver_user_id: n.driverA.id,
        },
        assessment,
        new Date(),
      );
    });
    if (i >= WARMUP) proofWork.push(ms);
  }
  // C: evidence and one flag stored alone, for checks stored without evidence.
  const bare: string[] = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const stored = await submitInspection(db, actor, randomUUID(), body(false));
    bare.push(stored.inspection.id);
  }
  const rows: number[] = [];
  for (const [i, inspectionId] of bare.entries()) {
    const assessment = assessEvidence({
      evidence: { ...evidence(), openedAt: new Date(Date.now() - 20_000).toISOString() },
      items,
      vehicleId: vehicle.id,
      receivedAt: new Date(),
      depotArea: null,
      settings: {
        passRestAllowed: false,
        qrScanRequired: false,
        minimumCheckSeconds: null,
        flagActions: {},
      },
    });
    const { evidence: evidenceRow, flags } = proofRows(
      {
        id: inspectionId,
        organisation_id: n.operatorA.id,
        vehicle_id: vehicle.id,
        driver_user_id: n.driverA.id,
      },
      assessment,
      new Date(),
    );
    if (!evidenceRow || !flags[0]) throw new Error("expected an evidence row and a flag");
    const flag = flags[0];
    const ms = await time(() =>
      db
        .with("stored_evidence", (qc) => qc.insertInto("inspection_evidence").values(evidenceRow))
        .insertInto("inspection_flags")
        .values({ ...flag, detail: JSON.stringify(flag.detail) })
        .execute(),
    );
    if (i >= WARMUP) rows.push(ms);
  }

  const a = median(whole);
  const b = median(proofWork);
  const c = median(rows);
  const d = median(withoutEvidence);
  const f = (ms: number) => `${ms.toFixed(3)} ms`;
  console.log(
    `engine: ${engine}; ${ROUNDS} timed rounds each after ${WARMUP} warm-up; ${items.length}-item check`,
  );
  console.log(
    `A  whole submission with evidence   median ${f(a)}  p99 ${f(percentile(whole, 0.99))}`,
  );
  console.log(
    `B  proof work (settings+area query, flags, rows)  median ${f(b)}  p99 ${f(percentile(proofWork, 0.99))}`,
  );
  console.log(
    `C  evidence + flag rows, own statement (upper bound)  median ${f(c)}  p99 ${f(percentile(rows, 0.99))}`,
  );
  console.log(`D  whole submission without evidence (alternating with A)  median ${f(d)}`);
  const added = b + Math.max(0, a - d);
  console.log(
    `added by the proof, estimated as B + (A − D) = ${f(added)} (target < 2 ms) = ${((100 * added) / a).toFixed(1)} % of A; ${added < 2 ? "meets" : "MISSES"} the target`,
  );
  console.log(
    `upper bound B + C = ${f(b + c)} (C pays its own round trip and, on PostgreSQL, its own commit)`,
  );
} finally {
  await database.close();
}
