import { sql } from "kysely";
import { ROLES, permissionsOf, type OrganisationKind, type Role } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";

export interface PrincipalRow {
  user_id: string | null;
  token_id: string | null;
  label: string;
  user_name: string | null;
  user_locale: "en" | "ru" | null;
  organisation_id: string;
  organisation_kind: OrganisationKind;
  organisation_name: string;
  roles: Role[];
}

/**
 * A membership that still gives its role: every one, except a role a hub gave in an
 * operator it served (`via_hub_id`, see migration 0010), which lives only while an
 * agreement between that hub and the operator is in force on `today`.
 */
function liveMembership(alias: string, today: string) {
  const m = sql.raw(alias);
  return sql<boolean>`(${m}.via_hub_id is null or exists (
    select 1 from service_agreements a
    where a.hub_id = ${m}.via_hub_id and a.operator_id = ${m}.organisation_id
      and a.valid_from <= ${today} and (a.valid_to is null or a.valid_to >= ${today})))`;
}

/** The roles whose holders may mint API tokens (a token dies when its maker loses them). */
const TOKEN_MINTING_ROLES = ROLES.filter((role) => permissionsOf([role]).has("tokens.manage"));

/** A session's principal, with when the session runs out (a cache keeps it no longer). */
export interface SessionPrincipalRow extends PrincipalRow {
  expires_at: Date;
}

/**
 * One round trip: a live session with its user and the roles they still hold in its
 * organisation. A session of a disabled person, or of one who no longer holds any role
 * in the organisation it was opened in, is no session. Without the principal cache the
 * very next request after a change (on any process) is refused; with it, as soon as the
 * change's notification arrives (principal-cache.ts).
 */
export async function findSessionPrincipal(
  db: Database,
  sessionHash: string,
  today: string = todayIso(),
): Promise<SessionPrincipalRow | undefined> {
  const result = await sql<SessionPrincipalRow>`
    select * from (
      select s.user_id, null as token_id, u.email as label, u.name as user_name, u.locale as user_locale,
             s.expires_at,
             o.id as organisation_id, o.kind as organisation_kind, o.name as organisation_name,
             array(select m.role from memberships m
                   where m.user_id = s.user_id and m.organisation_id = s.organisation_id
                     and ${liveMembership("m", today)}
                   order by m.role) as roles
      from sessions s
      join users u on u.id = s.user_id
      join organisations o on o.id = s.organisation_id
      where s.id = ${sessionHash} and s.revoked_at is null and s.expires_at > now()
        and not u.disabled
    ) p
    where cardinality(p.roles) > 0`.execute(db);
  return result.rows[0];
}

/**
 * A live token: not revoked, not expired, and (unless the CLI made it) its maker is
 * still enabled and still holds, in the token's organisation, both a role that may mint
 * tokens and the token's own role (or network_admin). `last_used_at` is written at most
 * once a minute, so a busy integration does not queue on its token's row lock.
 */
export async function findTokenPrincipal(
  db: Database,
  tokenHash: string,
  today: string = todayIso(),
): Promise<PrincipalRow | undefined> {
  const result = await sql<PrincipalRow & { last_used_at: Date | null }>`
    select t.id as token_id, t.last_used_at, null::uuid as user_id, 'token:' || t.name as label,
      null as user_name, null as user_locale,
      o.id as organisation_id, o.kind as organisation_kind, o.name as organisation_name,
      array[t.role] as roles
    from api_tokens t
    join organisations o on o.id = t.organisation_id
    where t.token_hash = ${tokenHash} and t.revoked_at is null and t.expires_at > now()
      and (t.created_by is null or exists (
        select 1 from users u
        where u.id = t.created_by and not u.disabled
          and exists (select 1 from memberships m
                      where m.user_id = u.id and m.organisation_id = t.organisation_id
                        and m.role = any(${TOKEN_MINTING_ROLES}::text[]) and ${liveMembership("m", today)})
          and exists (select 1 from memberships m
                      where m.user_id = u.id and m.organisation_id = t.organisation_id
                        and m.role in (t.role, 'network_admin') and ${liveMembership("m", today)})))`.execute(
    db,
  );
  const row = result.rows[0];
  if (!row) return undefined;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await sql`update api_tokens set last_used_at = now() where id = ${row.token_id}`.execute(db);
  }
  return {
    user_id: row.user_id,
    token_id: row.token_id,
    label: row.label,
    user_name: row.user_name,
    user_locale: row.user_locale,
    organisation_id: row.organisation_id,
    organisation_kind: row.organisation_kind,
    organisation_name: row.organisation_name,
    roles: row.roles,
  };
}

export function findUserByEmail(db: Database, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();
}

/** The organisations a user belongs to, with the roles they still hold in each, by name. */
export async function membershipsOf(db: Database, userId: string, today: string = todayIso()) {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id", "o.name", "o.kind", "m.role"])
    .where("m.user_id", "=", userId)
    .where(liveMembership("m", today))
    .orderBy("o.name")
    .orderBy("m.role")
    .execute();
  const byOrganisation = new Map<
    string,
    { id: string; name: string; kind: OrganisationKind; roles: Role[] }
  >();
  for (const row of rows) {
    const entry = byOrganisation.get(row.id) ?? {
      id: row.id,
      name: row.name,
      kind: row.kind,
      roles: [],
    };
    entry.roles.push(row.role);
    byOrganisation.set(row.id, entry);
  }
  return [...byOrganisation.values()];
}

export async function createSession(
  db: Database,
  session: { id: string; userId: string; organisationId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      organisation_id: session.organisationId,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function switchSessionOrganisation(
  db: Database,
  sessionId: string,
  organisationId: string,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ organisation_id: organisationId })
    .where("id", "=", sessionId)
    .execute();
}

export async function revokeSession(db: Database, sessionId: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: new Date() })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every live session of a user (after a password change or reset), but `keep`. */
export async function revokeUserSessions(
  db: Database,
  userId: string,
  keep: string | null = null,
): Promise<void> {
  let query = db
    .updateTable("sessions")
    .set({ revoked_at: new Date() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (keep) query = query.where("id", "!=", keep);
  await query.execute();
}
