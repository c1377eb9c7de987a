/**
 * Training's tenant-isolation cases: a course and session of the hub serving B (which
 * does not serve A), B's mechanic enrolled there and at the manufacturer's academy
 * (which A may see), and B's certificates, one earned and one recorded.
 */
import { Client } from "../../helpers/app.js";
import { TEST_PASSWORD, makeUser } from "../../helpers/factories.js";
import type { IsolationFeature } from "./cases.js";

const DAY_MS = 86_400_000;
const inDays = (days: number, hour: number): string => {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

async function json<T>(response: Promise<{ statusCode: number; body: string }>): Promise<T> {
  const done = await response;
  if (done.statusCode >= 300) throw new Error(`training isolation setup: ${done.body}`);
  return JSON.parse(done.body) as T;
}

export const trainingIsolation: IsolationFeature = async ({ t, n, clientB, hubOfB }) => {
  const hubManager = await makeUser(t.db, [[hubOfB.id, "hub_manager"]]);
  const makerTrainer = await makeUser(t.db, [[n.maker.id, "trainer"]]);
  const mechanicB = await makeUser(t.db, [[n.operatorB.id, "mechanic"]]);
  const hub = new Client(t.app);
  await hub.login(hubManager.email, TEST_PASSWORD);
  const maker = new Client(t.app);
  await maker.login(makerTrainer.email, TEST_PASSWORD);

  const offer = async (client: Client, organisationId: string, trainerUserId: string) => {
    const course = await json<{ id: string }>(
      client.post("/api/v1/courses", {
        organisationId,
        competency: "cng_fuel_system",
        name: "CNG cylinders and fittings",
        validityMonths: 24,
      }),
    );
    const session = await json<{ id: string }>(
      client.post("/api/v1/training-sessions", {
        courseId: course.id,
        startsAt: inDays(10, 8),
        endsAt: inDays(10, 16),
        place: "Workshop",
        trainerUserId,
        capacity: 10,
      }),
    );
    return { course, session };
  };
  const enrol = (client: Client, sessionId: string) =>
    json<{ id: string }>(
      client.post(`/api/v1/training-sessions/${sessionId}/enrolments`, { userId: mechanicB.id }),
    );

  // At B's hub: B's manager enrols their mechanic; a second session is held and passed.
  const { course, session } = await offer(hub, hubOfB.id, hubManager.id);
  const enrolment = await enrol(clientB, session.id);
  const held = await offer(hub, hubOfB.id, hubManager.id);
  const heldEnrolment = await enrol(hub, held.session.id);
  await t.db
    .updateTable("training_sessions")
    .set({ starts_at: new Date(inDays(-3, 8)), ends_at: new Date(inDays(-3, 16)) })
    .where("id", "=", held.session.id)
    .execute();
  const earned = await json<{ certificate: { id: string } }>(
    hub.post(
      `/api/v1/training-sessions/${held.session.id}/enrolments/${heldEnrolment.id}/complete`,
      { passed: true },
    ),
  );
  const recorded = await json<{ id: string }>(
    hub.post("/api/v1/certificates", {
      userId: mechanicB.id,
      organisationId: n.operatorB.id,
      competency: "brakes",
      issuedOn: "2025-01-10",
      expiresOn: "2030-01-10",
    }),
  );
  // At the manufacturer's academy, which A sees too: B's enrolment must stay B's.
  const academy = await offer(maker, n.maker.id, makerTrainer.id);
  const academyEnrolment = await enrol(clientB, academy.session.id);

  const enrolmentOfB = { id: academy.session.id, enrolmentId: academyEnrolment.id };
  return {
    secretIds: [
      course.id,
      session.id,
      held.course.id,
      held.session.id,
      enrolment.id,
      heldEnrolment.id,
      academyEnrolment.id,
      earned.certificate.id,
      recorded.id,
      mechanicB.id,
      hubManager.id,
    ],
    byPath: {
      "/api/v1/courses/{id}": { ids: { id: course.id }, bodies: { patch: { name: "Taken over" } } },
      "/api/v1/training-sessions/{id}": {
        ids: { id: session.id },
        bodies: { patch: { place: "Taken over" } },
      },
      "/api/v1/training-sessions/{id}/enrolments": {
        ids: { id: session.id },
        bodies: { post: { userId: n.driverA.id } },
      },
      "/api/v1/training-sessions/{id}/enrolments/{enrolmentId}": { ids: enrolmentOfB, bodies: {} },
      "/api/v1/training-sessions/{id}/enrolments/{enrolmentId}/complete": {
        ids: enrolmentOfB,
        bodies: { post: { passed: false } },
      },
      "/api/v1/certificates/{id}/revoke": {
        ids: { id: earned.certificate.id },
        bodies: { post: { reason: "taken over" } },
      },
    },
    creates: {
      "/api/v1/courses": {
        body: {
          organisationId: hubOfB.id,
          competency: "brakes",
          name: "Planted",
          validityMonths: 12,
        },
        status: 400,
        message: /organisationId: no such organisation/,
      },
      "/api/v1/training-sessions": {
        body: {
          courseId: course.id,
          startsAt: inDays(20, 8),
          endsAt: inDays(20, 16),
          place: "Planted",
          trainerUserId: hubManager.id,
          capacity: 5,
        },
        status: 400,
        message: /courseId: no such course/,
      },
      "/api/v1/certificates": {
        body: {
          userId: mechanicB.id,
          organisationId: n.operatorB.id,
          competency: "brakes",
          issuedOn: "2025-01-01",
          expiresOn: "2027-01-01",
        },
        status: 400,
        message: /organisationId: no such organisation/,
      },
    },
    // The competency catalogue is shared by the network and extended by the manufacturer only.
    ownOnly: ["post /api/v1/competencies"],
    ownedTables: [
      { table: "certificates", column: "organisation_id" },
      { table: "enrolments", column: "organisation_id" },
    ],
  };
};
