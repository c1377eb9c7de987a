/**
 * Kysely table types of maintenance, work orders, parts and stock, training and hub
 * service (migration 0004_maintenance), listed in db/schema.ts's DB.
 */
import type { ColumnType, Generated } from "kysely";

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date, kept as its ISO text (YYYY-MM-DD) on both database engines. */
type DateText = string;
type Numeric = ColumnType<number, number | string, number | string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export const SCHEDULE_KINDS = ["fixed", "floating"] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

import type { WorkOrderStatus } from "../core/work-order-states.js";
export {
  WORK_ORDER_STATUSES,
  OPEN_WORK_ORDER_STATUSES,
  type WorkOrderStatus,
} from "../core/work-order-states.js";

export const WORK_ORDER_SOURCES = ["defect", "maintenance", "manual"] as const;
export type WorkOrderSource = (typeof WORK_ORDER_SOURCES)[number];

export const WORK_ORDER_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type WorkOrderPriority = (typeof WORK_ORDER_PRIORITIES)[number];

export const STOCK_MOVEMENT_REASONS = ["receipt", "use", "return", "adjustment"] as const;
export type StockMovementReason = (typeof STOCK_MOVEMENT_REASONS)[number];

export const SESSION_STATUSES = ["planned", "completed", "cancelled"] as const;
export type TrainingSessionStatus = (typeof SESSION_STATUSES)[number];

export const ENROLMENT_STATUSES = ["enrolled", "completed", "failed", "cancelled"] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const SERVICE_REQUEST_KINDS = ["take_over", "specialist"] as const;
export type ServiceRequestKind = (typeof SERVICE_REQUEST_KINDS)[number];

export const SERVICE_REQUEST_STATUSES = [
  "open",
  "accepted",
  "resolved",
  "declined",
  "cancelled",
] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

export interface CompetencyTable {
  key: string;
  name_en: string;
  name_ru: string;
  built_in: Generated<boolean>;
  created_at: CreatedAt;
}

export interface DefectCategoryCompetencyTable {
  category: string;
  competency_keys: TextArray;
}

export interface MaintenanceProgrammeTable {
  id: Generated<string>;
  /** Null for a built-in programme; an organisation's copy with the same key replaces it. */
  organisation_id: string | null;
  key: string;
  name_en: string;
  name_ru: string;
  /** Empty means "any". */
  vehicle_types: TextArray;
  powertrains: TextArray;
  length_classes: TextArray;
  model_ids: TextArray;
  based_on_id: string | null;
  /** Migration 0017: a maker's programme (empty: any maker), the generic one it replaces. */
  makers: TextArray;
  replaces: Generated<string | null>;
  /** Migration 0017: percent of each interval. */
  tolerance_percent: ColumnType<number, number | string | undefined, number | string>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MaintenanceTaskTable {
  id: Generated<string>;
  programme_id: string;
  key: string;
  name_en: string;
  name_ru: string;
  interval_km: Numeric | null;
  interval_hours: Numeric | null;
  interval_days: number | null;
  due_soon_km: Numeric | null;
  due_soon_hours: Numeric | null;
  due_soon_days: number | null;
  schedule: ColumnType<ScheduleKind, ScheduleKind | undefined, ScheduleKind>;
  safety_critical: Generated<boolean>;
  competency_keys: TextArray;
  position: Generated<number>;
  /** Migration 0017: keys of the same programme's tasks this one includes. */
  includes: TextArray;
  /** Migration 0018: 'shift_check' when the shift's check is the task's record (ЕО). */
  recorded_by: ColumnType<"shift_check" | null, "shift_check" | null | undefined>;
}

/**
 * A task done on a vehicle. The next due point is basis + interval: for a floating task
 * the basis is what was actually done (date and meters at completion); for a fixed task
 * it is the due point this completion satisfied, so the plan does not drift.
 */
export interface MaintenanceRecordTable {
  id: Generated<string>;
  organisation_id: string;
  vehicle_id: string;
  programme_key: string;
  task_key: string;
  completed_on: DateText;
  meter_km: Numeric | null;
  meter_hours: Numeric | null;
  basis_date: DateText;
  basis_km: Numeric | null;
  basis_hours: Numeric | null;
  work_order_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface MaintenanceSettingsTable {
  organisation_id: string;
  work_orders_from_defects: Generated<boolean>;
  work_orders_from_due_tasks: Generated<boolean>;
  updated_at: UpdatedAt;
}

export interface WorkOrderTable {
  id: Generated<string>;
  number: Generated<number>;
  organisation_id: string;
  vehicle_id: string;
  source: WorkOrderSource;
  defect_id: string | null;
  programme_key: string | null;
  task_key: string | null;
  title: string;
  description: string | null;
  /**
   * Title and description in Russian when the program built them (from a defect or due
   * maintenance); null when a person wrote them (0021).
   */
  title_ru: ColumnType<string | null, string | null | undefined, string | null>;
  description_ru: ColumnType<string | null, string | null | undefined, string | null>;
  priority: ColumnType<WorkOrderPriority, WorkOrderPriority | undefined, WorkOrderPriority>;
  /** The vehicle may not go out while this order is open (downtime). */
  blocking: Generated<boolean>;
  status: ColumnType<WorkOrderStatus, WorkOrderStatus | undefined, WorkOrderStatus>;
  scheduled_for: DateText | null;
  /** The hub that took the order over, when one did. */
  assigned_organisation_id: string | null;
  assignee_user_id: string | null;
  opened_at: ColumnType<Date, Date | string | undefined, Date | string>;
  started_at: Date | null;
  completed_at: Date | null;
  completed_by: string | null;
  completion_km: Numeric | null;
  completion_hours: Numeric | null;
  /** What the technician wrote on completing: what was done (0008). */
  completion_note: string | null;
  verified_at: Date | null;
  verified_by: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  created_by: string | null;
  updated_at: UpdatedAt;
}

export interface WorkOrderTaskTable {
  id: Generated<string>;
  organisation_id: string;
  work_order_id: string;
  programme_key: string | null;
  task_key: string | null;
  description: string;
  /** The description in Russian when the program built it; null when a person wrote it (0021). */
  description_ru: ColumnType<string | null, string | null | undefined, string | null>;
  competency_keys: TextArray;
  required: Generated<boolean>;
  done_at: Date | null;
  done_by: string | null;
  position: Generated<number>;
}

export interface WorkOrderLabourTable {
  id: Generated<string>;
  organisation_id: string;
  work_order_id: string;
  user_id: string;
  work_date: DateText;
  hours: Numeric;
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PartTable {
  id: Generated<string>;
  organisation_id: string;
  part_number: string;
  name: string;
  unit: Generated<string>;
  unit_cost: Numeric | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface StockTable {
  id: Generated<string>;
  organisation_id: string;
  /** Null for stock held by the organisation itself (a hub's store). */
  depot_id: string | null;
  part_id: string;
  quantity: ColumnType<number, number | string | undefined, number | string>;
  updated_at: UpdatedAt;
}

export interface StockMovementTable {
  id: Generated<string>;
  organisation_id: string;
  stock_id: string;
  delta: Numeric;
  reason: StockMovementReason;
  work_order_id: string | null;
  note: string | null;
  by_user_id: string | null;
  at: Generated<Date>;
}

export interface WorkOrderPartTable {
  id: Generated<string>;
  organisation_id: string;
  work_order_id: string;
  part_id: string;
  stock_id: string;
  quantity: Numeric;
  unit_cost: Numeric | null;
  by_user_id: string | null;
  at: Generated<Date>;
}

export interface CourseTable {
  id: Generated<string>;
  organisation_id: string;
  competency_key: string;
  name: string;
  description: string | null;
  validity_months: number;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface TrainingSessionTable {
  id: Generated<string>;
  organisation_id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  place: string;
  trainer_user_id: string | null;
  capacity: number;
  status: ColumnType<
    TrainingSessionStatus,
    TrainingSessionStatus | undefined,
    TrainingSessionStatus
  >;
  created_at: CreatedAt;
}

export interface CertificateTable {
  id: Generated<string>;
  /** The holder's organisation when it was issued. */
  organisation_id: string;
  user_id: string;
  competency_key: string;
  issued_on: DateText;
  expires_on: DateText;
  issued_by_organisation_id: string;
  course_id: string | null;
  session_id: string | null;
  revoked_at: Date | null;
  revoke_reason: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EnrolmentTable {
  id: Generated<string>;
  session_id: string;
  user_id: string;
  /** The trainee's organisation. */
  organisation_id: string;
  status: ColumnType<EnrolmentStatus, EnrolmentStatus | undefined, EnrolmentStatus>;
  certificate_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ServiceRequestTable {
  id: Generated<string>;
  number: Generated<number>;
  operator_id: string;
  hub_id: string;
  agreement_id: string;
  kind: ServiceRequestKind;
  work_order_id: string | null;
  vehicle_id: string | null;
  description: string;
  status: ColumnType<ServiceRequestStatus, ServiceRequestStatus | undefined, ServiceRequestStatus>;
  requested_at: ColumnType<Date, Date | string | undefined, Date | string>;
  requested_by: string | null;
  response_due_at: Date;
  resolution_due_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  assignee_user_id: string | null;
  resolved_at: Date | null;
  resolution_note: string | null;
  declined_at: Date | null;
  decline_reason: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  updated_at: UpdatedAt;
}

/**
 * A version of what the maintenance release rule reads about a vehicle, stamped by triggers
 * in every writing transaction (migration 0019); the nil vehicle id stands for every vehicle.
 */
export interface MaintenanceInputVersionTable {
  vehicle_id: string;
  /** From one sequence (int8: a number here). */
  version: number;
}

export interface MaintenanceTables {
  maintenance_input_versions: MaintenanceInputVersionTable;
  competencies: CompetencyTable;
  defect_category_competencies: DefectCategoryCompetencyTable;
  maintenance_programmes: MaintenanceProgrammeTable;
  maintenance_tasks: MaintenanceTaskTable;
  maintenance_records: MaintenanceRecordTable;
  maintenance_settings: MaintenanceSettingsTable;
  work_orders: WorkOrderTable;
  work_order_tasks: WorkOrderTaskTable;
  work_order_labour: WorkOrderLabourTable;
  parts: PartTable;
  stock: StockTable;
  stock_movements: StockMovementTable;
  work_order_parts: WorkOrderPartTable;
  courses: CourseTable;
  training_sessions: TrainingSessionTable;
  certificates: CertificateTable;
  enrolments: EnrolmentTable;
  service_requests: ServiceRequestTable;
}
