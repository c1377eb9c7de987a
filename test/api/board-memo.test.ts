/**
 * The depot board remembers its rows between reads (modules/release/board-memo.ts,
 * migration 0022): a remembered row must never outlive a change to what it was computed
 * from. Each step reads the board (so its rows are remembered), changes one input the way
 * an administrator's SQL would (no API, so only the triggers can tell), reads it again,
 * and expects (1) the vehicle's row to show the change a dispatcher would see, and (2) the
 * whole board to equal one decided afresh by a new gate that remembers nothing.
 * The demo's Sochi Central depot is on the Russian pre-trip policy, so its controls,
 * admissions and documents are in play.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/db/seed/seed-demo.js";
import { DEMO_PASSWORD } from "../../src/db/seed/demo-network.js";
import { systemActor } from "../../src/modules/auth/system-actor.js";
import { ReleaseGate } from "../../src/modules/release/gate.js";
import { INSPECTION_RELEASE_RULES } from "../../src/modules/release/inspection-rules.js";
import { boardMemoLimits } from "../../src/modules/release/board-memo.js";
import { depotBoard } from "../../src/modules/release/routes.js";
import { maintenanceReleaseRule } from "../../src/modules/maintenance/release-rule.js";
import { workOrderReleaseRule } from "../../src/modules/work-orders/release-rule.js";
import { pretripReleaseRule } from "../../src/modules/pretrip/release-rule.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import { makeDepot } from "../helpers/factories.js";

interface Row {
  vehicleId: string;
  registrationPlate: string | null;
  model: string;
  state: string;
  releasable: boolean;
  reasons: { code: string }[];
  override: { id: string } | null;
  unconfirmedReadings: { id: string }[];
  checkFlags: { id: string; confirmedAt: string | null }[];
}
interface Board {
  vehicles: Row[];
}

let t: TestApp;
let client: Client;
let depotId: string;
let organisationId: string;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db)).toBe(true);
  client = new Client(t.app);
  expect((await client.login("controller.sochi@fleethub.demo", DEMO_PASSWORD)).statusCode).toBe(
    200,
  );
  const depot = await t.db
    .selectFrom("depots")
    .select(["id", "organisation_id"])
    .where("name", "=", "Sochi Central Depot")
    .executeTakeFirstOrThrow();
  depotId = depot.id;
  organisationId = depot.organisation_id;
}, 300_000);
afterAll(() => t.close());

/** The board as the dispatcher's page reads it: through the API, remembering rows. */
async function board(): Promise<Board> {
  const response = await client.get(`/api/v1/depots/${depotId}/board`);
  expect(response.statusCode).toBe(200);
  return response.json<Board>();
}

/** The same board decided by a new gate: nothing remembered, every rule read afresh. */
async function freshBoard(query: { shift?: "next" } = {}): Promise<Board> {
  const gate = new ReleaseGate([
    ...INSPECTION_RELEASE_RULES,
    maintenanceReleaseRule,
    workOrderReleaseRule,
    pretripReleaseRule,
  ]);
  const built = await depotBoard(
    { ...t.app.deps, releaseGate: gate },
    t.db,
    systemActor(),
    depotId,
    query,
  );
  return JSON.parse(JSON.stringify(built)) as Board;
}

const rowOf = (b: Board, vehicleId: string) => {
  const row = b.vehicles.find((v) => v.vehicleId === vehicleId);
  if (!row) throw new Error(`vehicle ${vehicleId} is not on the board`);
  return row;
};
const codes = (row: Row) => row.reasons.map((r) => r.code).sort();

/** Reads the board, changes something, and checks the board saw it and agrees with a fresh one. */
async function afterChange(change: () => Promise<unknown>) {
  const before = await board();
  expect(await board()).toEqual(before); // remembered rows answer the second read
  await change();
  const after = await board();
  expect(after).toEqual(await freshBoard());
  return { before, after };
}

async function readyVehicle() {
  const b = await board();
  const row = b.vehicles.find((v) => v.state === "ready");
  if (!row) throw new Error("no ready vehicle on the board");
  return row.vehicleId;
}

describe("the depot board's remembered rows", () => {
  it("see a driver's admission and licence filed under another operator the driver also drives for", async () => {
    // A driver may hold the driver role in two operators: what is theirs follows them.
    const vehicleId = await readyVehicle();
    const control = await t.db
      .selectFrom("technical_controls")
      .select(["driver_user_id", "shift_start", "shift_end"])
      .where("vehicle_id", "=", vehicleId)
      .where("driver_user_id", "is not", null)
      .orderBy("controlled_at", "desc")
      .executeTakeFirstOrThrow();
    const driver = control.driver_user_id ?? "";
    const other = await t.db
      .selectFrom("organisations")
      .select("id")
      .where("kind", "=", "operator")
      .where("id", "!=", organisationId)
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("memberships")
      .values({ user_id: driver, organisation_id: other.id, role: "driver" })
      .execute();
    const { after } = await afterChange(() =>
      t.db
        .insertInto("medical_admissions")
        .values({
          organisation_id: other.id,
          driver_user_id: driver,
          stage: "pre_trip",
          shift_start: control.shift_start,
          shift_end: control.shift_end,
          admitted: false,
          examined_at: new Date(),
          by_user_id: driver,
          by_name: "The other operator's clinic",
          by_organisation_id: other.id,
        })
        .execute(),
    );
    expect(codes(rowOf(after, vehicleId))).toContain("DRIVER_NOT_ADMITTED");
    const { after: expired } = await afterChange(() =>
      t.db
        .insertInto("compliance_documents")
        .values({
          organisation_id: other.id,
          driver_user_id: driver,
          kind: "tachograph_card",
          number: "RUD0000000000001",
          issued_on: "2015-01-01",
          expires_on: "2016-01-01",
        })
        .execute(),
    );
    expect(codes(rowOf(expired, vehicleId))).toContain("DRIVER_DOCUMENT_EXPIRED");
    // Both taken back (deleted): the bus is ready again.
    const { after: cleared } = await afterChange(async () => {
      await t.db.deleteFrom("medical_admissions").where("organisation_id", "=", other.id).execute();
      await t.db
        .deleteFrom("compliance_documents")
        .where("organisation_id", "=", other.id)
        .where("driver_user_id", "=", driver)
        .execute();
    });
    expect(rowOf(cleared, vehicleId).state).toBe("ready");
  });

  it("see a medical admission withdrawn, and again given", async () => {
    const vehicleId = await readyVehicle();
    const flip = () =>
      t.db
        .updateTable("medical_admissions")
        .set({ admitted: sql<boolean>`not admitted` })
        .where("organisation_id", "=", organisationId)
        .execute();
    const { after } = await afterChange(flip);
    expect(codes(rowOf(after, vehicleId))).toContain("DRIVER_NOT_ADMITTED");
    expect(rowOf(after, vehicleId).state).toBe("held");
    const back = await afterChange(flip);
    expect(rowOf(back.after, vehicleId).state).toBe("ready");
  });

  it("see a vehicle's document expire, and a driver's", async () => {
    const vehicleId = await readyVehicle();
    const { after } = await afterChange(() =>
      t.db
        .insertInto("compliance_documents")
        .values({
          organisation_id: organisationId,
          vehicle_id: vehicleId,
          kind: "osago",
          number: "XXX 0000000001",
          issued_on: "2020-01-01",
          expires_on: "2021-01-01",
        })
        .execute(),
    );
    // The newest policy of each kind counts: the demo's own policy, if any, is newer.
    const fresh = rowOf(await freshBoard(), vehicleId);
    expect(rowOf(after, vehicleId)).toEqual(fresh);
    await afterChange(() =>
      t.db
        .updateTable("compliance_documents")
        .set({ issued_on: "2020-01-01", expires_on: "2021-01-02" })
        .where("vehicle_id", "=", vehicleId)
        .execute(),
    ).then(({ after: expired }) =>
      expect(codes(rowOf(expired, vehicleId))).toContain("VEHICLE_DOCUMENT_EXPIRED"),
    );
    const driver = await t.db
      .selectFrom("technical_controls")
      .select("driver_user_id")
      .where("vehicle_id", "=", await readyVehicle())
      .where("driver_user_id", "is not", null)
      .executeTakeFirst();
    expect(driver?.driver_user_id).toBeTruthy();
    const { after: driverExpired } = await afterChange(async () => {
      await t.db
        .insertInto("compliance_documents")
        .values({
          organisation_id: organisationId,
          driver_user_id: driver?.driver_user_id ?? null,
          kind: "driving_licence",
          number: "99 00 000001",
          issued_on: "2010-01-01",
          expires_on: "2020-01-01",
        })
        .execute();
      // Every licence of the driver's expired: the newest of a kind is the one that counts.
      await t.db
        .updateTable("compliance_documents")
        .set({ issued_on: "2010-01-01", expires_on: "2020-01-01" })
        .where("driver_user_id", "=", driver?.driver_user_id ?? "")
        .where("kind", "=", "driving_licence")
        .execute();
    });
    expect(driverExpired.vehicles.some((v) => codes(v).includes("DRIVER_DOCUMENT_EXPIRED"))).toBe(
      true,
    );
    const { after: renewed } = await afterChange(() =>
      t.db
        .updateTable("compliance_documents")
        .set({ issued_on: "2020-01-01", expires_on: "2099-01-01" })
        .where("driver_user_id", "=", driver?.driver_user_id ?? "")
        .execute(),
    );
    expect(renewed.vehicles.some((v) => codes(v).includes("DRIVER_DOCUMENT_EXPIRED"))).toBe(false);
  });

  it("see a technical control taken back, a vehicle put out of service and a policy switched", async () => {
    const vehicleId = await readyVehicle();
    const { after } = await afterChange(() =>
      t.db.deleteFrom("technical_controls").where("vehicle_id", "=", vehicleId).execute(),
    );
    expect(codes(rowOf(after, vehicleId))).toContain("PRETRIP_CONTROL_MISSING");
    const other = (await board()).vehicles.find((v) => v.vehicleId !== vehicleId)?.vehicleId;
    const { after: parked } = await afterChange(() =>
      t.db
        .updateTable("vehicles")
        .set({ status: "out_of_service" })
        .where("id", "=", other ?? "")
        .execute(),
    );
    expect(codes(rowOf(parked, other ?? ""))).toContain("VEHICLE_NOT_ACTIVE");
    const { after: walkaround } = await afterChange(() =>
      t.db
        .updateTable("release_policies")
        .set({ policy: "walkaround" })
        .where("organisation_id", "=", organisationId)
        .execute(),
    );
    expect(codes(rowOf(walkaround, vehicleId))).not.toContain("PRETRIP_CONTROL_MISSING");
  });

  it("see a check moved out of the window, a critical defect, a blocking order and a release", async () => {
    const vehicleId = await readyVehicle();
    const { after } = await afterChange(() =>
      t.db
        .updateTable("inspections")
        .set({ submitted_at: sql<Date>`submitted_at - interval '3 days'` })
        .where("vehicle_id", "=", vehicleId)
        .execute(),
    );
    expect(rowOf(after, vehicleId).state).toBe("not_checked");
    const next = await readyVehicle();
    const { after: defective } = await afterChange(() =>
      t.db
        .insertInto("defects")
        .values({
          organisation_id: organisationId,
          vehicle_id: next,
          item_key: "brakes_service",
          category: "brakes",
          severity: "critical",
          description: "Brake pedal goes to the floor",
          opened_at: new Date(),
        })
        .execute(),
    );
    expect(rowOf(defective, next).state).toBe("held");
    const third = await readyVehicle();
    const { after: ordered } = await afterChange(() =>
      t.db
        .insertInto("work_orders")
        .values({
          organisation_id: organisationId,
          vehicle_id: third,
          source: "manual",
          title: "Replace the cracked windscreen",
          blocking: true,
        })
        .execute(),
    );
    expect(rowOf(ordered, third).state).toBe("held");
    const held = ordered.vehicles.find((v) => v.reasons.length && v.override === null);
    expect(held).toBeDefined();
    const { after: released } = await afterChange(() =>
      t.db
        .insertInto("release_overrides")
        .values({
          organisation_id: organisationId,
          vehicle_id: held?.vehicleId ?? "",
          shift_start: new Date(),
          reason: "Checked by the workshop",
          codes: held?.reasons.map((r) => r.code) ?? [],
          by_user_id: null,
          by_name: "Test Manager",
        })
        .execute(),
    );
    expect(rowOf(released, held?.vehicleId ?? "").override).not.toBeNull();
  });

  it("see a reading marked unconfirmed, and a check's flag confirmed", async () => {
    const reading = await t.db
      .selectFrom("meter_readings")
      .innerJoin("vehicles", "vehicles.id", "meter_readings.vehicle_id")
      .select(["meter_readings.id", "meter_readings.vehicle_id"])
      .where("vehicles.depot_id", "=", depotId)
      .where("meter_readings.unconfirmed_at", "is", null)
      .where("meter_readings.voided_at", "is", null)
      .executeTakeFirstOrThrow();
    const { after } = await afterChange(() =>
      t.db
        .updateTable("meter_readings")
        .set({ unconfirmed_at: new Date(), unconfirmed_reason: "odometer went backwards" })
        .where("id", "=", reading.id)
        .execute(),
    );
    expect(rowOf(after, reading.vehicle_id).unconfirmedReadings.map((r) => r.id)).toContain(
      reading.id,
    );
    const flagged = after.vehicles.find((v) => v.checkFlags.some((f) => f.confirmedAt === null));
    expect(flagged, "the demo has a flagged check at Sochi Central").toBeDefined();
    if (flagged) {
      const { after: confirmed } = await afterChange(() =>
        t.db
          .updateTable("inspection_flags")
          .set({ confirmed_at: new Date(), confirm_note: "watched the check again" })
          .where("vehicle_id", "=", flagged.vehicleId)
          .execute(),
      );
      expect(
        rowOf(confirmed, flagged.vehicleId).checkFlags.every((f) => f.confirmedAt !== null),
      ).toBe(true);
    }
  });

  it("see a check dated a few seconds ahead of the board's clock once the clock passes it", async () => {
    // Another server's clock, an import or an administrator's SQL can date a check ahead:
    // it counts only once the clock reaches it, with no write in between.
    const vehicleId = (await board()).vehicles.find(
      (v) => v.checkFlags.length === 0 && v.state === "ready",
    )?.vehicleId;
    expect(vehicleId).toBeDefined();
    const newest = await t.db
      .selectFrom("inspections")
      .select("id")
      .where("vehicle_id", "=", vehicleId ?? "")
      .orderBy("submitted_at", "desc")
      .executeTakeFirstOrThrow();
    const ahead = new Date(Date.now() + 2_000);
    const id = crypto.randomUUID();
    // A copy of its newest check, dated ahead, whose flag holds the vehicle.
    await sql`insert into inspections
      select (jsonb_populate_record(null::inspections, to_jsonb(i) || jsonb_build_object(
        'id', ${id}::uuid, 'submitted_at', ${ahead.toISOString()}::timestamptz,
        'idempotency_key', ${crypto.randomUUID()}::text, 'created_at', now()))).*
      from inspections i where i.id = ${newest.id}`.execute(t.db);
    await t.db
      .insertInto("inspection_flags")
      .values({
        id: crypto.randomUUID(),
        inspection_id: id,
        organisation_id: organisationId,
        vehicle_id: vehicleId ?? "",
        driver_user_id: null,
        kind: "too_fast",
        reason: "too_fast",
        detail: "{}",
        holds: true,
        created_at: new Date(),
      })
      .execute();
    expect(rowOf(await board(), vehicleId ?? "").checkFlags).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, ahead.getTime() - Date.now() + 200));
    const after = rowOf(await board(), vehicleId ?? "");
    expect(after.checkFlags).toHaveLength(1);
    expect(after.state).toBe("held");
    expect(after).toEqual(rowOf(await freshBoard(), vehicleId ?? ""));
  });

  it("see a defect moved to another vehicle, and the next shift's board agrees too", async () => {
    const from = (await board()).vehicles.find((v) =>
      codes(v).includes("CRITICAL_DEFECT_OPEN"),
    )?.vehicleId;
    const to = await readyVehicle();
    expect(from).toBeDefined();
    const { after } = await afterChange(() =>
      t.db
        .updateTable("defects")
        .set({ vehicle_id: to })
        .where("vehicle_id", "=", from ?? "")
        .where("severity", "=", "critical")
        .execute(),
    );
    expect(codes(rowOf(after, to))).toContain("CRITICAL_DEFECT_OPEN");
    expect(codes(rowOf(after, from ?? ""))).not.toContain("CRITICAL_DEFECT_OPEN");
    const next = await client.get(`/api/v1/depots/${depotId}/board?shift=next`);
    expect(next.json()).toEqual(await freshBoard({ shift: "next" }));
  });

  it("see a plate changed, a model renamed, a vehicle moved to another depot and back, and one retired", async () => {
    const [first, second] = (await board()).vehicles;
    const { after } = await afterChange(() =>
      t.db
        .updateTable("vehicles")
        .set({ registration_plate: "Т001ТТ23" })
        .where("id", "=", first?.vehicleId ?? "")
        .execute(),
    );
    expect(rowOf(after, first?.vehicleId ?? "").registrationPlate).toBe("Т001ТТ23");
    const { after: renamed } = await afterChange(() =>
      t.db
        .updateTable("vehicle_models")
        .set({ model: "Citys renamed" })
        .where("id", "=", (eb) =>
          eb
            .selectFrom("vehicles")
            .select("model_id")
            .where("id", "=", second?.vehicleId ?? ""),
        )
        .execute(),
    );
    expect(rowOf(renamed, second?.vehicleId ?? "").model).toMatch(/Citys renamed$/);
    const elsewhere = await t.db
      .selectFrom("depots")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .where("id", "!=", depotId)
      .executeTakeFirstOrThrow();
    const { before, after: moved } = await afterChange(() =>
      t.db
        .updateTable("vehicles")
        .set({ depot_id: elsewhere.id })
        .where("id", "=", first?.vehicleId ?? "")
        .execute(),
    );
    expect(moved.vehicles).toHaveLength(before.vehicles.length - 1);
    expect(moved.vehicles.some((v) => v.vehicleId === first?.vehicleId)).toBe(false);
    // Back again, with a fleet number that sorts it last: it rejoins the board in its place.
    const { after: back } = await afterChange(() =>
      t.db
        .updateTable("vehicles")
        .set({ depot_id: depotId, fleet_number: "ZZZ-999" })
        .where("id", "=", first?.vehicleId ?? "")
        .execute(),
    );
    expect(back.vehicles).toHaveLength(before.vehicles.length);
    expect(back.vehicles.at(-1)?.vehicleId).toBe(first?.vehicleId);
    // Retired: off the board.
    const { after: retired } = await afterChange(() =>
      t.db
        .updateTable("vehicles")
        .set({ status: "retired" })
        .where("id", "=", second?.vehicleId ?? "")
        .execute(),
    );
    expect(retired.vehicles.some((v) => v.vehicleId === second?.vehicleId)).toBe(false);
  });

  it("sends byte for byte what JSON writes of the board, for a depot with buses and one without", async () => {
    // The API joins each row's kept JSON (routes.ts, depotBoardBytes); the board as objects
    // is what the rules decided.
    const empty = await makeDepot(t.db, organisationId);
    for (const id of [depotId, empty.id])
      for (const query of [{}, { shift: "next" as const }]) {
        const url = `/api/v1/depots/${id}/board${query.shift ? "?shift=next" : ""}`;
        const response = await client.get(url);
        expect(response.statusCode).toBe(200);
        expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
        const built = await depotBoard(t.app.deps, t.db, systemActor(), id, query);
        expect(response.body).toBe(JSON.stringify(built));
      }
  });

  it("keeps answering when full: the shifts read least lately make room, never the board's own rows", async () => {
    const count = (await board()).vehicles.length;
    const saved = { ...boardMemoLimits };
    boardMemoLimits.rows = count;
    try {
      // The next shift's board needs room: the rows of the shift under way make it.
      const next = await client.get(`/api/v1/depots/${depotId}/board?shift=next`);
      expect(next.statusCode).toBe(200);
      expect(next.json()).toEqual(await freshBoard({ shift: "next" }));
      // A full memo, and one vehicle changes: its row is computed beside the others kept.
      const vehicleId = await readyVehicle();
      const { after } = await afterChange(() =>
        t.db
          .updateTable("vehicles")
          .set({ registration_plate: "Т777ТТ23" })
          .where("id", "=", vehicleId)
          .execute(),
      );
      expect(rowOf(after, vehicleId).registrationPlate).toBe("Т777ТТ23");
      // One shift kept at most: each board drops the other's rows, and answers in full.
      boardMemoLimits.shifts = 1;
      for (const shift of ["next", "current", "next"] as const) {
        const read = await client.get(`/api/v1/depots/${depotId}/board?shift=${shift}`);
        expect(read.json()).toEqual(await freshBoard(shift === "next" ? { shift } : {}));
      }
    } finally {
      Object.assign(boardMemoLimits, saved);
    }
  });

  it("is stale when a write slips past the versions: the checks above can fail", async () => {
    // With the trigger off, a blocking order is invisible to the remembered rows; this is
    // what every step above would see had its table no trigger.
    // A vehicle no earlier step gave an order.
    const vehicleId =
      (await board()).vehicles.find((v) => !codes(v).includes("WORK_ORDER_OPEN"))?.vehicleId ?? "";
    await board();
    await sql`alter table work_orders disable trigger work_orders_ri_insert`.execute(t.db);
    try {
      await t.db
        .insertInto("work_orders")
        .values({
          organisation_id: organisationId,
          vehicle_id: vehicleId,
          source: "manual",
          title: "Written past the triggers",
          blocking: true,
        })
        .execute();
      expect(codes(rowOf(await board(), vehicleId))).not.toContain("WORK_ORDER_OPEN");
      expect(codes(rowOf(await freshBoard(), vehicleId))).toContain("WORK_ORDER_OPEN");
    } finally {
      await sql`alter table work_orders enable trigger work_orders_ri_insert`.execute(t.db);
    }
  });
});
