/**
 * What of each record goes into its organisation's hash chain. Each function is part of
 * a chain format (core/record-chain.ts): changing what it returns makes stored entries
 * fail, so a change is a new format, never an edit.
 */
import type { Insertable, Selectable } from "kysely";
import { CURRENT_CHAIN_FORMAT, recordHash } from "../../core/record-chain.js";
import type {
  DefectEventTable,
  DefectTable,
  InspectionTable,
  MeterReadingTable,
  RecordChainQueueTable,
  RecordKind,
} from "../../db/schema.js";

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export function inspectionContent(row: Selectable<InspectionTable>) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    vehicleId: row.vehicle_id,
    templateId: row.template_id,
    driverUserId: row.driver_user_id,
    signedByName: row.signed_by_name,
    submittedAt: row.submitted_at.toISOString(),
    shiftStart: iso(row.shift_start),
    odometerKm: row.odometer_km === null ? null : Number(row.odometer_km),
    engineHours: row.engine_hours === null ? null : Number(row.engine_hours),
    passed: row.passed,
    results: row.results,
    comments: row.comments,
    correctsId: row.corrects_id,
  };
}

export function defectEventContent(row: Selectable<DefectEventTable>) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    defectId: row.defect_id,
    kind: row.kind,
    byUserId: row.by_user_id,
    byName: row.by_name,
    at: row.at.toISOString(),
    note: row.note,
  };
}

/** A defect's state as the release gate reads it: what is wrong, how bad, and where it stands. */
export function defectContent(row: Selectable<DefectTable>) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    vehicleId: row.vehicle_id,
    inspectionId: row.inspection_id,
    itemKey: row.item_key,
    category: row.category,
    severity: row.severity,
    description: row.description,
    status: row.status,
    openedAt: row.opened_at.toISOString(),
    resolvedAt: iso(row.resolved_at),
    reviewedAt: iso(row.reviewed_at),
  };
}

/** A meter reading as maintenance due dates read it: its value, when, and whether it counts. */
export function meterReadingContent(row: Selectable<MeterReadingTable>) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    vehicleId: row.vehicle_id,
    meter: row.meter,
    value: Number(row.value),
    readAt: row.read_at.toISOString(),
    source: row.source,
    inspectionId: row.inspection_id,
    createdBy: row.created_by,
    voidedAt: iso(row.voided_at),
    voidedBy: row.voided_by,
    voidReason: row.void_reason,
    unconfirmedAt: iso(row.unconfirmed_at),
    unconfirmedReason: row.unconfirmed_reason,
    confirmedAt: iso(row.confirmed_at),
    confirmedBy: row.confirmed_by,
  };
}

export type ChainedRecord =
  | { kind: "inspection"; row: Selectable<InspectionTable> }
  | { kind: "defect_event"; row: Selectable<DefectEventTable> }
  | { kind: "defect"; row: Selectable<DefectTable> }
  | { kind: "meter_reading"; row: Selectable<MeterReadingTable> };

/** The content of a record in the current format. */
export function contentOf(record: ChainedRecord): unknown {
  switch (record.kind) {
    case "inspection":
      return inspectionContent(record.row);
    case "defect_event":
      return defectEventContent(record.row);
    case "defect":
      return defectContent(record.row);
    case "meter_reading":
      return meterReadingContent(record.row);
  }
}

/** The queue row that puts a record (or a record's new state) into its organisation's chain. */
export function chainEntry(record: ChainedRecord): Insertable<RecordChainQueueTable> {
  const kind: RecordKind = record.kind;
  return {
    organisation_id: record.row.organisation_id,
    record_kind: kind,
    record_id: record.row.id,
    record_hash: recordHash(contentOf(record), CURRENT_CHAIN_FORMAT),
    format: CURRENT_CHAIN_FORMAT,
  };
}
