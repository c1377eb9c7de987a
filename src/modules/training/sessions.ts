/**
 * Training sessions: a course held on a date, at a place, by a trainer, for a number of
 * people. The provider (the course's organisation) schedules and changes them; everyone
 * who may see the course may see its sessions and how full they are.
 */
import { sql } from "kysely";
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { conflict, forbidden, invalid, notFound } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { trainingProvidersFor } from "./providers.js";
import type {
  CreateSession,
  Enrolment,
  ListSessionsQuery,
  TrainingSession,
  TrainingSessionDetail,
  UpdateSession,
} from "./schemas.js";

export function selectSessions(db: Database) {
  return db
    .selectFrom("training_sessions as s")
    .innerJoin("courses as c", "c.id", "s.course_id")
    .innerJoin("organisations as o", "o.id", "s.organisation_id")
    .leftJoin("users as t", "t.id", "s.trainer_user_id")
    .select([
      "s.id",
      "s.course_id",
      "c.name as course_name",
      "c.competency_key",
      "c.validity_months",
      "s.organisation_id",
      "o.name as organisation_name",
      "s.starts_at",
      "s.ends_at",
      "s.place",
      "s.trainer_user_id",
      "t.name as trainer_name",
      "s.capacity",
      "s.status",
      sql<number>`(select count(*)::int from enrolments e where e.session_id = s.id and e.status <> 'cancelled')`.as(
        "enrolled_count",
      ),
    ]);
}
export type SessionRow = Awaited<
  ReturnType<ReturnType<typeof selectSessions>["executeTakeFirstOrThrow"]>
>;

export function selectEnrolments(db: Database) {
  return db
    .selectFrom("enrolments as e")
    .innerJoin("users as u", "u.id", "e.user_id")
    .innerJoin("organisations as o", "o.id", "e.organisation_id")
    .select([
      "e.id",
      "e.session_id",
      "e.user_id",
      "u.name as user_name",
      "e.organisation_id",
      "o.name as organisation_name",
      "e.status",
      "e.certificate_id",
      "e.created_at",
      "e.updated_at",
    ]);
}
export type EnrolmentRow = Awaited<
  ReturnType<ReturnType<typeof selectEnrolments>["executeTakeFirstOrThrow"]>
>;

export const presentSession = (row: SessionRow): Static<typeof TrainingSession> => ({
  id: row.id,
  courseId: row.course_id,
  courseName: row.course_name,
  competency: row.competency_key,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  place: row.place,
  trainerUserId: row.trainer_user_id,
  trainerName: row.trainer_name,
  capacity: row.capacity,
  enrolledCount: Number(row.enrolled_count),
  status: row.status,
});

export const presentEnrolment = (row: EnrolmentRow): Static<typeof Enrolment> => ({
  id: row.id,
  sessionId: row.session_id,
  userId: row.user_id,
  userName: row.user_name,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  status: row.status,
  certificateId: row.certificate_id,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export async function listSessions(
  db: Database,
  actor: Actor,
  query: Static<typeof ListSessionsQuery>,
): Promise<SessionRow[]> {
  const providers = await trainingProvidersFor(db, actor);
  let q = selectSessions(db)
    .where(providers.where("s.organisation_id"))
    .orderBy("s.starts_at")
    .limit(query.limit);
  if (query.courseId) q = q.where("s.course_id", "=", query.courseId);
  if (query.organisationId) q = q.where("s.organisation_id", "=", query.organisationId);
  if (query.status) q = q.where("s.status", "=", query.status);
  // Whole UTC days: a session starting on `from` .. `to` inclusive.
  if (query.from) q = q.where("s.starts_at", ">=", new Date(`${query.from}T00:00:00Z`));
  if (query.to)
    q = q.where("s.starts_at", "<", new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000));
  return q.execute();
}

/** A session whose provider I may see, or 404. */
export async function getSession(db: Database, actor: Actor, id: string): Promise<SessionRow> {
  const providers = await trainingProvidersFor(db, actor);
  const row = await selectSessions(db)
    .where("s.id", "=", id)
    .where(providers.where("s.organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("training session");
  return row;
}

/**
 * The enrolments of a session I may see: the provider sees everyone; others see the
 * people of organisations in their scope, and themselves.
 */
export async function visibleEnrolments(
  db: Database,
  actor: Actor,
  session: SessionRow,
): Promise<EnrolmentRow[]> {
  let q = selectEnrolments(db).where("e.session_id", "=", session.id);
  if (actor.organisation.id !== session.organisation_id) {
    const scope = await actor.scope();
    q = q.where((eb) =>
      eb.or([
        scope.where("e.organisation_id"),
        ...(actor.userId ? [eb("e.user_id", "=", actor.userId)] : []),
      ]),
    );
  }
  return q.orderBy("u.name").execute();
}

export async function sessionDetail(
  db: Database,
  actor: Actor,
  id: string,
): Promise<Static<typeof TrainingSessionDetail>> {
  const session = await getSession(db, actor, id);
  const enrolments = await visibleEnrolments(db, actor, session);
  return { ...presentSession(session), enrolments: enrolments.map(presentEnrolment) };
}

/** Only the provider's own people manage a session (or schedule one of its courses). */
export function assertProvider(actor: Actor, provider: { id: string; name: string }): void {
  if (actor.organisation.id !== provider.id) {
    throw forbidden({
      key: "training.notSessionProvider",
      params: { organisation: provider.name },
    });
  }
}

async function assertTrainer(
  db: Database,
  provider: { id: string; name: string },
  userId: string,
): Promise<void> {
  const row = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("m.user_id")
    .where("m.organisation_id", "=", provider.id)
    .where("m.user_id", "=", userId)
    .where("m.role", "in", ["trainer", "hub_manager"])
    .where("u.disabled", "=", false)
    .executeTakeFirst();
  if (!row)
    throw invalid("trainerUserId", {
      key: "training.notTrainer",
      params: { organisation: provider.name },
    });
}

function assertTimes(startsAt: Date, endsAt: Date, now: Date): void {
  if (startsAt.getTime() < now.getTime()) throw invalid("startsAt", { key: "common.inPast" });
  if (endsAt.getTime() <= startsAt.getTime())
    throw invalid("endsAt", { key: "training.endsAfterStart" });
}

export async function createSession(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateSession>,
): Promise<SessionRow> {
  const providers = await trainingProvidersFor(db, actor);
  const course = await db
    .selectFrom("courses as c")
    .innerJoin("organisations as o", "o.id", "c.organisation_id")
    .select(["c.id", "c.organisation_id", "o.name as organisation_name", "c.active"])
    .where("c.id", "=", input.courseId)
    .where(providers.where("c.organisation_id"))
    .executeTakeFirst();
  if (!course) throw invalid("courseId", { key: "training.noCourse" });
  requirePermission(actor, "training.manage");
  const provider = { id: course.organisation_id, name: course.organisation_name };
  assertProvider(actor, provider);
  if (!course.active) throw invalid("courseId", { key: "training.courseWithdrawn" });
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  assertTimes(startsAt, endsAt, new Date());
  await assertTrainer(db, provider, input.trainerUserId);
  const place = input.place.trim();
  if (!place) throw invalid("place", { key: "common.blank" });
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("training_sessions")
      .values({
        organisation_id: course.organisation_id,
        course_id: course.id,
        starts_at: startsAt,
        ends_at: endsAt,
        place,
        trainer_user_id: input.trainerUserId,
        capacity: input.capacity,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "training_session",
      entityId: row.id,
      organisationId: course.organisation_id,
      details: { ...input },
    });
    return row.id;
  });
  return getSession(db, actor, id);
}

/** What a session that is not planned any more refuses, by what was asked of it. */
type SessionLockedKey =
  "training.sessionLocked" | "training.sessionClosedToEnrol" | "training.enrolmentsLocked";

/** A session that is over or cancelled can no longer change. */
export function assertPlanned(session: SessionRow, refusal: SessionLockedKey): void {
  if (session.status !== "planned") {
    throw conflict("status", { key: refusal, params: { sessionStatus: session.status } });
  }
}

/**
 * Change a planned session's place, times, trainer or capacity (never below the people
 * enrolled), or cancel it: its enrolments are cancelled with it, in one transaction.
 */
export async function updateSession(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateSession>,
): Promise<SessionRow> {
  const session = await getSession(db, actor, id);
  requirePermission(actor, "training.manage");
  const provider = { id: session.organisation_id, name: session.organisation_name };
  assertProvider(actor, provider);
  assertPlanned(session, "training.sessionLocked");
  const now = new Date();
  const startsAt = input.startsAt ? new Date(input.startsAt) : session.starts_at;
  const endsAt = input.endsAt ? new Date(input.endsAt) : session.ends_at;
  if (input.startsAt || input.endsAt) {
    if (input.startsAt) assertTimes(startsAt, endsAt, now);
    else if (endsAt.getTime() <= startsAt.getTime())
      throw invalid("endsAt", { key: "training.endsAfterStart" });
  }
  if (input.trainerUserId) await assertTrainer(db, provider, input.trainerUserId);
  const place = input.place?.trim();
  if (place === "") throw invalid("place", { key: "common.blank" });
  if (input.status === "cancelled") {
    const results = await db
      .selectFrom("enrolments")
      .select("id")
      .where("session_id", "=", id)
      .where("status", "in", ["completed", "failed"])
      .executeTakeFirst();
    if (results) throw conflict("status", { key: "training.resultsRecorded" });
  }
  await db.transaction().execute(async (trx) => {
    // The row lock keeps an enrolment from slipping in between the count and the change.
    const locked = await trx
      .selectFrom("training_sessions")
      .select("status")
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== "planned") {
      throw conflict("status", {
        key: "training.sessionLocked",
        params: { sessionStatus: locked.status },
      });
    }
    if (input.capacity !== undefined) {
      const { enrolled } = await trx
        .selectFrom("enrolments")
        .select(sql<number>`count(*)::int`.as("enrolled"))
        .where("session_id", "=", id)
        .where("status", "<>", "cancelled")
        .executeTakeFirstOrThrow();
      if (input.capacity < Number(enrolled)) {
        throw conflict("capacity", {
          key: "training.capacityBelowEnrolled",
          params: { enrolled: Number(enrolled) },
        });
      }
    }
    await trx
      .updateTable("training_sessions")
      .set({
        starts_at: startsAt,
        ends_at: endsAt,
        ...(place ? { place } : {}),
        ...(input.trainerUserId ? { trainer_user_id: input.trainerUserId } : {}),
        ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
        ...(input.status ? { status: input.status } : {}),
      })
      .where("id", "=", id)
      .execute();
    let cancelledEnrolments = 0;
    if (input.status === "cancelled") {
      const cancelled = await trx
        .updateTable("enrolments")
        .set({ status: "cancelled", updated_at: now })
        .where("session_id", "=", id)
        .where("status", "=", "enrolled")
        .returning("id")
        .execute();
      cancelledEnrolments = cancelled.length;
    }
    await recordAudit(trx, actor, {
      action: input.status === "cancelled" ? "cancel" : "update",
      entity: "training_session",
      entityId: id,
      organisationId: session.organisation_id,
      details: { ...input, ...(input.status ? { cancelledEnrolments } : {}) },
    });
  });
  return getSession(db, actor, id);
}
