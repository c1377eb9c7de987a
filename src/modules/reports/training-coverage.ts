/**
 * Training coverage per organisation and competency: of the people who sign off work
 * (an operator's mechanics, a hub's technicians), how many hold a certificate valid
 * today, and how many of those lose it soon. The figures are the training module's
 * (training/coverage.ts), laid out one row per organisation and competency.
 */
import { Type, type Static } from "typebox";
import type { Database } from "../../db/database.js";
import { Uuid } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";
import { trainingCoverage } from "../training/coverage.js";
import { NoQuery } from "./period.js";
import { share, type ReportDefinition } from "./report.js";

export const TrainingCoverageRow = Type.Object(
  {
    organisationId: Uuid,
    organisationName: Type.String(),
    kind: Type.Enum(["operator", "hub"]),
    role: Type.Enum(["mechanic", "hub_technician"], { description: "Whose certificates count" }),
    competency: Type.String(),
    competencyNameEn: Type.String(),
    competencyNameRu: Type.String(),
    headcount: Type.Integer(),
    certified: Type.Integer({ description: "People with a certificate valid today" }),
    coverage: Type.Union([Type.Number(), Type.Null()], {
      description: "certified / headcount; null without headcount",
    }),
    expiringSoon: Type.Integer({ description: "Certified people whose certificate ends soon" }),
    expiringWithinDays: Type.Integer(),
  },
  { $id: "TrainingCoverageReportRow" },
);
type Row = Static<typeof TrainingCoverageRow>;

export async function findTrainingCoverage(db: Database, actor: Actor): Promise<Row[]> {
  const organisations = await trainingCoverage(db, actor, {});
  return organisations.flatMap((organisation) =>
    organisation.competencies.map((competency) => ({
      organisationId: organisation.organisationId,
      organisationName: organisation.organisationName,
      kind: organisation.kind,
      role: organisation.role,
      competency: competency.competency,
      competencyNameEn: competency.name.en,
      competencyNameRu: competency.name.ru,
      headcount: organisation.headcount,
      certified: competency.certified,
      coverage: share(competency.certified, organisation.headcount),
      expiringSoon: competency.expiringSoon,
      expiringWithinDays: organisation.expiringWithinDays,
    })),
  );
}

export const trainingCoverageReport: ReportDefinition<typeof NoQuery, typeof TrainingCoverageRow> =
  {
    name: "training-coverage",
    summary: "Per operator (and hub) and competency: people certified today against the headcount",
    query: NoQuery,
    row: TrainingCoverageRow,
    run: (db, actor) => findTrainingCoverage(db, actor),
  };
