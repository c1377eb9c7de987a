import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import {
  IdParams,
  IsoDate,
  OkResponse,
  Timestamp,
  Uuid,
  withErrors,
} from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";

export const SERVICES = [
  "maintenance",
  "specialist_visit",
  "training",
  "parts_supply",
  "warranty",
] as const;

/**
 * A service agreement: a hub serves an operator from one date to another, in some
 * regions, with some services and response and resolution targets. The network runs on
 * these: a hub sees an operator's records only while an agreement is in force.
 */
export const Agreement = Type.Object(
  {
    id: Uuid,
    hubId: Uuid,
    hubName: Type.String(),
    operatorId: Uuid,
    operatorName: Type.String(),
    validFrom: IsoDate,
    validTo: Type.Union([IsoDate, Type.Null()]),
    inForce: Type.Boolean(),
    regionIds: Type.Array(Uuid),
    services: Type.Array(Type.Enum([...SERVICES])),
    responseHours: Type.Integer(),
    resolutionHours: Type.Integer(),
    createdAt: Timestamp,
  },
  { $id: "ServiceAgreement" },
);
const Fields = {
  validFrom: IsoDate,
  validTo: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  regionIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true })),
  services: Type.Array(Type.Enum([...SERVICES]), { minItems: 1, uniqueItems: true }),
  responseHours: Type.Integer({ minimum: 1, maximum: 24 * 90 }),
  resolutionHours: Type.Integer({ minimum: 1, maximum: 24 * 365 }),
};
export const CreateAgreement = Type.Object(
  { hubId: Uuid, operatorId: Uuid, ...Fields },
  { additionalProperties: false },
);
export const UpdateAgreement = Type.Partial(Type.Object(Fields), {
  additionalProperties: false,
  minProperties: 1,
});
const ListAgreementsQuery = Type.Object(
  {
    operatorId: Type.Optional(Uuid),
    hubId: Type.Optional(Uuid),
    inForce: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

function selectAgreements(db: Database) {
  return db
    .selectFrom("service_agreements as a")
    .innerJoin("organisations as h", "h.id", "a.hub_id")
    .innerJoin("organisations as op", "op.id", "a.operator_id")
    .select([
      "a.id",
      "a.hub_id",
      "h.name as hub_name",
      "a.operator_id",
      "op.name as operator_name",
      "a.valid_from",
      "a.valid_to",
      "a.region_ids",
      "a.services",
      "a.response_hours",
      "a.resolution_hours",
      "a.created_at",
      sql<boolean>`a.valid_from <= current_date and (a.valid_to is null or a.valid_to >= current_date)`.as(
        "in_force",
      ),
    ]);
}
type AgreementRow = Awaited<
  ReturnType<ReturnType<typeof selectAgreements>["executeTakeFirstOrThrow"]>
>;
const present = (row: AgreementRow): Static<typeof Agreement> => ({
  id: row.id,
  hubId: row.hub_id,
  hubName: row.hub_name,
  operatorId: row.operator_id,
  operatorName: row.operator_name,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  inForce: row.in_force,
  regionIds: row.region_ids,
  services: row.services as Static<typeof Agreement>["services"],
  responseHours: row.response_hours,
  resolutionHours: row.resolution_hours,
  createdAt: row.created_at.toISOString(),
});

/** The hub's own agreements, or the operator's, or all for the manufacturer. */
async function visibleAgreements(db: Database, actor: Actor) {
  const scope = await actor.scope();
  return selectAgreements(db).where((eb) =>
    eb.or([scope.where("a.hub_id"), eb("a.operator_id", "=", actor.organisation.id)]),
  );
}

export async function listAgreements(
  db: Database,
  actor: Actor,
  filter: Static<typeof ListAgreementsQuery>,
) {
  let query = (await visibleAgreements(db, actor))
    .orderBy("h.name")
    .orderBy("op.name")
    .orderBy("a.valid_from");
  if (filter.operatorId) query = query.where("a.operator_id", "=", filter.operatorId);
  if (filter.hubId) query = query.where("a.hub_id", "=", filter.hubId);
  if (filter.inForce !== undefined) {
    const inForce = sql<boolean>`(a.valid_from <= current_date and (a.valid_to is null or a.valid_to >= current_date))`;
    query = query.where(filter.inForce ? inForce : sql<boolean>`not ${inForce}`);
  }
  return query.execute();
}

async function getAgreement(db: Database, actor: Actor, id: string) {
  const row = await (await visibleAgreements(db, actor)).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw notFound("service agreement");
  return row;
}

async function checkParties(db: Database, hubId: string, operatorId: string) {
  const parties = await db
    .selectFrom("organisations")
    .select(["id", "kind"])
    .where("id", "in", [hubId, operatorId])
    .execute();
  const kindOf = (id: string) => parties.find((p) => p.id === id)?.kind;
  if (kindOf(hubId) !== "hub") throw invalid("hubId", { key: "agreement.notHub" });
  if (kindOf(operatorId) !== "operator")
    throw invalid("operatorId", { key: "agreement.notOperator" });
}

async function checkRegions(db: Database, regionIds: string[] | undefined) {
  if (!regionIds?.length) return;
  const found = await db.selectFrom("regions").select("id").where("id", "in", regionIds).execute();
  const missing = regionIds.find((id) => !found.some((row) => row.id === id));
  if (missing) throw invalid("regionIds", { key: "agreement.noRegion", params: { id: missing } });
}

function checkDates(validFrom: string, validTo: string | null | undefined) {
  if (validTo && validTo < validFrom)
    throw invalid("validTo", { key: "agreement.beforeValidFrom" });
}

/** Only the network admin makes or changes agreements: they decide who sees whose data. */
export async function createAgreement(
  db: Database,
  actor: Actor,
  input: Static<typeof CreateAgreement>,
) {
  requirePermission(actor, "agreements.write");
  await checkParties(db, input.hubId, input.operatorId);
  await checkRegions(db, input.regionIds);
  checkDates(input.validFrom, input.validTo);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("service_agreements")
      .values({
        hub_id: input.hubId,
        operator_id: input.operatorId,
        valid_from: input.validFrom,
        valid_to: input.validTo ?? null,
        region_ids: input.regionIds ?? [],
        services: input.services,
        response_hours: input.responseHours,
        resolution_hours: input.resolutionHours,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "service_agreement",
      entityId: row.id,
      organisationId: input.operatorId,
      details: input,
    });
    return row.id;
  });
  return getAgreement(db, actor, id);
}

async function updateAgreement(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateAgreement>,
) {
  const existing = await getAgreement(db, actor, id);
  requirePermission(actor, "agreements.write");
  await checkRegions(db, input.regionIds);
  checkDates(
    input.validFrom ?? existing.valid_from,
    input.validTo === undefined ? existing.valid_to : input.validTo,
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("service_agreements")
      .set({
        ...(input.validFrom !== undefined ? { valid_from: input.validFrom } : {}),
        ...(input.validTo !== undefined ? { valid_to: input.validTo } : {}),
        ...(input.regionIds !== undefined ? { region_ids: input.regionIds } : {}),
        ...(input.services !== undefined ? { services: input.services } : {}),
        ...(input.responseHours !== undefined ? { response_hours: input.responseHours } : {}),
        ...(input.resolutionHours !== undefined ? { resolution_hours: input.resolutionHours } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "update",
      entity: "service_agreement",
      entityId: id,
      organisationId: existing.operator_id,
      details: input,
    });
  });
  return getAgreement(db, actor, id);
}

async function deleteAgreement(db: Database, actor: Actor, id: string) {
  const existing = await getAgreement(db, actor, id);
  requirePermission(actor, "agreements.write");
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("service_agreements").where("id", "=", id).execute();
    await recordAudit(trx, actor, {
      action: "delete",
      entity: "service_agreement",
      entityId: id,
      organisationId: existing.operator_id,
      details: { hubId: existing.hub_id, operatorId: existing.operator_id },
    });
  });
}

export const agreementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["service agreements"];
  app.get(
    "/service-agreements",
    {
      schema: {
        operationId: "listServiceAgreements",
        tags,
        summary: "Service agreements I may see",
        querystring: ListAgreementsQuery,
        response: withErrors({ 200: Type.Array(Agreement) }),
      },
    },
    async (request) => (await listAgreements(db, actorOf(request), request.query)).map(present),
  );
  app.get(
    "/service-agreements/:id",
    {
      schema: {
        operationId: "getServiceAgreement",
        summary: "One service agreement I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: Agreement }),
      },
    },
    async (request) => present(await getAgreement(db, actorOf(request), request.params.id)),
  );
  app.post(
    "/service-agreements",
    {
      schema: {
        operationId: "createServiceAgreement",
        tags,
        summary: "Agree that a hub serves an operator (network admin)",
        body: CreateAgreement,
        response: withErrors({ 201: Agreement }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(present(await createAgreement(db, actorOf(request), request.body))),
  );
  app.patch(
    "/service-agreements/:id",
    {
      schema: {
        operationId: "updateServiceAgreement",
        summary: "Change an agreement's validity, regions, services or target hours",
        tags,
        params: IdParams,
        body: UpdateAgreement,
        response: withErrors({ 200: Agreement }),
      },
    },
    async (request) =>
      present(await updateAgreement(db, actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    "/service-agreements/:id",
    {
      schema: {
        operationId: "deleteServiceAgreement",
        summary: "Delete a service agreement",
        tags,
        params: IdParams,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await deleteAgreement(db, actorOf(request), request.params.id);
      return { ok: true };
    },
  );
};
