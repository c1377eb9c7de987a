/**
 * Several fleethub processes on one database each run a chainer. Their batches must link
 * every record exactly once, leave no chain forked, and not deadlock each other.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../../../test/helpers/app.js";
import {
  TEST_PASSWORD,
  makeModel,
  makeOrganisation,
  makeUser,
  makeVehicle,
} from "../../../test/helpers/factories.js";
import { formFor, inspectionBody, submit } from "../../../test/helpers/inspections.js";
import { chainAllPending, chainPending, verifyChains } from "./chain.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An operator with a driver signed in and a bus; `inspect()` submits one passed check. */
async function operatorWithDriver() {
  const operator = await makeOrganisation(t.db, "operator");
  const driver = await makeUser(t.db, [[operator.id, "driver"]]);
  const vehicle = await makeVehicle(t.db, operator.id, (await makeModel(t.db)).id);
  const client = new Client(t.app);
  expect((await client.login(driver.email, TEST_PASSWORD)).statusCode).toBe(200);
  const form = await formFor(client, vehicle.id);
  let meterKm = 20_000;
  return {
    operator,
    async inspect() {
      meterKm += 50;
      const response = await submit(
        client,
        inspectionBody(form, vehicle.id, { meterValue: meterKm }),
      );
      expect(response.statusCode).toBe(201);
      return response.json<{ inspection: { id: string } }>().inspection.id;
    },
  };
}

async function chainOf(organisationId: string) {
  return t.db
    .selectFrom("record_chain")
    .select(["seq", "record_kind", "record_id"])
    .where("organisation_id", "=", organisationId)
    .orderBy("seq")
    .execute();
}

/** Sessions of this test's database waiting for a lock another holds. */
async function lockWaiters(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
  return rows[0]?.n ?? 0;
}
async function untilLockWaiters(count: number) {
  while ((await lockWaiters()) < count) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("record chainers in several processes", () => {
  it("link each record once, in one unbroken chain per organisation, when run at once", async () => {
    const operators = await Promise.all([1, 2, 3].map(() => operatorWithDriver()));
    const submitted = new Map(operators.map((o) => [o.operator.id, [] as string[]]));
    for (let round = 0; round < 8; round++)
      for (const o of operators) submitted.get(o.operator.id)?.push(await o.inspect());

    // Four chainers, small batches, all at once, until the queue is empty.
    const chainer = async () => {
      while ((await chainPending(t.db, 3)) > 0);
    };
    await Promise.all([chainer(), chainer(), chainer(), chainer()]);
    await chainAllPending(t.db);

    for (const o of operators) {
      const links = await chainOf(o.operator.id);
      // Each inspection is linked with its meter reading: 16 links, numbered without a gap.
      expect(links.map((l) => Number(l.seq))).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      const inspections = links.filter((l) => l.record_kind === "inspection");
      expect(inspections.map((l) => l.record_id).sort()).toEqual(
        [...(submitted.get(o.operator.id) ?? [])].sort(),
      );
    }
    const reports = await verifyChains(
      t.db,
      operators.map((o) => o.operator.id),
    );
    expect(reports.map((r) => [r.entries, r.problems])).toEqual([
      [16, []],
      [16, []],
      [16, []],
    ]);
  });

  // Only a server has concurrent sessions: the embedded database runs one at a time.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "do not deadlock when their batches name the same organisations in opposite orders",
    async () => {
      const [x, y] = await Promise.all([operatorWithDriver(), operatorWithDriver()]);
      if (!x || !y) throw new Error("operators missing");
      await x.inspect();
      await y.inspect();
      await chainAllPending(t.db); // both organisations have a chain head now
      // Each check queues its inspection and its meter reading. Queued in this order, chainer
      // A's batch of four is (x, x, y, y) and chainer B's is (y, y, x, x).
      await x.inspect();
      await y.inspect();
      await y.inspect();
      await x.inspect();

      // A third session holds both heads, so that A and B each start by waiting for the
      // head they lock first; then it lets go, and both run into each other.
      let release = () => undefined as void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked = () => undefined as void;
      const headsLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = t.db.transaction().execute(async (trx) => {
        await trx
          .selectFrom("record_chain_heads")
          .select("seq")
          .where("organisation_id", "in", [x.operator.id, y.operator.id])
          .forUpdate()
          .execute();
        locked();
        await released;
      });
      await headsLocked;
      const a = chainPending(t.db, 4);
      await untilLockWaiters(1);
      const b = chainPending(t.db, 4);
      await untilLockWaiters(2);
      release();
      await holder;
      const outcomes = await Promise.allSettled([a, b]);
      expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : String(o.reason)))).toEqual([
        4, 4,
      ]);
      for (const o of [x, y])
        expect((await chainOf(o.operator.id)).map((l) => Number(l.seq))).toEqual([
          1, 2, 3, 4, 5, 6,
        ]);
      const reports = await verifyChains(t.db, [x.operator.id, y.operator.id]);
      expect(reports.flatMap((r) => r.problems)).toEqual([]);
    },
  );
});
