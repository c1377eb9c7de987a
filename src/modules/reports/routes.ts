/**
 * The reports API: each report answers GET /reports/<name> with JSON rows and
 * GET /reports/<name>.csv with the same rows as a CSV attachment.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type Static, type TObject } from "typebox";
import { actorOf } from "../../server/context.js";
import { ExportFormat, LocaleQuery, sendExport } from "../../server/export-format.js";
import { ExportResponse, withErrors } from "../../server/schemas.js";
import { agreementTargetsReport } from "./agreement-targets.js";
import { availabilityReport } from "./availability.js";
import { checkFlagsWeeklyReport, checkProofReport } from "./check-proof.js";
import { reportExportColumns, reportExportRows } from "./csv.js";
import { defectsByCategoryReport } from "./defects-by-category.js";
import { deliveriesReport } from "./deliveries.js";
import { mkbfReport } from "./mkbf.js";
import { overdueMaintenanceReport } from "./overdue-maintenance.js";
import { runReport, type ReportDefinition } from "./report.js";
import { trainingCoverageReport } from "./training-coverage.js";
import { workOrderBacklogReport } from "./work-order-backlog.js";

/** The OpenAPI operationId of a report: "work-order-backlog" is getWorkOrderBacklogReport. */
function reportOperationId(name: string, format: "json" | "csv"): string {
  const words = name.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `get${words.join("")}Report${format === "csv" ? "Csv" : ""}`;
}

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const tags = ["reports"];

  function register<Query extends TObject, Row extends TObject>(
    report: ReportDefinition<Query, Row>,
  ): void {
    // Fastify has validated the query against report.query; with a generic schema the type
    // provider's inferred type cannot be narrowed by TypeScript itself, hence one cast.
    const queryOf = (request: { query: unknown }) => request.query as Static<Query>;
    app.get(
      `/reports/${report.name}`,
      {
        schema: {
          operationId: reportOperationId(report.name, "json"),
          tags,
          summary: report.summary,
          querystring: report.query,
          response: withErrors({ 200: Type.Array(report.row) }),
        },
      },
      async (request) => runReport(db, actorOf(request), report, queryOf(request)),
    );
    const columns = reportExportColumns(report.row);
    const csvQuery = Type.Object(
      { ...report.query.properties, format: ExportFormat, locale: LocaleQuery },
      { additionalProperties: false },
    );
    app.get(
      `/reports/${report.name}.csv`,
      {
        schema: {
          operationId: reportOperationId(report.name, "csv"),
          tags,
          summary: `${report.summary}, as CSV (format=machine: a header line with the JSON field names; format=xlsx: an Excel workbook)`,
          querystring: csvQuery,
          response: withErrors({ 200: ExportResponse }),
        },
      },
      async (request, reply) => {
        const query = queryOf(request);
        const rows = await runReport(db, actorOf(request), report, query);
        const period =
          typeof query.from === "string" && typeof query.to === "string"
            ? `-${query.from}-${query.to}`
            : "";
        return sendExport(request, reply, {
          fileName: `${report.name}${period}`,
          sheet: report.name,
          columns,
          rows: reportExportRows(columns, rows),
        });
      },
    );
  }

  register(overdueMaintenanceReport);
  register(availabilityReport);
  register(mkbfReport);
  register(defectsByCategoryReport);
  register(workOrderBacklogReport);
  register(trainingCoverageReport);
  register(agreementTargetsReport);
  register(deliveriesReport);
  register(checkProofReport);
  register(checkFlagsWeeklyReport);
};
