/**
 * Whether a person may sign off work: they need a valid certificate (not revoked, not
 * expired on the day of the sign-off) for every competency the work names.
 */
import { sql } from "kysely";
import type { Database } from "../../db/database.js";
import { DEFAULT_DEFECT_COMPETENCIES } from "../../core/competencies.js";
import { builtInItem } from "../../core/inspection-templates.js";
import { latestToday } from "../../core/shifts.js";
import { localized } from "../../errors.js";

/**
 * The competencies in `required` that `userId` holds no valid certificate for on `onDate`
 * (the date where the work is done: expiry is judged on it).
 */
export async function missingCompetencies(
  db: Database,
  userId: string,
  required: readonly string[],
  onDate: string,
): Promise<string[]> {
  const wanted = [...new Set(required)];
  if (!wanted.length) return [];
  const held = await db
    .selectFrom("certificates")
    .select("competency_key")
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    // Issued on a date that is already today somewhere (a course ending at 17:00 in Los
    // Angeles is dated on UTC's next day): it counts at once; expiry is the depot's date.
    .where("issued_on", "<=", latestToday())
    .where("expires_on", ">=", onDate)
    .where(sql<boolean>`competency_key = any(${wanted}::text[])`)
    .execute();
  const valid = new Set(held.map((row) => row.competency_key));
  return wanted.filter((key) => !valid.has(key)).sort();
}

/**
 * Refuses (403, naming each missing competency) unless the person holds all of them.
 * `what` says what they tried to do, in each language, e.g. "admit a driver to a trip".
 */
export async function requireCompetencies(
  db: Database,
  userId: string | null,
  required: readonly string[],
  onDate: string,
  what: { en: string; ru: string },
): Promise<void> {
  if (!required.length) return;
  if (!userId) {
    throw localized("FORBIDDEN", { key: "competence.tokenMayNot", params: { action: what } });
  }
  const missing = await missingCompetencies(db, userId, required, onDate);
  if (missing.length) {
    const named = await competencyList(db, missing);
    throw localized(
      "FORBIDDEN",
      { key: "competence.missing", params: { action: what, competencies: named } },
      "competencies",
      missing.map((key) => ({ field: "competencies", message: key })),
    );
  }
}

/**
 * The competencies certifying a defect of `category` needs, as the network configured
 * them (defect_category_competencies), else the built-in default.
 */
export async function defectCategoryCompetencies(
  db: Database,
  category: string,
): Promise<string[]> {
  const row = await db
    .selectFrom("defect_category_competencies")
    .select("competency_keys")
    .where("category", "=", category)
    .executeTakeFirst();
  return [...(row?.competency_keys ?? DEFAULT_DEFECT_COMPETENCIES)].sort();
}

/**
 * The competencies certifying a defect needs: those its checklist item names (as the
 * version the driver used has them; for a built-in version stored before items had them,
 * the built-in item's now), else those of its category. Per item, not per category: a
 * chafed cable needs low-voltage electrics and fire safety, cleaning chaff off a combine
 * neither fire safety nor an electrician.
 */
export async function defectCompetencies(
  db: Database,
  defect: { id: string; category: string },
): Promise<string[]> {
  const row = await db
    .selectFrom("defects as d")
    .leftJoin("inspections as i", "i.id", "d.inspection_id")
    .leftJoin("inspection_templates as t", "t.id", "i.template_id")
    .select([
      "d.item_key",
      "t.key as template_key",
      "t.organisation_id as template_organisation_id",
      sql<
        string[] | null
      >`(select x->'competencies' from jsonb_array_elements(t.items::jsonb) x where x->>'key' = d.item_key limit 1)`.as(
        "item_competencies",
      ),
    ])
    .where("d.id", "=", defect.id)
    .executeTakeFirst();
  const fromItem =
    row?.item_competencies ??
    (row?.template_key && row.template_organisation_id === null
      ? builtInItem(row.template_key, row.item_key)?.competencies
      : undefined);
  if (fromItem?.length) return [...new Set(fromItem)].sort();
  return defectCategoryCompetencies(db, defect.category);
}

/** Names the missing competencies for a refusal: "Fire detection and suppression (fire_safety)". */
/** The competencies named in each language, for a refusal's message: "Brakes (brakes), …". */
export async function competencyList(
  db: Database,
  keys: readonly string[],
): Promise<{ en: string; ru: string }> {
  if (!keys.length) return { en: "", ru: "" };
  const names = await db
    .selectFrom("competencies")
    .select(["key", "name_en", "name_ru"])
    .where("key", "in", [...keys])
    .execute();
  const named = (language: "en" | "ru") =>
    keys
      .map((key) => {
        const row = names.find((n) => n.key === key);
        const name = row ? (language === "en" ? row.name_en : row.name_ru) : null;
        return name ? `${name} (${key})` : key;
      })
      .join(", ");
  return { en: named("en"), ru: named("ru") };
}
