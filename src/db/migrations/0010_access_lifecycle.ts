import type { Kysely } from "kysely";
import { runStatements } from "./statements.js";

/**
 * Access that outlives its reason (issue #13).
 *
 * API tokens: every token now has an expiry (90 days by default, at most 365). A token
 * made before this had none and would have lived for ever; it is given the default
 * lifetime counted from this upgrade, so an integration keeps working while its owner
 * replaces the token, but nothing lives for ever. The column becomes NOT NULL.
 *
 * Memberships granted by a hub: until now a hub manager could give roles in an operator
 * his hub served (even to himself) and create accounts there, and those roles outlived
 * the agreement. From now on a hub grants roles only in its own organisation. Roles a
 * hub already granted in an operator are marked with that hub (`via_hub_id`) from the
 * audit log: a role given (with a new account or to an existing one) by someone who
 * holds hub_manager in a hub with an agreement (of any date) with that operator and no
 * role at the manufacturer. Such a role counts only while an agreement between the hub
 * and the operator is in force (src/modules/auth/repository.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    update api_tokens set expires_at = now() + interval '90 days' where expires_at is null;
    alter table api_tokens alter column expires_at set not null;
    alter table memberships add column via_hub_id uuid references organisations (id);
    update memberships m set via_hub_id = g.hub_id
      from (
        select distinct a.entity_id::uuid as user_id,
               (x.value ->> 'organisationId')::uuid as organisation_id,
               x.value ->> 'role' as role,
               hm.organisation_id as hub_id
        from audit_log a
        cross join lateral jsonb_array_elements(
          case when a.entity = 'user' then a.details -> 'memberships'
               else jsonb_build_array(a.details) end) as x(value)
        join memberships hm on hm.user_id = a.actor_user_id and hm.role = 'hub_manager'
        join service_agreements sa on sa.hub_id = hm.organisation_id
          and sa.operator_id = (x.value ->> 'organisationId')::uuid
        where a.action = 'create' and a.entity in ('user', 'membership')
          and a.actor_user_id is not null
          and jsonb_typeof(case when a.entity = 'user' then a.details -> 'memberships'
                                else jsonb_build_array(a.details) end) = 'array'
          and not exists (
            select 1 from memberships mm join organisations mo on mo.id = mm.organisation_id
            where mm.user_id = a.actor_user_id and mo.kind = 'manufacturer')
      ) g
      where m.user_id = g.user_id and m.organisation_id = g.organisation_id and m.role = g.role
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table memberships drop column via_hub_id;
    alter table api_tokens alter column expires_at drop not null
  `,
  );
}
