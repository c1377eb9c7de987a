/**
 * The depot board per shift: a manager's release lasts the shift it was given for, each
 * shift needs its own pre-shift check, and the board tells "not checked yet" apart from
 * "held by a defect".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeDepot,
  makeModel,
  makeNetwork,
  makeVehicle,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: { field?: string; message: string };
}
interface Reason {
  code: string;
  clearedBy: string[];
  defects?: { fault: { en: string; ru: string } | null; driverComment: string | null }[];
}
interface Board {
  shift: { start: string; end: string; localStart: string };
  nextShift: { start: string };
  counts: Record<string, number>;
  vehicles: {
    vehicleId: string;
    state: string;
    reasons: Reason[];
    override: { reason: string; byName: string } | null;
  }[];
}

const HOUR = 3_600_000;
/** "HH:MM" in UTC of a moment `hoursAgo` before now. */
const utcTime = (hoursAgo: number) =>
  new Date(Date.now() - hoursAgo * HOUR).toISOString().slice(11, 16);

async function signIn(email: string) {
  const client = new Client(t.app);
  expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
  return client;
}

/** A depot whose shifts started 3 h and 1 h ago (UTC), with four buses. */
async function depotWithShifts() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const manager = await signIn(n.managerA.email);
  // Read the clock once: a second reading may fall in the next minute.
  const shiftStarts = [utcTime(3), utcTime(1)] as const;
  const set = await manager.request({
    method: "PATCH",
    url: `/api/v1/depots/${depot.id}`,
    payload: { timeZone: "UTC", shiftStarts },
  });
  expect(set.statusCode).toBe(200);
  const model = await makeModel(t.db, { powertrain: "cng" });
  const buses = await Promise.all(
    [0, 1, 2, 3].map(() => makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id })),
  );
  return { n, depot, buses, shiftStarts, manager, driver: await signIn(n.driverA.email) };
}

const boardOf = async (client: Client, depotId: string, query = "") =>
  (await client.get(`/api/v1/depots/${depotId}/board${query}`)).json<Board>();

describe("the depot board per shift", () => {
  it("shows the shift under way, counts each state and keeps a manager's release to the shift's end", async () => {
    const s = await depotWithShifts();
    const [ready, gasLeak, dirtyBay, unchecked] = s.buses;
    for (const [bus, fail] of [
      [ready, []],
      [gasLeak, ["cng_high_pressure_lines"]],
      // Not on decree No. 837's list, so a manager may release it (faulty wipers may not).
      [dirtyBay, ["engine_bay_clean"]],
    ] as const) {
      const form = await formFor(s.driver, bus?.id ?? "");
      const item = form.template.items.find((i) => fail.includes(i.key as never));
      if (fail.length) expect(item, `the CNG checklist has ${fail[0]}`).toBeDefined();
      const sent = await submit(
        s.driver,
        inspectionBody(form, bus?.id ?? "", { fail: [...fail], meterValue: 30_000 }),
      );
      expect(sent.statusCode, sent.body).toBe(201);
    }
    const released = await s.manager.post(
      `/api/v1/vehicles/${dirtyBay?.id ?? ""}/release-overrides`,
      {
        shiftStart: new Date().toISOString(),
        reason: "Debris removed by hand; wash booked tonight",
      },
    );
    expect(released.statusCode, released.body).toBe(201);

    // Four minutes later, as the dispatcher opens the board again.
    const board = await boardOf(
      s.manager,
      s.depot.id,
      `?shiftStart=${new Date(Date.now() + 4 * 60_000).toISOString()}`,
    );
    expect(board.shift.localStart).toBe(s.shiftStarts[1]);
    const stateOf = (id: string | undefined) => board.vehicles.find((v) => v.vehicleId === id);
    expect(stateOf(ready?.id)?.state).toBe("ready");
    expect(stateOf(unchecked?.id)?.state).toBe("not_checked");
    expect(stateOf(gasLeak?.id)?.state).toBe("held");
    expect(stateOf(dirtyBay?.id)).toMatchObject({
      state: "released",
      override: { reason: "Debris removed by hand; wash booked tonight" },
    });
    expect(board.counts).toEqual({ ready: 1, not_checked: 1, held: 1, released: 1 });

    // The reason names the fault, carries the driver's words and who can clear it.
    const gas = stateOf(gasLeak?.id)?.reasons.find((r) => r.code === "CRITICAL_DEFECT_OPEN");
    expect(gas?.clearedBy).toEqual(["mechanic", "hub_technician"]);
    expect(gas?.defects?.[0]?.driverComment).toBe("Seen at the depot before the shift");
    expect(gas?.defects?.[0]?.fault?.en).toBe("High-pressure gas line damaged");
    expect(gas?.defects?.[0]?.fault?.en).not.toMatch(/^no /i);

    // The release ends with the shift: the next shift holds the bus again.
    const next = await boardOf(s.manager, s.depot.id, "?shift=next");
    expect(next.vehicles.find((v) => v.vehicleId === dirtyBay?.id)?.state).toBe("held");
  });

  it("asks each shift for its own check: one made before the previous shift began does not count", async () => {
    const s = await depotWithShifts();
    const bus = s.buses[0];
    const form = await formFor(s.driver, bus?.id ?? "");
    // Made 2 h ago, during the shift that began 3 h ago and before the one that began 1 h ago.
    const sent = await submit(
      s.driver,
      inspectionBody(form, bus?.id ?? "", {
        meterValue: 40_000,
        submittedAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      }),
    );
    expect(sent.statusCode, sent.body).toBe(201);
    const current = await boardOf(s.manager, s.depot.id);
    expect(current.vehicles.find((v) => v.vehicleId === bus?.id)?.state).toBe("ready");
    const next = await boardOf(s.manager, s.depot.id, "?shift=next");
    expect(next.vehicles.find((v) => v.vehicleId === bus?.id)?.reasons.map((r) => r.code)).toEqual([
      "NO_PRE_SHIFT_INSPECTION",
    ]);
  });

  it("refuses a release for a shift that has ended and a reason of spaces, storing nothing", async () => {
    const s = await depotWithShifts();
    const bus = s.buses[0];
    const form = await formFor(s.driver, bus?.id ?? "");
    await submit(
      s.driver,
      inspectionBody(form, bus?.id ?? "", { fail: ["engine_bay_clean"], meterValue: 1 }),
    );
    const ended = await s.manager.post(`/api/v1/vehicles/${bus?.id ?? ""}/release-overrides`, {
      shiftStart: new Date(Date.now() - 26 * HOUR).toISOString(),
      reason: "Yesterday's shift, forgot to release",
    });
    expect(ended.statusCode).toBe(400);
    expect(ended.json<ErrorJson>().error.field).toBe("shiftStart");
    const spaces = await s.manager.post(`/api/v1/vehicles/${bus?.id ?? ""}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "              ",
    });
    expect(spaces.statusCode).toBe(400);
    expect(spaces.json<ErrorJson>().error.field).toBe("reason");
    const stored = await t.db
      .selectFrom("release_overrides")
      .select("id")
      .where("vehicle_id", "=", bus?.id ?? "")
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses, in Russian for a Russian manager, a reason of spaces and a bus no one may release, storing nothing", async () => {
    const s = await depotWithShifts();
    await t.db
      .updateTable("users")
      .set({ locale: "ru" })
      .where("id", "=", s.n.managerA.id)
      .execute();
    const manager = await signIn(s.n.managerA.email);
    const bus = s.buses[3]?.id ?? "";
    const spaces = await manager.post(`/api/v1/vehicles/${bus}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "              ",
    });
    expect(spaces.statusCode).toBe(400);
    expect(spaces.json<ErrorJson>().error.message).toBe(
      "Объясните не менее чем в 10 символах, почему транспортное средство можно выпустить (поле reason)",
    );
    // Not checked this shift: no manager's word releases it, and the refusal says why in Russian.
    const unchecked = await manager.post(`/api/v1/vehicles/${bus}/release-overrides`, {
      shiftStart: new Date().toISOString(),
      reason: "Автобус нужен на линии, осмотр позже",
    });
    expect(unchecked.statusCode).toBe(409);
    expect(unchecked.json<ErrorJson>().error).toMatchObject({ field: "vehicleId" });
    expect(unchecked.json<ErrorJson>().error.message).toMatch(
      /^Выпустить это транспортное средство не может никто: нет предрейсового осмотра/,
    );
    const stored = await t.db
      .selectFrom("release_overrides")
      .select("id")
      .where("vehicle_id", "=", bus)
      .execute();
    expect(stored).toEqual([]);
  });

  it("refuses a shift pattern that is not one, naming the field", async () => {
    const s = await depotWithShifts();
    for (const [payload, field] of [
      [{ timeZone: "Moscow" }, "timeZone"],
      [{ shiftStarts: ["25:00"] }, "shiftStarts"],
      [{ shiftStarts: ["05:00", "05:00"] }, "shiftStarts"],
    ] as const) {
      const response = await s.manager.request({
        method: "PATCH",
        url: `/api/v1/depots/${s.depot.id}`,
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorJson>().error.field).toBe(field);
    }
    const depot = (await s.manager.get(`/api/v1/depots/${s.depot.id}`)).json<{
      timeZone: string;
      shiftStarts: string[];
    }>();
    expect(depot).toMatchObject({ timeZone: "UTC", shiftStarts: [...s.shiftStarts].sort() });
  });
});
