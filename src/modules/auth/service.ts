import { navigationFor } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { forbidden, invalid, localized } from "../../errors.js";
import { recordAudit } from "../audit/audit.js";
import type { Actor } from "./actor.js";
import type { LoginLimiter } from "./login-limiter.js";
import {
  checkPasswordStrength,
  hashPassword,
  verifyNoAccount,
  verifyPassword,
} from "./passwords.js";
import {
  createSession,
  findSessionPrincipal,
  findUserByEmail,
  membershipsOf,
  revokeSession,
  revokeUserSessions,
  switchSessionOrganisation,
} from "./repository.js";
import { principalToActor } from "./principal.js";
import { newSecret, secretHash } from "./tokens.js";

export interface LoginInput {
  email: string;
  password: string;
  organisationId?: string | undefined;
  address: string;
}

/**
 * Signs a person in: waits out the back-off of recent failures for the account from this
 * address (never refuses for them), checks the password (argon2id), and opens a server-side session in
 * the chosen organisation (or the first they belong to). Returns the cookie secret.
 */
export async function login(
  db: Database,
  limiter: LoginLimiter,
  sessionTtlHours: number,
  input: LoginInput,
): Promise<{ secret: string; expiresAt: Date; actor: Actor }> {
  await limiter.waitBeforeAttempt(input.email, input.address);
  const user = await findUserByEmail(db, input.email);
  const valid =
    user && !user.disabled
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyNoAccount(input.password);
  if (!user || !valid) {
    await limiter.recordFailure(input.email, input.address);
    throw localized("UNAUTHENTICATED", { key: "auth.wrongPassword" }, "password");
  }
  await limiter.recordSuccess(input.email, input.address);
  const memberships = await membershipsOf(db, user.id);
  const chosen = input.organisationId
    ? memberships.find((m) => m.id === input.organisationId)
    : memberships[0];
  if (!chosen) {
    throw input.organisationId
      ? invalid("organisationId", { key: "auth.notMember" })
      : forbidden({ key: "auth.noOrganisation" });
  }
  const secret = newSecret("");
  const sessionId = secretHash(secret);
  const expiresAt = new Date(Date.now() + sessionTtlHours * 3_600_000);
  await createSession(db, { id: sessionId, userId: user.id, organisationId: chosen.id, expiresAt });
  const principal = await findSessionPrincipal(db, sessionId);
  if (!principal) throw new Error("the session just opened cannot be read back");
  const actor = principalToActor(db, principal, sessionId);
  await recordAudit(db, actor, {
    action: "login",
    entity: "user",
    entityId: user.id,
    organisationId: chosen.id,
  });
  return { secret, expiresAt, actor };
}

export async function logout(db: Database, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  await revokeSession(db, actor.sessionId);
  await recordAudit(db, actor, {
    action: "logout",
    entity: "user",
    entityId: actor.userId,
    organisationId: actor.organisation.id,
  });
}

/** Who I am, where I am working, and what I may do there. */
export async function describeMe(db: Database, actor: Actor) {
  const userId = actor.userId;
  const memberships = userId ? await membershipsOf(db, userId) : [];
  return {
    user:
      actor.userId && actor.kind === "user"
        ? {
            id: actor.userId,
            email: actor.label,
            name: actor.userName ?? actor.label,
            locale: actor.userLocale ?? "en",
          }
        : null,
    organisation: actor.organisation,
    roles: actor.roles,
    permissions: [...actor.permissions],
    navigation: navigationFor(actor.organisation.kind, actor.permissions, actor.roles),
    memberships: memberships.map(({ roles, ...organisation }) => ({ organisation, roles })),
  };
}

export async function switchOrganisation(db: Database, actor: Actor, organisationId: string) {
  if (!actor.sessionId || !actor.userId) throw forbidden({ key: "auth.switchSignedIn" });
  const memberships = await membershipsOf(db, actor.userId);
  if (!memberships.some((m) => m.id === organisationId)) {
    throw invalid("organisationId", { key: "auth.notMember" });
  }
  await switchSessionOrganisation(db, actor.sessionId, organisationId);
}

export async function updateMe(
  db: Database,
  actor: Actor,
  changes: { name?: string | undefined; locale?: "en" | "ru" | undefined },
) {
  if (!actor.userId) throw forbidden({ key: "auth.tokenNoProfile" });
  await db
    .updateTable("users")
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      updated_at: new Date(),
    })
    .where("id", "=", actor.userId)
    .execute();
}

/** Changes my password; every other session of mine ends. */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
) {
  if (!actor.userId) throw forbidden({ key: "auth.tokenNoPassword" });
  const user = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalid("currentPassword", { key: "auth.currentPasswordWrong" });
  }
  checkPasswordStrength(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: new Date() })
      .where("id", "=", actor.userId)
      .execute();
    await revokeUserSessions(trx, actor.userId ?? "", actor.sessionId);
    await recordAudit(trx, actor, {
      action: "password",
      entity: "user",
      entityId: actor.userId,
      organisationId: actor.organisation.id,
    });
  });
}
