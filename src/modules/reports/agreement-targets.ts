/**
 * Service agreement targets: for each agreement, the hub service requests raised in the
 * period and how they fared against the agreement's response and resolution targets.
 * The judgement is the service-requests module's (responseOverdue, resolutionOverdue),
 * so this report and the hub's queue flag the same requests:
 * - responded within target: accepted or declined by the response due time;
 * - response missed: answered late, still unanswered past it, or cancelled after it;
 * - resolved within target / resolution missed: resolved by / after the resolution due time;
 * - open past target: still open or accepted after the resolution due time.
 * Visible: the manufacturer sees every request; a hub those addressed to it by the
 * operators it serves now; an operator its own (the queue's rule, narrowed to the
 * actor's scope so a hub's report shows only the operators it serves).
 */
import { sql } from "kysely";
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { resolutionOverdue, responseOverdue } from "../service-requests/service-requests.js";
import { PeriodQuery, resolvePeriod, type Period } from "./period.js";
import type { ReportDefinition } from "./report.js";

export const AgreementTargetsRow = Type.Object(
  {
    agreementId: Uuid,
    operatorId: Uuid,
    operatorName: Type.String(),
    hubId: Uuid,
    hubName: Type.String(),
    responseHours: Type.Integer({ description: "The agreement's response target" }),
    resolutionHours: Type.Integer({ description: "The agreement's resolution target" }),
    requests: Type.Integer({ description: "Requests raised in the period" }),
    respondedWithinTarget: Type.Integer(),
    responseMissed: Type.Integer(),
    resolvedWithinTarget: Type.Integer(),
    resolutionMissed: Type.Integer({ description: "Resolved, but after the target" }),
    openPastTarget: Type.Integer({ description: "Still open or accepted past the target" }),
    declined: Type.Integer(),
    cancelled: Type.Integer(),
  },
  { $id: "AgreementTargetsReportRow" },
);
type Row = Static<typeof AgreementTargetsRow>;

export async function findAgreementTargets(
  db: Database,
  actor: Actor,
  period: Period,
): Promise<Row[]> {
  const { start, until } = resolvePeriod(period);
  const scope = await actor.scope();
  const visible = scope.isWholeNetwork
    ? sql`true`
    : sql`${scope.where("sr.operator_id")}
        and (sr.hub_id = ${actor.organisation.id} or sr.operator_id = ${actor.organisation.id})`;
  const { rows } = await sql<{
    agreement_id: string;
    operator_id: string;
    operator_name: string;
    hub_id: string;
    hub_name: string;
    response_hours: number;
    resolution_hours: number;
    requests: number;
    responded_within: number;
    response_missed: number;
    resolved_within: number;
    resolution_missed: number;
    open_past_target: number;
    declined: number;
    cancelled: number;
  }>`
    select a.id as agreement_id, a.operator_id, op.name as operator_name,
      a.hub_id, hub.name as hub_name, a.response_hours, a.resolution_hours, t.*
    from (
      select sr.agreement_id,
        count(*)::int as requests,
        (count(*) filter (where coalesce(sr.accepted_at, sr.declined_at) <= sr.response_due_at))::int
          as responded_within,
        (count(*) filter (where ${responseOverdue}))::int as response_missed,
        (count(*) filter (where sr.resolved_at <= sr.resolution_due_at))::int as resolved_within,
        (count(*) filter (where sr.resolved_at is not null and ${resolutionOverdue}))::int
          as resolution_missed,
        (count(*) filter (where sr.status in ('open', 'accepted') and ${resolutionOverdue}))::int
          as open_past_target,
        (count(*) filter (where sr.status = 'declined'))::int as declined,
        (count(*) filter (where sr.status = 'cancelled'))::int as cancelled
      from service_requests sr
      where ${visible} and sr.requested_at >= ${start} and sr.requested_at < ${until}
      group by sr.agreement_id
    ) t
    join service_agreements a on a.id = t.agreement_id
    join organisations op on op.id = a.operator_id
    join organisations hub on hub.id = a.hub_id
    order by hub.name, op.name, a.valid_from, a.id`.execute(db);
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    operatorId: row.operator_id,
    operatorName: row.operator_name,
    hubId: row.hub_id,
    hubName: row.hub_name,
    responseHours: Number(row.response_hours),
    resolutionHours: Number(row.resolution_hours),
    requests: Number(row.requests),
    respondedWithinTarget: Number(row.responded_within),
    responseMissed: Number(row.response_missed),
    resolvedWithinTarget: Number(row.resolved_within),
    resolutionMissed: Number(row.resolution_missed),
    openPastTarget: Number(row.open_past_target),
    declined: Number(row.declined),
    cancelled: Number(row.cancelled),
  }));
}

export const agreementTargetsReport: ReportDefinition<
  typeof PeriodQuery,
  typeof AgreementTargetsRow
> = {
  name: "agreement-targets",
  summary:
    "Hub service requests raised in a period per agreement: response and resolution targets met, missed, still open past target",
  query: PeriodQuery,
  row: AgreementTargetsRow,
  run: findAgreementTargets,
};
