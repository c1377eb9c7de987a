/**
 * Keeps the built-in competencies, defect-category competencies and maintenance
 * programmes in the database in step with the code (core/competencies.ts,
 * core/maintenance-programmes.ts). Runs at every start; organisations' own copies are
 * never touched.
 */
import { sql } from "kysely";
import { BUILT_IN_COMPETENCIES, DEFECT_CATEGORY_COMPETENCIES } from "../../core/competencies.js";
import { BUILT_IN_PROGRAMMES } from "../../core/maintenance-programmes.js";
import type { Database } from "../../db/database.js";

export async function syncBuiltInMaintenance(db: Database): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const competency of BUILT_IN_COMPETENCIES) {
      await trx
        .insertInto("competencies")
        .values({
          key: competency.key,
          name_en: competency.name.en,
          name_ru: competency.name.ru,
          built_in: true,
        })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            name_en: competency.name.en,
            name_ru: competency.name.ru,
            built_in: true,
          }),
        )
        .execute();
    }
    for (const [category, keys] of Object.entries(DEFECT_CATEGORY_COMPETENCIES)) {
      await trx
        .insertInto("defect_category_competencies")
        .values({ category, competency_keys: [...keys] })
        .onConflict((oc) => oc.column("category").doUpdateSet({ competency_keys: [...keys] }))
        .execute();
    }
    for (const programme of BUILT_IN_PROGRAMMES) {
      const values = {
        name_en: programme.name.en,
        name_ru: programme.name.ru,
        vehicle_types: programme.vehicleTypes,
        powertrains: programme.powertrains,
        length_classes: programme.lengthClasses,
        makers: programme.makers ?? [],
        replaces: programme.replaces ?? null,
        tolerance_percent: programme.tolerancePercent ?? 0,
      };
      const existing = await trx
        .selectFrom("maintenance_programmes")
        .select("id")
        .where("organisation_id", "is", null)
        .where("key", "=", programme.key)
        .executeTakeFirst();
      const id = existing
        ? (
            await trx
              .updateTable("maintenance_programmes")
              .set({ ...values, updated_at: sql<Date>`now()` })
              .where("id", "=", existing.id)
              .returning("id")
              .executeTakeFirstOrThrow()
          ).id
        : (
            await trx
              .insertInto("maintenance_programmes")
              .values({ ...values, organisation_id: null, key: programme.key })
              .returning("id")
              .executeTakeFirstOrThrow()
          ).id;
      for (const [position, task] of programme.tasks.entries()) {
        const taskValues = {
          name_en: task.name.en,
          name_ru: task.name.ru,
          interval_km: task.intervalKm ?? null,
          interval_hours: task.intervalHours ?? null,
          interval_days: task.intervalDays ?? null,
          due_soon_km: task.dueSoonKm ?? null,
          due_soon_hours: task.dueSoonHours ?? null,
          due_soon_days: task.dueSoonDays ?? null,
          schedule: task.schedule,
          safety_critical: task.safetyCritical,
          competency_keys: task.competencies,
          includes: task.includes ?? [],
          recorded_by: task.recordedBy ?? null,
          position,
        };
        await trx
          .insertInto("maintenance_tasks")
          .values({ ...taskValues, programme_id: id, key: task.key })
          .onConflict((oc) => oc.columns(["programme_id", "key"]).doUpdateSet(taskValues))
          .execute();
      }
    }
  });
}
