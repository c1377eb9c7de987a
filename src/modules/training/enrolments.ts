/**
 * Enrolment and results. A hub trains the mechanics of the operators it serves: its
 * staff may enrol anyone of an organisation in its scope; an operator's manager enrols
 * their own people into the sessions of a hub serving them or of the manufacturer. In
 * both cases the trainee is someone of the enrolling person's scope. Passing gives a
 * certificate for the course's competency, valid for the course's months.
 */
import { sql } from "kysely";
import type { Static } from "typebox";
import type { OrganisationKind } from "../../core/roles.js";
import { latestToday } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { todayIso, type Scope } from "../../db/scope.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { certificateById, presentCertificate } from "./certificates.js";
import type { CompleteEnrolment, CompletionResult } from "./schemas.js";
import {
  assertPlanned,
  assertProvider,
  getSession,
  presentEnrolment,
  selectEnrolments,
  type EnrolmentRow,
  type SessionRow,
} from "./sessions.js";
import { addMonths } from "../../core/calendar-dates.js";

/** Trainees are mostly mechanics: an operator membership first, then a hub's. */
const KIND_ORDER: Record<OrganisationKind, number> = { operator: 0, hub: 1, manufacturer: 2 };

/**
 * The organisation a person trains for: their membership in an organisation of my
 * scope (an operator's before a hub's). Someone outside my scope is refused as unknown.
 */
async function traineeOrganisation(db: Database, scope: Scope, userId: string) {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["m.organisation_id", "o.kind", "o.name", "u.name as user_name"])
    .where("m.user_id", "=", userId)
    .where("u.disabled", "=", false)
    .where(scope.where("m.organisation_id"))
    .execute();
  rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name));
  const first = rows[0];
  if (!first) throw invalid("userId", { key: "training.noPersonInYours" });
  return first;
}

/** An enrolment of this session that I may see (see visibleEnrolments), or 404. */
async function getEnrolment(
  db: Database,
  actor: Actor,
  session: SessionRow,
  enrolmentId: string,
): Promise<EnrolmentRow> {
  let q = selectEnrolments(db)
    .where("e.id", "=", enrolmentId)
    .where("e.session_id", "=", session.id);
  if (actor.organisation.id !== session.organisation_id) {
    const scope = await actor.scope();
    q = q.where((eb) =>
      eb.or([
        scope.where("e.organisation_id"),
        ...(actor.userId ? [eb("e.user_id", "=", actor.userId)] : []),
      ]),
    );
  }
  const row = await q.executeTakeFirst();
  if (!row) throw notFound("enrolment");
  return row;
}

const enrolmentById = (db: Database, id: string) =>
  selectEnrolments(db).where("e.id", "=", id).executeTakeFirstOrThrow();

export async function enrol(
  db: Database,
  actor: Actor,
  sessionId: string,
  userId: string,
): Promise<EnrolmentRow> {
  const session = await getSession(db, actor, sessionId);
  requirePermission(actor, "training.enrol");
  const trainee = await traineeOrganisation(db, await actor.scope(), userId);
  assertPlanned(session, "training.sessionClosedToEnrol");
  if (session.starts_at.getTime() <= Date.now()) {
    throw conflict("id", { key: "training.alreadyStarted" });
  }
  const id = await db.transaction().execute(async (trx) => {
    // Locking the session serialises enrolments, so the last place is given only once.
    const locked = await trx
      .selectFrom("training_sessions")
      .select(["status", "capacity"])
      .where("id", "=", sessionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== "planned") {
      throw conflict("status", {
        key: "training.sessionClosedToEnrol",
        params: { sessionStatus: locked.status },
      });
    }
    const existing = await trx
      .selectFrom("enrolments")
      .select(["id", "status"])
      .where("session_id", "=", sessionId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (existing && existing.status !== "cancelled") {
      throw conflict("userId", {
        key: "training.alreadyEnrolled",
        params: { name: trainee.user_name },
      });
    }
    const { enrolled } = await trx
      .selectFrom("enrolments")
      .select(sql<number>`count(*)::int`.as("enrolled"))
      .where("session_id", "=", sessionId)
      .where("status", "<>", "cancelled")
      .executeTakeFirstOrThrow();
    if (Number(enrolled) >= locked.capacity) {
      throw conflict("capacity", {
        key: "training.sessionFull",
        params: { enrolled: Number(enrolled), capacity: locked.capacity },
      });
    }
    const values = {
      status: "enrolled" as const,
      organisation_id: trainee.organisation_id,
      created_by: actor.userId,
      updated_at: new Date(),
    };
    // A cancelled enrolment comes back to life rather than a second row (one per person).
    const row = existing
      ? await trx
          .updateTable("enrolments")
          .set(values)
          .where("id", "=", existing.id)
          .returning("id")
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto("enrolments")
          .values({ ...values, session_id: sessionId, user_id: userId })
          .returning("id")
          .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "enrol",
      entity: "enrolment",
      entityId: row.id,
      organisationId: trainee.organisation_id,
      details: { sessionId, userId, providerId: session.organisation_id },
    });
    return row.id;
  });
  return enrolmentById(db, id);
}

/** Takes someone off a planned session; the enrolment stays, marked cancelled. */
export async function cancelEnrolment(
  db: Database,
  actor: Actor,
  sessionId: string,
  enrolmentId: string,
): Promise<EnrolmentRow> {
  const session = await getSession(db, actor, sessionId);
  const enrolment = await getEnrolment(db, actor, session, enrolmentId);
  requirePermission(actor, "training.enrol");
  assertPlanned(session, "training.enrolmentsLocked");
  if (enrolment.status !== "enrolled") {
    throw conflict("status", {
      key: "training.enrolmentAlready",
      params: { enrolmentStatus: enrolment.status },
    });
  }
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("enrolments")
      .set({ status: "cancelled", updated_at: new Date() })
      .where("id", "=", enrolmentId)
      .where("status", "=", "enrolled")
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw conflict("status", { key: "training.enrolmentChanged" });
    await recordAudit(trx, actor, {
      action: "cancel",
      entity: "enrolment",
      entityId: enrolmentId,
      organisationId: enrolment.organisation_id,
      details: { sessionId, userId: enrolment.user_id },
    });
  });
  return enrolmentById(db, enrolmentId);
}

/**
 * Records a trainee's result once the session has ended. Passed: a certificate for the
 * course's competency, issued on `completedOn` (default: the day the session ended) and
 * expiring the course's validity months later, issued by the provider to the trainee's
 * organisation. Failed: no certificate. The result, the certificate and the audit entry
 * are stored together; the session is completed once nobody awaits a result.
 */
export async function completeEnrolment(
  db: Database,
  actor: Actor,
  sessionId: string,
  enrolmentId: string,
  input: Static<typeof CompleteEnrolment>,
): Promise<Static<typeof CompletionResult>> {
  const session = await getSession(db, actor, sessionId);
  const enrolment = await getEnrolment(db, actor, session, enrolmentId);
  requirePermission(actor, "training.manage");
  assertProvider(actor, { id: session.organisation_id, name: session.organisation_name });
  if (session.status === "cancelled") {
    throw conflict("status", { key: "training.cancelledNoResults" });
  }
  const now = new Date();
  if (session.ends_at.getTime() > now.getTime()) {
    throw conflict("id", {
      key: "training.resultsAfterEnd",
      params: { at: session.ends_at.toISOString() },
    });
  }
  if (enrolment.status !== "enrolled") {
    throw conflict("status", {
      key: "training.enrolmentAlready",
      params: { enrolmentStatus: enrolment.status },
    });
  }
  const startDay = todayIso(session.starts_at);
  const completedOn = input.completedOn ?? todayIso(session.ends_at);
  if (completedOn < startDay) {
    throw invalid("completedOn", {
      key: "training.completedBeforeStart",
      params: { date: startDay },
    });
  }
  if (completedOn > latestToday(now)) throw invalid("completedOn", { key: "common.inFuture" });
  const certificateId = await db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom("enrolments")
      .select("status")
      .where("id", "=", enrolmentId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== "enrolled") {
      throw conflict("status", {
        key: "training.enrolmentAlready",
        params: { enrolmentStatus: locked.status },
      });
    }
    const issued = input.passed
      ? await trx
          .insertInto("certificates")
          .values({
            organisation_id: enrolment.organisation_id,
            user_id: enrolment.user_id,
            competency_key: session.competency_key,
            issued_on: completedOn,
            expires_on: addMonths(completedOn, session.validity_months),
            issued_by_organisation_id: session.organisation_id,
            course_id: session.course_id,
            session_id: session.id,
            created_by: actor.userId,
          })
          .returning(["id", "expires_on"])
          .executeTakeFirstOrThrow()
      : null;
    await trx
      .updateTable("enrolments")
      .set({
        status: input.passed ? "completed" : "failed",
        certificate_id: issued?.id ?? null,
        updated_at: now,
      })
      .where("id", "=", enrolmentId)
      .execute();
    const waiting = await trx
      .selectFrom("enrolments")
      .select("id")
      .where("session_id", "=", sessionId)
      .where("status", "=", "enrolled")
      .executeTakeFirst();
    if (!waiting) {
      await trx
        .updateTable("training_sessions")
        .set({ status: "completed" })
        .where("id", "=", sessionId)
        .execute();
    }
    await recordAudit(trx, actor, {
      action: input.passed ? "pass" : "fail",
      entity: "enrolment",
      entityId: enrolmentId,
      organisationId: enrolment.organisation_id,
      details: {
        sessionId,
        userId: enrolment.user_id,
        completedOn,
        competency: session.competency_key,
        certificateId: issued?.id ?? null,
        expiresOn: issued?.expires_on ?? null,
      },
    });
    return issued?.id ?? null;
  });
  return {
    enrolment: presentEnrolment(await enrolmentById(db, enrolmentId)),
    certificate: certificateId
      ? presentCertificate(await certificateById(db, certificateId))
      : null,
  };
}
