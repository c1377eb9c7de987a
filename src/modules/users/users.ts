import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { isRoleAllowedIn, type Role } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { isUniqueViolation } from "../../db/errors.js";
import { Scope } from "../../db/scope.js";
import { AppError, conflict, forbidden, invalid, localized, notFound } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import { IdParams, Name, OkResponse, Timestamp, Uuid, withErrors } from "../../server/schemas.js";
import { recordAudit } from "../audit/audit.js";
import { requirePermission, type Actor } from "../auth/actor.js";
import { checkPasswordStrength, hashPassword } from "../auth/passwords.js";
import { revokeUserSessions } from "../auth/repository.js";
import { Email, Locale, Password, RoleSchema } from "../auth/schemas.js";

export const Membership = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  role: RoleSchema,
});
export const User = Type.Object(
  {
    id: Uuid,
    email: Type.String(),
    name: Type.String(),
    locale: Locale,
    disabled: Type.Boolean(),
    memberships: Type.Array(Membership, {
      description: "Only memberships in organisations you may see",
    }),
    createdAt: Timestamp,
  },
  { $id: "User" },
);
const MembershipInput = Type.Object(
  { organisationId: Uuid, role: RoleSchema },
  { additionalProperties: false },
);
export const CreateUser = Type.Object(
  {
    email: Email,
    name: Name,
    password: Password,
    locale: Type.Optional(Locale),
    memberships: Type.Array(MembershipInput, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export const UpdateUser = Type.Object(
  {
    name: Type.Optional(Name),
    locale: Type.Optional(Locale),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
const ResetPassword = Type.Object({ password: Password }, { additionalProperties: false });
const ListUsersQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: "Text in the person's name or email (any case)",
      }),
    ),
    organisationId: Type.Optional(Uuid),
    role: Type.Optional(RoleSchema),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 500, description: "At most this many; all without" }),
    ),
    offset: Type.Integer({ minimum: 0, default: 0, description: "Skip this many (paging)" }),
  },
  { additionalProperties: false },
);
export type UserFilter = Partial<Static<typeof ListUsersQuery>>;

/** `text` matched literally inside an ILIKE pattern: %, _ and \ lose their meaning. */
const likeContaining = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type UserRow = {
  id: string;
  email: string;
  name: string;
  locale: "en" | "ru";
  disabled: boolean;
  created_at: Date;
};
type MembershipRow = {
  user_id: string;
  organisation_id: string;
  organisation_name: string;
  role: Role;
};

const present = (row: UserRow, memberships: MembershipRow[]): Static<typeof User> => ({
  id: row.id,
  email: row.email,
  name: row.name,
  locale: row.locale,
  disabled: row.disabled,
  memberships: memberships
    .filter((m) => m.user_id === row.id)
    .map((m) => ({
      organisationId: m.organisation_id,
      organisationName: m.organisation_name,
      role: m.role,
    })),
  createdAt: row.created_at.toISOString(),
});

function visibleMemberships(db: Database, scope: Scope) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["m.user_id", "m.organisation_id", "o.name as organisation_name", "m.role"])
    .where(scope.where("m.organisation_id"));
}

/**
 * People with a membership in an organisation I may see, with those memberships only;
 * found by text in their name or email and by a role they hold in an organisation (both
 * on the same membership), by name, a page at a time.
 */
export async function listUsers(db: Database, actor: Actor, filter: UserFilter = {}) {
  requirePermission(actor, "users.read");
  const scope = await actor.scope();
  let users = db
    .selectFrom("users as u")
    .select(["u.id", "u.email", "u.name", "u.locale", "u.disabled", "u.created_at"])
    .where((eb) => {
      let held = eb
        .selectFrom("memberships as m")
        .select("m.user_id")
        .whereRef("m.user_id", "=", "u.id")
        .where(scope.where("m.organisation_id"));
      if (filter.organisationId) held = held.where("m.organisation_id", "=", filter.organisationId);
      if (filter.role) held = held.where("m.role", "=", filter.role);
      return eb.exists(held);
    })
    .orderBy("u.name")
    .orderBy("u.id");
  const text = filter.q?.trim();
  if (text) {
    const pattern = likeContaining(text);
    users = users.where((eb) =>
      eb.or([eb("u.name", "ilike", pattern), eb("u.email", "ilike", pattern)]),
    );
  }
  if (filter.limit !== undefined) users = users.limit(filter.limit);
  if (filter.offset) users = users.offset(filter.offset);
  const rows = await users.execute();
  if (!rows.length) return [];
  const memberships = await visibleMemberships(db, scope)
    .where(
      "m.user_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("o.name")
    .orderBy("m.role")
    .execute();
  return rows.map((user) => present(user, memberships));
}

export async function getUser(db: Database, actor: Actor, id: string) {
  requirePermission(actor, "users.read");
  const scope = await actor.scope();
  const memberships = await visibleMemberships(db, scope).where("m.user_id", "=", id).execute();
  const user = memberships.length
    ? await db
        .selectFrom("users")
        .select(["id", "email", "name", "locale", "disabled", "created_at"])
        .where("id", "=", id)
        .executeTakeFirst()
    : undefined;
  if (!user) throw notFound("user");
  return present(user, memberships);
}

/**
 * Whose people I may manage: the manufacturer the whole network's; a hub or an operator
 * only its own. A hub sees the people of the operators it serves while an agreement is
 * in force (to enrol them in its training, to name who asked for a service), but never
 * gives them roles, creates their accounts or changes them: a role given that way would
 * outlive the agreement it came from (issue #13, docs/security.md).
 */
async function managedScope(actor: Actor): Promise<Scope> {
  const scope = await actor.scope();
  return scope.isWholeNetwork ? scope : Scope.of([actor.organisation.id]);
}

function notManaged(actor: Actor, field: string): AppError {
  return localized(
    "FORBIDDEN",
    { key: "users.notManaged", params: { organisation: actor.organisation.name } },
    field,
  );
}

async function checkMembership(
  db: Database,
  actor: Actor,
  input: { organisationId: string; role: Role },
  field: string,
) {
  const scope = await actor.scope();
  const organisation = scope.includes(input.organisationId)
    ? await db
        .selectFrom("organisations")
        .select(["kind"])
        .where("id", "=", input.organisationId)
        .executeTakeFirst()
    : undefined;
  if (!organisation)
    throw invalid(`${field}.organisationId`, {
      key: "validation.noSuch",
      params: { what: "organisation" },
    });
  if (!(await managedScope(actor)).includes(input.organisationId)) {
    throw notManaged(actor, `${field}.organisationId`);
  }
  if (!isRoleAllowedIn(input.role, organisation.kind)) {
    throw invalid(`${field}.role`, {
      key: "users.roleNotIn",
      params: { role: input.role, orgKind: organisation.kind },
    });
  }
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  locale?: "en" | "ru" | undefined;
  memberships: { organisationId: string; role: Role }[];
}

/** Creates a person with their memberships; the CLI and the API both come here. */
export async function createUser(db: Database, actor: Actor, input: NewUser) {
  requirePermission(actor, "users.write");
  for (const [index, membership] of input.memberships.entries()) {
    await checkMembership(db, actor, membership, `memberships.${index}`);
  }
  checkPasswordStrength(input.password);
  const passwordHash = await hashPassword(input.password);
  try {
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto("users")
        .values({
          email: input.email,
          name: input.name,
          password_hash: passwordHash,
          locale: input.locale ?? "en",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const unique = new Map(input.memberships.map((m) => [`${m.organisationId}/${m.role}`, m]));
      await trx
        .insertInto("memberships")
        .values(
          [...unique.values()].map((m) => ({
            user_id: row.id,
            organisation_id: m.organisationId,
            role: m.role,
          })),
        )
        .execute();
      await recordAudit(trx, actor, {
        action: "create",
        entity: "user",
        entityId: row.id,
        organisationId: input.memberships[0]?.organisationId ?? null,
        details: { email: input.email, memberships: input.memberships },
      });
      return row.id;
    });
    return await getUser(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("email", { key: "users.emailTaken" });
    throw error;
  }
}

/**
 * Changing a person's account (password, name, disabled) reaches every organisation they
 * belong to, so it needs sight of all of them: a hub manager cannot reset the password
 * of someone who also works at the manufacturer.
 */
async function assertManagesWholeUser(db: Database, actor: Actor, id: string) {
  requirePermission(actor, "users.write");
  const scope = await managedScope(actor);
  if (scope.isWholeNetwork) return;
  const all = await db
    .selectFrom("memberships")
    .select("organisation_id")
    .where("user_id", "=", id)
    .execute();
  if (all.some((m) => !scope.includes(m.organisation_id))) {
    throw forbidden({ key: "users.otherOrganisations" });
  }
}

async function updateUser(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof UpdateUser>,
) {
  const user = await getUser(db, actor, id);
  await assertManagesWholeUser(db, actor, id);
  if (input.disabled && id === actor.userId)
    throw invalid("disabled", { key: "users.notYourself" });
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    if (input.disabled) await revokeUserSessions(trx, id);
    await recordAudit(trx, actor, {
      action: "update",
      entity: "user",
      entityId: id,
      organisationId: user.memberships[0]?.organisationId ?? null,
      details: input,
    });
  });
  return getUser(db, actor, id);
}

/** Sets a new password for someone; all their sessions end. */
export async function resetPassword(db: Database, actor: Actor, id: string, password: string) {
  const user = await getUser(db, actor, id);
  await assertManagesWholeUser(db, actor, id);
  checkPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await revokeUserSessions(trx, id);
    await recordAudit(trx, actor, {
      action: "password",
      entity: "user",
      entityId: id,
      organisationId: user.memberships[0]?.organisationId ?? null,
    });
  });
}

async function addMembership(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof MembershipInput>,
) {
  await getUser(db, actor, id);
  requirePermission(actor, "users.write");
  await checkMembership(db, actor, input, "membership");
  await db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto("memberships")
      .values({ user_id: id, organisation_id: input.organisationId, role: input.role })
      .onConflict((oc) => oc.doNothing())
      .returning("user_id")
      .executeTakeFirst();
    // A role the person already holds (a retry) changes nothing, so nothing is recorded.
    if (!added) return;
    await recordAudit(trx, actor, {
      action: "create",
      entity: "membership",
      entityId: id,
      organisationId: input.organisationId,
      details: input,
    });
  });
  return getUser(db, actor, id);
}

/**
 * Takes a role away. The answer is the person as I now see them, even when this was
 * their last role I could see (then with no memberships); a role that is not there (a
 * retry, or a person I cannot see) answers 404 "membership not found" either way, so
 * the answer does not tell whether the person exists.
 */
async function removeMembership(
  db: Database,
  actor: Actor,
  id: string,
  input: Static<typeof MembershipInput>,
) {
  requirePermission(actor, "users.write");
  const scope = await actor.scope();
  const visible = await visibleMemberships(db, scope).where("m.user_id", "=", id).execute();
  if (!visible.some((m) => m.organisation_id === input.organisationId && m.role === input.role)) {
    throw notFound("membership");
  }
  if (!(await managedScope(actor)).includes(input.organisationId)) {
    throw notManaged(actor, "organisationId");
  }
  const user = await db
    .selectFrom("users")
    .select(["id", "email", "name", "locale", "disabled", "created_at"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("memberships")
      .where("user_id", "=", id)
      .where("organisation_id", "=", input.organisationId)
      .where("role", "=", input.role)
      .execute();
    await recordAudit(trx, actor, {
      action: "delete",
      entity: "membership",
      entityId: id,
      organisationId: input.organisationId,
      details: input,
    });
  });
  const remaining = visible.filter(
    (m) => !(m.organisation_id === input.organisationId && m.role === input.role),
  );
  return present(user, remaining);
}

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["users"];
  app.get(
    "/users",
    {
      schema: {
        operationId: "listUsers",
        tags,
        summary:
          "People in organisations I may see, searched by name, email, organisation and role",
        querystring: ListUsersQuery,
        response: withErrors({ 200: Type.Array(User) }),
      },
    },
    (request) => listUsers(db, actorOf(request), request.query),
  );
  app.get(
    "/users/:id",
    {
      schema: {
        operationId: "getUser",
        summary: "One person I may see",
        tags,
        params: IdParams,
        response: withErrors({ 200: User }),
      },
    },
    (request) => getUser(db, actorOf(request), request.params.id),
  );
  app.post(
    "/users",
    {
      schema: {
        operationId: "createUser",
        tags,
        summary: "Create a person with their roles",
        body: CreateUser,
        response: withErrors({ 201: User }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(db, actorOf(request), request.body)),
  );
  app.patch(
    "/users/:id",
    {
      schema: {
        operationId: "updateUser",
        summary: "Change a person's name or language, or disable or enable their account",
        tags,
        params: IdParams,
        body: UpdateUser,
        response: withErrors({ 200: User }),
      },
    },
    (request) => updateUser(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    "/users/:id/password",
    {
      schema: {
        operationId: "resetUserPassword",
        tags,
        summary: "Reset someone's password; their sessions end",
        params: IdParams,
        body: ResetPassword,
        response: withErrors({ 200: OkResponse }),
      },
    },
    async (request) => {
      await resetPassword(db, actorOf(request), request.params.id, request.body.password);
      return { ok: true };
    },
  );
  app.post(
    "/users/:id/memberships",
    {
      schema: {
        operationId: "addUserMembership",
        tags,
        summary: "Give a role in an organisation",
        params: IdParams,
        body: MembershipInput,
        response: withErrors({ 200: User }),
      },
    },
    (request) => addMembership(db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    "/users/:id/memberships",
    {
      schema: {
        operationId: "removeUserMembership",
        tags,
        summary: "Take a role away",
        params: IdParams,
        body: MembershipInput,
        response: withErrors({ 200: User }),
      },
    },
    (request) => removeMembership(db, actorOf(request), request.params.id, request.body),
  );
};
