/**
 * Certificates: proof that a person is qualified for a competency until a date. They
 * come from passing a course (enrolments.ts) or are recorded when earned elsewhere, and
 * can be revoked. A certificate belongs to the holder's organisation: visible to whoever
 * has that organisation in scope, and always to the holder.
 */
import { sql } from "kysely";
import type { Static } from "typebox";
import { latestToday } from "../../core/shifts.js";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { conflict, forbidden, invalid, notFound } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { assertCompetencyExists } from "./competencies.js";
import type {
  Certificate,
  CreateCertificate,
  ExpiringQuery,
  ListCertificatesQuery,
} from "./schemas.js";
import { addDays, daysBetween } from "../../core/calendar-dates.js";
import { certificateStatus, type CertificateStatus } from "./validity.js";

export function selectCertificates(db: Database) {
  return db
    .selectFrom("certificates as c")
    .innerJoin("users as u", "u.id", "c.user_id")
    .innerJoin("organisations as o", "o.id", "c.organisation_id")
    .innerJoin("organisations as i", "i.id", "c.issued_by_organisation_id")
    .innerJoin("competencies as k", "k.key", "c.competency_key")
    .select([
      "c.id",
      "c.user_id",
      "u.name as user_name",
      "c.organisation_id",
      "o.name as organisation_name",
      "c.competency_key",
      "k.name_en as competency_name_en",
      "k.name_ru as competency_name_ru",
      "c.issued_on",
      "c.expires_on",
      "c.issued_by_organisation_id",
      "i.name as issued_by_name",
      "c.course_id",
      "c.session_id",
      "c.revoked_at",
      "c.revoke_reason",
      "c.created_at",
    ]);
}
export type CertificateRow = Awaited<
  ReturnType<ReturnType<typeof selectCertificates>["executeTakeFirstOrThrow"]>
>;

export const presentCertificate = (
  row: CertificateRow,
  today: string = todayIso(),
): Static<typeof Certificate> => ({
  id: row.id,
  userId: row.user_id,
  userName: row.user_name,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  competency: row.competency_key,
  competencyName: { en: row.competency_name_en, ru: row.competency_name_ru },
  issuedOn: row.issued_on,
  expiresOn: row.expires_on,
  issuedByOrganisationId: row.issued_by_organisation_id,
  issuedByName: row.issued_by_name,
  courseId: row.course_id,
  sessionId: row.session_id,
  status: certificateStatus(row, today),
  daysLeft: daysBetween(today, row.expires_on),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  revokeReason: row.revoke_reason,
  createdAt: row.created_at.toISOString(),
});

type CertificateQuery = ReturnType<typeof selectCertificates>;

/** Certificates of people in my scope, and my own. */
async function visibleCertificates(db: Database, actor: Actor): Promise<CertificateQuery> {
  const scope = await actor.scope();
  return selectCertificates(db).where((eb) =>
    eb.or([
      scope.where("c.organisation_id"),
      ...(actor.userId ? [eb("c.user_id", "=", actor.userId)] : []),
    ]),
  );
}

/** Keeps certificates in `status` on `today` (the rule of validity.ts, as SQL). */
function withStatus(query: CertificateQuery, status: CertificateStatus, today: string) {
  if (status === "revoked") return query.where("c.revoked_at", "is not", null);
  return query
    .where("c.revoked_at", "is", null)
    .where("c.expires_on", status === "valid" ? ">=" : "<", today);
}

export async function listCertificates(
  db: Database,
  actor: Actor,
  query: Static<typeof ListCertificatesQuery>,
): Promise<CertificateRow[]> {
  const today = todayIso();
  let q = (await visibleCertificates(db, actor))
    .orderBy("c.expires_on")
    .orderBy("u.name")
    .orderBy("c.id")
    .limit(query.limit);
  if (query.userId) q = q.where("c.user_id", "=", query.userId);
  if (query.organisationId) q = q.where("c.organisation_id", "=", query.organisationId);
  if (query.competency) q = q.where("c.competency_key", "=", query.competency);
  if (query.status !== "all") q = withStatus(q, query.status, today);
  if (query.expiringWithinDays !== undefined) {
    q = withStatus(q, "valid", today).where(
      "c.expires_on",
      "<=",
      addDays(today, query.expiringWithinDays),
    );
  }
  return q.execute();
}

/** Valid certificates that expire within `days`, soonest first: who needs a refresher. */
export function listExpiringCertificates(
  db: Database,
  actor: Actor,
  query: Static<typeof ExpiringQuery>,
): Promise<CertificateRow[]> {
  return listCertificates(db, actor, {
    status: "valid",
    expiringWithinDays: query.days,
    limit: 5000,
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
  });
}

/** The signed-in person's own certificates, of every status. */
export async function myCertificates(db: Database, actor: Actor): Promise<CertificateRow[]> {
  if (!actor.userId) throw forbidden({ key: "training.tokenHoldsNoCertificates" });
  return selectCertificates(db)
    .where("c.user_id", "=", actor.userId)
    .orderBy("c.competency_key")
    .orderBy("c.expires_on", "desc")
    .execute();
}

/** One certificate by id, without a visibility check: for the code that just issued it. */
export function certificateById(db: Database, id: string): Promise<CertificateRow> {
  return selectCertificates(db).where("c.id", "=", id).executeTakeFirstOrThrow();
}

async function getCertificate(db: Database, actor: Actor, id: string): Promise<CertificateRow> {
  const row = await (
    await visibleCertificates(db, actor)
  )
    .where("c.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("certificate");
  return row;
}

/** Records a certificate earned elsewhere (another school, a previous employer). */
export async function recordCertificate(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateCertificate>,
): Promise<CertificateRow> {
  const scope = await actor.scope();
  const organisation = scope.includes(input.organisationId)
    ? await db
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", input.organisationId)
        .executeTakeFirst()
    : undefined;
  if (!organisation)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  requirePermission(actor, "training.manage");
  const member = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("m.user_id")
    .where("m.user_id", "=", input.userId)
    .where("m.organisation_id", "=", input.organisationId)
    .where("u.disabled", "=", false)
    .executeTakeFirst();
  if (!member) throw invalid("userId", { key: "training.noPersonHere" });
  await assertCompetencyExists(db, input.competency);
  // A certificate belongs to no place: only a date after today everywhere is refused.
  if (input.issuedOn > latestToday()) throw invalid("issuedOn", { key: "common.inFuture" });
  if (input.expiresOn <= input.issuedOn)
    throw invalid("expiresOn", { key: "training.expiresAfterIssued" });
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("certificates")
      .values({
        organisation_id: input.organisationId,
        user_id: input.userId,
        competency_key: input.competency,
        issued_on: input.issuedOn,
        expires_on: input.expiresOn,
        issued_by_organisation_id: actor.organisation.id,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "certificate",
      entityId: row.id,
      organisationId: input.organisationId,
      details: { ...input },
    });
    return row.id;
  });
  return certificateById(db, id);
}

/** Withdraws a certificate (e.g. found unfit): it no longer counts for sign-off. */
export async function revokeCertificate(
  db: Database,
  actor: Actor,
  id: string,
  reason: string,
): Promise<CertificateRow> {
  const certificate = await getCertificate(db, actor, id);
  requirePermission(actor, "training.manage");
  if (!(await actor.scope()).includes(certificate.organisation_id)) {
    throw forbidden({
      key: "training.mayNotRevoke",
      params: { organisation: certificate.organisation_name },
    });
  }
  if (certificate.revoked_at) throw conflict("id", { key: "training.alreadyRevoked" });
  const note = reason.trim();
  if (note.length < 3) throw invalid("reason", { key: "training.revokeReason" });
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("certificates")
      .set({ revoked_at: sql<Date>`now()`, revoke_reason: note })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw conflict("id", { key: "training.alreadyRevoked" });
    await recordAudit(trx, actor, {
      action: "revoke",
      entity: "certificate",
      entityId: id,
      organisationId: certificate.organisation_id,
      details: { reason: note },
    });
  });
  return certificateById(db, id);
}
