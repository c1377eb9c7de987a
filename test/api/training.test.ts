/**
 * Training: competencies, courses, sessions, enrolment, results and certificates, and
 * training coverage. A hub trains the mechanics of the operators it serves; what they
 * earn is what a sign-off checks (requireCompetencies).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIso } from "../../src/db/scope.js";
import { missingCompetencies, requireCompetencies } from "../../src/modules/training/competence.js";
import { Client, createTestApp, type TestApp } from "../helpers/app.js";
import {
  TEST_PASSWORD,
  makeAgreement,
  makeNetwork,
  makeOrganisation,
  makeUser,
} from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}
interface CourseJson {
  id: string;
  organisationId: string;
  competency: string;
  validityMonths: number;
  name: string;
}
interface EnrolmentJson {
  id: string;
  userId: string;
  userName: string;
  organisationId: string;
  status: string;
  certificateId: string | null;
}
interface SessionJson {
  id: string;
  capacity: number;
  enrolledCount: number;
  status: string;
  enrolments?: EnrolmentJson[];
}
interface CertificateJson {
  id: string;
  userId: string;
  organisationId: string;
  competency: string;
  issuedOn: string;
  expiresOn: string;
  issuedByName: string;
  status: string;
  daysLeft: number;
}
interface CoverageJson {
  organisationId: string;
  kind: string;
  role: string;
  headcount: number;
  competencies: { competency: string; certified: number; expiringSoon: number }[];
}

const DAY_MS = 86_400_000;
/** A moment `days` from now at `hour`:00 UTC. */
function at(days: number, hour = 9): string {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
}
const day = (days: number): string => todayIso(new Date(Date.now() + days * DAY_MS));

async function signIn(user: { email: string }): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.login(user.email, TEST_PASSWORD);
  if (response.statusCode !== 200) throw new Error(`login: ${response.body}`);
  return client;
}

async function setup() {
  const n = await makeNetwork(t.db);
  const trainer = await makeUser(t.db, [[n.hub.id, "trainer"]]);
  const mechanicA = await makeUser(t.db, [[n.operatorA.id, "mechanic"]]);
  const mechanicB = await makeUser(t.db, [[n.operatorB.id, "mechanic"]]);
  return {
    n,
    trainer,
    mechanicA,
    mechanicB,
    hub: await signIn(n.hubManager),
    trainerClient: await signIn(trainer),
    managerA: await signIn(n.managerA),
  };
}

async function offer(
  client: Client,
  input: { organisationId: string; trainerUserId: string; competency?: string },
  options: { validityMonths?: number; capacity?: number } = {},
) {
  const courseResponse = await client.post("/api/v1/courses", {
    organisationId: input.organisationId,
    competency: input.competency ?? "high_voltage",
    name: "High-voltage safety for bus mechanics",
    description: "Isolation, lock-out and measurement on battery-electric buses",
    validityMonths: options.validityMonths ?? 24,
  });
  if (courseResponse.statusCode !== 201) throw new Error(`course: ${courseResponse.body}`);
  const course = courseResponse.json<CourseJson>();
  const sessionResponse = await client.post("/api/v1/training-sessions", {
    courseId: course.id,
    startsAt: at(7, 8),
    endsAt: at(7, 16),
    place: "Hub training centre, room 2",
    trainerUserId: input.trainerUserId,
    capacity: options.capacity ?? 12,
  });
  if (sessionResponse.statusCode !== 201) throw new Error(`session: ${sessionResponse.body}`);
  return { course, session: sessionResponse.json<SessionJson>() };
}

/** Moves a session into the past (it was held `daysAgo` days ago, 08:00–16:00 UTC). */
async function holdInThePast(sessionId: string, daysAgo: number) {
  await t.db
    .updateTable("training_sessions")
    .set({ starts_at: new Date(at(-daysAgo, 8)), ends_at: new Date(at(-daysAgo, 16)) })
    .where("id", "=", sessionId)
    .execute();
}

async function enrol(client: Client, sessionId: string, userId: string) {
  return client.post(`/api/v1/training-sessions/${sessionId}/enrolments`, { userId });
}

const countRows = async (table: "enrolments" | "certificates" | "courses", userId?: string) => {
  let query = t.db.selectFrom(table).select(t.db.fn.countAll<number>().as("n"));
  if (userId && table !== "courses") query = query.where("user_id", "=", userId);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

describe("training", () => {
  it("trains an operator's mechanic at the hub and issues a certificate that sign-off accepts", async () => {
    const s = await setup();
    const { course, session } = await offer(s.hub, {
      organisationId: s.n.hub.id,
      trainerUserId: s.trainer.id,
    });
    expect(session).toMatchObject({ capacity: 12, enrolledCount: 0, status: "planned" });

    const enrolled = await enrol(s.trainerClient, session.id, s.mechanicA.id);
    expect(enrolled.statusCode).toBe(201);
    const enrolment = enrolled.json<EnrolmentJson>();
    expect(enrolment).toMatchObject({ organisationId: s.n.operatorA.id, status: "enrolled" });

    // The operator's manager sees the hub's session and their mechanic on it.
    const seen = (
      await s.managerA.get(`/api/v1/training-sessions/${session.id}`)
    ).json<SessionJson>();
    expect(seen.enrolledCount).toBe(1);
    expect(seen.enrolments?.map((e) => e.userName)).toEqual([s.mechanicA.name]);

    const early = await s.trainerClient.post(
      `/api/v1/training-sessions/${session.id}/enrolments/${enrolment.id}/complete`,
      { passed: true },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error.message).toMatch(/results are recorded after it/);
    expect(await countRows("certificates", s.mechanicA.id)).toBe(0);

    // Held some days ago, on a day of the month every month has.
    let daysAgo = 3;
    while (new Date(at(-daysAgo)).getUTCDate() > 28) daysAgo += 1;
    await holdInThePast(session.id, daysAgo);
    const heldOn = day(-daysAgo);
    const completed = await s.trainerClient.post(
      `/api/v1/training-sessions/${session.id}/enrolments/${enrolment.id}/complete`,
      { passed: true },
    );
    expect(completed.statusCode).toBe(200);
    const result = completed.json<{ enrolment: EnrolmentJson; certificate: CertificateJson }>();
    const [year, month, date] = heldOn.split("-");
    expect(result.certificate).toMatchObject({
      userId: s.mechanicA.id,
      organisationId: s.n.operatorA.id,
      competency: "high_voltage",
      issuedOn: heldOn,
      expiresOn: `${Number(year) + 2}-${month}-${date}`,
      issuedByName: s.n.hub.name,
      status: "valid",
    });
    expect(result.enrolment).toMatchObject({
      status: "completed",
      certificateId: result.certificate.id,
    });
    expect(
      (await s.hub.get(`/api/v1/training-sessions/${session.id}`)).json<SessionJson>().status,
    ).toBe("completed");
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity", "=", "enrolment")
      .where("entity_id", "=", enrolment.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["enrol", "pass"]);

    // The mechanic sees it among their own certificates, with the days left.
    const mine = (await (await signIn(s.mechanicA)).get("/api/v1/me/certificates")).json<
      CertificateJson[]
    >();
    expect(mine).toHaveLength(1);
    expect(mine[0]?.daysLeft).toBeGreaterThan(700);

    // It satisfies a sign-off that needs high voltage, and only that.
    await expect(
      requireCompetencies(t.db, s.mechanicA.id, ["high_voltage"], todayIso(), {
        en: "complete HV work",
        ru: "complete HV work",
      }),
    ).resolves.toBeUndefined();
    await expect(
      requireCompetencies(t.db, s.mechanicA.id, ["high_voltage", "cng_fuel_system"], todayIso(), {
        en: "complete CNG work",
        ru: "complete CNG work",
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: /no valid certificate for CNG fuel system \(cng_fuel_system\)/,
    });
    // The day after it expires, it no longer counts.
    const dayAfter = new Date(Date.parse(`${result.certificate.expiresOn}T00:00:00Z`) + DAY_MS);
    expect(
      await missingCompetencies(t.db, s.mechanicA.id, ["high_voltage"], todayIso(dayAfter)),
    ).toEqual(["high_voltage"]);
    expect(course.validityMonths).toBe(24);
  });

  it("does not accept an expired or revoked certificate for sign-off", async () => {
    const s = await setup();
    const expired = await s.hub.post("/api/v1/certificates", {
      userId: s.mechanicA.id,
      organisationId: s.n.operatorA.id,
      competency: "brakes",
      issuedOn: day(-800),
      expiresOn: day(-1),
    });
    expect(expired.statusCode).toBe(201);
    expect(expired.json<CertificateJson>()).toMatchObject({ status: "expired", daysLeft: -1 });
    await expect(
      requireCompetencies(t.db, s.mechanicA.id, ["brakes"], todayIso(), {
        en: "reline the brakes",
        ru: "reline the brakes",
      }),
    ).rejects.toMatchObject({
      status: 403,
      message: /no valid certificate for Brake systems \(brakes\)/,
    });

    const valid = (
      await s.hub.post("/api/v1/certificates", {
        userId: s.mechanicA.id,
        organisationId: s.n.operatorA.id,
        competency: "steering",
        issuedOn: day(-10),
        expiresOn: day(300),
      })
    ).json<CertificateJson>();
    expect(await missingCompetencies(t.db, s.mechanicA.id, ["steering"], todayIso())).toEqual([]);
    const revoked = await s.hub.post(`/api/v1/certificates/${valid.id}/revoke`, {
      reason: "failed the practical re-check",
    });
    expect(revoked.json<CertificateJson>().status).toBe("revoked");
    expect(await missingCompetencies(t.db, s.mechanicA.id, ["steering"], todayIso())).toEqual([
      "steering",
    ]);
    const again = await s.hub.post(`/api/v1/certificates/${valid.id}/revoke`, {
      reason: "once more",
    });
    expect(again.statusCode).toBe(409);
    // The operator's manager may see but not revoke.
    expect(
      (await s.managerA.post(`/api/v1/certificates/${valid.id}/revoke`, { reason: "mine" }))
        .statusCode,
    ).toBe(403);
  });

  it("records no certificate for a trainee who failed", async () => {
    const s = await setup();
    const { session } = await offer(s.hub, {
      organisationId: s.n.hub.id,
      trainerUserId: s.trainer.id,
    });
    const mechanic2 = await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
    const first = (await enrol(s.hub, session.id, s.mechanicA.id)).json<EnrolmentJson>();
    const second = (await enrol(s.hub, session.id, mechanic2.id)).json<EnrolmentJson>();
    await holdInThePast(session.id, 2);
    const failed = await s.trainerClient.post(
      `/api/v1/training-sessions/${session.id}/enrolments/${first.id}/complete`,
      { passed: false },
    );
    expect(failed.json()).toMatchObject({ enrolment: { status: "failed" }, certificate: null });
    expect(await countRows("certificates", s.mechanicA.id)).toBe(0);
    // One result still awaited: the session is not completed yet.
    expect(
      (await s.hub.get(`/api/v1/training-sessions/${session.id}`)).json<SessionJson>().status,
    ).toBe("planned");
    const twice = await s.trainerClient.post(
      `/api/v1/training-sessions/${session.id}/enrolments/${first.id}/complete`,
      { passed: true },
    );
    expect(twice.statusCode).toBe(409);
    expect(await countRows("certificates", s.mechanicA.id)).toBe(0);
    // A completion date in the future or before the session is refused. The day after
    // tomorrow by UTC's calendar is in the future everywhere; tomorrow is already today in
    // the Line Islands (UTC+14) from 10:00 UTC.
    for (const completedOn of [day(2), day(-30)]) {
      const bad = await s.trainerClient.post(
        `/api/v1/training-sessions/${session.id}/enrolments/${second.id}/complete`,
        { passed: true, completedOn },
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorJson>().error.field).toBe("completedOn");
    }
    expect(await countRows("certificates", mechanic2.id)).toBe(0);
    // Only the provider records results.
    const byOperator = await s.managerA.post(
      `/api/v1/training-sessions/${session.id}/enrolments/${second.id}/complete`,
      { passed: true },
    );
    expect(byOperator.statusCode).toBe(403);
  });

  it("fills a session up to its capacity and no further, and cancels it with its enrolments", async () => {
    const s = await setup();
    const { session } = await offer(
      s.hub,
      { organisationId: s.n.hub.id, trainerUserId: s.trainer.id },
      { capacity: 2 },
    );
    const [m2, m3] = [
      await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]),
      await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]),
    ];
    expect((await enrol(s.hub, session.id, s.mechanicA.id)).statusCode).toBe(201);
    const second = await enrol(s.hub, session.id, m2.id);
    expect(second.statusCode).toBe(201);
    const full = await enrol(s.hub, session.id, m3.id);
    expect(full.statusCode).toBe(409);
    expect(full.json<ErrorJson>().error.message).toMatch(/session is full \(2 of 2\)/);
    const twice = await enrol(s.managerA, session.id, s.mechanicA.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error.message).toMatch(/already enrolled/);
    expect(
      await t.db
        .selectFrom("enrolments")
        .select("user_id")
        .where("session_id", "=", session.id)
        .execute(),
    ).toHaveLength(2);

    // A place freed is a place taken.
    const freed = await s.managerA.delete(
      `/api/v1/training-sessions/${session.id}/enrolments/${second.json<EnrolmentJson>().id}`,
    );
    expect(freed.json<EnrolmentJson>().status).toBe("cancelled");
    expect((await enrol(s.hub, session.id, m3.id)).statusCode).toBe(201);

    const shrink = await s.hub.patch(`/api/v1/training-sessions/${session.id}`, { capacity: 1 });
    expect(shrink.statusCode).toBe(409);
    expect(shrink.json<ErrorJson>().error.message).toMatch(/2 people are enrolled/);
    const grow = await s.hub.patch(`/api/v1/training-sessions/${session.id}`, {
      capacity: 3,
      place: "Depot 4 workshop",
    });
    expect(grow.json<SessionJson>()).toMatchObject({ capacity: 3, enrolledCount: 2 });

    const cancelled = await s.hub.patch(`/api/v1/training-sessions/${session.id}`, {
      status: "cancelled",
    });
    expect(cancelled.json<SessionJson>()).toMatchObject({ status: "cancelled", enrolledCount: 0 });
    const statuses = await t.db
      .selectFrom("enrolments")
      .select("status")
      .where("session_id", "=", session.id)
      .execute();
    expect(statuses.map((e) => e.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
    const late = await enrol(s.hub, session.id, m2.id);
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error.message).toMatch(/cancelled/);

    // Nobody enrols into a session that has already taken place.
    const past = await offer(s.hub, { organisationId: s.n.hub.id, trainerUserId: s.trainer.id });
    await holdInThePast(past.session.id, 1);
    const tooLate = await enrol(s.hub, past.session.id, s.mechanicA.id);
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json<ErrorJson>().error.message).toMatch(/already started/);
  });

  it("lets an operator's manager enrol their own people into their hub's and the manufacturer's sessions only", async () => {
    const s = await setup();
    const { session } = await offer(s.hub, {
      organisationId: s.n.hub.id,
      trainerUserId: s.trainer.id,
    });
    expect((await enrol(s.managerA, session.id, s.mechanicA.id)).statusCode).toBe(201);
    const other = await enrol(s.managerA, session.id, s.mechanicB.id);
    expect(other.statusCode).toBe(400);
    expect(other.json<ErrorJson>().error).toMatchObject({
      field: "userId",
      message: "userId: no such person in your organisations",
    });
    expect(await countRows("enrolments", s.mechanicB.id)).toBe(0);

    // The manufacturer's academy is open to every operator.
    const makerTrainer = await makeUser(t.db, [[s.n.maker.id, "trainer"]]);
    const academy = await offer(await signIn(makerTrainer), {
      organisationId: s.n.maker.id,
      trainerUserId: makerTrainer.id,
      competency: "cng_fuel_system",
    });
    expect((await enrol(s.managerA, academy.session.id, s.mechanicA.id)).statusCode).toBe(201);
    const managerB = await signIn(s.n.managerB);
    expect((await enrol(managerB, academy.session.id, s.mechanicB.id)).statusCode).toBe(201);
    // A sees how full it is, but only their own people on it.
    const seenByA = (
      await s.managerA.get(`/api/v1/training-sessions/${academy.session.id}`)
    ).json<SessionJson>();
    expect(seenByA.enrolledCount).toBe(2);
    expect(seenByA.enrolments?.map((e) => e.userId)).toEqual([s.mechanicA.id]);

    // A hub that does not serve A: its courses and sessions do not exist for A.
    const hubOfB = await makeOrganisation(t.db, "hub", { parentId: s.n.maker.id });
    await makeAgreement(t.db, hubOfB.id, s.n.operatorB.id);
    const hubOfBManager = await makeUser(t.db, [[hubOfB.id, "hub_manager"]]);
    const foreign = await offer(await signIn(hubOfBManager), {
      organisationId: hubOfB.id,
      trainerUserId: hubOfBManager.id,
    });
    expect((await enrol(managerB, foreign.session.id, s.mechanicB.id)).statusCode).toBe(201);
    const notThere = await enrol(s.managerA, foreign.session.id, s.mechanicA.id);
    expect(notThere.statusCode).toBe(404);
    expect(
      (await s.managerA.get(`/api/v1/training-sessions/${foreign.session.id}`)).statusCode,
    ).toBe(404);
    const courses = (await s.managerA.get("/api/v1/courses")).json<CourseJson[]>();
    const providers = new Set(courses.map((c) => c.organisationId));
    expect(providers.has(s.n.hub.id)).toBe(true);
    expect(providers.has(s.n.maker.id)).toBe(true);
    expect(providers.has(hubOfB.id)).toBe(false);
    const sessions = (await s.managerA.get("/api/v1/training-sessions")).json<SessionJson[]>();
    expect(sessions.map((x) => x.id)).not.toContain(foreign.session.id);
    // B's people cannot be taken off the manufacturer's session by A either.
    const bEnrolment = await t.db
      .selectFrom("enrolments")
      .select("id")
      .where("session_id", "=", academy.session.id)
      .where("user_id", "=", s.mechanicB.id)
      .executeTakeFirstOrThrow();
    expect(
      (
        await s.managerA.delete(
          `/api/v1/training-sessions/${academy.session.id}/enrolments/${bEnrolment.id}`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it("checks courses and sessions: provider, competency, validity, trainer and times", async () => {
    const s = await setup();
    const base = {
      organisationId: s.n.hub.id,
      competency: "brakes",
      name: "Air brakes",
      validityMonths: 36,
    };
    const before = await countRows("courses");
    const cases: [object, string, RegExp][] = [
      [{ organisationId: s.n.operatorA.id }, "organisationId", /only a hub or the manufacturer/],
      [{ organisationId: s.n.operatorB.id }, "organisationId", /no such organisation/],
      [{ competency: "levitation" }, "competency", /no such competency "levitation"/],
      [{ validityMonths: 0 }, "validityMonths", /must be >= 1/],
      [{ validityMonths: 121 }, "validityMonths", /must be <= 120/],
    ];
    for (const [change, field, message] of cases) {
      const response = await s.hub.post("/api/v1/courses", { ...base, ...change });
      expect(response.statusCode, field).toBe(400);
      expect(response.json<ErrorJson>().error.field).toBe(field);
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    expect(await countRows("courses")).toBe(before);

    const course = (await s.hub.post("/api/v1/courses", base)).json<CourseJson>();
    const changed = await s.trainerClient.patch(`/api/v1/courses/${course.id}`, {
      validityMonths: 24,
    });
    expect(changed.json<CourseJson>().validityMonths).toBe(24);

    const session = {
      courseId: course.id,
      startsAt: at(3, 8),
      endsAt: at(3, 12),
      place: "Room 1",
      trainerUserId: s.trainer.id,
      capacity: 8,
    };
    const sessionCases: [object, string, RegExp][] = [
      [{ trainerUserId: s.mechanicA.id }, "trainerUserId", /must be a trainer or hub manager/],
      [{ startsAt: at(-1, 8), endsAt: at(-1, 12) }, "startsAt", /is in the past/],
      [{ endsAt: at(3, 7) }, "endsAt", /must be after startsAt/],
      [{ capacity: 0 }, "capacity", /must be >= 1/],
    ];
    for (const [change, field, message] of sessionCases) {
      const response = await s.hub.post("/api/v1/training-sessions", { ...session, ...change });
      expect(response.statusCode, field).toBe(400);
      expect(response.json<ErrorJson>().error).toMatchObject({ field });
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    // The manufacturer sees the hub's course but does not schedule the hub's sessions.
    const admin = await signIn(s.n.admin);
    const notTheirs = await admin.post("/api/v1/training-sessions", {
      ...session,
      trainerUserId: s.trainer.id,
    });
    expect(notTheirs.statusCode).toBe(403);
    expect(
      await t.db
        .selectFrom("training_sessions")
        .select("id")
        .where("course_id", "=", course.id)
        .execute(),
    ).toHaveLength(0);
    // A course no longer offered takes no new sessions.
    await s.hub.patch(`/api/v1/courses/${course.id}`, { active: false });
    const inactive = await s.hub.post("/api/v1/training-sessions", session);
    expect(inactive.json<ErrorJson>().error.message).toMatch(/no longer offered/);
  });

  it("keeps the competency catalogue in the manufacturer's hands", async () => {
    const s = await setup();
    const list = (await s.managerA.get("/api/v1/competencies")).json<
      { key: string; builtIn: boolean }[]
    >();
    expect(list.filter((c) => c.builtIn).map((c) => c.key)).toEqual(
      expect.arrayContaining(["general_service", "brakes", "cng_fuel_system", "high_voltage"]),
    );
    const admin = await signIn(s.n.admin);
    const key = `hydrogen_${Date.now().toString(36)}`;
    const body = { key, name: { en: "Hydrogen fuel cells", ru: "Водородные топливные элементы" } };
    const created = await admin.post("/api/v1/competencies", body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key, builtIn: false });
    expect((await admin.post("/api/v1/competencies", body)).statusCode).toBe(409);
    expect(
      (await s.hub.post("/api/v1/competencies", { ...body, key: `${key}_x` })).statusCode,
    ).toBe(403);
    const badKey = await admin.post("/api/v1/competencies", { ...body, key: "Hydrogen" });
    expect(badKey.json<ErrorJson>().error.field).toBe("key");
    // A new competency can be taught at once.
    const course = await s.hub.post("/api/v1/courses", {
      organisationId: s.n.hub.id,
      competency: key,
      name: "Hydrogen basics",
      validityMonths: 12,
    });
    expect(course.statusCode).toBe(201);
  });

  it("lists certificates by status, the ones expiring soon first, and coverage per competency", async () => {
    const s = await setup();
    const mechanic = () => makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
    const [m1, m2, m3, m4] = [
      await mechanic(),
      await mechanic(),
      await mechanic(),
      await mechanic(),
    ];
    const technician = await makeUser(t.db, [[s.n.hub.id, "hub_technician"]]);
    await makeUser(t.db, [[s.n.operatorA.id, "driver"]]);
    const record = async (
      user: { id: string },
      organisationId: string,
      competency: string,
      expiresInDays: number,
    ) => {
      const response = await s.hub.post("/api/v1/certificates", {
        userId: user.id,
        organisationId,
        competency,
        issuedOn: day(-400),
        expiresOn: day(expiresInDays),
      });
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json<CertificateJson>();
    };
    const a = s.n.operatorA.id;
    const m1hv = await record(m1, a, "high_voltage", 30);
    await record(m2, a, "high_voltage", 400);
    const m3hv = await record(m3, a, "high_voltage", -1);
    const m4brakes = await record(m4, a, "brakes", 5);
    // m4 renewed their brakes certificate: not "expiring soon" any more.
    await record(m4, a, "brakes", 700);
    const m1brakes = await record(m1, a, "brakes", 200);
    await s.hub.post(`/api/v1/certificates/${m1brakes.id}/revoke`, { reason: "test fraud" });
    await record(technician, s.n.hub.id, "high_voltage", 90);

    const expiring = (
      await s.hub.get(`/api/v1/certificates/expiring?days=60&organisationId=${a}`)
    ).json<CertificateJson[]>();
    expect(expiring.map((c) => c.id)).toEqual([m4brakes.id, m1hv.id]);
    const soonest = (
      await s.hub.get(`/api/v1/certificates/expiring?days=10&organisationId=${a}`)
    ).json<CertificateJson[]>();
    expect(soonest.map((c) => c.id)).toEqual([m4brakes.id]);
    const expired = (
      await s.managerA.get(`/api/v1/certificates?status=expired&organisationId=${a}`)
    ).json<CertificateJson[]>();
    expect(expired.map((c) => c.id)).toEqual([m3hv.id]);
    const revoked = (await s.managerA.get("/api/v1/certificates?status=revoked")).json<
      CertificateJson[]
    >();
    expect(revoked.map((c) => c.id)).toEqual([m1brakes.id]);
    const within = (
      await s.managerA.get("/api/v1/certificates?expiringWithinDays=40&competency=high_voltage")
    ).json<CertificateJson[]>();
    expect(within.map((c) => c.id)).toEqual([m1hv.id]);
    // The operator sees its own people only.
    const all = (await s.managerA.get("/api/v1/certificates")).json<CertificateJson[]>();
    expect(new Set(all.map((c) => c.organisationId))).toEqual(new Set([a]));

    const coverageOf = (list: CoverageJson[], organisationId: string) =>
      list.find((c) => c.organisationId === organisationId);
    const byCompetency = (coverage: CoverageJson | undefined, key: string) =>
      coverage?.competencies.find((c) => c.competency === key);
    // The hub sees its operator's coverage.
    const operatorCoverage = (
      await s.hub.get(`/api/v1/training/coverage?organisationId=${a}`)
    ).json<CoverageJson[]>();
    expect(operatorCoverage).toHaveLength(1);
    const coverageA = coverageOf(operatorCoverage, a);
    // Five mechanics (m1–m4 and the setup's); the driver does not count.
    expect(coverageA).toMatchObject({ kind: "operator", role: "mechanic", headcount: 5 });
    expect(byCompetency(coverageA, "high_voltage")).toMatchObject({
      certified: 2,
      expiringSoon: 1,
    });
    expect(byCompetency(coverageA, "brakes")).toMatchObject({ certified: 1, expiringSoon: 0 });
    expect(byCompetency(coverageA, "cng_fuel_system")).toMatchObject({
      certified: 0,
      expiringSoon: 0,
    });
    const everything = (await s.hub.get("/api/v1/training/coverage")).json<CoverageJson[]>();
    expect(everything.map((c) => c.organisationId).sort()).toEqual([a, s.n.hub.id].sort());
    expect(coverageOf(everything, s.n.hub.id)).toMatchObject({
      role: "hub_technician",
      headcount: 1,
    });
    expect(byCompetency(coverageOf(everything, s.n.hub.id), "high_voltage")).toMatchObject({
      certified: 1,
      expiringSoon: 0,
    });
    // The operator's manager sees A's coverage, and B does not exist for them.
    expect(
      coverageOf((await s.managerA.get("/api/v1/training/coverage")).json<CoverageJson[]>(), a),
    ).toBeDefined();
    expect(
      (await s.managerA.get(`/api/v1/training/coverage?organisationId=${s.n.operatorB.id}`))
        .statusCode,
    ).toBe(404);
  });

  it("refuses a recorded certificate with impossible dates or a stranger, storing nothing", async () => {
    const s = await setup();
    const base = {
      userId: s.mechanicA.id,
      organisationId: s.n.operatorA.id,
      competency: "brakes",
      issuedOn: day(-10),
      expiresOn: day(700),
    };
    const cases: [object, string, RegExp][] = [
      [{ issuedOn: day(2), expiresOn: day(700) }, "issuedOn", /is in the future/],
      [{ expiresOn: day(-10) }, "expiresOn", /must be after issuedOn/],
      [{ userId: s.mechanicB.id }, "userId", /no such person in this organisation/],
      [{ organisationId: s.n.operatorB.id }, "organisationId", /no such organisation/],
      [{ competency: "juggling" }, "competency", /no such competency/],
    ];
    for (const [change, field, message] of cases) {
      const response = await s.hub.post("/api/v1/certificates", { ...base, ...change });
      expect(response.statusCode, field).toBe(400);
      expect(response.json<ErrorJson>().error.field).toBe(field);
      expect(response.json<ErrorJson>().error.message).toMatch(message);
    }
    expect(await countRows("certificates", s.mechanicA.id)).toBe(0);
    expect(await countRows("certificates", s.mechanicB.id)).toBe(0);
    // A manager without training.manage may not record one at all.
    expect((await s.managerA.post("/api/v1/certificates", base)).statusCode).toBe(403);
  });
});

describe("training, for a trainer whose account is in Russian", () => {
  it("refuses a full session, an early result and a backwards certificate in Russian, storing nothing", async () => {
    const s = await setup();
    const { session } = await offer(
      s.hub,
      { organisationId: s.n.hub.id, trainerUserId: s.trainer.id },
      { capacity: 1 },
    );
    await t.db.updateTable("users").set({ locale: "ru" }).where("id", "=", s.trainer.id).execute();
    const trainer = await signIn(s.trainer);
    const first = await enrol(trainer, session.id, s.mechanicA.id);
    expect(first.statusCode).toBe(201);

    // One place, taken: a second mechanic of the same operator is turned away in Russian.
    const second = await makeUser(t.db, [[s.n.operatorA.id, "mechanic"]]);
    const full = await enrol(trainer, session.id, second.id);
    expect(full.statusCode).toBe(409);
    expect(full.json<ErrorJson>().error).toMatchObject({
      code: "CONFLICT",
      field: "capacity",
      message: "Свободных мест на занятии нет (занято 1 из 1) (поле capacity)",
    });
    expect(await countRows("enrolments", second.id)).toBe(0);

    // The session ends in 7 days at 16:00 UTC: Russian writes that day as DD.MM.YYYY.
    const ends = new Date(at(7, 16));
    const endsRu = [ends.getUTCDate(), ends.getUTCMonth() + 1]
      .map((part) => String(part).padStart(2, "0"))
      .concat(String(ends.getUTCFullYear()))
      .join(".");
    const enrolment = first.json<EnrolmentJson>();
    const early = await trainer.post(
      `/api/v1/training-sessions/${session.id}/enrolments/${enrolment.id}/complete`,
      { passed: true },
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error.message).toBe(
      `Занятие заканчивается ${endsRu}, 16:00 UTC; результаты записываются после его окончания (поле id)`,
    );
    expect(await countRows("certificates", s.mechanicA.id)).toBe(0);

    // The hub's manager, in Russian too, records a certificate that expires before its issue.
    await t.db
      .updateTable("users")
      .set({ locale: "ru" })
      .where("id", "=", s.n.hubManager.id)
      .execute();
    const hub = await signIn(s.n.hubManager);
    const backwards = await hub.post("/api/v1/certificates", {
      userId: s.mechanicA.id,
      organisationId: s.n.operatorA.id,
      competency: "brakes",
      issuedOn: day(-10),
      expiresOn: day(-10),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<ErrorJson>().error.message).toBe(
      "Срок действия должен заканчиваться позже даты выдачи (поле expiresOn)",
    );
    expect(await countRows("certificates", s.mechanicA.id)).toBe(0);
  });
});
