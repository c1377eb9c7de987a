import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../../core/audit-events.js";
import type { Database } from "../../db/database.js";
import { invalid } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { requirePermission, type Actor } from "../auth/actor.js";

export const AuditEntry = Type.Object(
  {
    id: Type.Integer(),
    at: Timestamp,
    actor: Type.String(),
    actorId: Type.Union([Uuid, Type.Null()], {
      description: "The person who made the change; null for the system or an API token",
    }),
    organisationId: Type.Union([Uuid, Type.Null()]),
    organisationName: Type.Union([Type.String(), Type.Null()]),
    action: Type.String(),
    entity: Type.String(),
    entityId: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: "AuditEntry" },
);
const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(
      Type.String({ format: "uuid", description: "Who: changes by this person" }),
    ),
    action: Type.Optional(
      Type.Enum([...AUDIT_ACTIONS], { description: "What: one action (create, delete, …)" }),
    ),
    entity: Type.Optional(
      Type.Enum([...AUDIT_ENTITIES], { description: "Which kind of record (user, membership, …)" }),
    ),
    entityId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: "Which record (its id)" }),
    ),
    from: Type.Optional(Type.String({ format: "date-time", description: "When: at or after" })),
    to: Type.Optional(Type.String({ format: "date-time", description: "When: before" })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    before: Type.Optional(Type.Integer({ minimum: 1, description: "Entries older than this id" })),
  },
  { additionalProperties: false },
);

/** The changes made in organisations I may see, newest first, filtered. */
export async function listAudit(db: Database, actor: Actor, query: Static<typeof AuditQuery>) {
  requirePermission(actor, "audit.read");
  if (query.from && query.to && Date.parse(query.to) <= Date.parse(query.from)) {
    throw invalid("to", { key: "audit.toAfterFrom" });
  }
  const scope = await actor.scope();
  let q = db
    .selectFrom("audit_log as a")
    .leftJoin("organisations as o", "o.id", "a.organisation_id")
    .selectAll("a")
    .select("o.name as organisation_name")
    .where(scope.where("a.organisation_id"))
    .orderBy("a.id", "desc")
    .limit(query.limit);
  if (query.actorId) q = q.where("a.actor_user_id", "=", query.actorId);
  if (query.action) q = q.where("a.action", "=", query.action);
  if (query.entity) q = q.where("a.entity", "=", query.entity);
  if (query.entityId) q = q.where("a.entity_id", "=", query.entityId);
  if (query.from) q = q.where("a.at", ">=", new Date(query.from));
  if (query.to) q = q.where("a.at", "<", new Date(query.to));
  if (query.before) q = q.where("a.id", "<", query.before);
  const rows = await q.execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor_label,
    actorId: row.actor_user_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
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
        summary: "Who changed what, newest first; filtered by who, what, when and which record",
        querystring: AuditQuery,
        response: withErrors({ 200: Type.Array(AuditEntry) }),
      },
    },
    (request) => listAudit(db, actorOf(request), request.query),
  );
};
