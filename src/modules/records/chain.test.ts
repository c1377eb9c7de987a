/**
 * `fleethub audit verify` against what someone with database access could do: change a
 * defect the release gate reads, delete a meter reading, cut the newest records off and
 * step the head back, rewrite a middle record and recompute every later link. And no
 * false alarm for legitimate records, including half an emoji from a phone.
 */
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { createPublicKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chainHash } from "../../core/record-chain.js";
import { Client, createTestApp, type TestApp } from "../../../test/helpers/app.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
  disableDefectWorkOrders,
} from "../../../test/helpers/factories.js";
import { formFor, inspectionBody, submit } from "../../../test/helpers/inspections.js";
import { verifyChains } from "./chain.js";
import {
  generateCheckpointKeys,
  loadCheckpointPrivateKey,
  loadCheckpointPublicKey,
  readCheckpointFile,
  writeCheckpoints,
} from "./checkpoints.js";

let t: TestApp;
// Inside the repository's ignored data folder, removed afterwards.
const dir = path.join("data", `chain-test-${randomUUID()}`);
beforeAll(async () => {
  t = await createTestApp();
  await generateCheckpointKeys(path.join(dir, "private.pem"), path.join(dir, "public.pem"));
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function busWithHistory() {
  const n = await makeNetwork(t.db);
  await disableDefectWorkOrders(t.db, n.operatorA.id);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "diesel" });
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const dispatcherUser = await makeUser(t.db, [[n.operatorA.id, "dispatcher"]]);
  const signIn = async (email: string) => {
    const client = new Client(t.app);
    expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  };
  const driver = await signIn(n.driverA.email);
  const dispatcher = await signIn(dispatcherUser.email);
  const form = await formFor(driver, vehicle.id);
  const submitted = await submit(
    driver,
    inspectionBody(form, vehicle.id, { fail: ["lights"], meterValue: 50_000 }),
  );
  expect(submitted.statusCode).toBe(201);
  const inspection = submitted.json<{
    inspection: { id: string };
    defectsOpened: { id: string }[];
    meterReading: { id: string };
  }>();
  const manual = await dispatcher.post(`/api/v1/vehicles/${vehicle.id}/meter-readings`, {
    meter: "odometer_km",
    // An earlier reading entered late: it fits (no jump to confirm) and is chained last.
    value: 49_500,
    readAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
  });
  expect(manual.statusCode).toBe(201);
  return {
    organisationId: n.operatorA.id,
    driver,
    dispatcher,
    vehicle,
    form,
    defectId: inspection.defectsOpened[0]?.id ?? "",
    inspectionReadingId: inspection.meterReading.id,
    manualReadingId: manual.json<{ id: string }>().id,
  };
}

const problemsOf = async (organisationId: string, checkpointFile?: string) => {
  const signed = checkpointFile
    ? await readCheckpointFile(
        checkpointFile,
        await loadCheckpointPublicKey("--public-key", path.join(dir, "public.pem")),
      )
    : undefined;
  const reports = await verifyChains(t.db, [organisationId], signed?.byOrganisation);
  return [...(signed?.rejected ?? []), ...(reports[0]?.problems ?? []).map((p) => p.message)];
};

const checkpoint = async (file: string) =>
  writeCheckpoints(
    t.db,
    await loadCheckpointPrivateKey("key", path.join(dir, "private.pem")),
    file,
  );

describe("records the release gate reads", () => {
  it("finds nothing wrong with legitimate records, readings voided and defects certified", async () => {
    const s = await busWithHistory();
    const voided = await s.dispatcher.post(
      `/api/v1/vehicles/${s.vehicle.id}/meter-readings/${s.manualReadingId}/void`,
      { reason: "typed the wrong bus" },
    );
    expect(voided.statusCode).toBe(200);
    const file = path.join(dir, `${randomUUID()}.jsonl`);
    await checkpoint(file);
    expect(await problemsOf(s.organisationId, file)).toEqual([]);
  });

  it("names a defect whose severity, description or review was changed in the database", async () => {
    for (const change of [
      { severity: "minor" as const },
      { description: "nothing much" },
      { reviewed_at: new Date() },
    ]) {
      const s = await busWithHistory();
      await t.db.updateTable("defects").set(change).where("id", "=", s.defectId).execute();
      const problems = await problemsOf(s.organisationId);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`defect ${s.defectId}`);
      expect(problems[0]).toContain("was changed after it was recorded");
    }
  });

  it("names a meter reading deleted or changed in the database", async () => {
    const s = await busWithHistory();
    await t.db.deleteFrom("meter_readings").where("id", "=", s.manualReadingId).execute();
    await t.db
      .updateTable("meter_readings")
      .set({ value: 40_000 })
      .where("id", "=", s.inspectionReadingId)
      .execute();
    const problems = await problemsOf(s.organisationId);
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toContain(`meter_reading ${s.manualReadingId}`);
    expect(problems.join("\n")).toContain("is missing");
    expect(problems.join("\n")).toMatch(
      new RegExp(`meter_reading ${s.inspectionReadingId} \\(entry \\d+\\) was changed`),
    );
  });
});

describe("signed checkpoints", () => {
  it("find the newest records removed with the chain head stepped back", async () => {
    const s = await busWithHistory();
    const file = path.join(dir, `${randomUUID()}.jsonl`);
    // Every organisation with records gets a checkpoint; earlier tests made others.
    const written = (await checkpoint(file)).find((c) => c.organisationId === s.organisationId);
    const newest = await t.db
      .selectFrom("record_chain")
      .selectAll()
      .where("organisation_id", "=", s.organisationId)
      .orderBy("seq", "desc")
      .executeTakeFirstOrThrow();
    expect(newest.record_id).toBe(s.manualReadingId);
    expect(written?.seq).toBe(Number(newest.seq));
    // The attacker removes the reading, its entry, and steps the head back.
    await t.db.deleteFrom("meter_readings").where("id", "=", s.manualReadingId).execute();
    await t.db
      .deleteFrom("record_chain")
      .where("organisation_id", "=", s.organisationId)
      .where("seq", "=", newest.seq)
      .execute();
    const previous = await t.db
      .selectFrom("record_chain")
      .select(["seq", "chain_hash"])
      .where("organisation_id", "=", s.organisationId)
      .where("seq", "=", Number(newest.seq) - 1)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable("record_chain_heads")
      .set({ seq: previous.seq, chain_hash: previous.chain_hash })
      .where("organisation_id", "=", s.organisationId)
      .execute();
    // The chain alone cannot tell; the checkpoint can.
    expect(await problemsOf(s.organisationId)).toEqual([]);
    const problems = await problemsOf(s.organisationId, file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      `the chain ends at entry ${Number(previous.seq)} but a checkpoint signed at`,
    );
  });

  it("find a middle record rewritten with every later link recomputed", async () => {
    const s = await busWithHistory();
    const file = path.join(dir, `${randomUUID()}.jsonl`);
    await checkpoint(file);
    // Lower the inspection's reading and re-chain everything from it, as an attacker with
    // the code and the database (but not the key) could.
    await t.db
      .updateTable("meter_readings")
      .set({ value: 45_000 })
      .where("id", "=", s.inspectionReadingId)
      .execute();
    const { meterReadingContent } = await import("./content.js");
    const { recordHash } = await import("../../core/record-chain.js");
    const row = await t.db
      .selectFrom("meter_readings")
      .selectAll()
      .where("id", "=", s.inspectionReadingId)
      .executeTakeFirstOrThrow();
    const links = await t.db
      .selectFrom("record_chain")
      .selectAll()
      .where("organisation_id", "=", s.organisationId)
      .orderBy("seq")
      .execute();
    let previous = "0".repeat(64);
    for (const link of links) {
      const hashOfRecord =
        link.record_id === row.id ? recordHash(meterReadingContent(row), 2) : link.record_hash;
      previous = chainHash(
        previous,
        Number(link.seq),
        link.record_kind,
        link.record_id,
        hashOfRecord,
        link.format,
      );
      await t.db
        .updateTable("record_chain")
        .set({ record_hash: hashOfRecord, chain_hash: previous })
        .where("organisation_id", "=", s.organisationId)
        .where("seq", "=", link.seq)
        .execute();
    }
    await t.db
      .updateTable("record_chain_heads")
      .set({ chain_hash: previous })
      .where("organisation_id", "=", s.organisationId)
      .execute();
    expect(await problemsOf(s.organisationId)).toEqual([]);
    const problems = await problemsOf(s.organisationId, file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("differs from the checkpoint signed at");
  });

  it("refuse a checkpoint line altered after it was signed, or signed by another key", async () => {
    const s = await busWithHistory();
    const file = path.join(dir, `${randomUUID()}.jsonl`);
    // Every organisation with records gets a checkpoint; earlier tests made others.
    const written = (await checkpoint(file)).find((c) => c.organisationId === s.organisationId);
    const { appendFile } = await import("node:fs/promises");
    await appendFile(file, `${JSON.stringify({ ...written, seq: 1 })}\n`);
    const other = path.join(dir, `other-${randomUUID()}`);
    await generateCheckpointKeys(`${other}.pem`, `${other}.pub.pem`);
    const { signCheckpoint } = await import("../../core/chain-checkpoints.js");
    const otherKey = await loadCheckpointPrivateKey("key", `${other}.pem`);
    expect(createPublicKey(otherKey).asymmetricKeyType).toBe("ed25519");
    await appendFile(
      file,
      `${JSON.stringify(signCheckpoint(otherKey, { organisationId: s.organisationId, seq: 99, chainHash: "f".repeat(64) }, new Date()))}\n`,
    );
    const problems = await problemsOf(s.organisationId, file);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^line \d+: has a signature that does not match/);
    expect(problems[1]).toMatch(/^line \d+: was signed by another key/);
  });
});

describe("half an emoji", () => {
  it("raises no false alarm: stored and hashed as the same U+FFFD", async () => {
    const s = await busWithHistory();
    const body = inspectionBody(s.form, s.vehicle.id, { meterValue: 50_200 });
    const halfEmoji = "Ivan 😀".slice(0, -1);
    const sent = {
      ...body,
      comments: `tyres fine ${halfEmoji}`,
      signature: { name: halfEmoji, confirmed: true as const },
      results: body.results.map((r, i) => (i === 0 ? { ...r, comment: `ok ${halfEmoji}` } : r)),
    };
    const response = await submit(s.driver, sent);
    // Refused at input (400, nothing stored) or stored well-formed: never a false alarm.
    expect([201, 400]).toContain(response.statusCode);
    if (response.statusCode === 201) {
      const stored = await t.db
        .selectFrom("inspections")
        .select(["signed_by_name", "comments"])
        .where("id", "=", response.json<{ inspection: { id: string } }>().inspection.id)
        .executeTakeFirstOrThrow();
      expect(stored.signed_by_name).toBe("Ivan \uFFFD");
      expect(stored.comments).toBe("tyres fine Ivan \uFFFD");
    }
    const whole = await submit(s.driver, {
      ...inspectionBody(s.form, s.vehicle.id, { meterValue: 50_300 }),
      comments: "all good 😀",
    });
    expect(whole.statusCode).toBe(201);
    expect(await problemsOf(s.organisationId)).toEqual([]);
  });
});
