/**
 * Inspections and defects as CSV (or, `format=xlsx`, an Excel workbook) for a date range: what an operator hands to an auditor
 * or a regulator. One line per inspection item result would be long; one line per
 * inspection with its failed items keeps the file readable in a spreadsheet.
 */
import { Type, type Static } from "typebox";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { ExportColumn } from "../../core/export-labels.js";
import { storedText, type TextLocale } from "../../core/server-text.js";
import type { Database } from "../../db/database.js";
import { invalid } from "../../errors.js";
import { actorOf } from "../../server/context.js";
import type { CsvRow } from "../../core/csv.js";
import { ExportFormat, LocaleQuery, exportLocale, sendExport } from "../../server/export-format.js";
import { ExportResponse, IsoDate, Uuid, withErrors } from "../../server/schemas.js";
import type { Actor } from "../auth/actor.js";

const RangeQuery = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    organisationId: Type.Optional(Uuid),
    depotId: Type.Optional(Uuid),
    format: ExportFormat,
    locale: LocaleQuery,
  },
  { additionalProperties: false },
);
type Range = Static<typeof RangeQuery>;
const MAX_DAYS = 31 * 15;

/** The columns of the inspections file; `personOnly` ones are not in the machine file. */
export const INSPECTION_COLUMNS: readonly ExportColumn[] = [
  { key: "inspection_id" },
  { key: "submitted_at", kind: "datetime" },
  { key: "shift_start", kind: "datetime" },
  { key: "organisation", personOnly: true },
  { key: "fleet_number" },
  { key: "registration_plate" },
  { key: "vehicle_model", personOnly: true },
  { key: "vin_or_serial" },
  { key: "depot" },
  { key: "checklist" },
  { key: "odometer_km" },
  { key: "engine_hours" },
  { key: "result", kind: { enum: "inspectionResult" } },
  { key: "failed_items" },
  { key: "not_applicable_items" },
  { key: "signed_by" },
  { key: "comments" },
  { key: "corrects_inspection_id" },
];

export const DEFECT_COLUMNS: readonly ExportColumn[] = [
  { key: "defect_id" },
  { key: "opened_at", kind: "datetime" },
  { key: "organisation", personOnly: true },
  { key: "fleet_number" },
  { key: "registration_plate" },
  { key: "vehicle_model", personOnly: true },
  { key: "vin_or_serial" },
  { key: "depot" },
  { key: "item" },
  { key: "category", kind: { enum: "defectCategory" } },
  { key: "severity", kind: { enum: "severity" } },
  { key: "description" },
  { key: "status", kind: { enum: "defectStatus" } },
  { key: "certified_by" },
  { key: "resolved_at", kind: "datetime" },
  { key: "reviewed_by" },
  { key: "reviewed_at", kind: "datetime" },
  { key: "inspection_id" },
];

/** [from, to] as whole days in UTC; `to` is included. */
function bounds(range: Range): { from: Date; until: Date } {
  const from = new Date(`${range.from}T00:00:00Z`);
  const until = new Date(`${range.to}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + 1);
  if (until <= from) throw invalid("to", { key: "common.toBeforeFrom" });
  if ((until.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS)
    throw invalid("to", { key: "common.rangeTooLong", params: { days: MAX_DAYS } });
  return { from, until };
}

/** The inspections of a range, one row of INSPECTION_COLUMNS each. */
export async function inspectionExportRows(
  db: Database,
  actor: Actor,
  range: Range,
): Promise<CsvRow[]> {
  const { from, until } = bounds(range);
  const scope = await actor.scope();
  let query = db
    .selectFrom("inspections as i")
    .innerJoin("vehicles as v", "v.id", "i.vehicle_id")
    .innerJoin("inspection_templates as t", "t.id", "i.template_id")
    .innerJoin("organisations as o", "o.id", "i.organisation_id")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .leftJoin("depots as d", "d.id", "v.depot_id")
    .select([
      "o.name as organisation",
      "m.maker",
      "m.model",
      "i.id",
      "i.submitted_at",
      "i.shift_start",
      "v.fleet_number",
      "v.registration_plate",
      "v.vin",
      "v.serial_number",
      "d.name as depot",
      "t.key as template_key",
      "t.version as template_version",
      "i.odometer_km",
      "i.engine_hours",
      "i.passed",
      "i.results",
      "i.signed_by_name",
      "i.comments",
      "i.corrects_id",
    ])
    .where(scope.where("i.organisation_id"))
    .where("i.submitted_at", ">=", from)
    .where("i.submitted_at", "<", until)
    .orderBy("i.submitted_at");
  if (range.organisationId) query = query.where("i.organisation_id", "=", range.organisationId);
  if (range.depotId) query = query.where("v.depot_id", "=", range.depotId);
  const rows = await query.execute();
  return rows.map((r) => [
    r.id,
    r.submitted_at.toISOString(),
    r.shift_start?.toISOString() ?? "",
    r.organisation,
    r.fleet_number,
    r.registration_plate ?? "",
    `${r.maker} ${r.model}`,
    r.vin ?? r.serial_number ?? "",
    r.depot ?? "",
    `${r.template_key} v${r.template_version}`,
    r.odometer_km ?? "",
    r.engine_hours ?? "",
    r.passed ? "pass" : "fail",
    r.results
      .filter((x) => x.outcome === "fail")
      .map((x) => (x.comment ? `${x.itemKey}: ${x.comment}` : x.itemKey))
      .join("; "),
    r.results
      .filter((x) => x.outcome === "na")
      .map((x) => x.itemKey)
      .join("; "),
    r.signed_by_name,
    r.comments ?? "",
    r.corrects_id ?? "",
  ]);
}

/**
 * The defects opened in a range, one row of DEFECT_COLUMNS each; the description in
 * `locale` (the machine export keeps the stored English).
 */
export async function defectExportRows(
  db: Database,
  actor: Actor,
  range: Range,
  locale: TextLocale,
): Promise<CsvRow[]> {
  const { from, until } = bounds(range);
  const scope = await actor.scope();
  let query = db
    .selectFrom("defects as f")
    .innerJoin("vehicles as v", "v.id", "f.vehicle_id")
    .innerJoin("organisations as o", "o.id", "f.organisation_id")
    .innerJoin("vehicle_models as m", "m.id", "v.model_id")
    .leftJoin("depots as d", "d.id", "v.depot_id")
    .select([
      "o.name as organisation",
      "m.maker",
      "m.model",
      "f.id",
      "f.opened_at",
      "v.fleet_number",
      "v.registration_plate",
      "v.vin",
      "v.serial_number",
      "d.name as depot",
      "f.item_key",
      "f.category",
      "f.severity",
      "f.description",
      "f.description_ru",
      "f.status",
      "f.resolved_at",
      "f.reviewed_at",
      "f.inspection_id",
    ])
    .where(scope.where("f.organisation_id"))
    .where("f.opened_at", ">=", from)
    .where("f.opened_at", "<", until)
    .orderBy("f.opened_at");
  if (range.organisationId) query = query.where("f.organisation_id", "=", range.organisationId);
  if (range.depotId) query = query.where("v.depot_id", "=", range.depotId);
  const rows = await query.execute();
  const events = rows.length
    ? await db
        .selectFrom("defect_events")
        .selectAll()
        .where(
          "defect_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("at")
        .execute()
    : [];
  const signed = (id: string, kinds: string[]) =>
    events
      .filter((e) => e.defect_id === id && kinds.includes(e.kind))
      .map((e) => `${e.by_name} ${e.at.toISOString()}${e.note ? `: ${e.note}` : ""}`)
      .join("; ");
  return rows.map((r) => [
    r.id,
    r.opened_at.toISOString(),
    r.organisation,
    r.fleet_number,
    r.registration_plate ?? "",
    `${r.maker} ${r.model}`,
    r.vin ?? r.serial_number ?? "",
    r.depot ?? "",
    r.item_key,
    r.category,
    r.severity,
    storedText(r.description, r.description_ru, locale),
    r.status,
    signed(r.id, ["repaired", "no_repair_needed"]),
    r.resolved_at?.toISOString() ?? "",
    signed(r.id, ["reviewed"]),
    r.reviewed_at?.toISOString() ?? "",
    r.inspection_id ?? "",
  ]);
}

export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps;
  const exportResponse = withErrors({ 200: ExportResponse });
  app.get(
    "/inspections/export.csv",
    {
      schema: {
        operationId: "exportInspectionsCsv",
        tags: ["inspections"],
        summary:
          "Inspections in a date range as CSV, or an Excel workbook with format=xlsx (from and to are included)",
        querystring: RangeQuery,
        response: exportResponse,
      },
    },
    async (request, reply) =>
      sendExport(request, reply, {
        fileName: `inspections-${request.query.from}-${request.query.to}`,
        sheet: "inspections",
        columns: INSPECTION_COLUMNS,
        rows: await inspectionExportRows(db, actorOf(request), request.query),
      }),
  );
  app.get(
    "/defects/export.csv",
    {
      schema: {
        operationId: "exportDefectsCsv",
        tags: ["defects"],
        summary:
          "Defects opened in a date range as CSV, or an Excel workbook with format=xlsx, with who certified and reviewed them",
        querystring: RangeQuery,
        response: exportResponse,
      },
    },
    async (request, reply) =>
      sendExport(request, reply, {
        fileName: `defects-${request.query.from}-${request.query.to}`,
        sheet: "defects",
        columns: DEFECT_COLUMNS,
        rows: await defectExportRows(db, actorOf(request), request.query, exportLocale(request)),
      }),
  );
};
