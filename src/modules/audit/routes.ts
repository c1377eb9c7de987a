import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { Database } from "../../db/database.js";
import { actorOf } from "../../server/context.js";
import { Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { requirePermission, type Actor } from "../auth/actor.js";

export const AuditEntry = Type.Object(
  {
    id: Type.Integer(),
    at: Timestamp,
    actor: Type.String(),
    organisationId: Type.Union([Uuid, Type.Null()]),
    action: Type.String(),
    entity: Type.String(),
    entityId: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: "AuditEntry" },
);
const AuditQuery = Type.Object(
  {
    entity: Type.Optional(Type.String({ maxLength: 50 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    before: Type.Optional(Type.Integer({ minimum: 1, description: "Entries older than this id" })),
  },
  { additionalProperties: false },
);

/** The changes made in organisations I may see, newest first. */
export async function listAudit(db: Database, actor: Actor, query: Static<typeof AuditQuery>) {
  requirePermission(actor, "audit.read");
  const scope = await actor.scope();
  let q = db
    .selectFrom("audit_log")
    .selectAll()
    .where(scope.where("organisation_id"))
    .orderBy("id", "desc")
    .limit(query.limit);
  if (query.entity) q = q.where("entity", "=", query.entity);
  if (query.before) q = q.where("id", "<", query.before);
  const rows = await q.execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor_label,
    organisationId: row.organisation_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    details: row.details,
  }));
}

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  app.get(
    "/audit-log",
    {
      schema: {
        operationId: "listAuditLog",
        tags: ["audit"],
        summary: "Who changed what, newest first",
        querystring: AuditQuery,
        response: withErrors({ 200: Type.Array(AuditEntry) }),
      },
    },
    (request) => listAudit(db, actorOf(request), request.query),
  );
};
