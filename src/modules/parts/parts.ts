/**
 * The parts catalogue. Each organisation keeps its own parts; the manufacturer's parts
 * form the network catalogue every operator and hub may stock and use.
 */
import { sql, type Selectable } from "kysely";
import { Type, type Static } from "typebox";
import { startsLikeFormula } from "../../core/csv.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import type { PartTable } from "../../db/maintenance-schema.js";
import type { Scope } from "../../db/scope.js";
import { conflict, forbidden, invalid, notFound } from "../../errors.js";
import { Name, Timestamp, Uuid } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";

const PartNumber = Type.String({ minLength: 1, maxLength: 60 });
const Unit = Type.String({ minLength: 1, maxLength: 20, description: "pcs, l, kg, m, …" });
const UnitCost = Type.Union([Type.Number({ minimum: 0, maximum: 10_000_000 }), Type.Null()]);

export const Part = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    /** A part of the manufacturer's network catalogue, usable by every organisation. */
    networkCatalogue: Type.Boolean(),
    partNumber: Type.String(),
    name: Type.String(),
    unit: Type.String(),
    unitCost: Type.Union([Type.Number(), Type.Null()]),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: "Part" },
);
export const CreatePart = Type.Object(
  {
    organisationId: Uuid,
    partNumber: PartNumber,
    name: Name,
    unit: Type.Optional(Unit),
    unitCost: Type.Optional(UnitCost),
  },
  { additionalProperties: false },
);
export const UpdatePart = Type.Object(
  {
    partNumber: Type.Optional(PartNumber),
    name: Type.Optional(Name),
    unit: Type.Optional(Unit),
    unitCost: Type.Optional(UnitCost),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const ListPartsQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 60,
        description: "Part number or name, or part of one",
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 2000, default: 500 }),
  },
  { additionalProperties: false },
);

type PartRow = Selectable<PartTable> & { organisation_name: string; organisation_kind: string };

export const presentPart = (row: PartRow): Static<typeof Part> => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  networkCatalogue: row.organisation_kind === "manufacturer",
  partNumber: row.part_number,
  name: row.name,
  unit: row.unit,
  unitCost: row.unit_cost === null ? null : Number(row.unit_cost),
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** Parts an actor may see and use: those of organisations in scope and the network catalogue. */
export function selectVisibleParts(db: Database, scope: Scope) {
  return db
    .selectFrom("parts as p")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .selectAll("p")
    .select(["o.name as organisation_name", "o.kind as organisation_kind"])
    .where((eb) => eb.or([scope.where("p.organisation_id"), eb("o.kind", "=", "manufacturer")]));
}

export async function listParts(db: Database, actor: Actor, query: Static<typeof ListPartsQuery>) {
  const scope = await actor.scope();
  let q = selectVisibleParts(db, scope)
    .orderBy("p.part_number")
    .orderBy("o.name")
    .limit(query.limit);
  if (query.organisationId) q = q.where("p.organisation_id", "=", query.organisationId);
  if (query.q) {
    const needle = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`).toUpperCase()}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`upper(p.part_number)`, "like", needle),
        eb(sql`upper(p.name)`, "like", needle),
      ]),
    );
  }
  return (await q.execute()).map(presentPart);
}

/** A part the actor may see (its own organisations' or the network catalogue's), else 404. */
export async function getVisiblePart(db: Database, actor: Actor, id: string) {
  const row = await selectVisibleParts(db, await actor.scope())
    .where("p.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("part");
  return row;
}

function duplicatePartNumber(error: unknown, partNumber: string): Error | undefined {
  return isUniqueViolation(error)
    ? conflict("partNumber", { key: "parts.duplicateNumber", params: { partNumber } })
    : undefined;
}

export async function createPart(db: Database, actor: Actor, input: Static<typeof CreatePart>) {
  requirePermission(actor, "parts.manage");
  const scope = await actor.scope();
  const owner = scope.includes(input.organisationId)
    ? await db
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", input.organisationId)
        .executeTakeFirst()
    : undefined;
  if (!owner)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  const partNumber = input.partNumber.trim();
  if (!partNumber) throw invalid("partNumber", { key: "common.blank" });
  if (startsLikeFormula(partNumber)) throw invalid("partNumber", { key: "common.formulaStart" });
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("parts")
        .values({
          organisation_id: input.organisationId,
          part_number: partNumber,
          name: input.name.trim(),
          unit: input.unit?.trim() || "pcs",
          unit_cost: input.unitCost ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "part",
        entityId: row.id,
        organisationId: input.organisationId,
        details: { ...input, partNumber },
      });
      return row.id;
    });
    return presentPart(await getVisiblePart(db, actor, id));
  } catch (error) {
    throw duplicatePartNumber(error, partNumber) ?? error;
  }
}

export async function updatePart(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdatePart>,
) {
  const existing = await getVisiblePart(db, actor, id);
  requirePermission(actor, "parts.manage");
  if (!(await actor.scope()).includes(existing.organisation_id))
    throw forbidden({ key: "parts.networkCatalogue" });
  const partNumber = input.partNumber?.trim();
  if (partNumber === "") throw invalid("partNumber", { key: "common.blank" });
  if (partNumber && startsLikeFormula(partNumber))
    throw invalid("partNumber", { key: "common.formulaStart" });
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("parts")
        .set({
          ...(partNumber ? { part_number: partNumber } : {}),
          ...(input.name ? { name: input.name.trim() } : {}),
          ...(input.unit ? { unit: input.unit.trim() } : {}),
          ...(input.unitCost !== undefined ? { unit_cost: input.unitCost } : {}),
          updated_at: new Date(),
        })
        .where("id", "=", id)
        .execute();
      await recordAudit(trx, actor, {
        action: "update",
        entity: "part",
        entityId: id,
        organisationId: existing.organisation_id,
        details: input,
      });
    });
  } catch (error) {
    throw duplicatePartNumber(error, partNumber ?? existing.part_number) ?? error;
  }
  return presentPart(await getVisiblePart(db, actor, id));
}
