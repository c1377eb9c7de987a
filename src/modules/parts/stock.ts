/**
 * Stock of parts per place: an operator keeps its stock at its depots, a hub (or the
 * manufacturer) in its own store. Every change is a movement (receipt, use on a work
 * order, return from one, adjustment after a count), and stock never goes below zero:
 * the decrement itself is conditional, so two mechanics taking the last filter at once
 * cannot both have it.
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { STOCK_MOVEMENT_REASONS } from "../../db/maintenance-schema.js";
import type { Text, TextLocale } from "../../core/server-text.js";
import { conflict, invalid } from "../../errors.js";
import { Timestamp, Uuid } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { selectVisibleParts } from "./parts.js";

/** The stock index treats "no depot" as this id (migration 0004, stock_location_idx). */
const NO_DEPOT = "00000000-0000-0000-0000-000000000000";
/** The most of one part that one movement may bring in or take out. */
const MAX_QUANTITY = 1_000_000;

export const StockLevel = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    depotId: Type.Union([Uuid, Type.Null()]),
    /** The depot's name, or "<organisation>'s store". */
    location: Type.String(),
    partId: Uuid,
    partNumber: Type.String(),
    partName: Type.String(),
    unit: Type.String(),
    quantity: Type.Number(),
    updatedAt: Timestamp,
  },
  { $id: "StockLevel" },
);
export const StockMovement = Type.Object(
  {
    id: Uuid,
    stockId: Uuid,
    organisationId: Uuid,
    partId: Uuid,
    partNumber: Type.String(),
    delta: Type.Number(),
    reason: Type.Enum([...STOCK_MOVEMENT_REASONS]),
    workOrderId: Type.Union([Uuid, Type.Null()]),
    workOrderNumber: Type.Union([Type.Integer(), Type.Null()]),
    note: Type.Union([Type.String(), Type.Null()]),
    byName: Type.Union([Type.String(), Type.Null()]),
    at: Timestamp,
  },
  { $id: "StockMovement" },
);
export const ListStockQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    depotId: Type.Optional(Uuid),
    partId: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 1000 }),
  },
  { additionalProperties: false },
);
export const ListMovementsQuery = Type.Object(
  {
    stockId: Type.Optional(Uuid),
    organisationId: Type.Optional(Uuid),
    partId: Type.Optional(Uuid),
    workOrderId: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 5000, default: 500 }),
  },
  { additionalProperties: false },
);
export const CreateMovement = Type.Object(
  {
    organisationId: Uuid,
    depotId: Type.Optional(Uuid),
    partId: Uuid,
    delta: Type.Number({
      minimum: -MAX_QUANTITY,
      maximum: MAX_QUANTITY,
      description: "Positive brings parts in; an adjustment may be negative",
    }),
    reason: Type.Enum(["receipt", "adjustment"]),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const RecordedMovement = Type.Object({ stock: StockLevel, movement: StockMovement });

/** Where stock is kept: a depot of an operator, or the organisation's own store. */
export interface StockLocation {
  organisationId: string;
  depotId: string | null;
  /** The depot's name, or the organisation's store in each language. */
  name: string | Text;
}

function selectStock(db: Database) {
  return db
    .selectFrom("stock as s")
    .innerJoin("parts as p", "p.id", "s.part_id")
    .innerJoin("organisations as o", "o.id", "s.organisation_id")
    .leftJoin("depots as d", "d.id", "s.depot_id")
    .select([
      "s.id",
      "s.organisation_id",
      "s.depot_id",
      "d.name as depot_name",
      "o.name as organisation_name",
      "s.part_id",
      "p.part_number",
      "p.name as part_name",
      "p.unit",
      "s.quantity",
      "s.updated_at",
    ]);
}
type StockRow = Awaited<ReturnType<ReturnType<typeof selectStock>["executeTakeFirstOrThrow"]>>;

/** Where a hub or the manufacturer keeps its own stock (no depot), in each language. */
export const storeName = (organisationName: string): Text => ({
  en: `${organisationName}'s store`,
  ru: `Склад: ${organisationName}`,
});

const presentStock = (row: StockRow, locale: TextLocale): Static<typeof StockLevel> => ({
  id: row.id,
  organisationId: row.organisation_id,
  depotId: row.depot_id,
  location: row.depot_name ?? storeName(row.organisation_name)[locale],
  partId: row.part_id,
  partNumber: row.part_number,
  partName: row.part_name,
  unit: row.unit,
  quantity: Number(row.quantity),
  updatedAt: row.updated_at.toISOString(),
});

function selectMovements(db: Database) {
  return db
    .selectFrom("stock_movements as m")
    .innerJoin("stock as s", "s.id", "m.stock_id")
    .innerJoin("parts as p", "p.id", "s.part_id")
    .leftJoin("users as u", "u.id", "m.by_user_id")
    .leftJoin("work_orders as w", "w.id", "m.work_order_id")
    .select([
      "m.id",
      "m.stock_id",
      "m.organisation_id",
      "s.part_id",
      "p.part_number",
      "m.delta",
      "m.reason",
      "m.work_order_id",
      "w.number as work_order_number",
      "m.note",
      "u.name as by_name",
      "m.at",
    ]);
}
type MovementRow = Awaited<
  ReturnType<ReturnType<typeof selectMovements>["executeTakeFirstOrThrow"]>
>;

const presentMovement = (row: MovementRow): Static<typeof StockMovement> => ({
  id: row.id,
  stockId: row.stock_id,
  organisationId: row.organisation_id,
  partId: row.part_id,
  partNumber: row.part_number,
  delta: Number(row.delta),
  reason: row.reason,
  workOrderId: row.work_order_id,
  workOrderNumber: row.work_order_number === null ? null : Number(row.work_order_number),
  note: row.note,
  byName: row.by_name,
  at: row.at.toISOString(),
});

export async function listStock(db: Database, actor: Actor, query: Static<typeof ListStockQuery>) {
  const scope = await actor.scope();
  let q = selectStock(db)
    .where(scope.where("s.organisation_id"))
    .orderBy("o.name")
    .orderBy("d.name")
    .orderBy("p.part_number")
    .limit(query.limit);
  if (query.organisationId) q = q.where("s.organisation_id", "=", query.organisationId);
  if (query.depotId) q = q.where("s.depot_id", "=", query.depotId);
  if (query.partId) q = q.where("s.part_id", "=", query.partId);
  return (await q.execute()).map((row) => presentStock(row, actor.locale));
}

/** Movements of stock the actor may see, newest first. */
export async function listMovements(
  db: Database,
  actor: Actor,
  query: Static<typeof ListMovementsQuery>,
) {
  const scope = await actor.scope();
  let q = selectMovements(db)
    .where(scope.where("m.organisation_id"))
    .orderBy("m.at", "desc")
    .limit(query.limit);
  if (query.stockId) q = q.where("m.stock_id", "=", query.stockId);
  if (query.organisationId) q = q.where("m.organisation_id", "=", query.organisationId);
  if (query.partId) q = q.where("s.part_id", "=", query.partId);
  if (query.workOrderId) q = q.where("m.work_order_id", "=", query.workOrderId);
  return (await q.execute()).map(presentMovement);
}

/**
 * Where `organisationId` keeps stock: an operator at one of its depots (`depotId`
 * required), a hub or the manufacturer in its own store (no depot). `field` names the
 * depot input in messages.
 */
export async function stockLocation(
  db: Database,
  organisation: { id: string; kind: string; name: string },
  depotId: string | null | undefined,
  field = "depotId",
): Promise<StockLocation> {
  if (organisation.kind !== "operator") {
    if (depotId)
      throw invalid(field, { key: "stock.ownStore", params: { organisation: organisation.name } });
    return { organisationId: organisation.id, depotId: null, name: storeName(organisation.name) };
  }
  if (!depotId) throw invalid(field, { key: "stock.depotRequired" });
  const depot = await db
    .selectFrom("depots")
    .select(["id", "name"])
    .where("id", "=", depotId)
    .where("organisation_id", "=", organisation.id)
    .executeTakeFirst();
  if (!depot) throw invalid(field, { key: "stock.noDepot" });
  return { organisationId: organisation.id, depotId: depot.id, name: depot.name };
}

/** A part `organisationId` may stock: its own or one of the network catalogue. */
export async function partForStock(
  db: Database,
  actor: Actor,
  organisationId: string,
  partId: string,
  field = "partId",
) {
  const part = await selectVisibleParts(db, await actor.scope())
    .where("p.id", "=", partId)
    .executeTakeFirst();
  if (
    !part ||
    (part.organisation_id !== organisationId && part.organisation_kind !== "manufacturer")
  )
    throw invalid(field, { key: "stock.noPart" });
  return part;
}

const sameLocation = (location: StockLocation) =>
  sql<boolean>`organisation_id = ${location.organisationId} and coalesce(depot_id, ${NO_DEPOT}::uuid) = ${location.depotId ?? NO_DEPOT}::uuid`;

interface MovementInput {
  workOrderId?: string | null;
  note?: string | null;
  userId: string | null;
}

/**
 * Takes `quantity` of a part from stock inside the caller's transaction and records the
 * movement. Refuses with 409 when the place has none of it or too few.
 */
export async function takeFromStock(
  trx: Database,
  location: StockLocation,
  partId: string,
  quantity: number,
  reason: "use" | "adjustment",
  movement: MovementInput,
  field = "quantity",
): Promise<{ stockId: string; movementId: string }> {
  const taken = await trx
    .updateTable("stock")
    .set({ quantity: sql`quantity - ${quantity}`, updated_at: new Date() })
    .where(sameLocation(location))
    .where("part_id", "=", partId)
    .where("quantity", ">=", quantity)
    .returning("id")
    .executeTakeFirst();
  if (!taken) {
    const held = await trx
      .selectFrom("stock")
      .select("quantity")
      .where(sameLocation(location))
      .where("part_id", "=", partId)
      .executeTakeFirst();
    if (!held || Number(held.quantity) === 0)
      throw conflict(field === "quantity" ? "partId" : field, {
        key: "stock.none",
        params: { place: location.name },
      });
    throw conflict(field, {
      key: "stock.tooFew",
      params: { held: Number(held.quantity), place: location.name },
    });
  }
  const stored = await trx
    .insertInto("stock_movements")
    .values({
      organisation_id: location.organisationId,
      stock_id: taken.id,
      delta: -quantity,
      reason,
      work_order_id: movement.workOrderId ?? null,
      note: movement.note ?? null,
      by_user_id: movement.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { stockId: taken.id, movementId: stored.id };
}

/** Puts `quantity` into stock (creating the place's stock row) inside the caller's transaction. */
export async function putIntoStock(
  trx: Database,
  location: StockLocation,
  partId: string,
  quantity: number,
  reason: "receipt" | "return" | "adjustment",
  movement: MovementInput,
): Promise<{ stockId: string; movementId: string }> {
  const stock = await trx
    .insertInto("stock")
    .values({
      organisation_id: location.organisationId,
      depot_id: location.depotId,
      part_id: partId,
      quantity,
    })
    .onConflict((oc) =>
      oc
        .expression(sql`organisation_id, coalesce(depot_id, ${sql.lit(NO_DEPOT)}::uuid), part_id`)
        .doUpdateSet({ quantity: sql`stock.quantity + excluded.quantity`, updated_at: new Date() }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  const stored = await trx
    .insertInto("stock_movements")
    .values({
      organisation_id: location.organisationId,
      stock_id: stock.id,
      delta: quantity,
      reason,
      work_order_id: movement.workOrderId ?? null,
      note: movement.note ?? null,
      by_user_id: movement.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { stockId: stock.id, movementId: stored.id };
}

/** A receipt (parts delivered) or an adjustment after a count, by someone who manages parts. */
export async function recordMovement(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateMovement>,
) {
  requirePermission(actor, "parts.manage");
  const scope = await actor.scope();
  const organisation = scope.includes(input.organisationId)
    ? await db
        .selectFrom("organisations")
        .select(["id", "kind", "name"])
        .where("id", "=", input.organisationId)
        .executeTakeFirst()
    : undefined;
  if (!organisation)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  const location = await stockLocation(db, organisation, input.depotId);
  const part = await partForStock(db, actor, organisation.id, input.partId);
  const note = input.note?.trim() || null;
  if (input.reason === "receipt" && !(input.delta > 0))
    throw invalid("delta", { key: "stock.receiptPositive" });
  if (input.reason === "adjustment") {
    if (input.delta === 0) throw invalid("delta", { key: "stock.zero" });
    if (!note) throw invalid("note", { key: "stock.adjustmentNote" });
  }
  const { stockId, movementId } = await db.transaction().execute(async (trx) => {
    const moved =
      input.delta > 0
        ? await putIntoStock(trx, location, part.id, input.delta, input.reason, {
            note,
            userId: actor.userId,
          })
        : await takeFromStock(
            trx,
            location,
            part.id,
            -input.delta,
            "adjustment",
            { note, userId: actor.userId },
            "delta",
          );
    await recordAudit(trx, actor, {
      action: input.reason,
      entity: "stock",
      entityId: moved.stockId,
      organisationId: organisation.id,
      details: { partId: part.id, depotId: location.depotId, delta: input.delta, note },
    });
    return moved;
  });
  const stock = await selectStock(db).where("s.id", "=", stockId).executeTakeFirstOrThrow();
  const movement = await selectMovements(db)
    .where("m.id", "=", movementId)
    .executeTakeFirstOrThrow();
  return { stock: presentStock(stock, actor.locale), movement: presentMovement(movement) };
}
