/**
 * Table types for Kysely. They mirror the migrations in ./migrations; a column added
 * there is added here in the same commit.
 */
import type { ColumnType, Generated } from "kysely";
import type {
  CngCylinderType,
  LengthClass,
  Meter,
  Powertrain,
  VehicleStatus,
  VehicleType,
} from "../core/fleet.js";
import type { FlagKind } from "../core/inspection-proof.js";
import type { Severity, TemplateItem } from "../core/inspection-templates.js";
import type { ChainFormat } from "../core/record-chain.js";
import type { DocumentKind, ReleasePolicy } from "../core/pretrip.js";
import type { OrganisationKind, Role } from "../core/roles.js";
import type { PlannerTables } from "../modules/planner/tables.js";
import type { MaintenanceTables } from "./maintenance-schema.js";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date, kept as its ISO text (YYYY-MM-DD) on both database engines. */
type DateText = string;

export interface RegionTable {
  id: Generated<string>;
  country: string;
  name: string;
  created_at: CreatedAt;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  parent_id: string | null;
  region_id: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface DepotTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  address: string | null;
  region_id: string | null;
  /** IANA time zone of the depot's shift starts (0007). */
  time_zone: Generated<string>;
  /** Local shift start times "HH:MM", ascending; empty: one shift a day from midnight (0007). */
  shift_starts: ColumnType<string[], string[] | undefined, string[]>;
  /** The depot's area, to tell whether a check was made there (0014); all three or none. */
  latitude: number | null;
  longitude: number | null;
  radius_m: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: "en" | "ru";
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MembershipTable {
  user_id: string;
  organisation_id: string;
  role: Role;
  created_at: CreatedAt;
  /** A role a hub gave in an operator it served (before 0010): lives only under an agreement in force. */
  via_hub_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ServiceAgreementTable {
  id: Generated<string>;
  hub_id: string;
  operator_id: string;
  valid_from: DateText;
  valid_to: DateText | null;
  region_ids: ColumnType<string[], string[], string[]>;
  services: ColumnType<string[], string[], string[]>;
  response_hours: number;
  resolution_hours: number;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionTable {
  id: string;
  user_id: string;
  organisation_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  role: Role;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
}

/** Failed sign-ins per key (account+address pair, or address), for the back-off. */
export interface LoginFailureTable {
  key: string;
  failures: number;
  last_failure_at: Date;
}

export interface DB extends FleetTables, PlannerTables, MaintenanceTables {
  regions: RegionTable;
  organisations: OrganisationTable;
  depots: DepotTable;
  users: UserTable;
  memberships: MembershipTable;
  service_agreements: ServiceAgreementTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  login_failures: LoginFailureTable;
}

type Numeric = ColumnType<number, number | string, number | string>;

export interface VehicleModelTable {
  id: Generated<string>;
  maker: string;
  model: string;
  vehicle_type: VehicleType;
  powertrain: Powertrain;
  length_class: LengthClass;
  battery_kwh: Numeric | null;
  created_at: CreatedAt;
}

export interface VehicleTable {
  id: Generated<string>;
  organisation_id: string;
  depot_id: string | null;
  model_id: string;
  vin: string | null;
  serial_number: string | null;
  registration_plate: string | null;
  fleet_number: string;
  in_service_date: DateText | null;
  /** Migration 0018: a gas vehicle's CNG cylinder type (core/fleet.ts), null when unknown. */
  cng_cylinder_type: ColumnType<CngCylinderType | null, CngCylinderType | null | undefined>;
  status: Generated<VehicleStatus>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MeterReadingTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string;
  meter: Meter;
  value: Numeric;
  read_at: Date;
  source: "inspection" | "manual" | "import";
  inspection_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  voided_at: Date | null;
  voided_by: string | null;
  void_reason: string | null;
  /** Set while the reading waits for confirmation (it does not count); see migration 0006. */
  unconfirmed_at: Date | null;
  unconfirmed_reason: string | null;
  confirmed_at: Date | null;
  confirmed_by: string | null;
}

export interface InspectionTemplateTable {
  id: Generated<string>;
  organisation_id: string | null;
  key: string;
  version: number;
  name_en: string;
  name_ru: string;
  vehicle_types: ColumnType<string[], string[], string[]>;
  items: ColumnType<TemplateItem[], string, string>;
  based_on_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PhotoTable {
  id: Generated<string>;
  organisation_id: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  /** The image (null: stored on disk under storage_key before migration 0013). */
  data: Uint8Array | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface InspectionResultJson {
  itemKey: string;
  outcome: "pass" | "fail" | "na";
  comment?: string;
  photoIds?: string[];
  /** For a measured item (tyre_tread_mm): the value entered, in mm. */
  measuredValue?: number;
  /** For a tyre item: what is fitted (core/tyres.ts, TYRE_SETS). */
  tyres?: "summer" | "winter" | "winter_studded";
}

export interface InspectionTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string;
  template_id: string;
  driver_user_id: string | null;
  signed_by_name: string;
  submitted_at: Date;
  shift_start: Date | null;
  odometer_km: Numeric | null;
  engine_hours: Numeric | null;
  passed: boolean;
  results: ColumnType<InspectionResultJson[], string, string>;
  comments: string | null;
  corrects_id: string | null;
  idempotency_key: string;
  request_hash: string;
  created_at: CreatedAt;
}

export type DefectStatus = "open" | "in_repair" | "repaired" | "no_repair_needed";

export interface DefectTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string;
  inspection_id: string | null;
  item_key: string;
  category: string;
  severity: Severity;
  description: string;
  /** The description in Russian, when the program built it from a checklist item (0021). */
  description_ru: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<DefectStatus>;
  opened_at: Date;
  resolved_at: Date | null;
  reviewed_at: Date | null;
}

export interface DefectEventTable {
  id: Generated<string>;
  organisation_id: string;
  defect_id: string;
  kind: "repair_started" | "repaired" | "no_repair_needed" | "reviewed";
  by_user_id: string | null;
  by_name: string;
  at: Date;
  note: string | null;
}

export interface RecordChainHeadTable {
  organisation_id: string;
  seq: number;
  chain_hash: string;
}

/** What the chain holds: inspections and defect events once, defects and meter readings at each change (migration 0011). */
export type RecordKind = "inspection" | "defect_event" | "defect" | "meter_reading";

export interface RecordChainTable {
  organisation_id: string;
  seq: number;
  record_kind: RecordKind;
  record_id: string;
  record_hash: string;
  chain_hash: string;
  at: Generated<Date>;
  /** How record_hash and chain_hash were made (core/record-chain.ts); 1 before migration 0011. */
  format: Generated<ChainFormat>;
}

export interface RecordChainQueueTable {
  id: Generated<number>;
  organisation_id: string;
  record_kind: RecordKind;
  record_id: string;
  record_hash: string;
  enqueued_at: Generated<Date>;
  format: Generated<ChainFormat>;
}

/** An operator's rules for the proof of its checks (0014); defaults when it has none. */
export interface InspectionSettingsTable {
  organisation_id: string;
  pass_rest_allowed: Generated<boolean>;
  qr_scan_required: Generated<boolean>;
  minimum_check_seconds: number | null;
  flag_actions: ColumnType<Record<string, "warn" | "hold">, string | undefined, string>;
  updated_at: UpdatedAt;
}

/** When, where and at which vehicle a check was made, as the phone says (0014). */
export interface InspectionEvidenceTable {
  inspection_id: string;
  organisation_id: string;
  opened_at: Date | null;
  sent_at: Date | null;
  received_at: Date;
  clock_offset_ms: number | null;
  item_times: ColumnType<{ itemKey: string; at: string; viaPassRest?: boolean }[], string, string>;
  latitude: number | null;
  longitude: number | null;
  accuracy_m: number | null;
  position_at: Date | null;
  qr_scanned_at: Date | null;
  qr_vehicle_id: string | null;
  qr_text: string | null;
}

/** What the server found wrong with a check's evidence (0014). */
export interface InspectionFlagTable {
  id: string;
  inspection_id: string;
  organisation_id: string;
  vehicle_id: string;
  driver_user_id: string | null;
  kind: FlagKind;
  reason: string;
  detail: ColumnType<Record<string, string | number | boolean>, string, string>;
  holds: boolean;
  created_at: Date;
  confirmed_at: Date | null;
  confirmed_by: string | null;
  confirm_note: string | null;
}

export interface ReleaseOverrideTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string;
  shift_start: Date;
  reason: string;
  codes: ColumnType<string[], string[], string[]>;
  by_user_id: string | null;
  by_name: string;
  at: Generated<Date>;
}

export interface FleetTables {
  vehicle_models: VehicleModelTable;
  vehicles: VehicleTable;
  meter_readings: MeterReadingTable;
  inspection_templates: InspectionTemplateTable;
  photos: PhotoTable;
  inspections: InspectionTable;
  defects: DefectTable;
  defect_events: DefectEventTable;
  record_chain_heads: RecordChainHeadTable;
  record_chain: RecordChainTable;
  record_chain_queue: RecordChainQueueTable;
  release_overrides: ReleaseOverrideTable;
  inspection_settings: InspectionSettingsTable;
  inspection_evidence: InspectionEvidenceTable;
  inspection_flags: InspectionFlagTable;
  release_policies: ReleasePolicyTable;
  compliance_documents: ComplianceDocumentTable;
  technical_controls: TechnicalControlTable;
  medical_admissions: MedicalAdmissionTable;
  medical_admission_details: MedicalAdmissionDetailTable;
  waybills: WaybillTable;
  release_input_versions: ReleaseInputVersionTable;
}

/**
 * A version of what the release gate and the depot board read, stamped by triggers in every
 * writing transaction (migration 0022): keyed by a vehicle, a driver (admissions and
 * documents), or the nil id for every vehicle.
 */
export interface ReleaseInputVersionTable {
  key: string;
  /** From one sequence (int8: a number here). */
  version: number;
}

/** Pre-trip control (0016): see core/pretrip.ts. */
export interface ReleasePolicyTable {
  organisation_id: string;
  policy: ReleasePolicy;
  updated_at: UpdatedAt;
}

export interface ComplianceDocumentTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string | null;
  driver_user_id: string | null;
  kind: DocumentKind;
  number: string;
  issued_on: DateText;
  expires_on: DateText;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface TechnicalControlTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string;
  depot_id: string | null;
  shift_start: Date;
  shift_end: Date;
  driver_user_id: string | null;
  passed: boolean;
  controlled_at: Date;
  odometer_km: Numeric;
  notes: string | null;
  controller_user_id: string;
  controller_organisation_id: string;
  signature: string;
  inspection_id: string | null;
  created_at: CreatedAt;
}

export interface MedicalAdmissionTable {
  id: Generated<string>;
  organisation_id: string;
  driver_user_id: string;
  depot_id: string | null;
  stage: ColumnType<"pre_trip" | "post_trip", "pre_trip" | "post_trip" | undefined, never>;
  shift_start: Date;
  shift_end: Date;
  admitted: boolean;
  examined_at: Date;
  by_user_id: string;
  by_name: string;
  by_organisation_id: string;
  created_at: CreatedAt;
}

export interface MedicalAdmissionDetailTable {
  admission_id: string;
  organisation_id: string;
  details: string;
}

export interface WaybillTable {
  id: Generated<string>;
  organisation_id: string;
  number: number;
  vehicle_id: string;
  driver_user_id: string;
  depot_id: string | null;
  shift_start: Date;
  shift_end: Date;
  technical_control_id: string;
  medical_admission_id: string;
  issued_at: Date;
  issued_by: string | null;
  issued_by_name: string;
  status: Generated<"open" | "closed">;
  returned_at: Date | null;
  return_odometer_km: Numeric | null;
  return_meter_reading_id: string | null;
  post_trip_control_passed: boolean | null;
  post_trip_controlled_at: Date | null;
  post_trip_controller_id: string | null;
  post_trip_signature: string | null;
  post_trip_notes: string | null;
  post_trip_admission_id: string | null;
  closed_by: string | null;
  created_at: CreatedAt;
}
