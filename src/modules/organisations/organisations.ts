import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { OrganisationKind } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { conflict, forbidden, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Name, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { assertRegionExists } from "../regions/regions.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { OrganisationKindSchema } from "../auth/schemas.js";

export const Organisation = Type.Object(
  {
    id: Uuid,
    kind: OrganisationKindSchema,
    name: Type.String(),
    parentId: Type.Union([Uuid, Type.Null()]),
    regionId: Type.Union([Uuid, Type.Null()]),
    regionName: Type.Union([Type.String(), Type.Null()]),
    createdAt: Timestamp,
  },
  { $id: "Organisation" },
);
export const CreateOrganisation = Type.Object(
  {
    kind: OrganisationKindSchema,
    name: Name,
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    regionId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export const UpdateOrganisation = Type.Object(
  { name: Type.Optional(Name), regionId: Type.Optional(Type.Union([Uuid, Type.Null()])) },
  { additionalProperties: false, minProperties: 1 },
);
const ListOrganisationsQuery = Type.Object(
  { kind: Type.Optional(OrganisationKindSchema) },
  { additionalProperties: false },
);

function selectOrganisations(db: Database) {
  return db
    .selectFrom("organisations as o")
    .leftJoin("regions as r", "r.id", "o.region_id")
    .select([
      "o.id",
      "o.kind",
      "o.name",
      "o.parent_id",
      "o.region_id",
      "r.name as region_name",
      "o.created_at",
    ]);
}
type OrganisationRow = Awaited<
  ReturnType<ReturnType<typeof selectOrganisations>["executeTakeFirstOrThrow"]>
>;

const present = (row: OrganisationRow): Static<typeof Organisation> => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  parentId: row.parent_id,
  regionId: row.region_id,
  regionName: row.region_name,
  createdAt: row.created_at.toISOString(),
});

export async function listOrganisations(db: Database, actor: Actor, kind?: OrganisationKind) {
  const scope = await actor.scope();
  let query = selectOrganisations(db)
    .where(scope.where("o.id"))
    .orderBy("o.kind")
    .orderBy("o.name");
  if (kind) query = query.where("o.kind", "=", kind);
  return query.execute();
}

export async function getOrganisation(db: Database, actor: Actor, id: string) {
  const scope = await actor.scope();
  const row = scope.includes(id)
    ? await selectOrganisations(db).where("o.id", "=", id).executeTakeFirst()
    : undefined;
  if (!row) throw notFound("organisation");
  return row;
}

/** A hub belongs to the manufacturer; manufacturers and operators stand on their own. */
async function checkParent(
  db: Database,
  kind: OrganisationKind,
  parentId: string | null | undefined,
) {
  if (kind !== "hub") {
    if (parentId)
      throw invalid("parentId", { key: "organisations.noParent", params: { orgKind: kind } });
    return;
  }
  if (!parentId) throw invalid("parentId", { key: "organisations.hubParent" });
  const parent = await db
    .selectFrom("organisations")
    .select("kind")
    .where("id", "=", parentId)
    .executeTakeFirst();
  if (!parent)
    throw invalid("parentId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (parent.kind !== "manufacturer") throw invalid("parentId", { key: "organisations.hubParent" });
}

export async function createOrganisation(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateOrganisation>,
) {
  requirePermission(actor, "organisations.create");
  await checkParent(db, input.kind, input.parentId);
  await assertRegionExists(db, input.regionId);
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("organisations")
        .values({
          kind: input.kind,
          name: input.name,
          parent_id: input.parentId ?? null,
          region_id: input.regionId ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "organisation",
        entityId: row.id,
        organisationId: row.id,
        details: input,
      });
      return row.id;
    });
    return await selectOrganisations(db).where("o.id", "=", id).executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("name", { key: "organisations.nameTaken", params: { name: input.name } });
    throw error;
  }
}

async function updateOrganisation(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateOrganisation>,
) {
  await getOrganisation(db, actor, id);
  requirePermission(actor, "organisations.update");
  if (!actor.permissions.has("organisations.create") && id !== actor.organisation.id) {
    throw forbidden({ key: "organisations.onlyOwn" });
  }
  await assertRegionExists(db, input.regionId);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("organisations")
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.regionId !== undefined ? { region_id: input.regionId } : {}),
          updated_at: new Date(),
        })
        .where("id", "=", id)
        .execute();
      await recordAudit(trx, actor, {
        action: "update",
        entity: "organisation",
        entityId: id,
        organisationId: id,
        details: input,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("name", { key: "organisations.nameTakenOther" });
    throw error;
  }
  return getOrganisation(db, actor, id);
}

export const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["organisations"];
  app.get(
    "/organisations",
    {
      schema: {
        operationId: "listOrganisations",
        tags,
        summary: "Organisations I may see",
        querystring: ListOrganisationsQuery,
        response: withErrors({ 200: Type.Array(Organisation) }),
      },
    },
    async (request) =>
      (await listOrganisations(db, actorOf(request), request.query.kind)).map(present),
  );
  app.get(
    "/organisations/:id",
    {
      schema: {
        operationId: "getOrganisation",
        summary: "One organisation I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: Organisation }),
      },
    },
    async (request) => present(await getOrganisation(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/organisations",
    {
      schema: {
        operationId: "createOrganisation",
        tags,
        summary: "Create an organisation (network admin)",
        body: CreateOrganisation,
        response: withErrors({ 201: Organisation }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await createOrganisation(db, actorOf(request), request.body))),
  );
  app.patch(
    "/organisations/:id",
    {
      schema: {
        operationId: "updateOrganisation",
        summary: "Rename an organisation or change its region",
        tags,
        params: IdParams,
        body: UpdateOrganisation,
        response: withErrors({ 200: Organisation }),
      },
    },
    async (request) =>
      present(await updateOrganisation(db, actorOf(request), request.params.id, request.body)),
  );
};
