import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { isRoleAllowedIn, type Role } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { forbidden, invalid, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Name, OkResponse, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { RoleSchema } from "../auth/schemas.js";
import { API_TOKEN_PREFIX, newSecret, secretHash } from "../auth/tokens.js";

/**
 * Bearer tokens for integrations (telematics, ERP). A token acts in one organisation
 * with one role, is shown once, stored only as a hash, and can be revoked. It always
 * expires (90 days unless asked otherwise, at most 365) and dies with its maker's
 * authority: when the maker is disabled or no longer holds, in the token's organisation,
 * a role that may mint tokens and the token's role (checked on every request in
 * auth/repository.ts findTokenPrincipal).
 */
export const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
export const MAX_TOKEN_LIFETIME_DAYS = 365;
export const ApiToken = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    name: Type.String(),
    role: RoleSchema,
    prefix: Type.String({ description: "The first characters, to recognise a token" }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    revokedAt: Type.Union([Timestamp, Type.Null()]),
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: "ApiToken" },
);
export const CreatedApiToken = Type.Object({
  token: ApiToken,
  secret: Type.String({ description: "Shown only now: send as `Authorization: Bearer <secret>`" }),
});
export const CreateApiToken = Type.Object(
  {
    name: Name,
    role: RoleSchema,
    expiresInDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_TOKEN_LIFETIME_DAYS,
        default: DEFAULT_TOKEN_LIFETIME_DAYS,
        description: `Days until the token expires: ${DEFAULT_TOKEN_LIFETIME_DAYS} when left out, at most ${MAX_TOKEN_LIFETIME_DAYS}. A token also dies when its maker is disabled or loses the role that allowed minting it.`,
      }),
    ),
  },
  { additionalProperties: false },
);

type TokenRow = {
  id: string;
  organisation_id: string;
  name: string;
  role: Role;
  prefix: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
};
const columns = [
  "id",
  "organisation_id",
  "name",
  "role",
  "prefix",
  "created_at",
  "expires_at",
  "revoked_at",
  "last_used_at",
] as const;
const present = (row: TokenRow): Static<typeof ApiToken> => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  role: row.role,
  prefix: row.prefix,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
});

/** Tokens belong to the organisation I am working in, never to one I merely see. */
export function listTokens(db: Database, actor: Actor) {
  requirePermission(actor, "tokens.manage");
  return db
    .selectFrom("api_tokens")
    .select(columns)
    .where("organisation_id", "=", actor.organisation.id)
    .orderBy("created_at", "desc")
    .execute();
}

export async function createToken(
  db: Database,
  actor: Actor,
  input: { name: string; role: Role; expiresInDays?: number | undefined; organisationId?: string },
) {
  const organisation = input.organisationId
    ? await db
        .selectFrom("organisations")
        .select(["id", "kind"])
        .where("id", "=", input.organisationId)
        .executeTakeFirst()
    : actor.organisation;
  if (!organisation)
    throw invalid("organisationId", { key: "validation.noSuch", params: { what: "organisation" } });
  if (actor.kind === "token") {
    // A token's life is bound to the person who made it; a token minted by a token
    // would have no maker and outlive them.
    throw forbidden({ key: "tokens.tokenCannotMake" });
  }
  const lifetimeDays = input.expiresInDays ?? DEFAULT_TOKEN_LIFETIME_DAYS;
  if (!Number.isInteger(lifetimeDays) || lifetimeDays < 1 || lifetimeDays > MAX_TOKEN_LIFETIME_DAYS)
    throw invalid("expiresInDays", {
      key: "tokens.lifetime",
      params: { max: MAX_TOKEN_LIFETIME_DAYS },
    });
  if (actor.kind !== "system") {
    requirePermission(actor, "tokens.manage");
    // A token never has more power than its maker: the role must be one they hold.
    if (!actor.roles.includes(input.role) && !actor.roles.includes("network_admin")) {
      throw forbidden({
        key: "tokens.roleNotHeld",
        params: { roleField: "role", role: input.role },
      });
    }
  }
  if (!isRoleAllowedIn(input.role, organisation.kind)) {
    throw invalid("role", {
      key: "tokens.roleNotIn",
      params: { role: input.role, orgKind: organisation.kind },
    });
  }
  const secret = newSecret(API_TOKEN_PREFIX);
  const row = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("api_tokens")
      .values({
        organisation_id: organisation.id,
        name: input.name,
        role: input.role,
        token_hash: secretHash(secret),
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        created_by: actor.userId,
        expires_at: new Date(Date.now() + lifetimeDays * 86_400_000),
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "create",
      entity: "api_token",
      entityId: created.id,
      organisationId: organisation.id,
      details: { name: input.name, role: input.role },
    });
    return created;
  });
  return { token: present(row), secret };
}

async function revokeToken(db: Database, actor: Actor, id: string) {
  requirePermission(actor, "tokens.manage");
  const row = await db
    .selectFrom("api_tokens")
    .select(columns)
    .where("id", "=", id)
    .where("organisation_id", "=", actor.organisation.id)
    .executeTakeFirst();
  if (!row) throw notFound("API token");
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("api_tokens")
      .set({ revoked_at: new Date() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .execute();
    await recordAudit(trx, actor, {
      action: "revoke",
      entity: "api_token",
      entityId: id,
      organisationId: row.organisation_id,
      details: { name: row.name },
    });
  });
}

export const apiTokenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["api tokens"];
  app.get(
    "/api-tokens",
    {
      schema: {
        operationId: "listApiTokens",
        tags,
        summary: "My organisation's API tokens",
        response: withErrors({ 200: Type.Array(ApiToken) }),
      },
    },
    async (request) => (await listTokens(db, actorOf(request))).map(present),
  );
  app.post(
    "/api-tokens",
    {
      schema: {
        operationId: "createApiToken",
        tags,
        summary: "Create a token; its secret is shown once",
        body: CreateApiToken,
        response: withErrors({ 201: CreatedApiToken }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createToken(db, actorOf(request), request.body)),
  );
  app.delete(
    "/api-tokens/:id",
    {
      schema: {
        operationId: "revokeApiToken",
        tags,
        summary: "Revoke a token",
        params: IdParams,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await revokeToken(db, actorOf(request), request.params.id);
      return { ok: true };
    },
  );
};
