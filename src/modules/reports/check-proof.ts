/**
 * How pre-shift checks were made (issue #15), per depot and person, and week by week:
 * how long checks took (from the phone's evidence), how many were flagged and why, how
 * many faults each person reported per hundred checks, and who never reports anything
 * although others find faults on the same vehicles (a report to look into, not a block).
 */
import { sql, type RawBuilder, type SqlBool } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import type { Actor } from "../auth/actor.js";
import { PeriodQuery, resolvePeriod, type Period } from "./period.js";
import { share, type ReportDefinition } from "./report.js";

/** Fewer checks than this say too little about whether a person finds nothing. */
export const NEVER_FINDS_MIN_CHECKS = 20;

export const CheckProofRow = Type.Object(
  {
    depotId: Type.Union([Type.String(), Type.Null()]),
    depotName: Type.Union([Type.String(), Type.Null()]),
    personId: Type.Union([Type.String(), Type.Null()]),
    personName: Type.String({ description: "Who signed the checks" }),
    checks: Type.Integer(),
    medianSeconds: Type.Union([Type.Number(), Type.Null()], {
      description: "Median time from opening to sending a check (checks with evidence)",
    }),
    flaggedChecks: Type.Integer(),
    tooFast: Type.Integer({ description: "Checks flagged too fast" }),
    notAtDepot: Type.Integer({ description: "Checks flagged not at the depot or vehicle" }),
    clock: Type.Integer({ description: "Checks flagged for the phone's clock" }),
    evidence: Type.Integer({ description: "Checks without evidence, or with impossible evidence" }),
    faultsReported: Type.Integer({ description: "Items reported failed" }),
    faultsPer100Checks: Type.Union([Type.Number(), Type.Null()]),
    neverFinds: Type.Boolean({
      description: `At least ${NEVER_FINDS_MIN_CHECKS} checks and no fault reported, while others reported faults on the same vehicles in the period`,
    }),
  },
  { $id: "CheckProofReportRow" },
);
type Row = Static<typeof CheckProofRow>;

export const CheckFlagsWeeklyRow = Type.Object(
  {
    week: Type.String({ description: "The Monday the week starts (UTC)" }),
    checks: Type.Integer(),
    flaggedChecks: Type.Integer(),
    flaggedShare: Type.Union([Type.Number(), Type.Null()]),
    tooFast: Type.Integer(),
    notAtDepot: Type.Integer(),
    clock: Type.Integer(),
    evidence: Type.Integer(),
  },
  { $id: "CheckFlagsWeeklyReportRow" },
);
type WeekRow = Static<typeof CheckFlagsWeeklyRow>;

/** The checks of the period in the actor's scope, each with its duration, flags and faults. */
function checksOf(scopeSql: RawBuilder<SqlBool>, start: Date, until: Date) {
  return sql`
    select i.id, i.driver_user_id, i.signed_by_name, i.vehicle_id, v.depot_id, i.submitted_at,
      extract(epoch from (e.sent_at - e.opened_at))::float8 as seconds,
      exists (select 1 from inspection_flags f where f.inspection_id = i.id) as flagged,
      exists (select 1 from inspection_flags f where f.inspection_id = i.id and f.kind = 'too_fast') as too_fast,
      exists (select 1 from inspection_flags f where f.inspection_id = i.id and f.kind = 'not_at_depot') as not_at_depot,
      exists (select 1 from inspection_flags f where f.inspection_id = i.id and f.kind = 'clock') as clock,
      exists (select 1 from inspection_flags f where f.inspection_id = i.id and f.kind = 'evidence') as evidence,
      (select count(*) from jsonb_array_elements(i.results) r where r->>'outcome' = 'fail')::int as fails
    from inspections i
    join vehicles v on v.id = i.vehicle_id
    left join inspection_evidence e on e.inspection_id = i.id
    where ${scopeSql} and i.submitted_at >= ${start} and i.submitted_at < ${until}`;
}

export async function findCheckProof(db: Database, actor: Actor, period: Period): Promise<Row[]> {
  const { start, until } = resolvePeriod(period);
  const scope = await actor.scope();
  const checks = checksOf(scope.where("i.organisation_id"), start, until);
  const { rows } = await sql<{
    depot_id: string | null;
    depot_name: string | null;
    driver_user_id: string | null;
    person_name: string;
    checks: number;
    median_seconds: number | null;
    flagged: number;
    too_fast: number;
    not_at_depot: number;
    clock: number;
    evidence: number;
    fails: number;
  }>`
    with c as (${checks})
    select c.depot_id, d.name as depot_name, c.driver_user_id,
      coalesce(max(u.name), max(c.signed_by_name)) as person_name,
      count(*)::int as checks,
      percentile_cont(0.5) within group (order by c.seconds) as median_seconds,
      (count(*) filter (where c.flagged))::int as flagged,
      (count(*) filter (where c.too_fast))::int as too_fast,
      (count(*) filter (where c.not_at_depot))::int as not_at_depot,
      (count(*) filter (where c.clock))::int as clock,
      (count(*) filter (where c.evidence))::int as evidence,
      sum(c.fails)::int as fails
    from c
    left join depots d on d.id = c.depot_id
    left join users u on u.id = c.driver_user_id
    group by c.depot_id, d.name, c.driver_user_id
    order by d.name nulls last, person_name`.execute(db);
  // Per person and vehicle: who reported faults on which vehicles.
  const { rows: byVehicle } = await sql<{
    driver_user_id: string | null;
    vehicle_id: string;
    fails: number;
  }>`
    with c as (${checks})
    select c.driver_user_id, c.vehicle_id, sum(c.fails)::int as fails
    from c group by c.driver_user_id, c.vehicle_id`.execute(db);
  const checkedBy = new Map<string | null, string[]>();
  const faultyVehiclesByOthers = (person: string | null, vehicles: string[]) =>
    byVehicle.some(
      (r) => r.driver_user_id !== person && Number(r.fails) > 0 && vehicles.includes(r.vehicle_id),
    );
  for (const r of byVehicle)
    checkedBy.set(r.driver_user_id, [...(checkedBy.get(r.driver_user_id) ?? []), r.vehicle_id]);
  const totals = new Map<string | null, { checks: number; fails: number }>();
  for (const r of rows) {
    const t = totals.get(r.driver_user_id) ?? { checks: 0, fails: 0 };
    totals.set(r.driver_user_id, {
      checks: t.checks + Number(r.checks),
      fails: t.fails + Number(r.fails),
    });
  }
  return rows.map((r) => {
    const total = totals.get(r.driver_user_id) ?? { checks: 0, fails: 0 };
    const checksCount = Number(r.checks);
    const fails = Number(r.fails);
    return {
      depotId: r.depot_id,
      depotName: r.depot_name,
      personId: r.driver_user_id,
      personName: r.person_name,
      checks: checksCount,
      medianSeconds: r.median_seconds === null ? null : Math.round(Number(r.median_seconds)),
      flaggedChecks: Number(r.flagged),
      tooFast: Number(r.too_fast),
      notAtDepot: Number(r.not_at_depot),
      clock: Number(r.clock),
      evidence: Number(r.evidence),
      faultsReported: fails,
      faultsPer100Checks:
        checksCount > 0 ? Math.round((fails / checksCount) * 100 * 10) / 10 : null,
      neverFinds:
        total.checks >= NEVER_FINDS_MIN_CHECKS &&
        total.fails === 0 &&
        faultyVehiclesByOthers(r.driver_user_id, checkedBy.get(r.driver_user_id) ?? []),
    };
  });
}

export async function findCheckFlagsWeekly(
  db: Database,
  actor: Actor,
  period: Period,
): Promise<WeekRow[]> {
  const { start, until } = resolvePeriod(period);
  const scope = await actor.scope();
  const checks = checksOf(scope.where("i.organisation_id"), start, until);
  const { rows } = await sql<{
    week: string;
    checks: number;
    flagged: number;
    too_fast: number;
    not_at_depot: number;
    clock: number;
    evidence: number;
  }>`
    with c as (${checks})
    select to_char(date_trunc('week', c.submitted_at at time zone 'UTC'), 'YYYY-MM-DD') as week,
      count(*)::int as checks,
      (count(*) filter (where c.flagged))::int as flagged,
      (count(*) filter (where c.too_fast))::int as too_fast,
      (count(*) filter (where c.not_at_depot))::int as not_at_depot,
      (count(*) filter (where c.clock))::int as clock,
      (count(*) filter (where c.evidence))::int as evidence
    from c group by 1 order by 1`.execute(db);
  return rows.map((r) => ({
    week: r.week,
    checks: Number(r.checks),
    flaggedChecks: Number(r.flagged),
    flaggedShare: share(Number(r.flagged), Number(r.checks)),
    tooFast: Number(r.too_fast),
    notAtDepot: Number(r.not_at_depot),
    clock: Number(r.clock),
    evidence: Number(r.evidence),
  }));
}

export const checkProofReport: ReportDefinition<typeof PeriodQuery, typeof CheckProofRow> = {
  name: "check-proof",
  summary:
    "Pre-shift checks per depot and person: how long they took, flags, faults reported per 100 checks, and who never finds anything",
  query: PeriodQuery,
  row: CheckProofRow,
  run: findCheckProof,
};

export const checkFlagsWeeklyReport: ReportDefinition<
  typeof PeriodQuery,
  typeof CheckFlagsWeeklyRow
> = {
  name: "check-flags-weekly",
  summary: "Pre-shift checks and their flags, week by week",
  query: PeriodQuery,
  row: CheckFlagsWeeklyRow,
  run: findCheckFlagsWeekly,
};
