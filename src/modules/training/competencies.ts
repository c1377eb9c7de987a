/**
 * The competency catalogue, shared by the whole network: the built-ins of
 * core/competencies.ts (synced at start by maintenance/built-ins.ts) and those the
 * manufacturer adds.
 */
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { conflict, forbidden, invalid } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import type { Competency, CreateCompetency } from "./schemas.js";

type CompetencyRow = { key: string; name_en: string; name_ru: string; built_in: boolean };

const present = (row: CompetencyRow): Static<typeof Competency> => ({
  key: row.key,
  name: { en: row.name_en, ru: row.name_ru },
  builtIn: row.built_in,
});

export async function listCompetencies(db: Database): Promise<Static<typeof Competency>[]> {
  const rows = await db
    .selectFrom("competencies")
    .select(["key", "name_en", "name_ru", "built_in"])
    .orderBy("built_in", "desc")
    .orderBy("key")
    .execute();
  return rows.map(present);
}

/** Refuses (400, naming `field`) a competency key that is not in the catalogue. */
export async function assertCompetencyExists(
  db: Database,
  key: string,
  field = "competency",
): Promise<void> {
  const row = await db
    .selectFrom("competencies")
    .select("key")
    .where("key", "=", key)
    .executeTakeFirst();
  if (!row) throw invalid(field, { key: "maintenance.noCompetency", params: { key } });
}

/** Only the manufacturer's network administrators extend the catalogue everyone signs off by. */
export async function createCompetency(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateCompetency>,
): Promise<Static<typeof Competency>> {
  requirePermission(actor, "training.manage");
  if (actor.organisation.kind !== "manufacturer" || !actor.roles.includes("network_admin")) {
    throw forbidden({ key: "training.onlyNetworkAdmins" });
  }
  try {
    const row = await db.transaction().execute(async (trx) => {
      const created = await trx
        .insertInto("competencies")
        .values({
          key: input.key,
          name_en: input.name.en.trim(),
          name_ru: input.name.ru.trim(),
          built_in: false,
        })
        .returning(["key", "name_en", "name_ru", "built_in"])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "competency",
        entityId: input.key,
        organisationId: actor.organisation.id,
        details: { key: input.key, name: input.name },
      });
      return created;
    });
    return present(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("key", { key: "training.competencyExists", params: { key: input.key } });
    throw error;
  }
}
