import { sql } from "kysely";
import type { OrganisationKind, Role } from "../../core/roles.js";
import type { Database } from "../../db/database.js";
import { principalCache } from "./principal-cache.js";

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

/** One round trip: a live session with its user and the roles held in its organisation. */
export async function findSessionPrincipal(
  db: Database,
  sessionHash: string,
): Promise<PrincipalRow | undefined> {
  const result = await sql<PrincipalRow>`
    select s.user_id, null as token_id, u.email as label, u.name as user_name, u.locale as user_locale,
           o.id as organisation_id, o.kind as organisation_kind, o.name as organisation_name,
           array(select m.role from memberships m
                 where m.user_id = s.user_id and m.organisation_id = s.organisation_id
                 order by m.role) as roles
    from sessions s
    join users u on u.id = s.user_id
    join organisations o on o.id = s.organisation_id
    where s.id = ${sessionHash} and s.revoked_at is null and s.expires_at > now()
      and not u.disabled`.execute(db);
  return result.rows[0];
}

export async function findTokenPrincipal(
  db: Database,
  tokenHash: string,
): Promise<PrincipalRow | undefined> {
  const result = await sql<PrincipalRow>`
    update api_tokens t set last_used_at = now()
    from organisations o
    where t.token_hash = ${tokenHash} and o.id = t.organisation_id
      and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
    returning null::uuid as user_id, t.id as token_id, 'token:' || t.name as label,
      null as user_name, null as user_locale,
      o.id as organisation_id, o.kind as organisation_kind, o.name as organisation_name,
      array[t.role] as roles`.execute(db);
  return result.rows[0];
}

export function findUserByEmail(db: Database, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();
}

/** The organisations a user belongs to, with the roles held in each, by name. */
export async function membershipsOf(db: Database, userId: string) {
  const rows = await db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.organisation_id")
    .select(["o.id", "o.name", "o.kind", "m.role"])
    .where("m.user_id", "=", userId)
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
  principalCache.forget(`session:${sessionId}`);
}

export async function revokeSession(db: Database, sessionId: string): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: new Date() })
    .where("id", "=", sessionId)
    .where("revoked_at", "is", null)
    .execute();
  principalCache.forget(`session:${sessionId}`);
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
  principalCache.forgetUser(userId);
}
