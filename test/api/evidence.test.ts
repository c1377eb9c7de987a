/**
 * Evidence shown where it is needed: the driver's photo of a failed item comes back on
 * its defect and on the defect's work order (and only to those who may see the
 * inspection), and the mechanic's "what was done" comes back on the defect, the work
 * order and the next driver's review.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  TINY_PNG,
  makeCertificate,
  makeDepot,
  makeModel,
  makeNetwork,
  makeUser,
  makeVehicle,
  multipart,
  disableDefectWorkOrders,
} from "../helpers/factories.js";
import { formFor, inspectionBody, submit } from "../helpers/inspections.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface PhotoLink {
  id: string;
  url: string;
  thumbnailUrl?: string;
}
interface Defect {
  id: string;
  status: string;
  description: string;
  photos: PhotoLink[];
  repairNote: string | null;
  repairedByName: string | null;
}
interface WorkOrder {
  id: string;
  status: string;
  tasks: { id: string }[];
  defect: { id: string; description: string; severity: string; photos: PhotoLink[] } | null;
  completionNote: string | null;
  completedByName: string | null;
}

/** The item failed in these tests: critical, and a failure needs a photo. */
const WHEEL_NUTS = "tyres_wheel_nuts";

/**
 * Operator A's bus, its driver and a mechanic certified for wheels (general service);
 * the hub that serves A; and operator B's manager.
 */
async function depot() {
  const n = await makeNetwork(t.db);
  const depot = await makeDepot(t.db, n.operatorA.id);
  const model = await makeModel(t.db, { powertrain: "diesel" });
  const vehicle = await makeVehicle(t.db, n.operatorA.id, model.id, { depotId: depot.id });
  const mechanicUser = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  await makeCertificate(t.db, mechanicUser.id, n.operatorA.id, "general_service");
  const signIn = async (email: string) => {
    const client = new Client(t.app);
    expect((await client.login(email, TEST_PASSWORD)).statusCode).toBe(200);
    return client;
  };
  return {
    n,
    vehicle,
    mechanicUser,
    driver: await signIn(n.driverA.email),
    mechanic: await signIn(mechanicUser.email),
    hubManager: await signIn(n.hubManager.email),
    otherOperator: await signIn(n.managerB.email),
  };
}
type Depot = Awaited<ReturnType<typeof depot>>;

/** The driver photographs loose wheel nuts and submits the failed check. */
async function reportWheelNuts(s: Depot) {
  const upload = multipart("photo", "wheel.png", "image/png", TINY_PNG);
  const photo = await s.driver.request({
    method: "POST",
    url: `/api/v1/photos?organisationId=${s.n.operatorA.id}`,
    payload: upload.body,
    headers: { "content-type": upload.contentType },
  });
  expect(photo.statusCode).toBe(201);
  const photoId = photo.json<{ id: string }>().id;
  const form = await formFor(s.driver, s.vehicle.id);
  const response = await submit(
    s.driver,
    inspectionBody(form, s.vehicle.id, { fail: [WHEEL_NUTS], photoId }),
  );
  expect(response.statusCode).toBe(201);
  const defect = response.json<{ defectsOpened: Defect[] }>().defectsOpened[0];
  if (!defect) throw new Error("the failed check opened no defect");
  const orders = (
    await s.mechanic.get(`/api/v1/work-orders?vehicleId=${s.vehicle.id}&status=open`)
  ).json<{ id: string; defectId: string | null }[]>();
  const order = orders.find((o) => o.defectId === defect.id);
  return { photoId, defect, orderId: order?.id ?? "" };
}

const getDefect = async (client: Client, id: string) =>
  (await client.get(`/api/v1/defects/${id}`)).json<Defect>();
const getOrder = async (client: Client, id: string) =>
  (await client.get(`/api/v1/work-orders/${id}`)).json<WorkOrder>();

describe("the driver's photo of a failed item", () => {
  it("comes back on the defect, in the defect list and on the defect's work order", async () => {
    const s = await depot();
    const { photoId, defect, orderId } = await reportWheelNuts(s);
    const link = { id: photoId, url: `/api/v1/photos/${photoId}` };
    expect(defect.photos).toEqual([link]);
    expect((await getDefect(s.mechanic, defect.id)).photos).toEqual([link]);
    const listed = (await s.mechanic.get(`/api/v1/defects?vehicleId=${s.vehicle.id}`)).json<
      Defect[]
    >();
    expect(listed.map((d) => d.photos)).toEqual([[link]]);

    const order = await getOrder(s.mechanic, orderId);
    expect(order.defect).toEqual({
      id: defect.id,
      description: defect.description,
      severity: "critical",
      openedAt: expect.any(String) as string,
      photos: [link],
    });
    expect(order.defect?.description).toContain("Seen at the depot before the shift");
  });

  it("is served as the image to the operator's people and its hub, and is 404 to another operator", async () => {
    const s = await depot();
    const { defect, orderId } = await reportWheelNuts(s);
    const url = defect.photos[0]?.url ?? "";
    for (const client of [s.mechanic, s.driver, s.hubManager]) {
      const image = await client.get(url);
      expect(image.statusCode).toBe(200);
      expect(image.headers["content-type"]).toBe("image/png");
      expect(image.rawPayload.equals(TINY_PNG)).toBe(true);
    }
    const refused = await s.otherOperator.get(url);
    expect(refused.statusCode).toBe(404);
    expect(refused.rawPayload.includes(TINY_PNG)).toBe(false);
    // Nor can the other operator find the photo's link through the defect or the order.
    expect((await s.otherOperator.get(`/api/v1/defects/${defect.id}`)).statusCode).toBe(404);
    expect((await s.otherOperator.get(`/api/v1/work-orders/${orderId}`)).statusCode).toBe(404);
  });

  it("leaves a defect without photos when the driver attached none", async () => {
    const s = await depot();
    const form = await formFor(s.driver, s.vehicle.id);
    const response = await submit(
      s.driver,
      inspectionBody(form, s.vehicle.id, { fail: ["lights"] }),
    );
    const defect = response.json<{ defectsOpened: Defect[] }>().defectsOpened[0];
    expect(defect?.photos).toEqual([]);
    expect((await getDefect(s.mechanic, defect?.id ?? "")).photos).toEqual([]);
  });
});

describe("the mechanic's note of what was done", () => {
  it("shows on the work order, on the defect and on the next driver's review", async () => {
    const s = await depot();
    const { defect, orderId } = await reportWheelNuts(s);
    const note = "Wheel nuts re-torqued to 600 Nm, indicators fitted";
    expect(
      (await s.mechanic.post(`/api/v1/work-orders/${orderId}/transitions`, { to: "in_progress" }))
        .statusCode,
    ).toBe(200);
    const taskId = (await getOrder(s.mechanic, orderId)).tasks[0]?.id ?? "";
    expect(
      (await s.mechanic.post(`/api/v1/work-orders/${orderId}/tasks/${taskId}/done`)).statusCode,
    ).toBe(200);
    const completed = await s.mechanic.post(`/api/v1/work-orders/${orderId}/transitions`, {
      to: "completed",
      note,
    });
    expect(completed.statusCode).toBe(200);
    expect(completed.json<WorkOrder>()).toMatchObject({
      status: "completed",
      completionNote: note,
      completedByName: s.mechanicUser.name,
    });
    expect((await getOrder(s.hubManager, orderId)).completionNote).toBe(note);

    expect(await getDefect(s.mechanic, defect.id)).toMatchObject({
      status: "repaired",
      repairNote: note,
      repairedByName: s.mechanicUser.name,
    });
    // The next driver's check asks them to review the repair: what was done, and by whom.
    const form = await formFor(s.driver, s.vehicle.id);
    expect(form.repairsToReview).toEqual([
      expect.objectContaining({
        id: defect.id,
        repairNote: note,
        repairedByName: s.mechanicUser.name,
        events: [expect.objectContaining({ kind: "repaired", note })],
        photos: defect.photos,
      }),
    ]);
  });

  it("shows a repair certified on the defect itself, and stays after the driver's review", async () => {
    const s = await depot();
    // Certified on the defect itself: the operator opens no work orders from defects.
    await disableDefectWorkOrders(t.db, s.n.operatorA.id);
    const { defect } = await reportWheelNuts(s);
    const note = "Nuts checked with a torque wrench: all tight, marker caps had slipped";
    const certified = await s.mechanic.post(`/api/v1/defects/${defect.id}/repair`, {
      action: "no_repair_needed",
      note,
    });
    expect(certified.json<Defect>()).toMatchObject({
      status: "no_repair_needed",
      repairNote: note,
      repairedByName: s.mechanicUser.name,
    });
    const form = await formFor(s.driver, s.vehicle.id);
    expect(form.repairsToReview).toEqual([expect.objectContaining({ repairNote: note })]);
    await s.driver.post(`/api/v1/defects/${defect.id}/review`, { note: "Looked, fine" });
    // The review is the latest event, but the note of what the mechanic found remains.
    expect(await getDefect(s.driver, defect.id)).toMatchObject({
      repairNote: note,
      repairedByName: s.mechanicUser.name,
    });
  });

  it("is empty on an order completed without one, and on a defect nobody has certified", async () => {
    const s = await depot();
    const created = await s.mechanic.post("/api/v1/work-orders", {
      vehicleId: s.vehicle.id,
      title: "Wash the bus",
      tasks: [{ description: "Wash", required: false }],
    });
    expect(created.statusCode).toBe(201);
    const order = created.json<WorkOrder>();
    expect(order.defect).toBeNull();
    await s.mechanic.post(`/api/v1/work-orders/${order.id}/transitions`, { to: "in_progress" });
    const completed = await s.mechanic.post(`/api/v1/work-orders/${order.id}/transitions`, {
      to: "completed",
    });
    expect(completed.json<WorkOrder>()).toMatchObject({
      status: "completed",
      completionNote: null,
    });
    const { defect } = await reportWheelNuts(s);
    expect(await getDefect(s.mechanic, defect.id)).toMatchObject({
      repairNote: null,
      repairedByName: null,
    });
  });
});
