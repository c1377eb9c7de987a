import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { isForeignKeyViolation, isUniqueViolation } from "../../db/errors.js";
import {
  DEFAULT_SHIFT_STARTS,
  MAX_SHIFTS_A_DAY,
  normaliseStarts,
  shiftPatternProblem,
} from "../../core/shifts.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Name, OkResponse, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { assertRegionExists } from "../regions/regions.js";
import { requirePermission, type Actor } from "../auth/actor.js";

/** Where the depot is, to tell whether a pre-shift check was made there (issue #15). */
export const DepotArea = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
    radiusM: Type.Integer({
      minimum: 10,
      maximum: 100_000,
      description: "Checks made further than this from the centre are flagged",
    }),
  },
  { additionalProperties: false },
);
const AreaOrNull = Type.Union([DepotArea, Type.Null()], {
  description: "The depot's area; null: checks are not placed",
});

/** A depot is an operator's site: where vehicles park, are checked and leave for the line. */
export const Depot = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    organisationName: Type.String(),
    name: Type.String(),
    address: Type.Union([Type.String(), Type.Null()]),
    regionId: Type.Union([Uuid, Type.Null()]),
    timeZone: Type.String({ description: "IANA time zone of the shift starts" }),
    shiftStarts: Type.Array(Type.String(), {
      description: "Local times HH:MM when shifts start; empty: one shift a day from midnight",
    }),
    area: AreaOrNull,
    createdAt: Timestamp,
  },
  { $id: "Depot" },
);
export const CreateDepot = Type.Object(
  {
    organisationId: Uuid,
    name: Name,
    address: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
    regionId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    shiftStarts: Type.Optional(
      Type.Array(Type.String({ maxLength: 5 }), { maxItems: MAX_SHIFTS_A_DAY }),
    ),
    area: Type.Optional(AreaOrNull),
  },
  { additionalProperties: false },
);
export const UpdateDepot = Type.Object(
  {
    name: Type.Optional(Name),
    address: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
    regionId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    shiftStarts: Type.Optional(
      Type.Array(Type.String({ maxLength: 5 }), { maxItems: MAX_SHIFTS_A_DAY }),
    ),
    area: Type.Optional(AreaOrNull),
  },
  { additionalProperties: false, minProperties: 1 },
);
const ListDepotsQuery = Type.Object(
  { organisationId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

function selectDepots(db: Database) {
  return db
    .selectFrom("depots as d")
    .innerJoin("organisations as o", "o.id", "d.organisation_id")
    .select([
      "d.id",
      "d.organisation_id",
      "o.name as organisation_name",
      "d.name",
      "d.address",
      "d.region_id",
      "d.time_zone",
      "d.shift_starts",
      "d.latitude",
      "d.longitude",
      "d.radius_m",
      "d.created_at",
    ]);
}
type DepotRow = Awaited<ReturnType<ReturnType<typeof selectDepots>["executeTakeFirstOrThrow"]>>;
const present = (row: DepotRow): Static<typeof Depot> => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  name: row.name,
  address: row.address,
  regionId: row.region_id,
  timeZone: row.time_zone,
  shiftStarts: row.shift_starts,
  area:
    row.latitude !== null && row.longitude !== null && row.radius_m !== null
      ? { latitude: row.latitude, longitude: row.longitude, radiusM: row.radius_m }
      : null,
  createdAt: row.created_at.toISOString(),
});

/** The columns of a depot's area as given (undefined: unchanged; null: none). */
function areaColumns(area: Static<typeof AreaOrNull> | undefined) {
  if (area === undefined) return {};
  return area
    ? { latitude: area.latitude, longitude: area.longitude, radius_m: area.radiusM }
    : { latitude: null, longitude: null, radius_m: null };
}

/** Refuses a bad shift pattern, naming the field; the pattern as stored (sorted) otherwise. */
function checkedPattern(
  timeZone: string | undefined,
  shiftStarts: string[] | undefined,
  current: { time_zone: string; shift_starts: string[] } = { time_zone: "UTC", shift_starts: [] },
) {
  const pattern = {
    timeZone: timeZone ?? current.time_zone,
    starts: shiftStarts ?? current.shift_starts,
  };
  // An empty list keeps one shift a day from midnight; the time zone is checked all the same.
  const problem = shiftPatternProblem({
    timeZone: pattern.timeZone,
    starts: pattern.starts.length ? pattern.starts : DEFAULT_SHIFT_STARTS,
  });
  if (problem) throw invalid(problem.field, problem.problem);
  return { time_zone: pattern.timeZone, shift_starts: normaliseStarts(pattern.starts) };
}

export async function listDepots(db: Database, actor: Actor, organisationId?: string) {
  const scope = await actor.scope();
  let query = selectDepots(db)
    .where(scope.where("d.organisation_id"))
    .orderBy("o.name")
    .orderBy("d.name");
  if (organisationId) query = query.where("d.organisation_id", "=", organisationId);
  return query.execute();
}

export async function getDepot(db: Database, actor: Actor, id: string) {
  const scope = await actor.scope();
  const row = await selectDepots(db)
    .where("d.id", "=", id)
    .where(scope.where("d.organisation_id"))
    .executeTakeFirst();
  if (!row) throw notFound("depot");
  return row;
}

export async function createDepot(db: Database, actor: Actor, input: Static<typeof CreateDepot>) {
  requirePermission(actor, "depots.write");
  const scope = await actor.scope();
  const owner = scope.includes(input.organisationId)
    ? await db
        .selectFrom("organisations")
        .select("kind")
        .where("id", "=", input.organisationId)
        .executeTakeFirst()
    : undefined;
  if (!owner)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (owner.kind !== "operator") throw invalid("organisationId", { key: "depots.onlyOperator" });
  await assertRegionExists(db, input.regionId);
  const shifts = checkedPattern(input.timeZone, input.shiftStarts);
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("depots")
        .values({
          organisation_id: input.organisationId,
          name: input.name,
          address: input.address ?? null,
          region_id: input.regionId ?? null,
          ...shifts,
          ...areaColumns(input.area),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "depot",
        entityId: row.id,
        organisationId: input.organisationId,
        details: input,
      });
      return row.id;
    });
    return await getDepot(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("name", { key: "depots.nameTaken", params: { name: input.name } });
    throw error;
  }
}

async function updateDepot(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateDepot>,
) {
  const depot = await getDepot(db, actor, id);
  requirePermission(actor, "depots.write");
  await assertRegionExists(db, input.regionId);
  const shifts =
    input.timeZone !== undefined || input.shiftStarts !== undefined
      ? checkedPattern(input.timeZone, input.shiftStarts, depot)
      : {};
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("depots")
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.address !== undefined ? { address: input.address } : {}),
          ...(input.regionId !== undefined ? { region_id: input.regionId } : {}),
          ...shifts,
          ...areaColumns(input.area),
          updated_at: new Date(),
        })
        .where("id", "=", id)
        .execute();
      await recordAudit(trx, actor, {
        action: "update",
        entity: "depot",
        entityId: id,
        organisationId: depot.organisation_id,
        details: input,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("name", { key: "depots.nameTakenOther" });
    throw error;
  }
  return getDepot(db, actor, id);
}

async function deleteDepot(db: Database, actor: Actor, id: string) {
  const depot = await getDepot(db, actor, id);
  requirePermission(actor, "depots.write");
  try {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("depots").where("id", "=", id).execute();
      await recordAudit(trx, actor, {
        action: "delete",
        entity: "depot",
        entityId: id,
        organisationId: depot.organisation_id,
        details: { name: depot.name },
      });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw conflict("id", { key: "depots.stillUsed" });
    throw error;
  }
}

export const depotRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["depots"];
  app.get(
    "/depots",
    {
      schema: {
        operationId: "listDepots",
        tags,
        summary: "Depots I may see",
        querystring: ListDepotsQuery,
        response: withErrors({ 200: Type.Array(Depot) }),
      },
    },
    async (request) =>
      (await listDepots(db, actorOf(request), request.query.organisationId)).map(present),
  );
  app.get(
    "/depots/:id",
    {
      schema: {
        operationId: "getDepot",
        summary: "One depot I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: Depot }),
      },
    },
    async (request) => present(await getDepot(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/depots",
    {
      schema: {
        operationId: "createDepot",
        tags,
        summary: "Add a depot to an operator",
        body: CreateDepot,
        response: withErrors({ 201: Depot }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await createDepot(db, actorOf(request), request.body))),
  );
  app.patch(
    "/depots/:id",
    {
      schema: {
        operationId: "updateDepot",
        summary: "Change a depot's name, address, region, time zone or shift starts",
        tags,
        params: IdParams,
        body: UpdateDepot,
        response: withErrors({ 200: Depot }),
      },
    },
    async (request) =>
      present(await updateDepot(db, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    "/depots/:id",
    {
      schema: {
        operationId: "deleteDepot",
        summary: "Delete a depot that no vehicle or record refers to any more",
        tags,
        params: IdParams,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await deleteDepot(db, actorOf(request), request.params.id);
      return { ok: true };
    },
  );
};
