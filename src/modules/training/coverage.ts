/**
 * Training coverage: per competency, how many of an organisation's people who sign off
 * work (an operator's mechanics, a hub's technicians) hold a valid certificate today,
 * and how many of those lose it within the expiring-soon window. An operator's coverage
 * is visible to the hub serving it, since scope includes served operators.
 */
import { sql } from "kysely";
import type { Static } from "typebox";
import type { Database } from "../../db/database.js";
import { todayIso } from "../../db/scope.js";
import { invalid, notFound } from "../../errors.js";
import type { Actor } from "../auth/actor.js";
import type { Coverage, CoverageQuery } from "./schemas.js";
import { addDays } from "../../core/calendar-dates.js";
import { EXPIRING_SOON_DAYS } from "./validity.js";

const COUNTED_ROLE = { operator: "mechanic", hub: "hub_technician" } as const;

export async function trainingCoverage(
  db: Database,
  actor: Actor,
  query: Static<typeof CoverageQuery>,
): Promise<Static<typeof Coverage>[]> {
  const scope = await actor.scope();
  let organisationsQuery = db
    .selectFrom("organisations")
    .select(["id", "name", "kind"])
    .where(scope.where("id"))
    .orderBy("name");
  if (query.organisationId) {
    organisationsQuery = organisationsQuery.where("id", "=", query.organisationId);
  } else {
    organisationsQuery = organisationsQuery.where("kind", "in", ["operator", "hub"]);
  }
  const organisations = await organisationsQuery.execute();
  if (query.organisationId) {
    const only = organisations[0];
    if (!only) throw notFound("organisation");
    if (only.kind === "manufacturer") {
      throw invalid("organisationId", { key: "training.coverageKinds" });
    }
  }
  if (!organisations.length) return [];
  const ids = organisations.map((o) => o.id);
  const today = todayIso();
  const soon = addDays(today, EXPIRING_SOON_DAYS);
  const competencies = await db
    .selectFrom("competencies")
    .select(["key", "name_en", "name_ru"])
    .orderBy("built_in", "desc")
    .orderBy("key")
    .execute();
  // People counted: enabled members with the counted role of their organisation's kind.
  const staff = sql`
    select distinct m.organisation_id, m.user_id
      from memberships m
      join users u on u.id = m.user_id and not u.disabled
      join organisations o on o.id = m.organisation_id
     where m.organisation_id = any(${ids}::uuid[])
       and ((o.kind = 'operator' and m.role = 'mechanic')
         or (o.kind = 'hub' and m.role = 'hub_technician'))`;
  const headcounts = await sql<{ organisation_id: string; headcount: number }>`
    select organisation_id, count(*)::int as headcount from (${staff}) s group by organisation_id
  `.execute(db);
  // A person counts once per competency; "expiring soon" when their latest valid
  // certificate for it ends within the window (a renewed one does not count).
  const held = await sql<{
    organisation_id: string;
    competency_key: string;
    certified: number;
    expiring: number;
  }>`
    select organisation_id, competency_key, count(*)::int as certified,
           (count(*) filter (where until <= ${soon}))::int as expiring
      from (
        select s.organisation_id, c.competency_key, s.user_id, max(c.expires_on) as until
          from (${staff}) s
          join certificates c on c.user_id = s.user_id
         where c.revoked_at is null and c.issued_on <= ${today} and c.expires_on >= ${today}
         group by s.organisation_id, c.competency_key, s.user_id
      ) people
     group by organisation_id, competency_key
  `.execute(db);
  const headcountOf = new Map(headcounts.rows.map((r) => [r.organisation_id, Number(r.headcount)]));
  const heldOf = new Map(held.rows.map((r) => [`${r.organisation_id}/${r.competency_key}`, r]));
  return organisations.map((organisation) => {
    const kind = organisation.kind === "hub" ? "hub" : "operator";
    return {
      organisationId: organisation.id,
      organisationName: organisation.name,
      kind,
      role: COUNTED_ROLE[kind],
      headcount: headcountOf.get(organisation.id) ?? 0,
      expiringWithinDays: EXPIRING_SOON_DAYS,
      competencies: competencies.map((competency) => {
        const row = heldOf.get(`${organisation.id}/${competency.key}`);
        return {
          competency: competency.key,
          name: { en: competency.name_en, ru: competency.name_ru },
          certified: Number(row?.certified ?? 0),
          expiringSoon: Number(row?.expiring ?? 0),
        };
      }),
    };
  });
}
