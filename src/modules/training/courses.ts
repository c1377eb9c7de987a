/**
 * Courses: a hub or the manufacturer teaches one competency; passing gives a certificate
 * valid for the course's number of months.
 */
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import type { Scope } from "../../db/scope.js";
import { forbidden, invalid, notFound } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { assertCompetencyExists } from "./competencies.js";
import { trainingProvidersFor } from "./providers.js";
import type { Course, CreateCourse, ListCoursesQuery, UpdateCourse } from "./schemas.js";

function selectCourses(db: Database) {
  return db
    .selectFrom("courses as c")
    .innerJoin("organisations as o", "o.id", "c.organisation_id")
    .innerJoin("competencies as k", "k.key", "c.competency_key")
    .select([
      "c.id",
      "c.organisation_id",
      "o.name as organisation_name",
      "c.competency_key",
      "k.name_en as competency_name_en",
      "k.name_ru as competency_name_ru",
      "c.name",
      "c.description",
      "c.validity_months",
      "c.active",
      "c.created_at",
      "c.updated_at",
    ]);
}
export type CourseRow = Awaited<
  ReturnType<ReturnType<typeof selectCourses>["executeTakeFirstOrThrow"]>
>;

export const presentCourse = (row: CourseRow): Static<typeof Course> => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  competency: row.competency_key,
  competencyName: { en: row.competency_name_en, ru: row.competency_name_ru },
  name: row.name,
  description: row.description,
  validityMonths: row.validity_months,
  active: row.active,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** Courses of providers I may see (my scope, hubs serving me, the manufacturer). */
export async function listCourses(
  db: Database,
  actor: Actor,
  query: Static<typeof ListCoursesQuery>,
): Promise<CourseRow[]> {
  const providers = await trainingProvidersFor(db, actor);
  let q = selectCourses(db)
    .where(providers.where("c.organisation_id"))
    .orderBy("o.name")
    .orderBy("c.name");
  if (query.organisationId) q = q.where("c.organisation_id", "=", query.organisationId);
  if (query.competency) q = q.where("c.competency_key", "=", query.competency);
  if (query.active !== undefined) q = q.where("c.active", "=", query.active);
  return q.execute();
}

/** A course I may see, or 404. */
export async function getCourse(db: Database, actor: Actor, id: string): Promise<CourseRow> {
  const providers = await trainingProvidersFor(db, actor);
  const row = await selectCourses(db)
    .where("c.id", "=", id)
    .where(providers.where("c.organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("course");
  return row;
}

/** Refuses an organisation outside my scope as unknown, and one that does not train. */
async function assertProvider(db: Database, scope: Scope, organisationId: string) {
  const organisation = scope.includes(organisationId)
    ? await db
        .selectFrom("organisations")
        .select("kind")
        .where("id", "=", organisationId)
        .executeTakeFirst()
    : undefined;
  if (!organisation)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (organisation.kind === "operator") {
    throw invalid("organisationId", { key: "training.notProvider" });
  }
}

export async function createCourse(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateCourse>,
): Promise<CourseRow> {
  await assertProvider(db, await actor.scope(), input.organisationId);
  requirePermission(actor, "training.manage");
  await assertCompetencyExists(db, input.competency);
  const name = input.name.trim();
  if (!name) throw invalid("name", { key: "common.blank" });
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("courses")
      .values({
        organisation_id: input.organisationId,
        competency_key: input.competency,
        name,
        description: input.description?.trim() || null,
        validity_months: input.validityMonths,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "course",
      entityId: row.id,
      organisationId: input.organisationId,
      details: { ...input },
    });
    return row.id;
  });
  return getCourse(db, actor, id);
}

/** A course I may see; changing it needs its provider in my scope. */
export async function updateCourse(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateCourse>,
): Promise<CourseRow> {
  const course = await getCourse(db, actor, id);
  requirePermission(actor, "training.manage");
  if (!(await actor.scope()).includes(course.organisation_id)) {
    throw forbidden({
      key: "training.mayNotChangeCourses",
      params: { organisation: course.organisation_name },
    });
  }
  const name = input.name?.trim();
  if (name === "") throw invalid("name", { key: "common.blank" });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("courses")
      .set({
        ...(name ? { name } : {}),
        ...(input.description !== undefined
          ? { description: input.description?.trim() || null }
          : {}),
        ...(input.validityMonths !== undefined ? { validity_months: input.validityMonths } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "course",
      entityId: id,
      organisationId: course.organisation_id,
      details: { ...input },
    });
  });
  return getCourse(db, actor, id);
}
