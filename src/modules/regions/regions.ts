import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { conflict, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Name, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";

/** Regions are shared reference data: everyone sees them, the network admin keeps them. */
export const Region = Type.Object(
  { id: Uuid, country: Type.String(), name: Type.String(), createdAt: Timestamp },
  { $id: "Region" },
);
export const CreateRegion = Type.Object(
  { country: Type.String({ minLength: 1, maxLength: 100 }), name: Name },
  { additionalProperties: false },
);
export const UpdateRegion = Type.Partial(CreateRegion, {
  additionalProperties: false,
  minProperties: 1,
});

type RegionRow = { id: string; country: string; name: string; created_at: Date };
const present = (row: RegionRow): Static<typeof Region> => ({
  id: row.id,
  country: row.country,
  name: row.name,
  createdAt: row.created_at.toISOString(),
});

export function listRegions(db: Database) {
  return db.selectFrom("regions").selectAll().orderBy("country").orderBy("name").execute();
}

async function getRegion(db: Database, id: string) {
  const row = await db.selectFrom("regions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("region");
  return row;
}

/** A region named by another record must exist; none named is fine. */
export async function assertRegionExists(
  db: Database,
  regionId: string | null | undefined,
): Promise<void> {
  if (!regionId) return;
  const found = await db
    .selectFrom("regions")
    .select("id")
    .where("id", "=", regionId)
    .executeTakeFirst();
  if (!found) throw invalid("regionId", { key: "validation.noSuch", params: { what: "region" } });
}

export async function createRegion(db: Database, actor: Actor, input: Static<typeof CreateRegion>) {
  requirePermission(actor, "regions.write");
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("regions")
        .values(input)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "region",
        entityId: row.id,
        organisationId: null,
        details: input,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("name", {
        key: "regions.nameTaken",
        params: { name: input.name, country: input.country },
      });
    throw error;
  }
}

async function updateRegion(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateRegion>,
) {
  requirePermission(actor, "regions.write");
  await getRegion(db, id);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("regions")
        .set(input)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "update",
        entity: "region",
        entityId: id,
        organisationId: null,
        details: input,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("name", { key: "regions.nameTakenOther" });
    throw error;
  }
}

export const regionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["regions"];
  app.get(
    "/regions",
    {
      schema: {
        operationId: "listRegions",
        tags,
        summary: "All regions",
        response: withErrors({ 200: Type.Array(Region) }),
      },
    },
    async () => (await listRegions(db)).map(present),
  );
  app.get(
    "/regions/:id",
    {
      schema: {
        operationId: "getRegion",
        summary: "One region",
        tags,
        params: IdParams,
        response: withErrors({ 200: Region }),
      },
    },
    async (request) => present(await getRegion(db, request.params.id)),
  );
  app.post(
    "/regions",
    {
      schema: {
        operationId: "createRegion",
        tags,
        summary: "Add a region (network admin)",
        body: CreateRegion,
        response: withErrors({ 201: Region }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await createRegion(db, actorOf(request), request.body))),
  );
  app.patch(
    "/regions/:id",
    {
      schema: {
        operationId: "updateRegion",
        summary: "Change a region's country or name",
        tags,
        params: IdParams,
        body: UpdateRegion,
        response: withErrors({ 200: Region }),
      },
    },
    async (request) =>
      present(await updateRegion(db, actorOf(request), request.params.id, request.body)),
  );
};
