import { sql, type Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Every change to what a signed-in person may do announces itself on the channel
 * `fleethub_principal` (issue #16): a trigger calls `pg_notify` inside the writing
 * transaction, so the notice is delivered on commit and never for a rolled-back change, and
 * no code path (API, CLI, a script, an administrator's SQL) can change access without it.
 * A process that keeps sessions in memory (FLEETHUB_PRINCIPAL_CACHE=notify,
 * modules/auth/principal-cache.ts) drops what each notice names:
 * - `s:<session id>`: a session changed or was deleted (logout, password change, switch of
 *   organisation);
 * - `u:<user id>`: a person changed (disabled, renamed, password) or a role of theirs was
 *   given, changed or taken away;
 * - `o:<organisation id>`: an organisation changed, or an agreement naming it as the
 *   operator was made, changed or deleted (a role a hub gave there lives only under one).
 * A new session or person announces nothing: nobody can have it cached yet.
 */
const CHANNEL = "fleethub_principal";

const FUNCTIONS = [
  `create function fleethub_notify_session() returns trigger language plpgsql as $$
   begin perform pg_notify('${CHANNEL}', 's:' || old.id); return null; end $$`,
  `create function fleethub_notify_user() returns trigger language plpgsql as $$
   begin perform pg_notify('${CHANNEL}', 'u:' || old.id); return null; end $$`,
  `create function fleethub_notify_membership() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'DELETE' then perform pg_notify('${CHANNEL}', 'u:' || new.user_id); end if;
     if tg_op <> 'INSERT' then perform pg_notify('${CHANNEL}', 'u:' || old.user_id); end if;
     return null;
   end $$`,
  `create function fleethub_notify_organisation() returns trigger language plpgsql as $$
   begin perform pg_notify('${CHANNEL}', 'o:' || old.id); return null; end $$`,
  `create function fleethub_notify_agreement() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'DELETE' then perform pg_notify('${CHANNEL}', 'o:' || new.operator_id); end if;
     if tg_op <> 'INSERT' then perform pg_notify('${CHANNEL}', 'o:' || old.operator_id); end if;
     return null;
   end $$`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // A function's body holds semicolons at line ends, which runStatements would split on.
  for (const statement of FUNCTIONS) await sql.raw(statement).execute(db);
  await runStatements(
    db,
    `
    create trigger sessions_principal_notify after update or delete on sessions
      for each row execute function fleethub_notify_session();
    create trigger users_principal_notify after update or delete on users
      for each row execute function fleethub_notify_user();
    create trigger memberships_principal_notify after insert or update or delete on memberships
      for each row execute function fleethub_notify_membership();
    create trigger organisations_principal_notify after update or delete on organisations
      for each row execute function fleethub_notify_organisation();
    create trigger service_agreements_principal_notify
      after insert or update or delete on service_agreements
      for each row execute function fleethub_notify_agreement();
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop trigger service_agreements_principal_notify on service_agreements;
    drop trigger organisations_principal_notify on organisations;
    drop trigger memberships_principal_notify on memberships;
    drop trigger users_principal_notify on users;
    drop trigger sessions_principal_notify on sessions;
    drop function fleethub_notify_agreement();
    drop function fleethub_notify_organisation();
    drop function fleethub_notify_membership();
    drop function fleethub_notify_user();
    drop function fleethub_notify_session();
    `,
  );
}
